'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useId, useMemo, useState } from 'react'

import type { ReportNumbers } from '../aggregate'
import type { ContributionReport, ReportGroup } from '../contributionReport'
import type { EthicsGroup, EthicsNumbers, EthicsSection } from '../ethics'
import type { ReportFilters } from './filters'

import { inLanguage } from '../text'
import './reports.scss'

export type RegionOption = { name: string; slug: string }
/** A counted collection's column: its key in the report and its label. */
export type TypeColumn = { key: string; label: string }

const GROUP_BY = ['region', 'contributor', 'rubric', 'month', 'type'] as const
type GroupBy = (typeof GROUP_BY)[number]

/** Colours of the stacked bars, in the columns' order: they stay apart for colour-blind readers (Okabe–Ito). */
const COLORS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#000000',
]

const TEXT = {
  ai: { en: 'AI share', kk: 'ЖИ үлесі', ru: 'Доля ИИ' },
  all: { en: 'All my regions', kk: 'Барлық өңірлерім', ru: 'Все мои регионы' },
  allRegions: { en: 'All regions', kk: 'Барлық өңірлер', ru: 'Все регионы' },
  chart: {
    en: 'Published items per group, by type',
    kk: 'Топ бойынша жарияланған материалдар, түрлері бойынша',
    ru: 'Опубликованные материалы по группам и типам',
  },
  contributor: { en: 'Contributor', kk: 'Автор', ru: 'Автор' },
  countingContributor: {
    en: 'An item with several contributors counts once in the group of each of them, so the groups can add up to more than the total; the total counts every item once.',
    kk: 'Бірнеше авторы бар материал әр авторының тобында бір реттен есептеледі, сондықтан топтардың қосындысы жалпы саннан көп болуы мүмкін; «Барлығы» әр материалды бір рет санайды.',
    ru: 'Материал с несколькими авторами учитывается по разу в группе каждого из них, поэтому сумма групп может превышать итог; итог считает каждый материал один раз.',
  },
  countingOther: {
    en: 'Each published item counts once, in exactly one group.',
    kk: 'Әр жарияланған материал бір рет, тек бір топта есептеледі.',
    ru: 'Каждый опубликованный материал учитывается один раз, ровно в одной группе.',
  },
  csv: { en: 'Download CSV', kk: 'CSV жүктеу', ru: 'Скачать CSV' },
  decisions: { en: 'Decisions', kk: 'Шешімдер', ru: 'Решения' },
  clearRate: { en: 'Cleared', kk: 'Рұқсат етілді', ru: 'Одобрено' },
  ethics: { en: 'AI ethics review', kk: 'ЖИ этикасы бойынша тексеру', ru: 'Этическая проверка ИИ' },
  ethicsCounting: {
    en: 'An item counts as flagged in the month it entered the review queue; decisions, time in the queue and the cleared and rejected shares in the month of the decision. AI share: published items that used AI.',
    kk: 'Материал тексеру кезегіне түскен айында белгіленген болып есептеледі; шешімдер, кезекте күту уақыты, рұқсат етілген және қабылданбаған үлестер шешім қабылданған айда есептеледі. ЖИ үлесі: жарияланған материалдардың ішінде ЖИ қатысқандары.',
    ru: 'Материал считается отмеченным в месяце, когда он попал в очередь проверки; решения, время в очереди, доли одобренных и отклонённых — в месяце решения. Доля ИИ — среди опубликованных материалов.',
  },
  ethicsCsv: { en: 'Download the ethics CSV', kk: 'Этика CSV жүктеу', ru: 'Скачать CSV этики' },
  ethicsEmpty: {
    en: 'No item was flagged or decided in this period.',
    kk: 'Бұл кезеңде ешбір материал белгіленбеді және шешім қабылданбады.',
    ru: 'В этот период материалы не отмечались и решений не было.',
  },
  ethicsTable: {
    en: 'Ethics review table',
    kk: 'Этикалық тексеру кестесі',
    ru: 'Таблица этической проверки',
  },
  flagged: { en: 'Items flagged', kk: 'Белгіленген материалдар', ru: 'Отмечено материалов' },
  legend: { en: 'Types', kk: 'Түрлері', ru: 'Типы' },
  period: { en: 'Period', kk: 'Кезең', ru: 'Период' },
  queueMedian: {
    en: 'Hours in the queue (median)',
    kk: 'Кезекте, сағ (медиана)',
    ru: 'В очереди, ч (медиана)',
  },
  queueP90: {
    en: 'Hours in the queue (90th percentile)',
    kk: 'Кезекте, сағ (90-перцентиль)',
    ru: 'В очереди, ч (90-й перцентиль)',
  },
  rejectRate: { en: 'Rejected', kk: 'Қабылданбады', ru: 'Отклонено' },
  empty: {
    en: 'Nothing was published in this period.',
    kk: 'Бұл кезеңде ештеңе жарияланбаған.',
    ru: 'В этот период ничего не опубликовано.',
  },
  from: { en: 'From', kk: 'Басы', ru: 'С' },
  groupBy: { en: 'Group by', kk: 'Топтау', ru: 'Группировать' },
  loading: { en: 'Loading…', kk: 'Жүктелуде…', ru: 'Загрузка…' },
  median: {
    en: 'Median hours, submit → publish',
    kk: 'Жіберуден жариялауға дейін, сағат (медиана)',
    ru: 'Медиана часов от отправки до публикации',
  },
  month: { en: 'Month', kk: 'Ай', ru: 'Месяц' },
  participants: { en: 'Participants', kk: 'Қатысушылар', ru: 'Участники' },
  region: { en: 'Region', kk: 'Өңір', ru: 'Регион' },
  rubric: { en: 'Rubric', kk: 'Айдар', ru: 'Рубрика' },
  show: { en: 'Show', kk: 'Көрсету', ru: 'Показать' },
  table: { en: 'Report table', kk: 'Есеп кестесі', ru: 'Таблица отчёта' },
  timeZone: {
    en: 'days in Kazakhstan time (Asia/Almaty)',
    kk: 'күндер Қазақстан уақытымен',
    ru: 'дни по времени Казахстана',
  },
  to: { en: 'To', kk: 'Соңы', ru: 'По' },
  top: {
    en: 'The chart shows the 25 largest groups; the table has all of them.',
    kk: 'Диаграммада ең үлкен 25 топ, кестеде — барлығы.',
    ru: 'На диаграмме 25 крупнейших групп, в таблице — все.',
  },
  total: { en: 'Total', kk: 'Барлығы', ru: 'Всего' },
  totalRow: {
    en: 'Total (each item once)',
    kk: 'Барлығы (әр материал бір рет)',
    ru: 'Итого (каждый материал один раз)',
  },
  type: { en: 'Type', kk: 'Түрі', ru: 'Тип' },
}

/** Flag sources as the ethics table heads them. */
const SOURCE_TEXT: Record<string, Record<string, string>> = {
  disclosure: { en: 'Declared', kk: 'Мәлімдеме', ru: 'Заявление' },
  external: { en: 'External check', kk: 'Сыртқы тексеру', ru: 'Внешняя проверка' },
  image: { en: 'Image', kk: 'Сурет', ru: 'Изображение' },
  text: { en: 'Text', kk: 'Мәтін', ru: 'Текст' },
}

const CHART_LIMIT = 25
const ROW = 26
const LABEL_WIDTH = 210
const WIDTH = 760

/**
 * Month names written out here: browsers' Intl data often lacks Kazakh (Chromium shows «2025 M01»), and the admin's
 * default language is Kazakh. `day` is the form after a day number (Russian genitive: «1 марта»).
 */
const MONTH_NAMES: Record<string, { day: string[]; month: string[] }> = {
  kk: {
    day: 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(
      ' ',
    ),
    month:
      'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(
        ' ',
      ),
  },
  ru: {
    day: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(
      ' ',
    ),
    month: 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(
      ' ',
    ),
  },
}

/** Numbers, shares, months and days in the admin's language (Kazakh: `66,7%`, `2026 ж. наурыз`). */
const formatsOf = (language: string) => {
  const names = MONTH_NAMES[language]
  // Kazakh and Russian write a decimal comma; English (and any other language) as the browser's Intl does.
  const comma = (text: string) => (names ? text.replace('.', ',') : text)
  const tag = names ? 'en' : language
  const make = <T,>(build: (locale: string) => T): T => {
    try {
      return build(tag)
    } catch {
      return build('en')
    }
  }
  const share = make(
    (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, style: 'percent' }),
  )
  const hours = make((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }))
  const month = make(
    (locale) =>
      new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC', year: 'numeric' }),
  )
  const day = make(
    (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
  )
  const parts = (value: string) => value.split('-').map(Number)
  const utc = (value: string) => {
    const [y, m, d] = parts(value)
    return new Date(Date.UTC(y, m - 1, d || 15, 12))
  }
  return {
    /** `YYYY-MM-DD` as a long date: «2025 ж. 1 қаңтар», «1 января 2025 г.», "January 1, 2025". */
    day: (value: string) => {
      const [y, m, d] = parts(value)
      if (language === 'kk') return `${y} ж. ${d} ${MONTH_NAMES.kk.day[m - 1]}`
      if (language === 'ru') return `${d} ${MONTH_NAMES.ru.day[m - 1]} ${y} г.`
      return day.format(utc(value))
    },
    hours: (value: null | number) => (value === null ? '—' : comma(hours.format(value))),
    /** `YYYY-MM` as the month's name and year: «2025 ж. қаңтар», «январь 2025», "January 2025". */
    month: (value: string) => {
      if (!/^\d{4}-\d{2}$/.test(value)) return value
      const [y, m] = parts(value)
      if (language === 'kk') return `${y} ж. ${MONTH_NAMES.kk.month[m - 1]}`
      if (language === 'ru') return `${MONTH_NAMES.ru.month[m - 1]} ${y}`
      return month.format(utc(value))
    },
    percent: (value: null | number) => (value === null ? '—' : comma(share.format(value))),
  }
}
type Formats = ReturnType<typeof formatsOf>

type Props = {
  /** National editors may ask for every region at once; regional editors see their own. */
  allRegions: boolean
  /** The filters to open with. */
  initial: ReportFilters
  regions: RegionOption[]
  /** The counted collections' columns, in order. */
  types: TypeColumn[]
}

/** Filters, a stacked bar chart per group (SVG, with text alternatives) and the table of the contribution report. */
export const ReportsClient: React.FC<Props> = ({ allRegions, initial, regions, types }) => {
  const TYPES = types.map((type, index) => ({ ...type, color: COLORS[index % COLORS.length] }))
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = (key: keyof typeof TEXT) => inLanguage(TEXT[key], i18n.language)
  const format = useMemo(() => formatsOf(i18n.language), [i18n.language])
  const id = useId()
  const [filters, setFilters] = useState<ReportFilters>(initial)
  const [shown, setShown] = useState(filters)
  const [report, setReport] = useState<ContributionReport>()
  const [error, setError] = useState<string>()
  const [loading, setLoading] = useState(false)

  const query = useCallback(
    (as: 'csv' | 'ethics-csv' | 'json') => {
      const params = new URLSearchParams({ from: shown.from, groupBy: shown.groupBy, to: shown.to })
      if (shown.region) params.set('region', shown.region)
      if (as !== 'json') params.set('format', 'csv')
      if (as === 'ethics-csv') params.set('section', 'ethics')
      return `${config.serverURL}${config.routes.api}/reports/contributions?${params}`
    },
    [config.routes.api, config.serverURL, shown],
  )

  useEffect(() => {
    let cancelled = false
    setLoading(true)
    setError(undefined)
    void (async () => {
      const res = await fetch(query('json'), { credentials: 'include' })
      const json = await res.json().catch(() => ({}))
      if (cancelled) return
      if (res.ok) setReport(json as ContributionReport)
      else setError(json.message ?? `Error ${res.status}`)
      setLoading(false)
    })()
    return () => {
      cancelled = true
    }
  }, [query])

  const chartGroups = useMemo(() => {
    const groups = report?.groups ?? []
    return shown.groupBy === 'contributor' || shown.groupBy === 'rubric'
      ? groups.slice(0, CHART_LIMIT)
      : groups
  }, [report, shown.groupBy])
  const max = Math.max(1, ...chartGroups.map((group) => group.total))
  /** A group's name; months in the admin's language. */
  const nameOf = (group: ReportGroup) =>
    report?.meta.groupBy === 'month' && group.key ? format.month(group.key) : group.label
  const typeLabel = (key: string) => TYPES.find((type) => type.key === key)?.label ?? key
  const headings = [
    ...TYPES.map(({ key }) => typeLabel(key)),
    t('total'),
    t('participants'),
    t('ai'),
    t('median'),
  ]
  const describe = (group: ReportGroup) => {
    const parts = TYPES.filter(({ key }) => group.counts[key] > 0).map(
      ({ key }) => `${typeLabel(key)} ${group.counts[key]}`,
    )
    return `${nameOf(group)}: ${group.total}${parts.length ? ` (${parts.join(', ')})` : ''}`
  }

  return (
    <div className="contribution-reports">
      <form
        aria-label={t('show')}
        onSubmit={(event) => {
          event.preventDefault()
          setShown(filters)
        }}
        className="contribution-reports__filters"
      >
        <label htmlFor={`${id}-from`} style={{ display: 'grid', gap: 4 }}>
          {t('from')}
          <input
            id={`${id}-from`}
            lang={i18n.language}
            max={filters.to}
            onChange={(e) => setFilters({ ...filters, from: e.target.value })}
            required
            type="date"
            value={filters.from}
          />
        </label>
        <label htmlFor={`${id}-to`} style={{ display: 'grid', gap: 4 }}>
          {t('to')}
          <input
            id={`${id}-to`}
            lang={i18n.language}
            min={filters.from}
            onChange={(e) => setFilters({ ...filters, to: e.target.value })}
            required
            type="date"
            value={filters.to}
          />
        </label>
        <label htmlFor={`${id}-group`} style={{ display: 'grid', gap: 4 }}>
          {t('groupBy')}
          <select
            id={`${id}-group`}
            onChange={(e) => setFilters({ ...filters, groupBy: e.target.value as GroupBy })}
            value={filters.groupBy}
          >
            {GROUP_BY.map((value) => (
              <option key={value} value={value}>
                {t(value)}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-region`} style={{ display: 'grid', gap: 4 }}>
          {t('region')}
          <select
            id={`${id}-region`}
            onChange={(e) => setFilters({ ...filters, region: e.target.value })}
            value={filters.region}
          >
            <option value="">{allRegions ? t('allRegions') : t('all')}</option>
            {regions.map((region) => (
              <option key={region.slug} value={region.slug}>
                {region.name}
              </option>
            ))}
          </select>
        </label>
        <Button buttonStyle="primary" size="small" type="submit">
          {t('show')}
        </Button>
        <a download href={query('csv')} style={{ alignSelf: 'center' }}>
          {t('csv')}
        </a>
      </form>

      <p className="contribution-reports__period">
        {t('period')}: {format.day(shown.from)} – {format.day(shown.to)} ({t('timeZone')})
      </p>
      {error ? <p role="alert">{error}</p> : null}
      {loading && !report ? <p aria-live="polite">{t('loading')}</p> : null}
      {report && report.totals.total === 0 ? <p>{t('empty')}</p> : null}

      {report && report.totals.total > 0 ? (
        <>
          <figure aria-busy={loading} className="contribution-reports__chart">
            <svg
              aria-describedby={`${id}-chart-desc`}
              aria-labelledby={`${id}-chart-title`}
              role="img"
              style={{ height: 'auto', maxWidth: WIDTH, width: '100%' }}
              viewBox={`0 0 ${WIDTH} ${chartGroups.length * ROW + 8}`}
            >
              <title id={`${id}-chart-title`}>{t('chart')}</title>
              <desc id={`${id}-chart-desc`}>{chartGroups.map(describe).join('; ')}</desc>
              {chartGroups.map((group, row) => {
                let x = LABEL_WIDTH
                const y = row * ROW
                return (
                  <g key={group.key ?? 'none'}>
                    <text
                      dominantBaseline="middle"
                      fill="currentColor"
                      fontSize={12}
                      textAnchor="end"
                      x={LABEL_WIDTH - 8}
                      y={y + ROW / 2}
                    >
                      {nameOf(group).length > 30 ? `${nameOf(group).slice(0, 29)}…` : nameOf(group)}
                    </text>
                    {TYPES.map(({ color, key }) => {
                      const width = ((WIDTH - LABEL_WIDTH - 50) * group.counts[key]) / max
                      const rect =
                        width > 0 ? (
                          <rect
                            fill={color}
                            height={ROW - 8}
                            key={key}
                            width={width}
                            x={x}
                            y={y + 4}
                          >
                            <title>{`${nameOf(group)} · ${typeLabel(key)}: ${group.counts[key]}`}</title>
                          </rect>
                        ) : null
                      x += width
                      return rect
                    })}
                    <text
                      dominantBaseline="middle"
                      fill="currentColor"
                      fontSize={12}
                      x={x + 6}
                      y={y + ROW / 2}
                    >
                      {group.total}
                    </text>
                  </g>
                )
              })}
            </svg>
            {/* The legend is HTML under the chart: it wraps on narrow screens and never overlaps the bars. */}
            <ul aria-label={t('legend')} className="contribution-reports__legend">
              {TYPES.map(({ color, key }) => (
                <li key={key}>
                  <span
                    aria-hidden="true"
                    className="contribution-reports__swatch"
                    style={{ background: color }}
                  />
                  {typeLabel(key)}
                </li>
              ))}
            </ul>
            {chartGroups.length < report.groups.length ? <figcaption>{t('top')}</figcaption> : null}
          </figure>

          {/* Fits the page: headers wrap, and on narrow screens each row is a card (reports.scss). */}
          {/* Focusable, so a keyboard can scroll it should a table ever be wider than the page. */}
          <ReportTable
            caption={
              <small>
                {t(report.meta.groupBy === 'contributor' ? 'countingContributor' : 'countingOther')}{' '}
                ({t('timeZone')})
              </small>
            }
            className="contribution-reports__main"
            firstHeading={t(shown.groupBy)}
            headings={headings}
            label={t('table')}
            totals={
              <NumberCells
                format={format}
                headings={headings}
                numbers={report.totals}
                types={types}
              />
            }
            totalsLabel={t('totalRow')}
          >
            <tbody>
              {report.groups.map((group) => (
                <tr key={group.key ?? 'none'}>
                  <th scope="row">{nameOf(group)}</th>
                  <NumberCells format={format} headings={headings} numbers={group} types={types} />
                </tr>
              ))}
            </tbody>
          </ReportTable>
        </>
      ) : null}

      {report?.ethics ? (
        <EthicsTable
          csvHref={query('ethics-csv')}
          ethics={report.ethics}
          format={format}
          language={i18n.language}
          t={t}
        />
      ) : null}
    </div>
  )
}

/**
 * A table of the reports page (the contribution table and the ethics table): a focusable scroll region, so a
 * keyboard can scroll it should a table ever be wider than the page; a header row (the grouping's column, then
 * `headings`); the body sections the caller gives; and the totals row.
 */
const ReportTable: React.FC<{
  caption?: React.ReactNode
  /** The `<tbody>` sections. */
  children: React.ReactNode
  /** A class beside `contribution-reports__table`. */
  className?: string
  firstHeading: string
  headings: string[]
  /** The scroll region's accessible name. */
  label: string
  /** The totals row's cells. */
  totals: React.ReactNode
  totalsLabel: string
}> = ({ caption, children, className, firstHeading, headings, label, totals, totalsLabel }) => (
  <div aria-label={label} className="contribution-reports__scroll" role="region" tabIndex={0}>
    <table
      className={
        className ? `contribution-reports__table ${className}` : 'contribution-reports__table'
      }
    >
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          <th scope="col">{firstHeading}</th>
          {headings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      {children}
      <tfoot>
        <tr>
          <th scope="row">{totalsLabel}</th>
          {totals}
        </tr>
      </tfoot>
    </table>
  </div>
)

/** A row's cells; `data-label` names each one where the row is shown as a card (narrow screens). */
const Cells: React.FC<{ headings: string[]; strong?: number; values: string[] }> = ({
  headings,
  strong,
  values,
}) => (
  <>
    {values.map((value, index) => (
      <td
        className={index === strong ? 'contribution-reports__strong' : undefined}
        data-label={headings[index]}
        key={headings[index]}
      >
        {value}
      </td>
    ))}
  </>
)

/** The number cells of a contribution row; the total stands out. */
const NumberCells: React.FC<{
  format: Formats
  headings: string[]
  numbers: ReportNumbers
  types: TypeColumn[]
}> = ({ format, headings, numbers, types }) => {
  const cells = [
    ...types.map(({ key }) => String(numbers.counts[key])),
    String(numbers.total),
    String(numbers.participants),
    format.percent(numbers.aiShare),
    format.hours(numbers.medianHoursToPublish),
  ]
  return <Cells headings={headings} strong={types.length} values={cells} />
}

const hasNumbers = (n: EthicsNumbers) => n.flaggedItems + n.decisions + n.published > 0

/**
 * The ethics review per region (and under it, per month): items flagged by source, decisions, time in the queue,
 * cleared and rejected shares, AI share of the published items.
 */
const EthicsTable: React.FC<{
  csvHref: string
  ethics: EthicsSection
  format: Formats
  language: string
  t: (key: keyof typeof TEXT) => string
}> = ({ csvHref, ethics, format, language, t }) => {
  const headings = [
    t('flagged'),
    ...ethics.sources.map((source) => inLanguage(SOURCE_TEXT[source] ?? { en: source }, language)),
    t('decisions'),
    t('clearRate'),
    t('rejectRate'),
    t('queueMedian'),
    t('queueP90'),
    t('ai'),
  ]
  const cells = (n: EthicsNumbers) => [
    String(n.flaggedItems),
    ...ethics.sources.map((source) => String(n.flaggedBySource[source] ?? 0)),
    String(n.decisions),
    format.percent(n.clearRate),
    format.percent(n.rejectRate),
    format.hours(n.queueHoursMedian),
    format.hours(n.queueHoursP90),
    format.percent(n.aiShare),
  ]
  const row = (n: EthicsNumbers) => <Cells headings={headings} values={cells(n)} />
  const regions = ethics.regions.filter(hasNumbers)
  const monthsOf = (region: EthicsGroup) =>
    ethics.regionMonths.filter((month) => month.key === region.key)
  return (
    <section aria-labelledby="contribution-reports-ethics" className="contribution-reports__ethics">
      <h2 id="contribution-reports-ethics">{t('ethics')}</h2>
      <p>
        <small>{t('ethicsCounting')}</small>
      </p>
      {regions.length === 0 ? (
        <p>{t('ethicsEmpty')}</p>
      ) : (
        <ReportTable
          firstHeading={t('region')}
          headings={headings}
          label={t('ethicsTable')}
          totals={row(ethics.totals)}
          totalsLabel={t('totalRow')}
        >
          {regions.map((region) => (
            <tbody key={region.key ?? 'none'}>
              <tr className="contribution-reports__group-row">
                <th scope="row">{region.label}</th>
                {row(region)}
              </tr>
              {monthsOf(region).map((month) => (
                <tr className="contribution-reports__sub-row" key={month.month}>
                  <th scope="row">
                    <span className="contribution-reports__sub-label">{region.label}, </span>
                    {format.month(month.month ?? '')}
                  </th>
                  {row(month)}
                </tr>
              ))}
            </tbody>
          ))}
        </ReportTable>
      )}
      <p>
        <a download href={csvHref}>
          {t('ethicsCsv')}
        </a>
      </p>
    </section>
  )
}
