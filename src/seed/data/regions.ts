/** The 20 regions of Kazakhstan (3 cities of republican significance, 17 oblasts), in display order. */

export type RegionSeed = {
  /** Administrative centre, used for demo outlets and venues. */
  centre: { kk: string; ru: string }
  kind: 'city' | 'oblast'
  name: { en: string; kk: string; ru: string }
  slug: string
}

export const REGIONS = [
  { slug: 'astana', kind: 'city', name: { kk: 'Астана', ru: 'Астана', en: 'Astana' }, centre: { kk: 'Астана', ru: 'Астана' } },
  { slug: 'almaty', kind: 'city', name: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' }, centre: { kk: 'Алматы', ru: 'Алматы' } },
  { slug: 'shymkent', kind: 'city', name: { kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' }, centre: { kk: 'Шымкент', ru: 'Шымкент' } },
  { slug: 'abai', kind: 'oblast', name: { kk: 'Абай облысы', ru: 'Область Абай', en: 'Abai Region' }, centre: { kk: 'Семей', ru: 'Семей' } },
  { slug: 'akmola', kind: 'oblast', name: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' }, centre: { kk: 'Көкшетау', ru: 'Кокшетау' } },
  { slug: 'aktobe', kind: 'oblast', name: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' }, centre: { kk: 'Ақтөбе', ru: 'Актобе' } },
  { slug: 'almaty-region', kind: 'oblast', name: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' }, centre: { kk: 'Қонаев', ru: 'Конаев' } },
  { slug: 'atyrau', kind: 'oblast', name: { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' }, centre: { kk: 'Атырау', ru: 'Атырау' } },
  { slug: 'west-kazakhstan', kind: 'oblast', name: { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' }, centre: { kk: 'Орал', ru: 'Уральск' } },
  { slug: 'jambyl', kind: 'oblast', name: { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Jambyl Region' }, centre: { kk: 'Тараз', ru: 'Тараз' } },
  { slug: 'jetisu', kind: 'oblast', name: { kk: 'Жетісу облысы', ru: 'Область Жетісу', en: 'Jetisu Region' }, centre: { kk: 'Талдықорған', ru: 'Талдыкорган' } },
  { slug: 'karaganda', kind: 'oblast', name: { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' }, centre: { kk: 'Қарағанды', ru: 'Караганда' } },
  { slug: 'kostanay', kind: 'oblast', name: { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' }, centre: { kk: 'Қостанай', ru: 'Костанай' } },
  { slug: 'kyzylorda', kind: 'oblast', name: { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' }, centre: { kk: 'Қызылорда', ru: 'Кызылорда' } },
  { slug: 'mangystau', kind: 'oblast', name: { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' }, centre: { kk: 'Ақтау', ru: 'Актау' } },
  { slug: 'pavlodar', kind: 'oblast', name: { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' }, centre: { kk: 'Павлодар', ru: 'Павлодар' } },
  { slug: 'north-kazakhstan', kind: 'oblast', name: { kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область', en: 'North Kazakhstan Region' }, centre: { kk: 'Петропавл', ru: 'Петропавловск' } },
  { slug: 'turkistan', kind: 'oblast', name: { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan Region' }, centre: { kk: 'Түркістан', ru: 'Туркестан' } },
  { slug: 'ulytau', kind: 'oblast', name: { kk: 'Ұлытау облысы', ru: 'Область Ұлытау', en: 'Ulytau Region' }, centre: { kk: 'Жезқазған', ru: 'Жезказган' } },
  { slug: 'east-kazakhstan', kind: 'oblast', name: { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' }, centre: { kk: 'Өскемен', ru: 'Усть-Каменогорск' } },
] as const satisfies readonly RegionSeed[]

export type RegionSlug = (typeof REGIONS)[number]['slug']

export const regionSeed = (slug: RegionSlug): RegionSeed => REGIONS.find((region) => region.slug === slug)!
