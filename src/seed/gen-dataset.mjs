#!/usr/bin/env node
// Copy of shared/bench/wordpress-peer/gen-dataset.mjs (the project's own benchmark kit), kept here so
// `npm run bench:delivery` does not depend on files outside the repository. Keep it byte-for-byte in sync:
// the same seed and post count must give the same dataset (and sha256) as the WordPress peer's.
// Deterministic newsroom dataset for benchmarks: 20 Kazakhstan regions, 50 authors, N posts
// (even ids Russian, odd ids Kazakh; ~630 words in 6 paragraphs), publish dates spread over 3 years.
// Same --seed and --posts give byte-identical output on any machine (own PRNG, no locale or clock input).
// With the defaults the post contents equal those of the first WordPress-vs-Payload benchmark (only the dates differ).
//
// Usage: node gen-dataset.mjs [--posts 10000] [--seed 20260127] [--out dataset.jsonl|-] [--format jsonl|json]
//   jsonl (default, or any --out not ending in .json): one record per line, each with a "type"
//   json: one document {meta, regions, authors, posts}. Record shapes are described in README.md.
import fs from 'node:fs'
import { createHash } from 'node:crypto'

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i < 0) return dflt
  return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1]
}
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    'node gen-dataset.mjs [--posts 10000] [--seed 20260127] [--out dataset.jsonl|-] [--format jsonl|json]',
  )
  process.exit(0)
}
const POSTS = Number(opt('posts', 10000))
const SEED = Number(opt('seed', 20260127))
const OUT = opt('out', 'dataset.jsonl')
const FORMAT = opt('format', OUT.endsWith('.json') ? 'json' : 'jsonl')
if (!Number.isInteger(POSTS) || POSTS < 1) throw new Error('--posts must be a positive integer')
if (!Number.isInteger(SEED)) throw new Error('--seed must be an integer')
if (!['json', 'jsonl'].includes(FORMAT)) throw new Error('--format must be json or jsonl')

// mulberry32: tiny, fast, and identical in every JS engine
let s = SEED
const rnd = () => {
  s |= 0
  s = (s + 0x6d2b79f5) | 0
  let t = Math.imul(s ^ (s >>> 15), 1 | s)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (a) => a[Math.floor(rnd() * a.length)]
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1))
const tr = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
}
const slugify = (t) =>
  t
    .toLowerCase()
    .split('')
    .map((c) => tr[c] ?? c)
    .join('')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

// 3 cities of republican significance + 17 oblasts (Almaty city and Almaty Region are different regions)
const regions = [
  ['Астана', 'Астана', 'Astana'],
  ['Алматы', 'Алматы', 'Almaty'],
  ['Шымкент', 'Шымкент', 'Shymkent'],
  ['Абай облысы', 'Абайская область', 'Abai Region'],
  ['Ақмола облысы', 'Акмолинская область', 'Akmola Region'],
  ['Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region'],
  ['Алматы облысы', 'Алматинская область', 'Almaty Region'],
  ['Атырау облысы', 'Атырауская область', 'Atyrau Region'],
  ['Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region'],
  ['Жамбыл облысы', 'Жамбылская область', 'Jambyl Region'],
  ['Жетісу облысы', 'Область Жетысу', 'Jetisu Region'],
  ['Қарағанды облысы', 'Карагандинская область', 'Karaganda Region'],
  ['Қостанай облысы', 'Костанайская область', 'Kostanay Region'],
  ['Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region'],
  ['Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region'],
  ['Павлодар облысы', 'Павлодарская область', 'Pavlodar Region'],
  ['Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'North Kazakhstan Region'],
  ['Түркістан облысы', 'Туркестанская область', 'Turkistan Region'],
  ['Ұлытау облысы', 'Область Улытау', 'Ulytau Region'],
  ['Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region'],
].map(([kk, ru, en], i) => ({ type: 'region', id: i + 1, slug: slugify(kk), name: { kk, ru, en } }))

const first = [
  'Айгүл',
  'Асқар',
  'Бауыржан',
  'Динара',
  'Ержан',
  'Гүлнар',
  'Жанар',
  'Қайрат',
  'Ләззат',
  'Мұрат',
  'Нұрлан',
  'Сәуле',
  'Талғат',
  'Әсел',
  'Дәурен',
  'Мадина',
  'Ерлан',
  'Алия',
  'Серік',
  'Жұлдыз',
  'Ольга',
  'Дмитрий',
  'Анна',
  'Сергей',
  'Елена',
]
const last = [
  'Сейітов',
  'Омарова',
  'Жұмабаев',
  'Ахметова',
  'Тоқтаров',
  'Сәрсенова',
  'Бекмұхамбетов',
  'Иванова',
  'Петров',
  'Ким',
]
const authors = Array.from({ length: 50 }, (_, i) => ({
  type: 'author',
  id: i + 1,
  login: `author${String(i + 1).padStart(3, '0')}`,
  name: `${first[i % first.length]} ${last[(i * 7) % last.length]}`,
}))

const kk = {
  subj: [
    'жаңа мектеп',
    'аудандық аурухана',
    'жол құрылысы',
    'көктемгі егіс науқаны',
    'су құбыры',
    'спорт кешені',
    'балабақша',
    'ауыл шаруашылығы көрмесі',
    'жастар форумы',
    'мәдениет орталығы',
    'жылу беру маусымы',
    'әкімдіктің есебі',
    'қоғамдық көлік',
    'ұлттық парк',
    'кітапхана',
    'инвестициялық жоба',
    'мемлекеттік бағдарлама',
    'тұрғын үй кешені',
    'халықаралық фестиваль',
    'медициналық орталық',
  ],
  verb: [
    'ашылды',
    'аяқталды',
    'басталды',
    'жөнделді',
    'іске қосылды',
    'өтті',
    'талқыланды',
    'қаржыландырылды',
    'жаңартылды',
    'тоқтатылды',
    'кеңейтілді',
    'таныстырылды',
  ],
  tail: [
    '',
    '',
    ' — тұрғындар қуанышты',
    ' биыл',
    ': не белгілі',
    ' — әкім мәлімдеді',
    ' (фото)',
    ' — сарапшылар пікірі',
    ' алғаш рет',
    ' күтілгеннен ерте',
  ],
  words:
    'және бұл үшін жыл облыс аудан ауыл қала тұрғындар әкімдік жоба құрылыс жұмыс мемлекет бюджет қаржы миллион теңге мектеп оқушы мұғалім аурухана дәрігер науқас жол көлік жүргізуші су жылу электр жарық газ шаруа егін бидай мал жайылым өнім нарық баға сауда кәсіпкер инвестиция зауыт өндіріс жұмысшы жалақы әлеуметтік көмек отбасы бала жастар спорт жарыс чемпионат мәдениет театр концерт кітап тарих мұражай туризм табиғат көл өзен тау орман экология қоқыс тазалық ауа райы қар жаңбыр суық ыстық маусым көктем жаз күз қыс жиналыс кеңес шешім бағдарлама жоспар нәтиже есеп көрсеткіш өсім пайыз сапа қызмет халық азамат депутат министр сарапшы пікір сұрақ жауап мәселе шара қауіпсіздік полиция төтенше өрт сақтандыру заң құқық сот жаңа үлкен кіші маңызды алғашқы соңғы жақсы жылдам биыл өткен келесі қазір бүгін ертең кеше барлық көптеген бірнеше әрбір ашылды өтті басталды аяқталды жалғасуда жоспарланған атап өтті мәлімдеді хабарлады түсіндірді қолдады ұсынды бөлінді салынды жөнделді'.split(
      ' ',
    ),
}
const ru = {
  subj: [
    'новая школа',
    'районная больница',
    'ремонт дороги',
    'весенняя посевная',
    'водопровод',
    'спортивный комплекс',
    'детский сад',
    'сельскохозяйственная выставка',
    'молодёжный форум',
    'дом культуры',
    'отопительный сезон',
    'отчёт акимата',
    'общественный транспорт',
    'национальный парк',
    'библиотека',
    'инвестиционный проект',
    'государственная программа',
    'жилой комплекс',
    'международный фестиваль',
    'медицинский центр',
  ],
  verb: [
    'открыли',
    'завершили',
    'начали',
    'отремонтировали',
    'запустили',
    'провели',
    'обсудили',
    'профинансировали',
    'обновили',
    'приостановили',
    'расширили',
    'представили',
  ],
  tail: [
    '',
    '',
    ' — жители довольны',
    ' в этом году',
    ': что известно',
    ' — заявил аким',
    ' (фото)',
    ' — мнение экспертов',
    ' впервые',
    ' раньше срока',
  ],
  words:
    'и в на по для год область район село город жители акимат проект строительство работа государство бюджет финансирование миллион тенге школа ученик учитель больница врач пациент дорога транспорт водитель вода отопление электричество свет газ фермер урожай пшеница скот пастбище продукция рынок цена торговля предприниматель инвестиции завод производство рабочий зарплата социальный помощь семья ребёнок молодёжь спорт соревнование чемпионат культура театр концерт книга история музей туризм природа озеро река горы лес экология мусор чистота погода снег дождь холод жара сезон весна лето осень зима собрание совет решение программа план результат отчёт показатель рост процент качество услуга население гражданин депутат министр эксперт мнение вопрос ответ проблема мера безопасность полиция чрезвычайный пожар страхование закон право суд новый большой малый важный первый последний хороший быстрый нынешний прошлый следующий сейчас сегодня завтра вчера все многие несколько каждый открыли прошло началось завершилось продолжается запланировано отметил заявил сообщил пояснил поддержал предложил выделено построено отремонтировано'.split(
      ' ',
    ),
}
const sentence = (L) => {
  const w = Array.from({ length: int(8, 16) }, () => pick(L.words))
  w[0] = w[0][0].toUpperCase() + w[0].slice(1)
  return w.join(' ') + '.'
}
const paragraph = (L) => {
  const out = []
  let c = 0
  while (c < 100) {
    const x = sentence(L)
    out.push(x)
    c += x.split(' ').length
  }
  return out.join(' ')
}

// dates: 2023-01-01 06:00Z .. ~2025-12-31, evenly spaced by id plus a small jitter (ascending with id)
const START = Date.UTC(2023, 0, 1, 6, 0, 0),
  SPAN = 1095 * 86400000
const stepMs = SPAN / POSTS,
  jitterMax = Math.min(3000, Math.floor(stepMs / 2000))

const post = (i) => {
  const lang = i % 2 === 0 ? 'kk' : 'ru'
  const L = lang === 'kk' ? kk : ru
  const r = int(0, 19)
  const title = `${regions[r].name[lang]}: ${pick(L.subj)} ${pick(L.verb)}${pick(L.tail)}`
  const paragraphs = Array.from({ length: 6 }, () => paragraph(L))
  const excerpt = paragraphs[0].split('. ').slice(0, 2).join('. ').replace(/\.?$/, '.')
  const slug = `${slugify(title).slice(0, 70).replace(/-$/, '')}-${i + 1}`
  const publishedAt = new Date(
    START + Math.floor((i * stepMs) / 1000) * 1000 + int(0, jitterMax) * 1000,
  ).toISOString()
  const author = authors[int(0, 49)].login
  return {
    type: 'post',
    id: i + 1,
    lang,
    slug,
    title,
    excerpt,
    paragraphs,
    region: regions[r].slug,
    author,
    publishedAt,
  }
}

const meta = {
  type: 'meta',
  generator: 'wordpress-peer/gen-dataset.mjs',
  version: 1,
  seed: SEED,
  posts: POSTS,
  regions: regions.length,
  authors: authors.length,
}
const fd = OUT === '-' ? 1 : fs.openSync(OUT, 'w')
const hash = createHash('sha256')
let buf = ''
const write = (str, flush = false) => {
  buf += str
  if (buf.length > 1 << 20 || flush) {
    hash.update(buf)
    fs.writeSync(fd, buf)
    buf = ''
  }
}
const noType = ({ type, ...rest }) => rest
let words = 0
if (FORMAT === 'jsonl') {
  for (const rec of [meta, ...regions, ...authors]) write(JSON.stringify(rec) + '\n')
} else {
  write(
    `{"meta":${JSON.stringify(noType(meta))},\n"regions":${JSON.stringify(regions.map(noType))},\n"authors":${JSON.stringify(authors.map(noType))},\n"posts":[\n`,
  )
}
for (let i = 0; i < POSTS; i++) {
  const p = post(i)
  words += p.paragraphs.reduce((n, x) => n + x.split(' ').length, 0)
  write(
    FORMAT === 'jsonl' ? JSON.stringify(p) + '\n' : (i ? ',\n' : '') + JSON.stringify(noType(p)),
  )
}
if (FORMAT === 'json') write('\n]}\n')
write('', true)
if (fd !== 1) fs.closeSync(fd)
console.error(
  `wrote ${OUT} (${FORMAT}): ${POSTS} posts, ${regions.length} regions, ${authors.length} authors, seed ${SEED}, avg ${Math.round(words / POSTS)} words/post, sha256 ${hash.digest('hex')}`,
)
