import type { TextBlock } from '../lib/lexical'
import type { PaletteName } from '../lib/images'
import type { RegionSlug } from './regions'
import type { RubricSlug } from './rubrics'
import type { DemoUserEmail } from './users'

import { CLUB_MISSION_BODY_KK, CLUB_MISSION_TITLE_KK } from './clubMissionArticle.kk'
import { CLUB_MISSION_BODY_RU, CLUB_MISSION_TITLE_RU } from './clubMissionArticle.ru'
import { contributorsOf, JOURNALIST_ASTANA, JOURNALIST_EAST } from './contributors'

/** Demo content: a few items of every publishable type, written in Kazakh with a Russian translation. */

export type Localized<T> = { kk: T; ru: T }

/** A generated JPEG, stored in `media` under `file` (its natural key). */
export type ImageSeed = {
  alt: Localized<string>
  caption?: Localized<string>
  credit: string
  file: `seed-${string}.jpg`
  palette: PaletteName
}

export type GuestSeed = { name: string; role: Localized<string> }

type ContentSeed = {
  /** Demo user who filed the item (createdBy); `approvedBy` last changed it (updatedBy). */
  by: DemoUserEmail
  approvedBy?: DemoUserEmail
  contributors: string[]
  excerpt: Localized<string>
  image: ImageSeed
  publishedAt?: string
  region: RegionSlug
  rubric?: RubricSlug
  slug: string
  status: 'draft' | 'published'
  tags: string[]
  title: Localized<string>
}

export type ArticleSeed = ContentSeed & { body: Localized<TextBlock[]> }

export type EthnoEventSeed = ContentSeed & {
  associations: Localized<string>[]
  body: Localized<TextBlock[]>
  eventDate: string
  gallery: ImageSeed[]
  participantsCount: number
  venue: Localized<string>
}

export type PodcastEpisodeSeed = Omit<ContentSeed, 'image'> & {
  audio: { alt: Localized<string>; file: `seed-${string}.wav`; frequency: number }
  duration: number
  episodeNumber: number
  guests: GuestSeed[]
  rubric: RubricSlug
  season: number
  showNotes: Localized<TextBlock[]>
  transcript: Localized<string>
}

export type TvSegmentSeed = ContentSeed & {
  airDate: string
  channel: string
  duration: number
  externalUrl: string
  guests: GuestSeed[]
  rubric: RubricSlug
  summary: Localized<string>
}

export type VideoSeed = ContentSeed & {
  audience: ('civil-servants' | 'general-public' | 'journalists' | 'teachers' | 'youth-organisations')[]
  description: Localized<TextBlock[]>
  duration: number
  guests: GuestSeed[]
  videoUrl: string
}

const CLUB_CREDIT = 'ҚХА Журналистер клубы (демо)'

// ---------------------------------------------------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------------------------------------------------

export const ARTICLES: ArticleSeed[] = [
  {
    slug: 'club-mission',
    region: 'astana',
    status: 'published',
    publishedAt: '2025-02-10T09:00:00.000Z',
    by: 'chief@newsroom.kz',
    contributors: contributorsOf('astana', 2),
    tags: ['ҚХА', 'Журналистер клубы', 'этножурналистика'],
    title: { kk: CLUB_MISSION_TITLE_KK, ru: CLUB_MISSION_TITLE_RU },
    excerpt: {
      kk: '2009 жылы құрылған ҚХА Журналистер клубы бүгінде барлық өңірден 500-ге жуық журналисті біріктіріп, жылына 150-ден астам іс-шара өткізеді.',
      ru: 'Клуб журналистов АНК, созданный в 2009 году, объединяет около 500 журналистов из всех регионов и проводит более 150 мероприятий в год.',
    },
    image: {
      file: 'seed-club-mission.jpg',
      palette: 'steppe',
      credit: CLUB_CREDIT,
      alt: {
        kk: 'Көк аспан астындағы кең дала мен күн: ою-өрнек жолағы бар иллюстрация',
        ru: 'Широкая степь и солнце под синим небом: иллюстрация с полосой орнамента',
      },
      caption: { kk: 'ҚХА Журналистер клубы — 500-ге жуық журналист.', ru: 'Клуб журналистов АНК — около 500 журналистов.' },
    },
    body: { kk: CLUB_MISSION_BODY_KK, ru: CLUB_MISSION_BODY_RU },
  },
  {
    slug: 'ai-in-journalism-almaty',
    region: 'almaty',
    status: 'published',
    publishedAt: '2025-10-24T06:30:00.000Z',
    by: 'chief@newsroom.kz',
    contributors: contributorsOf('almaty', 2),
    tags: ['жасанды интеллект', 'фактчекинг', 'медиаэтика'],
    title: {
      kk: 'Жасанды интеллект және журналистика: Алматыда кәсіби кездесу өтті',
      ru: 'Искусственный интеллект и журналистика: в Алматы прошла профессиональная встреча',
    },
    excerpt: {
      kk: 'Журналистер ақпаратты тексеру, фейктерге қарсы күрес, авторлық құқық және AI көмегімен жасалған контенттің жауапкершілігі туралы пікір алмасты.',
      ru: 'Журналисты обсудили проверку информации, борьбу с фейками, авторское право и ответственность за контент, созданный с помощью ИИ.',
    },
    image: {
      file: 'seed-ai-in-journalism.jpg',
      palette: 'night',
      credit: CLUB_CREDIT,
      alt: {
        kk: 'Түнгі аспан, сәулелі сары шар және қараңғы төбелер бейнеленген иллюстрация',
        ru: 'Иллюстрация: ночное небо, жёлтый светящийся шар и тёмные холмы',
      },
    },
    body: {
      kk: [
        'Қазан айында Алматыда ҚХА Журналистер клубы ұйымдастырған кездесуде медиа мамандары жасанды интеллектінің заманауи журналистикаға ықпалын талқылады.',
        { h2: 'Негізгі тақырыптар' },
        {
          ul: [
            'ақпаратты тексеру әдістері мен фактчекинг құралдары',
            'фейктер мен дипфейктерді анықтау тәсілдері',
            'этикалық нормалар және авторлық құқық',
            'AI көмегімен жасалған контент үшін редакцияның жауапкершілігі',
          ],
        },
        '2026 жылғы 18 қаңтарда күшіне енетін «Жасанды интеллект туралы» заң синтетикалық материалдарды машина оқи алатын белгімен және оқырманға көрінетін ескертумен ғана таратуға рұқсат етеді. Қатысушылар бұл талапты редакциялық тәжірибеге қалай енгізу керегін талқылады.',
        'Кездесу тәжірибелі медиа сарапшылардың шеберлік сабақтарымен аяқталды.',
      ],
      ru: [
        'В октябре на встрече, организованной Клубом журналистов АНК в Алматы, медиаспециалисты обсудили влияние искусственного интеллекта на современную журналистику.',
        { h2: 'Главные темы' },
        {
          ul: [
            'методы проверки информации и инструменты фактчекинга',
            'распознавание фейков и дипфейков',
            'этические нормы и авторское право',
            'ответственность редакции за контент, созданный с помощью ИИ',
          ],
        },
        'Закон «Об искусственном интеллекте», вступающий в силу 18 января 2026 года, разрешает распространять синтетические материалы только с машиночитаемой маркировкой и видимым предупреждением для читателя. Участники обсудили, как встроить это требование в редакционную практику.',
        'Встреча завершилась мастер-классами опытных медиаэкспертов.',
      ],
    },
  },
  {
    slug: 'ethno-history-oskemen-streets',
    region: 'east-kazakhstan',
    rubric: 'ethno-history',
    status: 'draft',
    by: 'journalist.east@newsroom.kz',
    contributors: [JOURNALIST_EAST],
    tags: ['ЭтноHistory', 'Өскемен', 'тарих'],
    title: {
      kk: 'ЭтноHistory: Өскеменнің көпұлтты көшелері',
      ru: 'ЭтноHistory: многонациональные улицы Усть-Каменогорска',
    },
    excerpt: {
      kk: 'Ертіс жағасындағы қаланың көшелері әр халықтың тарихын сақтап келеді.',
      ru: 'Улицы города на Иртыше хранят историю многих народов.',
    },
    image: {
      file: 'seed-ethno-history-oskemen.jpg',
      palette: 'mountain',
      credit: JOURNALIST_EAST,
      alt: {
        kk: 'Кешкі аспан астындағы көкшіл таулар мен жоталар',
        ru: 'Синеватые горы и хребты под вечерним небом',
      },
    },
    body: {
      kk: [
        'Өскеменнің ескі орталығында қазақ, орыс, татар, неміс отбасылары ғасырдан астам уақыт көршілес өмір сүрді.',
        'Айдардың бұл санында қала тарихшыларымен бірге ескі үйлердің, мешіт пен шіркеудің, алғашқы мектептердің тарихын еске түсіреміз.',
        'Материал редакторлық тексеруден өтуде.',
      ],
      ru: [
        'В старом центре Усть-Каменогорска больше века бок о бок жили казахские, русские, татарские и немецкие семьи.',
        'В этом выпуске рубрики вместе с историками города вспоминаем историю старых домов, мечети и церкви, первых школ.',
        'Материал проходит редакторскую проверку.',
      ],
    },
  },
]

// ---------------------------------------------------------------------------------------------------------------
// Ethno-events
// ---------------------------------------------------------------------------------------------------------------

export const ETHNO_EVENTS: EthnoEventSeed[] = [
  {
    slug: 'nauryz-oskemen-2025',
    region: 'east-kazakhstan',
    rubric: 'ethno-event',
    status: 'published',
    publishedAt: '2025-03-24T08:00:00.000Z',
    by: 'journalist.east@newsroom.kz',
    approvedBy: 'editor.east@newsroom.kz',
    contributors: [JOURNALIST_EAST, ...contributorsOf('east-kazakhstan', 2).filter((name) => name !== JOURNALIST_EAST)],
    tags: ['Наурыз', 'ЭтноEvent', 'Өскемен'],
    title: {
      kk: 'Өскемендегі Наурыз: бір дастарқан басында он этнос',
      ru: 'Наурыз в Усть-Каменогорске: десять этносов за одним дастарханом',
    },
    excerpt: {
      kk: 'Достық үйінде өткен мерекеге этномәдени бірлестіктер өз ұлттық тағамдары мен өнерін әкелді.',
      ru: 'На праздник в Доме дружбы этнокультурные объединения принесли свои национальные блюда и песни.',
    },
    eventDate: '2025-03-22T05:00:00.000Z',
    venue: { kk: 'Өскемен, Достық үйі', ru: 'Усть-Каменогорск, Дом дружбы' },
    participantsCount: 1200,
    associations: [
      { kk: 'Орыс мәдени орталығы', ru: 'Русский культурный центр' },
      { kk: 'Татар-башқұрт этномәдени бірлестігі', ru: 'Татаро-башкирское этнокультурное объединение' },
      { kk: '«Видергебурт» неміс қоғамы', ru: 'Немецкое общество «Видергебурт»' },
      { kk: 'Украин мәдени орталығы', ru: 'Украинский культурный центр' },
    ],
    image: {
      file: 'seed-nauryz-oskemen.jpg',
      palette: 'spring',
      credit: JOURNALIST_EAST,
      alt: { kk: 'Көктемгі жасыл дала мен қызыл күн', ru: 'Весенняя зелёная степь и красное солнце' },
    },
    gallery: [
      {
        file: 'seed-nauryz-oskemen-gallery-1.jpg',
        palette: 'turquoise',
        credit: JOURNALIST_EAST,
        alt: { kk: 'Көгілдір аспан мен жасыл төбелер', ru: 'Голубое небо и зелёные холмы' },
      },
      {
        file: 'seed-nauryz-oskemen-gallery-2.jpg',
        palette: 'autumn',
        credit: JOURNALIST_EAST,
        alt: { kk: 'Жылы түсті аспан мен қоңыр төбелер', ru: 'Тёплое небо и бурые холмы' },
      },
    ],
    body: {
      kk: [
        'Наурыз мерекесі қарсаңында Өскемендегі Достық үйі қала тұрғындарын бір дастарқан басына жинады.',
        'Этномәдени бірлестіктер ұлттық тағамдарын ұсынып, ән мен биден концерт қойды. Балаларға арналған шеберлік сыныптары мен ұлттық ойындар ұйымдастырылды.',
        'Мерекеге мыңнан астам адам қатысты.',
      ],
      ru: [
        'В канун Наурыза Дом дружбы Усть-Каменогорска собрал горожан за одним дастарханом.',
        'Этнокультурные объединения угощали национальными блюдами и дали концерт песни и танца. Для детей провели мастер-классы и национальные игры.',
        'Праздник посетили более тысячи человек.',
      ],
    },
  },
  {
    slug: 'two-stars-kyzylorda-2025',
    region: 'kyzylorda',
    rubric: 'two-stars',
    status: 'published',
    publishedAt: '2025-06-16T10:00:00.000Z',
    by: 'chief@newsroom.kz',
    contributors: contributorsOf('kyzylorda', 1),
    tags: ['Two Stars', 'фестиваль', 'Қызылорда'],
    title: {
      kk: '«Two Stars» фестивалі: әр түрлі этностың дуэттері бір сахнада',
      ru: 'Фестиваль «Two Stars»: дуэты разных этносов на одной сцене',
    },
    excerpt: {
      kk: 'Қызылордада өткен фестивальде он екі дуэт қазақ, корей, өзбек және орыс тілдерінде ән шырқады.',
      ru: 'На фестивале в Кызылорде двенадцать дуэтов пели на казахском, корейском, узбекском и русском языках.',
    },
    eventDate: '2025-06-14T13:00:00.000Z',
    venue: { kk: 'Қызылорда, облыстық филармония', ru: 'Кызылорда, областная филармония' },
    participantsCount: 350,
    associations: [
      { kk: 'Корей этномәдени орталығы', ru: 'Корейский этнокультурный центр' },
      { kk: 'Өзбек этномәдени орталығы', ru: 'Узбекский этнокультурный центр' },
      { kk: 'Славян мәдени орталығы', ru: 'Славянский культурный центр' },
    ],
    image: {
      file: 'seed-two-stars-kyzylorda.jpg',
      palette: 'dusk',
      credit: CLUB_CREDIT,
      alt: { kk: 'Күлгін кешкі аспан және батып бара жатқан күн', ru: 'Фиолетовое вечернее небо и заходящее солнце' },
    },
    gallery: [],
    body: {
      kk: [
        'Қызылорда облыстық филармониясында «Two Stars» фестивалі өтті. Әр дуэтте екі түрлі этностың өкілдері бірге өнер көрсетті.',
        'Бас жүлдені қазақ-корей дуэты жеңіп алды.',
      ],
      ru: [
        'В Кызылординской областной филармонии прошёл фестиваль «Two Stars». В каждом дуэте вместе выступали представители двух разных этносов.',
        'Гран-при завоевал казахско-корейский дуэт.',
      ],
    },
  },
  {
    slug: 'level-up-aktobe-media-school-2026',
    region: 'aktobe',
    rubric: 'level-up',
    status: 'draft',
    by: 'chief@newsroom.kz',
    contributors: contributorsOf('aktobe', 1),
    tags: ['LEVEL UP', 'медиамектеп', 'жастар'],
    title: {
      kk: 'LEVEL UP: Ақтөбеде жас журналистерге арналған медиамектеп',
      ru: 'LEVEL UP: медиашкола для молодых журналистов в Актобе',
    },
    excerpt: {
      kk: 'Медиасауаттылық, мобильді журналистика және фактчекинг бойынша екі күндік оқу.',
      ru: 'Двухдневное обучение медиаграмотности, мобильной журналистике и фактчекингу.',
    },
    eventDate: '2026-02-20T04:00:00.000Z',
    venue: { kk: 'Ақтөбе, Достық үйі', ru: 'Актобе, Дом дружбы' },
    participantsCount: 60,
    associations: [
      { kk: 'Поляк мәдени орталығы', ru: 'Польский культурный центр' },
      { kk: 'Әзербайжан этномәдени бірлестігі', ru: 'Азербайджанское этнокультурное объединение' },
    ],
    image: {
      file: 'seed-level-up-aktobe.jpg',
      palette: 'desert',
      credit: CLUB_CREDIT,
      alt: { kk: 'Сарғыш аспан мен құмды төбелер', ru: 'Желтоватое небо и песчаные холмы' },
    },
    gallery: [],
    body: {
      kk: [
        'Ақтөбеде «LEVEL UP» жобасы аясында жас журналистер мен блогерлерге арналған медиамектеп өтті.',
        'Қатысушылар смартфонмен түсірілім жасауды, дереккөздерді тексеруді және этносаралық тақырыптарды әдепті жазуды үйренді.',
      ],
      ru: [
        'В Актобе в рамках проекта «LEVEL UP» прошла медиашкола для молодых журналистов и блогеров.',
        'Участники учились снимать на смартфон, проверять источники и корректно писать на межэтнические темы.',
      ],
    },
  },
]

// ---------------------------------------------------------------------------------------------------------------
// Podcast episodes («Ортақ», Jetisu)
// ---------------------------------------------------------------------------------------------------------------

export const PODCAST_EPISODES: PodcastEpisodeSeed[] = [
  {
    slug: 'ortaq-s1e1-where-languages-meet',
    region: 'jetisu',
    rubric: 'ortaq',
    status: 'published',
    publishedAt: '2025-04-15T12:00:00.000Z',
    by: 'chief@newsroom.kz',
    contributors: contributorsOf('jetisu', 2),
    tags: ['Ortaq', 'подкаст', 'тіл'],
    season: 1,
    episodeNumber: 1,
    duration: 1860,
    audio: {
      file: 'seed-ortaq-s1e1.wav',
      frequency: 392,
      alt: { kk: '«Ортақ» подкасты, 1-шығарылым (демо аудио)', ru: 'Подкаст «Ortaq», выпуск 1 (демо-аудио)' },
    },
    title: { kk: 'Ортақ #1: Тілдер тоғысқан жерде', ru: 'Ortaq #1: Там, где встречаются языки' },
    excerpt: {
      kk: 'Талдықорғандағы тіл курстарының оқытушысы мен студенттер мемлекеттік тілді үйрену тәжірибесімен бөліседі.',
      ru: 'Преподаватель языковых курсов Талдыкоргана и студенты делятся опытом изучения государственного языка.',
    },
    guests: [
      { name: 'Әлия Нұрғалиева', role: { kk: 'тіл курстарының оқытушысы, Талдықорған', ru: 'преподаватель языковых курсов, Талдыкорган' } },
      { name: 'Сергей Волков', role: { kk: 'студент, орыс мәдени орталығының еріктісі', ru: 'студент, волонтёр Русского культурного центра' } },
    ],
    showNotes: {
      kk: ['Бірінші шығарылымда мемлекеттік тілді үйрену, тілдік клубтар және отбасындағы көптілділік туралы сөйлестік.'],
      ru: ['В первом выпуске говорим об изучении государственного языка, языковых клубах и многоязычии в семье.'],
    },
    transcript: {
      kk: '— Қайырлы күн, «Ортақ» подкастына қош келдіңіздер! Бүгін біз тіл үйрену туралы сөйлесеміз...',
      ru: '— Добрый день, это подкаст «Ortaq»! Сегодня мы говорим об изучении языка...',
    },
  },
  {
    slug: 'ortaq-s1e2-traditions-and-youth',
    region: 'jetisu',
    rubric: 'ortaq',
    status: 'published',
    publishedAt: '2025-05-20T12:00:00.000Z',
    by: 'chief@newsroom.kz',
    contributors: contributorsOf('jetisu', 1),
    tags: ['Ortaq', 'подкаст', 'дәстүр'],
    season: 1,
    episodeNumber: 2,
    duration: 2140,
    audio: {
      file: 'seed-ortaq-s1e2.wav',
      frequency: 440,
      alt: { kk: '«Ортақ» подкасты, 2-шығарылым (демо аудио)', ru: 'Подкаст «Ortaq», выпуск 2 (демо-аудио)' },
    },
    title: { kk: 'Ортақ #2: Дәстүр және жастар', ru: 'Ortaq #2: Традиции и молодёжь' },
    excerpt: {
      kk: 'Ұйғыр және қазақ жастары ата-баба дәстүрін қалай сақтап, жаңғыртып жүргенін айтады.',
      ru: 'Уйгурская и казахская молодёжь рассказывает, как хранит и обновляет традиции предков.',
    },
    guests: [
      { name: 'Дильшат Хамитов', role: { kk: 'ұйғыр этномәдени орталығы жастар қанатының жетекшісі', ru: 'руководитель молодёжного крыла уйгурского этнокультурного центра' } },
    ],
    showNotes: {
      kk: ['Екінші шығарылымда мерекелер, ұлттық киім және әлеуметтік желідегі дәстүр туралы әңгімелестік.'],
      ru: ['Во втором выпуске — о праздниках, национальной одежде и традициях в социальных сетях.'],
    },
    transcript: {
      kk: '— «Ортақ» подкастының екінші шығарылымы. Бүгінгі қонағымыз — Дильшат Хамитов...',
      ru: '— Второй выпуск подкаста «Ortaq». Наш гость сегодня — Дильшат Хамитов...',
    },
  },
  {
    slug: 'ortaq-s1e3-volunteers',
    region: 'jetisu',
    rubric: 'ortaq',
    status: 'draft',
    by: 'chief@newsroom.kz',
    contributors: contributorsOf('jetisu', 1),
    tags: ['Ortaq', 'подкаст', 'волонтерлік'],
    season: 1,
    episodeNumber: 3,
    duration: 1725,
    audio: {
      file: 'seed-ortaq-s1e3.wav',
      frequency: 523,
      alt: { kk: '«Ортақ» подкасты, 3-шығарылым (демо аудио)', ru: 'Подкаст «Ortaq», выпуск 3 (демо-аудио)' },
    },
    title: { kk: 'Ортақ #3: Еріктілер', ru: 'Ortaq #3: Волонтёры' },
    excerpt: {
      kk: 'Су тасқыны кезінде бір-біріне көмектескен әр ұлттың еріктілері.',
      ru: 'Волонтёры разных национальностей, которые помогали друг другу во время паводка.',
    },
    guests: [],
    showNotes: {
      kk: ['Үшінші шығарылым монтаждалуда.'],
      ru: ['Третий выпуск в монтаже.'],
    },
    transcript: { kk: 'Мәтіндік нұсқасы дайындалуда.', ru: 'Расшифровка готовится.' },
  },
]

// ---------------------------------------------------------------------------------------------------------------
// TV segments
// ---------------------------------------------------------------------------------------------------------------

export const TV_SEGMENTS: TvSegmentSeed[] = [
  {
    slug: 'dostyq-dastarkhany-korean-cuisine',
    region: 'karaganda',
    rubric: 'dostyq-dastarkhany',
    status: 'published',
    publishedAt: '2025-09-08T07:00:00.000Z',
    by: 'chief@newsroom.kz',
    contributors: contributorsOf('karaganda', 1),
    tags: ['Достық дастарханы', 'корей мәдениеті'],
    airDate: '2025-09-07T14:00:00.000Z',
    channel: '«Қарағанды ақпарат» телеарнасы',
    duration: 780,
    externalUrl: 'https://www.youtube.com/watch?v=QHAdemo0001',
    title: { kk: 'Достық дастарханы: корей асханасы', ru: 'Дастархан дружбы: корейская кухня' },
    excerpt: {
      kk: 'Қарағандылық корей отбасы кимчи мен кукси әзірлеудің құпиясын ашады.',
      ru: 'Корейская семья из Караганды раскрывает секреты кимчи и куксу.',
    },
    summary: {
      kk: 'Қарағанды корей этномәдени орталығының мүшелері ұлттық тағамдарын әзірлеп, 1937 жылы қазақ даласына қоныс аударған ата-бабаларының тарихын айтады.',
      ru: 'Члены корейского этнокультурного центра Караганды готовят национальные блюда и рассказывают историю предков, переселённых в казахскую степь в 1937 году.',
    },
    guests: [{ name: 'Валентина Ли', role: { kk: 'корей этномәдени орталығы', ru: 'корейский этнокультурный центр' } }],
    image: {
      file: 'seed-dostyq-korean.jpg',
      palette: 'dusk',
      credit: '«Қарағанды ақпарат» (демо)',
      alt: { kk: 'Жылы кешкі түстер мен күн бейнеленген иллюстрация', ru: 'Иллюстрация в тёплых вечерних тонах с солнцем' },
    },
  },
  {
    slug: 'dostyq-dastarkhany-german-traditions',
    region: 'karaganda',
    rubric: 'dostyq-dastarkhany',
    status: 'published',
    publishedAt: '2026-01-19T07:00:00.000Z',
    by: 'chief@newsroom.kz',
    contributors: contributorsOf('karaganda', 1),
    tags: ['Достық дастарханы', 'неміс мәдениеті'],
    airDate: '2026-01-18T14:00:00.000Z',
    channel: '«Қарағанды ақпарат» телеарнасы',
    duration: 840,
    externalUrl: 'https://www.youtube.com/watch?v=QHAdemo0002',
    title: { kk: 'Достық дастарханы: неміс дәстүрлері', ru: 'Дастархан дружбы: немецкие традиции' },
    excerpt: {
      kk: 'Шахтинск қаласындағы неміс отбасы Рождество нанын пісіреді.',
      ru: 'Немецкая семья из Шахтинска печёт рождественский штоллен.',
    },
    summary: {
      kk: 'Неміс мәдени орталығының мүшелері қысқы мерекелердің дәстүрлері мен отбасылық рецептерімен бөліседі.',
      ru: 'Члены немецкого культурного центра делятся традициями зимних праздников и семейными рецептами.',
    },
    guests: [{ name: 'Андреас Вебер', role: { kk: 'неміс мәдени орталығы', ru: 'немецкий культурный центр' } }],
    image: {
      file: 'seed-dostyq-german.jpg',
      palette: 'night',
      credit: '«Қарағанды ақпарат» (демо)',
      alt: { kk: 'Түнгі аспандағы сәулелі сары шар мен қараңғы төбелер', ru: 'Жёлтый светящийся шар в ночном небе над тёмными холмами' },
    },
  },
  {
    slug: 'zhol-zhonekei-sairam',
    region: 'turkistan',
    rubric: 'zhol-zhonekei',
    status: 'draft',
    by: 'chief@newsroom.kz',
    contributors: contributorsOf('turkistan', 1),
    tags: ['Жол-жөнекей', 'Сайрам'],
    airDate: '2026-12-05T13:00:00.000Z',
    channel: '«Түркістан ақпарат» телеарнасы',
    duration: 1320,
    externalUrl: 'https://www.youtube.com/watch?v=QHAdemo0003',
    title: { kk: 'Жол-жөнекей: Сайрам', ru: 'По пути: Сайрам' },
    excerpt: {
      kk: 'Бағдарлама көне Сайрамның қазақ және өзбек отбасыларында қонақта болады.',
      ru: 'Программа в гостях у казахских и узбекских семей древнего Сайрама.',
    },
    summary: {
      kk: 'Көне Сайрамның шеберлері, асханасы және көршілес өмір сүріп келе жатқан халықтардың ортақ дәстүрлері.',
      ru: 'Мастера древнего Сайрама, его кухня и общие традиции живущих по соседству народов.',
    },
    guests: [],
    image: {
      file: 'seed-zhol-zhonekei-sairam.jpg',
      palette: 'desert',
      credit: '«Түркістан ақпарат» (демо)',
      alt: { kk: 'Ыстық күн астындағы сарғыш дала', ru: 'Жёлтая степь под жарким солнцем' },
    },
  },
]

// ---------------------------------------------------------------------------------------------------------------
// Videos
// ---------------------------------------------------------------------------------------------------------------

export const VIDEOS: VideoSeed[] = [
  {
    slug: 'assembly-mirror-lesson-1',
    region: 'astana',
    rubric: 'assembly-mirror',
    status: 'published',
    publishedAt: '2025-11-03T05:00:00.000Z',
    by: 'chief@newsroom.kz',
    contributors: contributorsOf('astana', 1),
    tags: ['Ассамблея айнасы', 'бейнесабақ'],
    videoUrl: 'https://www.youtube.com/watch?v=QHAdemo0101',
    duration: 1140,
    audience: ['civil-servants', 'teachers', 'journalists', 'youth-organisations', 'general-public'],
    title: {
      kk: 'Ассамблея айнасы. 1-сабақ: Қоғамдық келісім дегеніміз не?',
      ru: 'Зеркало Ассамблеи. Урок 1: что такое общественное согласие?',
    },
    excerpt: {
      kk: 'Этносаралық қатынастар саласындағы мемлекеттік саясаттың негіздері туралы бейнесабақ.',
      ru: 'Видеоурок об основах государственной политики в сфере межэтнических отношений.',
    },
    description: {
      kk: [
        'Бірінші сабақта қоғамдық келісім ұғымы, Қазақстан халқы Ассамблеясының рөлі және этномәдени бірлестіктердің жұмысы түсіндіріледі.',
        'Сабақ мемлекеттік қызметшілерге, мұғалімдерге, журналистерге және жастар ұйымдарына арналған.',
      ],
      ru: [
        'Первый урок объясняет понятие общественного согласия, роль Ассамблеи народа Казахстана и работу этнокультурных объединений.',
        'Урок предназначен для госслужащих, учителей, журналистов и молодёжных организаций.',
      ],
    },
    guests: [{ name: 'Гүлмира Жақыпова', role: { kk: 'саясаттанушы', ru: 'политолог' } }],
    image: {
      file: 'seed-assembly-mirror-1.jpg',
      palette: 'steppe',
      credit: CLUB_CREDIT,
      alt: { kk: 'Дала үстіндегі көк аспан мен күн', ru: 'Синее небо и солнце над степью' },
    },
  },
  {
    slug: 'uly-dala-anyzdary-aisha-bibi',
    region: 'jambyl',
    rubric: 'uly-dala-anyzdary',
    status: 'published',
    publishedAt: '2026-03-21T06:00:00.000Z',
    by: 'chief@newsroom.kz',
    contributors: contributorsOf('jambyl', 1),
    tags: ['Ұлы дала аңыздары', 'анимация', 'Тараз'],
    videoUrl: 'https://www.youtube.com/watch?v=QHAdemo0102',
    duration: 420,
    audience: ['youth-organisations', 'teachers', 'general-public'],
    title: { kk: 'Ұлы дала аңыздары: Айша бибі', ru: 'Легенды Великой степи: Айша-биби' },
    excerpt: {
      kk: 'Тараз маңындағы кесененің аңызы бойынша түсірілген қысқа анимациялық фильм.',
      ru: 'Короткий анимационный фильм по легенде о мавзолее под Таразом.',
    },
    description: {
      kk: ['Жамбыл облысының жас аниматорлары Айша бибі мен Қарахан туралы аңызды қайта баяндайды.'],
      ru: ['Молодые аниматоры Жамбылской области пересказывают легенду об Айше-биби и Карахане.'],
    },
    guests: [],
    image: {
      file: 'seed-uly-dala-aisha-bibi.jpg',
      palette: 'autumn',
      credit: CLUB_CREDIT,
      alt: { kk: 'Алтын түсті аспан мен қоңыр төбелер', ru: 'Золотистое небо и бурые холмы' },
    },
  },
  {
    slug: 'birlik-talks-language-bridge',
    region: 'astana',
    rubric: 'birlik-talks',
    status: 'draft',
    by: 'journalist.astana@newsroom.kz',
    contributors: [JOURNALIST_ASTANA],
    tags: ['Бірлік Talks', 'тіл'],
    videoUrl: 'https://www.youtube.com/watch?v=QHAdemo0103',
    duration: 1980,
    audience: ['youth-organisations', 'general-public'],
    title: { kk: 'Бірлік Talks: тіл — көпір', ru: 'Бірлік Talks: язык как мост' },
    excerpt: {
      kk: 'Мемлекеттік тілді ересек жасында меңгерген үш астаналықпен сұхбат.',
      ru: 'Разговор с тремя жителями столицы, освоившими государственный язык во взрослом возрасте.',
    },
    description: {
      kk: ['Сұхбат монтаждалуда. Қонақтар тіл үйренудегі қиындықтар мен жетістіктері туралы айтады.'],
      ru: ['Беседа в монтаже. Гости рассказывают о трудностях и успехах в изучении языка.'],
    },
    guests: [
      { name: 'Анна Пак', role: { kk: 'мұғалім', ru: 'учитель' } },
      { name: 'Тимур Ахмедов', role: { kk: 'IT маманы', ru: 'IT-специалист' } },
    ],
    image: {
      file: 'seed-birlik-talks-language.jpg',
      palette: 'turquoise',
      credit: JOURNALIST_ASTANA,
      alt: { kk: 'Көгілдір аспан мен теңіз түстес төбелер', ru: 'Голубое небо и холмы цвета морской волны' },
    },
  },
]
