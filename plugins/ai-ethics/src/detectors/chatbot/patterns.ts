// The traces a chatbot leaves around an answer pasted without editing, in English, Russian and Kazakh. Every rule is
// a piece of evidence with a weight (see the README's AI-ethics section); `chatbotBoilerplate.ts` weighs each by where
// it stands. Words are matched as words (Cyrillic included: `\b` knows only ASCII letters).

const W = '[\\p{L}\\p{N}_]'
/** A regular expression from a source in which `\\<` and `\\>` stand for the start and end of a word. */
const rx = (source: string, flags = 'giu') =>
  new RegExp(source.replaceAll('\\<', `(?<!${W})`).replaceAll('\\>', `(?!${W})`), flags)

export type Rule = {
  /** What it is, shown in the signal. */
  name: string
  /** All must match inside one sentence; the first one's match is what the signal quotes. */
  regex: RegExp
  also?: RegExp[]
}

// ── Openers: the answer is announced ("Certainly! Here's a news article about…:") ──────────────────────────────
const INTERJECTION = {
  en: '(?:Certainly|Sure(?: thing)?|Of course|Absolutely|Okay|OK|Great question|No problem|Definitely)',
  kk: '(?:Әрине|Әлбетте|Сөзсіз|Жарайды|Жақсы|Тамаша сұрақ|Тамаша)',
  ru: '(?:Конечно|Разумеется|Безусловно|Без проблем|Хорошо|Отлично|Отличный вопрос)',
}
const ANNOUNCE = {
  en: "(?:here(?:'s|’s| is| are)|here you go|below (?:is|are|you(?:'ll|’ll| will) find)|I(?:'ve|’ve| have) (?:written|rewritten|revised|edited|shortened|prepared|drafted|put together))",
  kk: '(?:міне|мінекей|төменде)',
  ru: '(?:вот|ниже(?:\\s*[—–-]|\\s+(?:представлен\\p{L}*|привед[её]н\\p{L}*|приводится|вы найд[её]те))|предлагаю)',
}
const DELIVERABLE = {
  en: '(?:news|article|story|press release|draft|version|summary|lead|paragraph|report|brief|item|piece|post|headline|translation|rewrite|overview|text|write-up|wording|formulation|way to (?:describe|phrase|say))',
  kk: '(?:мақала\\p{L}*|жаңалық\\p{L}*|хабарлама\\p{L}*|пресс-релиз\\p{L}*|жоба(?:сы|сын)?|нұсқа\\p{L}*|мәтін\\p{L}*|мазмұн\\p{L}*|аударма\\p{L}*|лид\\p{L}*|репортаж\\p{L}*|абзац\\p{L}*|пост\\p{L}*|тұжырым\\p{L}*|шолу\\p{L}*)',
  ru: '(?:стать\\p{L}*|новост\\p{L}*|заметк\\p{L}*|пресс-релиз\\p{L}*|черновик\\p{L}*|вариант\\p{L}*|верси\\p{L}*|текст\\p{L}*|изложени\\p{L}*|перевод\\p{L}*|лид(?:а|ом|е)?|репортаж\\p{L}*|материал\\p{L}*|абзац\\p{L}*|пост(?:а|ом)?|заголов\\p{L}*|анонс\\p{L}*|обзор\\p{L}*|резюме|формулировк\\p{L}*)',
}
const LANGS = ['en', 'ru', 'kk'] as const

export const OPENERS: Rule[] = LANGS.flatMap((lang) => [
  // "Certainly! Here's…", «Конечно, вот…», «Әрине! Міне, …»
  {
    name: 'opener',
    regex: rx(
      `\\<${INTERJECTION[lang]}\\>[!.,:;—–\\s-]+(?:[^.!?\\n]{0,40}[!.]\\s+)?${ANNOUNCE[lang]}\\>[^\\n]{0,160}?(?::|$)`,
      'gimu',
    ),
  },
  // "Below is a polished version of the news item you shared:", «Төменде … жаңалық берілген.»
  {
    name: 'opener',
    regex: rx(
      `\\<${ANNOUNCE[lang]}\\>[^.!?\\n]{0,100}?\\<${DELIVERABLE[lang]}\\>[^.!?\\n]{0,120}?(?::|[.!]?[ \\t]*$)`,
      'gimu',
    ),
  },
  // "I'd be happy to help!", «С удовольствием помогу!», «Көмектесуге қуаныштымын!»
  {
    name: 'opener',
    regex: rx(
      {
        en: "\\<(?:I(?:'d|’d| would) be (?:happy|glad) to help|(?:Happy|Glad) to help|I(?:'m|’m| am) (?:happy|glad) to help)\\>",
        kk: '\\<(?:Көмектесуге қуаныштымын|қуана көмектесемін)\\>',
        ru: '\\<(?:С удовольствием|С радостью) помогу\\>',
      }[lang],
    ),
  },
])
// «Абзацтың түзетілген нұсқасы мынадай:» — Kazakh names the thing first.
OPENERS.push({
  name: 'opener',
  regex: rx(`\\<${DELIVERABLE.kk}\\>[^.!?\\n]{0,60}?\\<(?:мынадай|төмендегідей)\\>\\s*:`),
})

/** A first line that ends with a colon and names what follows ("Сіз берген ақпарат негізінде дайындалған жаңалық нұсқасы:"). */
export const TITLE_LINE = rx(
  `^[^\\n]{0,160}\\<(?:${DELIVERABLE.en}|${DELIVERABLE.ru}|${DELIVERABLE.kk})\\>[^\\n]{0,80}:[ \\t]*\\n`,
  'iu',
)

// ── Closers: the offer to change the text, the wish that it helps ─────────────────────────────────────────────
const EDIT = {
  en: '(?:me to|changes?|edits?|longer|shorter|formal|tone|version|headline|title|shorten|expand|adjust|modify|add|translat\\p{L}*|rewrite|revise|anything else)',
  kk: '(?:қысқарт\\p{L}*|өзгерт\\p{L}*|толықтыр\\p{L}*|аудар\\p{L}*|қос\\p{L}*|түзет\\p{L}*|нұсқа\\p{L}*|тақырып\\p{L}*|мәтін\\p{L}*|мақала\\p{L}*|пост\\p{L}*|стил\\p{L}*|ресми\\p{L}*|дәйексөз\\p{L}*|статистика\\p{L}*|сөзін|нәрсе)',
  ru: '(?:сократ\\p{L}*|измен\\p{L}*|дополн\\p{L}*|перев(?:ед|ёд|од|ес)\\p{L}*|добав\\p{L}*|скорректир\\p{L}*|адаптир\\p{L}*|верси\\p{L}*|заголов\\p{L}*|текст\\p{L}*|стать\\p{L}*|цитат\\p{L}*|статистик\\p{L}*|тон|пост(?:а|ом)?|формулир\\p{L}*|официальн\\p{L}*|что-то ещё|что-нибудь ещё)',
}
const edit = (lang: keyof typeof EDIT) => rx(`\\<${EDIT[lang]}\\>`)

export const CLOSERS: Rule[] = [
  // English
  {
    name: 'closer',
    regex: rx(
      '\\<(?:I hope|Hope) (?:this|it|that|the (?:draft|article|text))(?: (?:draft|article|text))? (?:helps|is helpful|is useful|will be useful|will help|meets your needs|works for you)\\>(?:[^.!?]{0,40})?[.!]',
    ),
  },
  {
    name: 'closer',
    regex: rx('\\<I hope you find (?:this|it|the)[^.!?]{0,30}(?:helpful|useful)\\>'),
  },
  {
    name: 'closer',
    regex: rx('\\<(?:Please )?let me know if\\>[^.!?]{0,200}'),
    also: [edit('en')],
  },
  {
    name: 'closer',
    regex: rx(
      '\\<Feel free to (?:adjust|modify|edit|tweak|change|add|let me know|customi[sz]e|use (?:this|it))\\>',
    ),
  },
  { name: 'closer', regex: rx('\\<(?:Would you like|Do you want|Want) me to\\>') },
  { name: 'closer', regex: rx('\\<Just say the word if\\>[^.!?]{0,200}'), also: [edit('en')] },
  {
    name: 'closer',
    regex: rx(
      "\\<If you(?:'d|’d| would)? (?:like|need|want)\\>[^.!?]{0,80}\\<(?:I can|let me know|just ask)\\>",
    ),
    also: [edit('en')],
  },
  { name: 'closer', regex: rx('\\<(?:Happy|Glad) to help(?: further)?\\>') },
  { name: 'closer', regex: rx('\\<(?:is there )?anything else (?:I can (?:do|help)|you need)\\>') },
  { name: 'closer', regex: rx('\\<This (?:article|text|draft) can be adapted\\>') },
  {
    name: 'closer',
    regex: rx(
      '\\<(?:You may want to|Please) (?:verify|check|review)\\>[^.!?]{0,80}\\<before publish\\p{L}*',
    ),
  },
  {
    name: 'closer',
    regex: rx('\\<(?:drafted|written|prepared) based on your (?:notes|information)\\>'),
  },
  // Russian
  {
    name: 'closer',
    regex: rx(
      '\\<Надеюсь, (?:это|этот (?:текст|черновик|материал)|текст|материал|статья)\\>[^.!?]{0,30}\\<(?:поможет|будет полезн\\p{L}*|пригодится|подойд\\p{L}*|соответствует)\\>[^.!?]{0,40}[.!]',
    ),
  },
  {
    name: 'closer',
    regex: rx('\\<(?:Дайте знать|Сообщите|Напишите|Скажите)\\>[^.!?]{0,10}\\<если\\>[^.!?]{0,200}'),
    also: [edit('ru')],
  },
  {
    name: 'closer',
    regex: rx(
      '\\<Если\\>[^.!?]{0,40}\\<(?:нужн\\p{L}*|хотите|потребуется|понадобится)\\>[^.!?]{0,80}',
    ),
    also: [edit('ru'), rx('\\<(?:могу|смогу|напишите|обращайтесь|дайте знать|сообщите)\\>')],
  },
  { name: 'closer', regex: rx('\\<Хотите,? (?:чтобы )?я\\>') },
  { name: 'closer', regex: rx('\\<Как вам (?:такой|этот) (?:вариант|текст)\\>') },
  { name: 'closer', regex: rx('\\<Могу (?:также|ещё|еще)\\>[^.!?]{0,200}'), also: [edit('ru')] },
  { name: 'closer', regex: rx('\\<Буду рад\\p{L}* помочь\\>') },
  {
    name: 'closer',
    regex: rx(
      '\\<(?:Вы )?можете (?:скорректировать|изменить|адаптировать|дополнить|отредактировать)\\>[^.!?]{0,60}',
    ),
    also: [
      rx(
        '\\<(?:текст\\p{L}*|детал\\p{L}*|стать\\p{L}*|част\\p{L}*|усмотрени\\p{L}*|потребност\\p{L}*)\\>',
      ),
    ],
  },
  { name: 'closer', regex: rx('\\<Этот (?:текст|материал) можно адаптировать\\>') },
  {
    name: 'closer',
    regex: rx('\\<(?:рекомендую|пожалуйста,?) провер\\p{L}*[^.!?]{0,80}\\<перед публикаци\\p{L}*'),
  },
  { name: 'closer', regex: rx('\\<на основе ваших (?:заметок|данных)\\>') },
  // Kazakh
  { name: 'closer', regex: rx('\\<Көмегім тиді деп (?:үміттенемін|сенемін)\\>') },
  {
    name: 'closer',
    regex: rx(
      '\\<(?:Бұл|Мәтін|Мақала|Жоба)\\>[^.!?]{0,40}\\<(?:пайдалы|сай келеді|көмектеседі)\\>[^.!?]{0,10}\\<деп (?:үміттенемін|сенемін)\\>',
    ),
  },
  {
    name: 'closer',
    regex: rx(
      '\\<\\p{L}*(?:ыңыз|іңіз|ңыз|ңіз)\\p{L}*[^.!?]{0,30}\\<(?:пайдалы|сай келеді|көмектеседі)\\>[^.!?]{0,10}\\<деп (?:үміттенемін|сенемін)\\>',
    ),
  },
  {
    name: 'closer',
    regex: rx(
      '\\<(?:қаласаңыз|керек болса|қажет болса)\\>[^.!?]{0,80}\\<(?:айтыңыз|хабарлаңыз|жазыңыз|салыңыз|аламын|дайынмын)\\>',
    ),
    also: [edit('kk')],
  },
  { name: 'closer', regex: rx('\\<\\p{L}+(?:уымды|уімды|уімді|уымды) қалайсыз ба\\>') },
  { name: 'closer', regex: rx('\\<\\p{L}+(?:айын|ейін|йын|йін) ба\\?') },
  { name: 'closer', regex: rx('\\<көмектесуге дайынмын\\>') },
  { name: 'closer', regex: rx('\\<Бұл (?:нұсқа|мәтін) қалай\\>') },
  {
    name: 'closer',
    regex: rx('\\<(?:жасай|дайындай|қоса|аудара|қысқарта) аламын\\>'),
    also: [edit('kk')],
  },
  {
    name: 'closer',
    regex: rx('\\<\\p{L}*(?:ыңыз|іңіз)\\p{L}*[^.!?]{0,40}\\<бейімдеуге болады\\>'),
  },
  {
    name: 'closer',
    regex: rx('\\<(?:өз қалауыңызша|қажеттіліктеріңізге қарай)\\>[^.!?]{0,60}\\<аласыз\\>'),
  },
  { name: 'closer', regex: rx('\\<жарияламас бұрын\\>[^.!?]{0,80}\\<тексер\\p{L}*') },
  { name: 'closer', regex: rx('\\<жазбаларыңыз негізінде\\>') },
]

// ── The model speaking of itself, and its refusals ──────────────────────────────────────────────────────────
export const SELF_REFERENCES: Rule[] = [
  // English: "As an AI language model, I" — the first person that follows, as news about AI says "as an AI model" too.
  {
    name: 'boilerplate',
    regex: rx('\\<as an ai(?: language)? model\\>(?=[^.!?\\n]{0,60}?,\\s*I\\>)'),
  },
  {
    name: 'boilerplate',
    regex: rx('\\<as a large language model\\>(?=[^.!?\\n]{0,60}?,\\s*I\\>)'),
  },
  {
    name: 'boilerplate',
    regex: rx(
      '\\<as an AI\\>(?: (?:developed|created|trained|built|made) by [^,.!?\\n]{1,30})?,\\s*I\\>',
    ),
  },
  { name: 'boilerplate', regex: rx("\\<I(?:'m|’m| am) (?:just )?an AI\\>") },
  {
    name: 'boilerplate',
    regex: rx(
      "\\<I (?:cannot|can't|can’t|can not|am unable to|don't have the ability to) (?:browse|access|search) the (?:internet|web)\\>",
    ),
  },
  {
    name: 'boilerplate',
    regex: rx(
      "\\<I (?:do not|don't|don’t) have (?:access to )?(?:real-time|up-to-date|live|current) (?:information|data)\\>",
    ),
  },
  { name: 'boilerplate', regex: rx('\\<as of my (?:last )?knowledge (?:cutoff|update)\\>') },
  {
    name: 'boilerplate',
    regex: rx(
      "\\<I(?:'m|’m| am) sorry, but I (?:can(?:'|’|no)t|am unable to) (?:assist|help|fulfil|fulfill|comply)\\>",
    ),
  },
  { name: 'boilerplate', regex: rx('\\<regenerate response\\>') },
  // Russian
  {
    name: 'boilerplate',
    regex: rx(
      '\\<как (?:языковая модель|модель искусственного интеллекта|ии[- ]модель|искусственный интеллект|ии)\\>(?=[^.!?\\n]{0,60}?,\\s*я\\>)',
    ),
  },
  {
    name: 'boilerplate',
    regex: rx(
      '\\<будучи (?:языковой моделью|искусственным интеллектом|ии|чат-ботом)\\>(?=[^.!?\\n]{0,60}?,\\s*я\\>)',
    ),
  },
  {
    name: 'boilerplate',
    regex: rx(
      '\\<я\\s*[—–-]\\s*(?:искусственный интеллект|языковая модель|ии|нейросеть|чат-бот)\\>',
    ),
  },
  {
    name: 'boilerplate',
    regex: rx(
      '\\<у меня нет доступа к (?:интернету|сети|актуальн\\p{L}* (?:данным|информации))\\>',
    ),
  },
  {
    name: 'boilerplate',
    regex: rx(
      '\\<я не (?:располагаю|имею доступа к) (?:информаци\\p{L}*|данны\\p{L}*) в реальном времени\\>',
    ),
  },
  {
    name: 'boilerplate',
    regex: rx('\\<на момент (?:моего )?последнего обновления (?:моих )?данных\\>'),
  },
  { name: 'boilerplate', regex: rx('\\<извините, (?:но )?я не могу (?:выполнить|помочь)\\>') },
  // Kazakh, in either word order: «Тілдік модель ретінде мен», «Мен … тілдік модель ретінде», «Мен жасанды интеллектпін»
  {
    name: 'boilerplate',
    regex: rx('\\<(?:жасанды интеллект|тілдік модел|ЖИ модел|AI модел)\\p{L}* ретінде(?:,)? мен'),
  },
  // «Мен» opening a sentence is "I"; inside one it is also "and" («Ассамблея мен Клуб … тілдік модель ретінде»).
  {
    name: 'boilerplate',
    regex: rx(
      '(?:^|(?<=[.!?][ \\t\\n]{1,4}))Мен\\>[^.!?\\n]{0,60}\\<(?:тілдік модел|жасанды интеллект|ЖИ модел|AI модел)\\p{L}* ретінде\\>',
      'gmu',
    ),
  },
  {
    name: 'boilerplate',
    regex: rx('\\<(?:тілдік модел|жасанды интеллект|ЖИ модел)\\p{L}* болғандықтан,? мен\\>'),
  },
  {
    name: 'boilerplate',
    regex: rx('\\<(?:жасанды интеллектпін|тілдік модельмін|ЖИ моделімін|чат-ботпын)\\>'),
  },
  { name: 'boilerplate', regex: rx('\\<менің интернетке қолжетімділігім жоқ\\>') },
  { name: 'boilerplate', regex: rx('\\<менде нақты уақыттағы ақпарат жоқ\\>') },
  {
    name: 'boilerplate',
    regex: rx('\\<кешіріңіз, (?:бірақ )?мен (?:көмектесе алмаймын|орындай алмаймын)\\>'),
  },
]

// ── Unfilled template placeholders. A bracketed word alone ("[your] savings") is an editor's change in a quote. ──
export const PLACEHOLDERS: Rule[] = [
  { name: 'placeholder', regex: rx('\\[(?:insert|your|add|name of|enter)\\s[^\\]]{1,60}\\]') },
  {
    name: 'placeholder',
    regex: rx('\\[(?:вставьте|укажите|введите|добавьте|ваше имя|имя|название)[^\\]]{0,60}\\]'),
  },
  {
    name: 'placeholder',
    regex: rx('\\[(?:енгізіңіз|көрсетіңіз|қосыңыз|атыңыз|аты-жөніңіз|атауы|мұнда)[^\\]]{0,60}\\]'),
  },
  { name: 'placeholder', regex: rx('\\[[^\\]]{0,60}(?:енгізіңіз|жазыңыз|көрсетіңіз|қойыңыз)\\]') },
]

// ── Markdown that a rich-text editor never produces: it came as plain text from a chat window ───────────────────
const LABELS =
  'Title|Headline|Subheadline|Lead|Body|Introduction|Conclusion|Key points|Заголовок|Подзаголовок|Лид|Введение|Заключение|Основной текст|Основные моменты|Тақырып|Тақырыпша|Кіріспе|Қорытынды|Негізгі мәтін|Негізгі сәттер'
export const MARKDOWN: (Rule & { weight: number })[] = [
  { name: 'markdown: bold label', regex: rx('^\\*\\*[^*\\n]{1,40}:\\*\\*', 'gmu'), weight: 0.6 },
  { name: 'markdown: heading', regex: rx('^#{1,6}[ \\t]+\\S[^\\n]*', 'gmu'), weight: 0.5 },
  { name: 'markdown: bold line', regex: rx('^\\*\\*[^*\\n]{2,80}\\*\\*', 'gmu'), weight: 0.4 },
  { name: 'markdown: label line', regex: rx(`^(?:${LABELS}):`, 'gimu'), weight: 0.35 },
  { name: 'markdown: rule', regex: rx('^(?:---|\\*\\*\\*|___)[ \\t]*$', 'gmu'), weight: 0.3 },
  { name: 'markdown: italic note', regex: rx('^\\*[^*\\n]{10,}\\*[ \\t]*$', 'gmu'), weight: 0.3 },
  {
    name: 'markdown: hashtags',
    regex: rx('^(?:#[\\p{L}\\p{N}_]+[ \\t]*){2,}$', 'gmu'),
    weight: 0.3,
  },
]
