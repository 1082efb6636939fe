/**
 * The report's CSV opens in a spreadsheet set to the reader's language: Kazakh and Russian Excel expect `;` between
 * cells and a decimal comma, with headers in that language; English keeps `,`, `.` and the machine headers.
 * A plain unit test of src/reports/csv.ts (the endpoint passes the caller's language: test/reports.spec.ts).
 */
import { describe, expect, it } from 'vitest'

import type { ContributionReport } from '../../plugins/reports/src/contributionReport'

import { reportCsv as csvOf } from '../../plugins/reports/src/csv'
import { CONTENT_TYPE_LABELS } from '../../src/i18n/catalogue'

// The counted collections' columns are headed with the collections' plural labels (the plugin's `typeLabels`).
const typeLabels = {
  articles: CONTENT_TYPE_LABELS.articles.plural,
  ethnoEvents: CONTENT_TYPE_LABELS['ethno-events'].plural,
  podcastEpisodes: CONTENT_TYPE_LABELS['podcast-episodes'].plural,
  tvSegments: CONTENT_TYPE_LABELS['tv-segments'].plural,
  videos: CONTENT_TYPE_LABELS.videos.plural,
}
const reportCsv = (report: ContributionReport, language: string) =>
  csvOf(report, language, typeLabels)

const numbers = {
  aiItems: 1,
  aiShare: 0.3333,
  counts: { articles: 2, ethnoEvents: 1, podcastEpisodes: 0, tvSegments: 0, videos: 0 },
  medianHoursToPublish: 12.5,
  participants: 40,
  total: 3,
}
const report = {
  groups: [{ ...numbers, key: 'east', label: 'Шығыс Қазақстан; облысы', slug: 'east' }],
  meta: {},
  totals: numbers,
} as unknown as ContributionReport

const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')

describe('report CSV in the reader’s language', () => {
  it('kk: `;` separator, decimal comma, Kazakh headers and totals row', () => {
    const [header, group, totals] = rows(reportCsv(report, 'kk'))
    expect(header.split(';')).toEqual([
      'Идентификатор',
      'Қысқа атауы',
      'Атауы',
      'Мақалалар',
      'Этно-іс-шаралар',
      'Подкаст шығарылымдары',
      'Телесюжеттер',
      'Бейнелер',
      'Барлығы',
      'Қатысушылар',
      'ЖИ қатысқан материалдар',
      'ЖИ үлесі',
      'Жариялауға дейінгі уақыт медианасы (сағ)',
    ])
    // A `;` inside a name is quoted; numbers use the decimal comma.
    expect(group).toBe('east;east;"Шығыс Қазақстан; облысы";2;1;0;0;0;3;40;1;0,3333;12,5')
    expect(totals).toBe(';;БАРЛЫҒЫ (әр материал бір рет);2;1;0;0;0;3;40;1;0,3333;12,5')
  })

  it('ru: `;` separator, decimal comma, Russian headers', () => {
    const [header, group] = rows(reportCsv(report, 'ru'))
    expect(header.split(';').slice(0, 4)).toEqual([
      'Идентификатор',
      'Краткое имя',
      'Название',
      'Статьи',
    ])
    expect(group.split(';').slice(-2)).toEqual(['0,3333', '12,5'])
  })

  it('en: `,` separator, decimal point, machine headers (unchanged for API clients)', () => {
    const [header, group] = rows(reportCsv(report, 'en'))
    expect(header.split(',').slice(0, 3)).toEqual(['key', 'slug', 'label'])
    expect(group).toBe('east,east,"Шығыс Қазақстан; облысы",2,1,0,0,0,3,40,1,0.3333,12.5')
  })
})
