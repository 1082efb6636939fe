/**
 * `npm run bench:reports`: how fast is the contribution report on a realistic amount of data?
 *
 * Generates 100,000 published items (all five types) over 20 regions, 500 contributors and three years
 * (2023–2025) into a fresh SQLite file (.tmp/bench/reports.db): the content rows and the fact row the publish hook
 * writes for each. Then it times the report for 2025 grouped by region and by contributor through the REST
 * endpoint's handler — the first call, which builds the day cache, then the median of several calls — against a
 * hand-written SQL GROUP BY (with medians) over the same fact rows, checks both give the same numbers, and prints
 * the ratio. Finally it publishes one more item through the Local API and times the next report.
 *
 * Raw SQL appears only here, in the fixture generator and in the baseline; the report itself uses the Local
 * API, so MongoDB runs the same code. Options: --items=N --runs=N.
 */
import type { Payload, PayloadRequest } from 'payload'

import fs from 'fs'
import path from 'path'
import { monitorEventLoopDelay, performance } from 'perf_hooks'

type SqliteAdapter = {
  client: {
    execute: (query: {
      args?: unknown[]
      sql: string
    }) => Promise<{ rows: Record<string, unknown>[] }>
  }
  drizzle: {
    insert: (table: unknown) => { values: (rows: Record<string, unknown>[]) => Promise<unknown> }
    transaction: <T>(run: (tx: SqliteAdapter['drizzle']) => Promise<T>) => Promise<T>
  }
  tables: Record<string, unknown>
}

const option = (name: string, fallback: number) => {
  const arg = process.argv.find((value) => value.startsWith(`--${name}=`))
  return arg ? Number(arg.split('=')[1]) : fallback
}

const ITEMS = option('items', 100_000)
const RUNS = option('runs', 7)
const CONTRIBUTORS = 500
const FROM = '2025-01-01'
const TO = '2025-12-31'
const DB_FILE = path.resolve('.tmp/bench/reports.db')

// A fresh database of its own: never the developer's.
fs.mkdirSync(path.dirname(DB_FILE), { recursive: true })
for (const suffix of ['', '-wal', '-shm', '-journal'])
  fs.rmSync(`${DB_FILE}${suffix}`, { force: true })
process.env.DATABASE_URI = `file:${DB_FILE}`
process.env.SEED_ON_START = 'false'
process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn'
process.env.MEDIA_DIR = path.resolve('.tmp/bench/media')
// The schema comes from the committed migrations, as in production.
process.env.PAYLOAD_MIGRATING = 'true'

// Imported after the environment is set: the config reads DATABASE_URI when it loads.
const { default: config } = await import('@payload-config')
const { createLocalReq, getPayload } = await import('payload')
const { applyCommittedMigrations } = await import('../src/db/migrations')
const { contributionReportEndpoint } = await import('../plugins/reports/src/endpoint')
const { reportsOptionsOf } = await import('../plugins/reports/src')
const reportsOptions = reportsOptionsOf(await config)
const { dayOf, dayWindow } = reportsOptions.zone

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const millis = (ms: number) => `${ms.toFixed(0)} ms`
const medianOf = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same fixture. */
const random = (() => {
  let seed = 20_260_118
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = seed
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
})()
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]

const REGIONS: [slug: string, name: string, kind: 'city' | 'oblast'][] = [
  ['astana', 'Астана', 'city'],
  ['almaty', 'Алматы', 'city'],
  ['shymkent', 'Шымкент', 'city'],
  ['abai', 'Абай облысы', 'oblast'],
  ['akmola', 'Ақмола облысы', 'oblast'],
  ['aktobe', 'Ақтөбе облысы', 'oblast'],
  ['almaty-region', 'Алматы облысы', 'oblast'],
  ['atyrau', 'Атырау облысы', 'oblast'],
  ['west-kazakhstan', 'Батыс Қазақстан облысы', 'oblast'],
  ['jambyl', 'Жамбыл облысы', 'oblast'],
  ['jetisu', 'Жетісу облысы', 'oblast'],
  ['karaganda', 'Қарағанды облысы', 'oblast'],
  ['kostanay', 'Қостанай облысы', 'oblast'],
  ['kyzylorda', 'Қызылорда облысы', 'oblast'],
  ['mangystau', 'Маңғыстау облысы', 'oblast'],
  ['pavlodar', 'Павлодар облысы', 'oblast'],
  ['north-kazakhstan', 'Солтүстік Қазақстан облысы', 'oblast'],
  ['turkistan', 'Түркістан облысы', 'oblast'],
  ['ulytau', 'Ұлытау облысы', 'oblast'],
  ['east-kazakhstan', 'Шығыс Қазақстан облысы', 'oblast'],
]

const RUBRICS: [slug: string, name: string, format: string][] = [
  ['tulga-tagdyr', 'Тұлға тағдыр', 'column'],
  ['birlik-talks', 'Бірлік Talks', 'talk-series'],
  ['ethnoevent', 'ЭтноEvent', 'event-coverage'],
  ['ethnohistory', 'ЭтноHistory', 'column'],
  ['zhol-zhonekei', 'Жол-жөнекей', 'tv-programme'],
  ['dostyq-dastarkhany', 'Достық дастарханы', 'tv-programme'],
  ['ortaq', 'Ortaq', 'podcast'],
  ['uly-dala-anyzdary', 'Ұлы дала аңыздары', 'animation'],
  ['two-stars', 'Two Stars', 'festival'],
  ['level-up', 'LEVEL UP', 'project'],
  ['assambleya-ainasy', 'Ассамблея айнасы', 'video-series'],
]

/** Share of each type among the items, and the rubric formats each may use. */
const TYPES = [
  {
    formats: ['column', 'talk-series', 'event-coverage', 'project'],
    share: 0.4,
    slug: 'articles',
    table: 'articles',
  },
  {
    formats: ['event-coverage', 'festival', 'project'],
    share: 0.2,
    slug: 'ethno-events',
    table: 'ethno_events',
  },
  { formats: ['podcast'], share: 0.1, slug: 'podcast-episodes', table: 'podcast_episodes' },
  { formats: ['tv-programme'], share: 0.15, slug: 'tv-segments', table: 'tv_segments' },
  {
    formats: ['video-series', 'animation', 'project', 'talk-series'],
    share: 0.15,
    slug: 'videos',
    table: 'videos',
  },
] as const

const started = performance.now()
const payload: Payload = await getPayload({ config })
await applyCommittedMigrations(payload)
const adapter = payload.db as unknown as SqliteAdapter
console.log(
  `Fresh SQLite database ${path.relative(process.cwd(), DB_FILE)}, schema ready in ${seconds(performance.now() - started)}.`,
)

// ----- Fixture -----------------------------------------------------------------------------------------------
const generation = performance.now()
const regionIds: number[] = []
for (const [index, [slug, name, kind]] of REGIONS.entries()) {
  regionIds.push(
    (
      await payload.create({
        collection: 'regions',
        data: { kind, name, order: index + 1, slug },
        locale: 'kk',
      })
    ).id as number,
  )
}
const rubrics: { format: string; id: number }[] = []
for (const [slug, name, format] of RUBRICS) {
  const rubric = await payload.create({
    collection: 'rubrics',
    data: { format: format as never, name, slug },
    locale: 'kk',
  })
  rubrics.push({ format, id: rubric.id as number })
}
const admin = await payload.create({
  collection: 'users',
  data: {
    email: 'bench-admin@newsroom.test',
    name: 'Bench',
    password: 'bench-password-123',
    roles: ['admin'],
  } as never,
})

const insertAll = async (
  tx: SqliteAdapter['drizzle'],
  table: string,
  rows: Record<string, unknown>[],
) => {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length)
  const batch = Math.max(1, Math.floor(30_000 / columns))
  for (let start = 0; start < rows.length; start += batch)
    await tx.insert(adapter.tables[table]).values(rows.slice(start, start + batch))
}

const now = new Date().toISOString()
const contributorRegion: number[] = []
const contributorRows = Array.from({ length: CONTRIBUTORS }, (_, index) => {
  const region = regionIds[index % regionIds.length]
  contributorRegion.push(region)
  return {
    active: true,
    createdAt: now,
    fullName: `Журналист ${index + 1}`,
    id: index + 1,
    mediaType: pick(['tv', 'radio', 'print', 'online', 'blogger', 'new-media']),
    region,
    updatedAt: now,
  }
})
const contributorsOfRegion = new Map<number, number[]>()
contributorRows.forEach((row) =>
  contributorsOfRegion.set(row.region, [...(contributorsOfRegion.get(row.region) ?? []), row.id]),
)

const windowStart = dayWindow('2023-01-01', '2025-12-31')
const span = windowStart.end.getTime() - windowStart.start.getTime()
const perTable = new Map<
  string,
  {
    locales: Record<string, unknown>[]
    main: Record<string, unknown>[]
    rels: Record<string, unknown>[]
  }
>()
const facts: Record<string, unknown>[] = []
for (const type of TYPES) perTable.set(type.table, { locales: [], main: [], rels: [] })

for (let n = 0; n < ITEMS; n += 1) {
  let roll = random()
  const type = TYPES.find((candidate) => (roll -= candidate.share) < 0) ?? TYPES[0]
  const rows = perTable.get(type.table)!
  const id = rows.main.length + 1
  const region = pick(regionIds)
  const publishedAt = new Date(
    windowStart.start.getTime() + Math.floor(random() * span),
  ).toISOString()
  const candidates = rubrics.filter((rubric) =>
    (type.formats as readonly string[]).includes(rubric.format),
  )
  const rubric = type.slug !== 'articles' || random() < 0.7 ? pick(candidates).id : null
  // Mostly one contributor, sometimes two or three (from the item's region, now and then from elsewhere), rarely none.
  const howMany = (roll = random()) < 0.02 ? 0 : roll < 0.72 ? 1 : roll < 0.92 ? 2 : 3
  const contributors = [
    ...new Set(
      Array.from({ length: howMany }, () =>
        random() < 0.9
          ? pick(contributorsOfRegion.get(region)!)
          : 1 + Math.floor(random() * CONTRIBUTORS),
      ),
    ),
  ]
  const ai = random() < 0.15 ? pick(['assisted', 'generated'] as const) : null
  const participants = type.slug === 'ethno-events' ? 10 + Math.floor(random() * 490) : null
  // Most items went through review: hours from first submit to publication, skewed to a day or two.
  const hoursToPublish = random() < 0.85 ? Math.round(Math.exp(random() * 5.3) * 100) / 100 : null

  rows.main.push({
    _status: 'published',
    aiDisclosure_usage: ai ?? 'none',
    aiNotice_kind: ai,
    createdAt: publishedAt,
    ethicsReview_status: ai ? 'cleared' : 'not_required',
    id,
    publishedAt,
    region,
    rubric,
    slug: `${type.slug}-${id}`,
    updatedAt: publishedAt,
    workflowRevision: 3,
    workflowStatus: 'published',
    ...(type.slug === 'ethno-events'
      ? { eventDate: publishedAt, participantsCount: participants }
      : {}),
    ...(type.slug === 'podcast-episodes' ? { episodeNumber: id, season: 1 } : {}),
    ...(type.slug === 'tv-segments'
      ? { airDate: publishedAt, externalUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }
      : {}),
    ...(type.slug === 'videos'
      ? { provider: 'youtube', videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }
      : {}),
  })
  rows.locales.push({ _locale: 'kk', _parentID: id, title: `Материал ${type.slug} ${id}` })
  contributors.forEach((contributor, order) =>
    rows.rels.push({
      contributorsID: contributor,
      order: order + 1,
      parent: id,
      path: 'contributors',
    }),
  )
  // The row the afterChange hook writes when the item is published (plugins/reports/src/facts/syncContributionFact.ts).
  const day = dayOf(publishedAt)
  facts.push({
    contributors: contributors.map(String),
    counted: true,
    day,
    hoursToPublish,
    itemKey: `${type.slug}:${id}`,
    key: `${type.slug}:${id}@${day}`,
    participants,
    publishedAt,
    region: String(region),
    rubric: rubric === null ? null : String(rubric),
    syncedAt: publishedAt,
    type: type.slug,
    usedAI: ai !== null,
  })
}

await adapter.drizzle.transaction(async (tx) => {
  await insertAll(tx, 'contributors', contributorRows)
  for (const [table, rows] of perTable) {
    await insertAll(tx, table, rows.main)
    await insertAll(tx, `${table}_locales`, rows.locales)
    await insertAll(tx, `${table}_rels`, rows.rels)
  }
  await insertAll(tx, 'contribution_facts', facts)
})
const generated = performance.now() - generation
const rels = [...perTable.values()].reduce((sum, rows) => sum + rows.rels.length, 0)
console.log(
  `Generated ${ITEMS.toLocaleString('en')} published items (${[...perTable].map(([table, rows]) => `${table} ${rows.main.length}`).join(', ')}), ` +
    `${rels.toLocaleString('en')} contributor links, ${CONTRIBUTORS} contributors, ${REGIONS.length} regions, ${RUBRICS.length} rubrics, ` +
    `${facts.length.toLocaleString('en')} fact rows in ${seconds(generated)}.`,
)

// ----- The report, as the endpoint serves it -----------------------------------------------------------------
type Report = {
  groups: ({ key: null | string } & Numbers)[]
  meta: { items: number }
  totals: Numbers
}
type Numbers = {
  aiItems: number
  counts: Record<string, number>
  medianHoursToPublish: null | number
  participants: number
  total: number
}

const requestFor = (groupBy: string, from: string, to: string): Promise<PayloadRequest> =>
  createLocalReq(
    {
      urlSuffix: `/api/reports/contributions?${new URLSearchParams({ from, groupBy, to })}`,
      user: { ...admin, collection: 'users' } as never,
    },
    payload,
  )
const runReport = async (
  groupBy: string,
  from = FROM,
  to = TO,
): Promise<{ ms: number; report: Report }> => {
  const req = await requestFor(groupBy, from, to)
  const start = performance.now()
  const response = await contributionReportEndpoint(reportsOptions).handler(req)
  const body = await response.text()
  const ms = performance.now() - start
  if (response.status !== 200) throw new Error(`report answered ${response.status}: ${body}`)
  return { ms, report: JSON.parse(body) as Report }
}

// ----- Hand-written SQL over the same rows -------------------------------------------------------------------
const window = dayWindow(FROM, TO)
const SQL_GROUP: Record<string, { from: string; key: string }> = {
  contributor: {
    from: 'contribution_facts f LEFT JOIN json_each(f.contributors) c',
    key: 'c.value',
  },
  region: { from: 'contribution_facts f', key: 'f.region' },
}
const baselineSql = (groupBy: string) => {
  const { from, key } = SQL_GROUP[groupBy]
  return `
    WITH w AS (
      SELECT ${key} AS g, f.type, f.participants, f.used_a_i, f.hours_to_publish
      FROM ${from}
      WHERE f.counted = 1 AND f.published_at >= ?1 AND f.published_at < ?2
    ),
    tallies AS (
      SELECT g,
        SUM(type = 'articles') AS articles, SUM(type = 'ethno-events') AS ethno_events,
        SUM(type = 'podcast-episodes') AS podcast_episodes, SUM(type = 'tv-segments') AS tv_segments,
        SUM(type = 'videos') AS videos, COUNT(*) AS total,
        COALESCE(SUM(participants), 0) AS participants, SUM(used_a_i) AS ai_items
      FROM w GROUP BY g
    ),
    ranked AS (
      SELECT g, hours_to_publish AS h,
        ROW_NUMBER() OVER (PARTITION BY g ORDER BY hours_to_publish) AS n,
        COUNT(*) OVER (PARTITION BY g) AS c
      FROM w WHERE hours_to_publish IS NOT NULL
    ),
    medians AS (SELECT g, AVG(h) AS median FROM ranked WHERE n IN ((c + 1) / 2, (c + 2) / 2) GROUP BY g)
    SELECT tallies.*, medians.median FROM tallies LEFT JOIN medians ON medians.g IS tallies.g`
}
const runSql = async (groupBy: string) => {
  const start = performance.now()
  const { rows } = await adapter.client.execute({
    args: [window.start.toISOString(), window.end.toISOString()],
    sql: baselineSql(groupBy),
  })
  return { ms: performance.now() - start, rows }
}

/** The report and the SQL must agree on every number of every group. */
const compare = (report: Report, rows: Record<string, unknown>[]) => {
  const byKey = new Map(rows.map((row) => [row.g === null ? null : String(row.g), row]))
  const problems: string[] = []
  for (const group of report.groups) {
    const row = byKey.get(group.key)
    if (!row) {
      if (group.total !== 0) problems.push(`group ${group.key}: missing in SQL`)
      continue
    }
    const sqlNumbers = [
      row.articles,
      row.ethno_events,
      row.podcast_episodes,
      row.tv_segments,
      row.videos,
      row.total,
      row.participants,
      row.ai_items,
    ].map(Number)
    const reportNumbers = [
      group.counts.articles,
      group.counts.ethnoEvents,
      group.counts.podcastEpisodes,
      group.counts.tvSegments,
      group.counts.videos,
      group.total,
      group.participants,
      group.aiItems,
    ]
    if (sqlNumbers.join() !== reportNumbers.join())
      problems.push(`group ${group.key}: ${reportNumbers.join()} vs SQL ${sqlNumbers.join()}`)
    const median = row.median === null ? null : Math.round(Number(row.median) * 100) / 100
    if (median !== group.medianHoursToPublish)
      problems.push(`group ${group.key}: median ${group.medianHoursToPublish} vs SQL ${median}`)
    byKey.delete(group.key)
  }
  if (byKey.size > 0)
    problems.push(`SQL has groups the report lacks: ${[...byKey.keys()].join(', ')}`)
  return problems
}

/** Every published item in the content tables, counted in SQL, must equal the report's total for all time. */
const contentTotal = async () => {
  const { rows } = await adapter.client.execute({
    sql: TYPES.map(
      (type) =>
        `SELECT COUNT(*) AS n FROM ${type.table} WHERE _status = 'published' AND published_at >= ?1 AND published_at < ?2`,
    ).join(' UNION ALL '),
    args: [window.start.toISOString(), window.end.toISOString()],
  })
  return rows.reduce((sum, row) => sum + Number(row.n), 0)
}

console.log(`\nReport for ${FROM} … ${TO} (one year, Asia/Almaty days).`)
const cold = await runReport('region')
console.log(`  first report, which builds the day cache from the fact rows: ${millis(cold.ms)}`)
console.log(`  then ${RUNS} runs each (after one warm-up), median:`)
const results: Record<string, { report: number; sql: number }> = {}
let failed = false
let itemsInWindow = 0
for (const groupBy of ['region', 'contributor']) {
  const warm = await runReport(groupBy)
  await runSql(groupBy)
  const reportTimes: number[] = []
  const sqlTimes: number[] = []
  for (let run = 0; run < RUNS; run += 1) {
    reportTimes.push((await runReport(groupBy)).ms)
    sqlTimes.push((await runSql(groupBy)).ms)
  }
  const problems = compare(warm.report, (await runSql(groupBy)).rows)
  itemsInWindow = warm.report.meta.items
  const report = medianOf(reportTimes)
  const sql = medianOf(sqlTimes)
  results[groupBy] = { report, sql }
  const groupTotal = warm.report.groups.reduce((sum, group) => sum + group.total, 0)
  console.log(
    `  groupBy=${groupBy.padEnd(11)} report ${millis(report).padStart(7)} (min ${millis(Math.min(...reportTimes))}, max ${millis(Math.max(...reportTimes))})` +
      `   SQL ${millis(sql).padStart(6)}   ratio ${(report / sql).toFixed(1)}×` +
      `   [${warm.report.meta.items.toLocaleString('en')} items, ${warm.report.groups.length} groups, group totals ${groupTotal.toLocaleString('en')}]` +
      `   ${problems.length ? `NUMBERS DIFFER: ${problems.slice(0, 3).join('; ')}` : 'same numbers as SQL'}`,
  )
  if (problems.length) failed = true
}
// One more item published the ordinary way (Local API → the publish hook writes its fact): the next report
// rebuilds that one day only.
await payload.create({
  collection: 'articles',
  data: {
    _status: 'published',
    contributors: [1],
    publishedAt: '2025-06-15T08:00:00.000Z',
    region: regionIds[0],
    title: 'Жаңа материал',
    workflowStatus: 'published',
  } as never,
  locale: 'kk',
})
const afterPublish = await runReport('region')
console.log(
  `  after one more item is published, the next report (rebuilding that day) takes ${millis(afterPublish.ms)} and counts ` +
    `${afterPublish.report.meta.items.toLocaleString('en')} items${afterPublish.report.meta.items === itemsInWindow + 1 ? ' (one more)' : ' (UNEXPECTED)'}`,
)
if (afterPublish.report.meta.items !== itemsInWindow + 1) failed = true

// For comparison: the same facts read row by row through the Local API, as the report would without the day cache.
const perRow: number[] = []
for (let run = 0; run < 3; run += 1) {
  const start = performance.now()
  await payload.find({
    collection: 'contribution-facts',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: {
      contributors: true,
      hoursToPublish: true,
      participants: true,
      region: true,
      rubric: true,
      type: true,
      usedAI: true,
    },
    where: {
      and: [
        { counted: { equals: true } },
        { publishedAt: { greater_than_equal: window.start.toISOString() } },
        { publishedAt: { less_than: window.end.toISOString() } },
      ],
    },
  })
  perRow.push(performance.now() - start)
}
console.log(
  `  (without the day cache, only reading the window's fact rows through the Local API takes ${millis(medianOf(perRow))})`,
)

const inContent = await contentTotal()
const reported = (await runReport('type')).report.meta.items
console.log(
  `\nPublished items in the window counted in the content tables: ${inContent.toLocaleString('en')}; report: ${reported.toLocaleString('en')}${inContent === reported ? ' (same)' : ' (DIFFERENT)'}.`,
)
if (inContent !== reported) failed = true

// The longest report the endpoint allows (REPORT_LIMITS: ten years) over all the data, grouped by month: how long it
// takes, and the longest time it kept the event loop from other requests (the report pauses every few thousand rows).
const LONGEST = { from: '2016-01-01', to: '2025-12-31' }
console.log(`\nLongest allowed report, ${LONGEST.from} … ${LONGEST.to}, groupBy=month:`)
for (const run of ['first (builds seven empty years of the day cache)', 'again']) {
  const delay = monitorEventLoopDelay({ resolution: 10 })
  delay.enable()
  const { ms, report } = await runReport('month', LONGEST.from, LONGEST.to)
  delay.disable()
  const pauseMs = delay.max / 1e6
  console.log(
    `  ${run}: ${millis(ms)}, ${report.meta.items.toLocaleString('en')} items, ${report.groups.length} groups; longest event-loop pause ${millis(pauseMs)}`,
  )
  if (pauseMs > 250) {
    console.log('  the event loop was held for more than 250 ms: MISSED')
    failed = true
  }
}

const worst = Math.max(...Object.values(results).map((result) => result.report))
const worstRatio = Math.max(...Object.values(results).map((result) => result.report / result.sql))
console.log(
  `Target: median ≤ 1 s → ${worst <= 1000 ? 'met' : 'MISSED'} (${millis(worst)}); within 5× of SQL → ${worstRatio <= 5 ? 'met' : 'MISSED'} (${worstRatio.toFixed(1)}×).`,
)
await payload.destroy()
process.exit(failed ? 1 : 0)
