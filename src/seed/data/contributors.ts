import { slugify } from '../../utilities/slugify'
import { REGIONS, type RegionSlug, regionSeed } from './regions'

/**
 * About 30 demo contributors across all regions. Deterministic: names are combined from fixed lists by index
 * (a multi-ethnic mix, as in the Assembly), so every run produces the same people.
 */

export type MediaType = 'blogger' | 'new-media' | 'online' | 'print' | 'radio' | 'tv'

export type ContributorSeed = {
  bio: { kk: string; ru: string }
  email?: string
  fullName: string
  mediaType: MediaType
  outlet: string
  phone?: string
  region: RegionSlug
}

const MEDIA_TYPES: MediaType[] = ['tv', 'radio', 'print', 'online', 'blogger', 'new-media']

const ROLE: Record<MediaType, { kk: string; ru: string }> = {
  tv: { kk: 'Телевизия журналисі', ru: 'Тележурналист' },
  radio: { kk: 'Радио журналисі', ru: 'Радиожурналист' },
  print: { kk: 'Газет тілшісі', ru: 'Корреспондент газеты' },
  online: { kk: 'Онлайн-басылым тілшісі', ru: 'Корреспондент онлайн-издания' },
  blogger: { kk: 'Блогер', ru: 'Блогер' },
  'new-media': { kk: 'Жаңа медиа авторы', ru: 'Автор в новых медиа' },
}

const TOPICS: { kk: string; ru: string }[] = [
  { kk: 'этномәдени бірлестіктер', ru: 'этнокультурные объединения' },
  { kk: 'тіл саясаты', ru: 'языковая политика' },
  { kk: 'жастар және волонтерлік', ru: 'молодёжь и волонтёрство' },
  { kk: 'өңір тарихы', ru: 'история края' },
  { kk: 'ұлттық дәстүрлер', ru: 'национальные традиции' },
  { kk: 'фактчекинг және медиасауаттылық', ru: 'фактчекинг и медиаграмотность' },
  { kk: 'қайырымдылық жобалары', ru: 'благотворительные проекты' },
]

const FIRST_NAMES: { gender: 'f' | 'm'; name: string }[] = [
  { name: 'Нұрлан', gender: 'm' },
  { name: 'Әсем', gender: 'f' },
  { name: 'Дмитрий', gender: 'm' },
  { name: 'Гүлнар', gender: 'f' },
  { name: 'Бауыржан', gender: 'm' },
  { name: 'Виктория', gender: 'f' },
  { name: 'Рустам', gender: 'm' },
  { name: 'Мадина', gender: 'f' },
  { name: 'Қанат', gender: 'm' },
  { name: 'Ольга', gender: 'f' },
  { name: 'Алишер', gender: 'm' },
  { name: 'Салтанат', gender: 'f' },
  { name: 'Андрей', gender: 'm' },
  { name: 'Дильназ', gender: 'f' },
]

/** Surnames as [masculine, feminine]. */
const LAST_NAMES: [string, string][] = [
  ['Жұмабаев', 'Жұмабаева'],
  ['Ким', 'Ким'],
  ['Исмаилов', 'Исмаилова'],
  ['Шмидт', 'Шмидт'],
  ['Қасымов', 'Қасымова'],
  ['Коваленко', 'Коваленко'],
  ['Төлеуов', 'Төлеуова'],
  ['Хасанов', 'Хасанова'],
  ['Мұхамеджанов', 'Мұхамеджанова'],
  ['Пак', 'Пак'],
  ['Әбдірахманов', 'Әбдірахманова'],
  ['Гайсин', 'Гайсина'],
  ['Омаров', 'Омарова'],
  ['Юсупов', 'Юсупова'],
  ['Серіков', 'Серікова'],
]

const outletFor = (mediaType: MediaType, region: RegionSlug, handle: string): string => {
  const centre = regionSeed(region).centre.kk
  switch (mediaType) {
    case 'tv':
      return `«${centre} ақпарат» телеарнасы`
    case 'radio':
      return `«${centre} FM» радиосы`
    case 'print':
      return `«${centre} жаршысы» газеті`
    case 'online':
      return `${region}.news.kz`
    case 'blogger':
      return `Telegram: @${handle}`
    case 'new-media':
      return `Instagram: @${handle}.media`
  }
}

const bioFor = (mediaType: MediaType, outlet: string, index: number): { kk: string; ru: string } => {
  const year = 2009 + ((index * 5) % 16)
  const topic = TOPICS[index % TOPICS.length]
  const second = TOPICS[(index + 3) % TOPICS.length]
  return {
    kk: `${ROLE[mediaType].kk}, ${outlet}. ҚХА Журналистер клубының ${year} жылдан бергі мүшесі. Негізгі тақырыптары: ${topic.kk}, ${second.kk}.`,
    ru: `${ROLE[mediaType].ru}, ${outlet}. Член Клуба журналистов АНК с ${year} года. Основные темы: ${topic.ru}, ${second.ru}.`,
  }
}

/** The contributor profiles of the demo journalists (linked to their user accounts). */
export const JOURNALIST_EAST = 'Айгерім Сейітова'
export const JOURNALIST_ASTANA = 'Ержан Сәрсенбаев'

const named: ContributorSeed[] = [
  {
    fullName: JOURNALIST_EAST,
    region: 'east-kazakhstan',
    mediaType: 'online',
    outlet: 'east-kazakhstan.news.kz',
    email: 'journalist.east@newsroom.kz',
    phone: '+7 700 000 0001',
    bio: {
      kk: 'Онлайн-басылым тілшісі, Өскемен. «ЭтноEvent» және «ЭтноHistory» айдарларының авторы. ҚХА Журналистер клубының 2018 жылдан бергі мүшесі.',
      ru: 'Корреспондент онлайн-издания, Усть-Каменогорск. Автор рубрик «ЭтноEvent» и «ЭтноHistory». Член Клуба журналистов АНК с 2018 года.',
    },
  },
  {
    fullName: JOURNALIST_ASTANA,
    region: 'astana',
    mediaType: 'tv',
    outlet: '«Астана ақпарат» телеарнасы',
    email: 'journalist.astana@newsroom.kz',
    phone: '+7 700 000 0002',
    bio: {
      kk: 'Телевизия журналисі, «Бірлік Talks» жобасының жүргізушісі. ҚХА Журналистер клубының 2015 жылдан бергі мүшесі.',
      ru: 'Тележурналист, ведущий проекта «Бірлік Talks». Член Клуба журналистов АНК с 2015 года.',
    },
  },
]

const GENERATED_COUNT = 28

const generated: ContributorSeed[] = Array.from({ length: GENERATED_COUNT }, (_, index) => {
  const first = FIRST_NAMES[index % FIRST_NAMES.length]
  const last = LAST_NAMES[(index * 7 + 3) % LAST_NAMES.length][first.gender === 'm' ? 0 : 1]
  const region = REGIONS[index % REGIONS.length].slug
  const mediaType = MEDIA_TYPES[index % MEDIA_TYPES.length]
  const handle = `${slugify(first.name)}_${slugify(last)}`.replace(/-/g, '_')
  const outlet = outletFor(mediaType, region, handle)
  return {
    fullName: `${first.name} ${last}`,
    region,
    mediaType,
    outlet,
    bio: bioFor(mediaType, outlet, index),
    ...(index % 3 === 0 ? { email: `${slugify(first.name)}.${slugify(last)}@example.com` } : {}),
    ...(index % 4 === 1 ? { phone: `+7 700 000 ${String(100 + index).padStart(4, '0')}` } : {}),
  }
})

export const CONTRIBUTORS: ContributorSeed[] = [...named, ...generated]

/** The first `count` contributors of a region, in list order (authors of demo content). */
export const contributorsOf = (region: RegionSlug, count = 1): string[] =>
  CONTRIBUTORS.filter((contributor) => contributor.region === region)
    .slice(0, count)
    .map((contributor) => contributor.fullName)
