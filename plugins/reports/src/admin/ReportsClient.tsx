'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useId, useMemo, useState } from 'react'

import type { ReportNumbers } from '../aggregate'
import type { ContributionReport, ReportGroup } from '../contributionReport'
import type { ReportFilters } from './filters'

import { inLanguage } from '../text'

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

const CHART_LIMIT = 25
const ROW = 26
const LABEL_WIDTH = 210
const WIDTH = 760

const percent = (share: null | number) =>
  share === null ? '—' : `${Math.round(share * 1000) / 10}%`

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
  const id = useId()
  const [filters, setFilters] = useState<ReportFilters>(initial)
  const [shown, setShown] = useState(filters)
  const [report, setReport] = useState<ContributionReport>()
  const [error, setError] = useState<string>()
  const [loading, setLoading] = useState(false)

  const query = useCallback(
    (format: 'csv' | 'json') => {
      const params = new URLSearchParams({ from: shown.from, groupBy: shown.groupBy, to: shown.to })
      if (shown.region) params.set('region', shown.region)
      if (format === 'csv') params.set('format', 'csv')
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
  const typeLabel = (key: string) => TYPES.find((type) => type.key === key)?.label ?? key
  const describe = (group: ReportGroup) => {
    const parts = TYPES.filter(({ key }) => group.counts[key] > 0).map(
      ({ key }) => `${typeLabel(key)} ${group.counts[key]}`,
    )
    return `${group.label}: ${group.total}${parts.length ? ` (${parts.join(', ')})` : ''}`
  }

  return (
    <div className="contribution-reports">
      <form
        aria-label={t('show')}
        onSubmit={(event) => {
          event.preventDefault()
          setShown(filters)
        }}
        style={{
          alignItems: 'flex-end',
          display: 'flex',
          flexWrap: 'wrap',
          gap: 16,
          marginBottom: 24,
        }}
      >
        <label htmlFor={`${id}-from`} style={{ display: 'grid', gap: 4 }}>
          {t('from')}
          <input
            id={`${id}-from`}
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

      {error ? <p role="alert">{error}</p> : null}
      {loading && !report ? <p aria-live="polite">{t('loading')}</p> : null}
      {report && report.totals.total === 0 ? <p>{t('empty')}</p> : null}

      {report && report.totals.total > 0 ? (
        <>
          <figure aria-busy={loading} style={{ margin: '0 0 24px' }}>
            <svg
              aria-describedby={`${id}-chart-desc`}
              aria-labelledby={`${id}-chart-title`}
              role="img"
              style={{ height: 'auto', maxWidth: WIDTH, width: '100%' }}
              viewBox={`0 0 ${WIDTH} ${chartGroups.length * ROW + 40}`}
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
                      {group.label.length > 30 ? `${group.label.slice(0, 29)}…` : group.label}
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
                            <title>{`${group.label} · ${typeLabel(key)}: ${group.counts[key]}`}</title>
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
              <g transform={`translate(${LABEL_WIDTH}, ${chartGroups.length * ROW + 16})`}>
                {TYPES.map(({ color, key }, index) => (
                  <g key={key} transform={`translate(${index * 105}, 0)`}>
                    <rect fill={color} height={10} width={10} y={-5} />
                    <text dominantBaseline="middle" fill="currentColor" fontSize={11} x={14}>
                      {typeLabel(key)}
                    </text>
                  </g>
                ))}
              </g>
            </svg>
            {chartGroups.length < report.groups.length ? <figcaption>{t('top')}</figcaption> : null}
          </figure>

          {/* Focusable, so keyboard users can scroll a table wider than the screen. */}
          <div aria-label={t('table')} role="region" style={{ overflowX: 'auto' }} tabIndex={0}>
            <table className="table" style={{ borderCollapse: 'collapse', width: '100%' }}>
              <caption style={{ captionSide: 'bottom', paddingTop: 8, textAlign: 'left' }}>
                <small>
                  {t(
                    report.meta.groupBy === 'contributor' ? 'countingContributor' : 'countingOther',
                  )}{' '}
                  ({t('timeZone')})
                </small>
              </caption>
              {/* Payload's .table greys its header text below the contrast readers need; ours stays legible. */}
              <thead style={{ color: 'var(--theme-elevation-800)' }}>
                <tr>
                  <th scope="col" style={{ textAlign: 'left' }}>
                    {t(shown.groupBy)}
                  </th>
                  {[
                    ...TYPES.map(({ key }) => typeLabel(key)),
                    t('total'),
                    t('participants'),
                    t('ai'),
                    t('median'),
                  ].map((heading) => (
                    <th key={heading} scope="col" style={{ textAlign: 'right' }}>
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.groups.map((group) => (
                  <tr key={group.key ?? 'none'}>
                    <th scope="row" style={{ textAlign: 'left' }}>
                      {group.label}
                    </th>
                    <NumberCells numbers={group} types={types} />
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" style={{ textAlign: 'left' }}>
                    {t('totalRow')}
                  </th>
                  <NumberCells numbers={report.totals} types={types} />
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      ) : null}
    </div>
  )
}

const NumberCells: React.FC<{ numbers: ReportNumbers; types: TypeColumn[] }> = ({
  numbers,
  types,
}) => (
  <>
    {types.map(({ key }) => (
      <td key={key} style={{ textAlign: 'right' }}>
        {numbers.counts[key]}
      </td>
    ))}
    <td style={{ fontWeight: 600, textAlign: 'right' }}>{numbers.total}</td>
    <td style={{ textAlign: 'right' }}>{numbers.participants}</td>
    <td style={{ textAlign: 'right' }}>{percent(numbers.aiShare)}</td>
    <td style={{ textAlign: 'right' }}>{numbers.medianHoursToPublish ?? '—'}</td>
  </>
)
