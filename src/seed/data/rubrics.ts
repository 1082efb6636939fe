import type { RubricFormat } from '../../fields/editorialCore'
import type { PaletteName } from '../lib/images'
import type { RegionSlug } from './regions'

/** The club's rubrics named in the source article, with their home region (none for the national one). */

export type RubricSeed = {
  /** Palette of the generated cover picture. */
  cover: PaletteName
  description: { en: string; kk: string; ru: string }
  format: RubricFormat
  name: { en: string; kk: string; ru: string }
  region: null | RegionSlug
  slug: string
}

export const RUBRICS = [
  {
    slug: 'tulga-tagdyr',
    region: 'astana',
    format: 'column',
    cover: 'autumn',
    name: { kk: 'Тұлға тағдыр', ru: 'Судьба личности', en: 'A Life Story' },
    description: {
      kk: 'Елордадағы этномәдени бірлестіктер өкілдері мен ел бірлігіне үлес қосқан жандар туралы портреттік очерктер.',
      ru: 'Портретные очерки о представителях этнокультурных объединений столицы и людях, которые укрепляют единство страны.',
      en: "Profiles of members of the capital's ethno-cultural associations and people who strengthen the country's unity.",
    },
  },
  {
    slug: 'birlik-talks',
    region: 'astana',
    format: 'talk-series',
    cover: 'night',
    name: { kk: 'Бірлік Talks', ru: 'Бірлік Talks', en: 'Birlik Talks' },
    description: {
      kk: 'Қоғамдық келісім, тіл және бірегейлік туралы сарапшылармен сұхбаттар сериясы.',
      ru: 'Цикл бесед с экспертами об общественном согласии, языке и идентичности.',
      en: 'A series of conversations with experts on social accord, language and identity.',
    },
  },
  {
    slug: 'ethno-event',
    region: 'east-kazakhstan',
    format: 'event-coverage',
    cover: 'spring',
    name: { kk: 'ЭтноEvent', ru: 'ЭтноEvent', en: 'EthnoEvent' },
    description: {
      kk: 'Шығыс Қазақстандағы этномәдени мерекелер мен іс-шаралар туралы жедел репортаждар.',
      ru: 'Оперативные репортажи об этнокультурных праздниках и событиях Восточного Казахстана.',
      en: 'Reports from ethno-cultural festivals and events in East Kazakhstan.',
    },
  },
  {
    slug: 'ethno-history',
    region: 'east-kazakhstan',
    format: 'column',
    cover: 'mountain',
    name: { kk: 'ЭтноHistory', ru: 'ЭтноHistory', en: 'EthnoHistory' },
    description: {
      kk: 'Өңірді мекендеген халықтардың тарихы, көші-қоны мен ортақ тағдыры туралы тарихи айдар.',
      ru: 'Историческая колонка о народах края, их переселении и общей судьбе.',
      en: 'A history column about the peoples of the region, their migrations and shared fate.',
    },
  },
  {
    slug: 'zhol-zhonekei',
    region: 'turkistan',
    format: 'tv-programme',
    cover: 'desert',
    name: { kk: 'Жол-жөнекей', ru: 'По пути', en: 'Along the Way' },
    description: {
      kk: 'Түркістан өңірінің ауылдары мен көпұлтты отбасылары арқылы саяхат бағдарламасы.',
      ru: 'Программа-путешествие по сёлам Туркестанского региона и его многонациональным семьям.',
      en: 'A travel programme through the villages and multi-ethnic families of the Turkistan region.',
    },
  },
  {
    slug: 'dostyq-dastarkhany',
    region: 'karaganda',
    format: 'tv-programme',
    cover: 'dusk',
    name: { kk: 'Достық дастарханы', ru: 'Дастархан дружбы', en: 'Table of Friendship' },
    description: {
      kk: 'Әр шығарылымда бір этностың ұлттық тағамы мен салт-дәстүрі таныстырылатын тележоба.',
      ru: 'Телепроект: в каждом выпуске — национальная кухня и традиции одного из народов Карагандинской области.',
      en: 'A TV programme: each segment presents the cuisine and customs of one of the peoples of Karaganda Region.',
    },
  },
  {
    slug: 'ortaq',
    region: 'jetisu',
    format: 'podcast',
    cover: 'turquoise',
    name: { kk: 'Ортақ', ru: 'Ortaq', en: 'Ortaq' },
    description: {
      kk: 'Жетісудағы жастар мен этномәдени бірлестіктер өкілдерінің ортақ құндылықтар туралы подкасты.',
      ru: 'Подкаст молодёжи и этнокультурных объединений Жетісу об общих ценностях.',
      en: 'A podcast in which young people and ethno-cultural associations of Jetisu talk about shared values.',
    },
  },
  {
    slug: 'uly-dala-anyzdary',
    region: 'jambyl',
    format: 'animation',
    cover: 'steppe',
    name: { kk: 'Ұлы дала аңыздары', ru: 'Легенды Великой степи', en: 'Legends of the Great Steppe' },
    description: {
      kk: 'Қазақ даласын мекендеген халықтардың аңыздары бойынша қысқа анимациялық фильмдер.',
      ru: 'Короткие анимационные фильмы по легендам народов, живущих в степи.',
      en: 'Short animated films based on the legends of the peoples of the steppe.',
    },
  },
  {
    slug: 'two-stars',
    region: 'kyzylorda',
    format: 'festival',
    cover: 'night',
    name: { kk: 'Two Stars', ru: 'Two Stars', en: 'Two Stars' },
    description: {
      kk: 'Әр түрлі этнос өкілдерінің дуэттері өнер көрсететін шығармашылық фестиваль.',
      ru: 'Творческий фестиваль, где выступают дуэты представителей разных этносов.',
      en: 'A creative festival where duets of performers of different ethnic backgrounds take the stage.',
    },
  },
  {
    slug: 'level-up',
    region: 'aktobe',
    format: 'project',
    cover: 'spring',
    name: { kk: 'LEVEL UP', ru: 'LEVEL UP', en: 'LEVEL UP' },
    description: {
      kk: 'Жас журналистер мен блогерлерге арналған медиасауаттылық және кәсіби даму жобасы.',
      ru: 'Проект по медиаграмотности и профессиональному росту для молодых журналистов и блогеров.',
      en: 'A media-literacy and professional development project for young journalists and bloggers.',
    },
  },
  {
    slug: 'assembly-mirror',
    region: null,
    format: 'video-series',
    cover: 'steppe',
    name: { kk: 'Ассамблея айнасы', ru: 'Зеркало Ассамблеи', en: 'Mirror of the Assembly' },
    description: {
      kk: 'Этносаралық қатынастарды нығайту саясатын түсіндіретін бейнесабақтар, лекциялар мен аналитикалық роликтер. Мемлекеттік қызметкерлерге, педагогтарға, журналистерге, жастар ұйымдарына және көпшілікке арналған.',
      ru: 'Видеоуроки, лекции и аналитические ролики о государственной политике укрепления межэтнических отношений — для госслужащих, педагогов, журналистов, молодёжных организаций и широкой публики.',
      en: 'Video lessons, lectures and analytical clips explaining the policy of strengthening interethnic relations, for civil servants, teachers, journalists, youth organisations and the public.',
    },
  },
] as const satisfies readonly RubricSeed[]

export type RubricSlug = (typeof RUBRICS)[number]['slug']
