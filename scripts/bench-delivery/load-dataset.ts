/**
 * Loads a gen-dataset.mjs file (JSON lines) into a fresh benchmark database for `npm run bench:delivery`, the way
 * production holds the content: the schema comes from the committed migrations (the loader runs as production), and
 * every record goes through the Local API with the project's hooks on. 20 regions (kk, ru, en names), 50 contributors
 * (the dataset's authors), one journalist who created the articles, and N articles in their own language (kk or ru)
 * with a six-paragraph rich-text body, published (`_status` and `workflowStatus`), their AI-ethics review computed by
 * the plugin's own hook (nothing declared, so `not_required`). Then fresh planner statistics.
 *
 * Left out because the public read path never touches them: webhook deliveries, contribution-report facts, and the
 * intermediate draft versions a real item collects on its way through the desk (each article has its one published
 * version).
 *
 * Usage: node --conditions=production scripts/run-ts.mjs scripts/bench-delivery/load-dataset.ts <dataset.jsonl> <target>
 *   [--concurrency N]
 * <target>: a SQLite file path (or file:...), or postgres://.../<name> where the database name contains "bench"
 * (the database is dropped and created again). --concurrency: articles written at once (default 1 on SQLite, whose
 * writes are serial anyway, 6 on PostgreSQL).
 */
import fs from 'fs'
import path from 'path'
import pg from 'pg'
import readline from 'readline'

const positional = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'))
const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}
const [datasetFile, target] = positional
if (!datasetFile || !target) {
  console.error('usage: load-dataset.ts <dataset.jsonl> <sqlite file | postgres://…/<name with "bench">> [--concurrency N]')
  process.exit(2)
}
const isPostgres = /^postgres(ql)?:\/\//.test(target)
const concurrency = Number(option('concurrency') ?? (isPostgres ? 6 : 1))
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.error('--concurrency: must be a whole number from 1')
  process.exit(2)
}

const recreatePostgres = async (uri: string) => {
  const url = new URL(uri)
  const database = decodeURIComponent(url.pathname.slice(1))
  // A loader that drops databases must not be pointed at a real one by a typo.
  if (!/^[a-z0-9_]*bench[a-z0-9_]*$/.test(database)) {
    throw new Error(`target: the PostgreSQL database name must contain "bench" (lowercase letters, digits, _), got "${database}"`)
  }
  url.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: url.toString() })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    await admin.query(`CREATE DATABASE "${database}"`)
    // A throwaway database: commits need not wait for the WAL flush while loading (reset at the end).
    await admin.query(`ALTER DATABASE "${database}" SET synchronous_commit = off`)
  } finally {
    await admin.end()
  }
  return { database, reset: async () => {
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    await client.query(`ALTER DATABASE "${database}" RESET synchronous_commit`).finally(() => client.end())
  } }
}

let resetDatabase = async () => {}
if (isPostgres) {
  resetDatabase = (await recreatePostgres(target)).reset
  process.env.DATABASE_URI = target
} else {
  const file = path.resolve(target.replace(/^file:(\/\/)?/, ''))
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true })
  fs.mkdirSync(path.dirname(file), { recursive: true })
  process.env.DATABASE_URI = `file:${file}`
}
// As in production: the committed migrations build the schema (prodMigrations), no dev push, no demo seed.
Object.assign(process.env, { NODE_ENV: 'production' })
process.env.PAYLOAD_SECRET = process.env.PAYLOAD_SECRET || 'bench-delivery-secret'
process.env.SEED_ON_START = 'false'
process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn'

// Imported after the environment is set: the config reads DATABASE_URI when it loads.
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { refreshDatabaseStatistics } = await import('../../src/db/analyze')

type Region = { id: number; name: Record<'en' | 'kk' | 'ru', string>; slug: string }
type Author = { id: number; login: string; name: string }
type Post = { author: string; excerpt: string; id: number; lang: 'kk' | 'ru'; paragraphs: string[]; publishedAt: string; region: string; slug: string; title: string }

const paragraph = (text: string) => ({
  children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  type: 'paragraph',
  version: 1,
})
const richText = (paragraphs: string[]) => ({
  root: { children: paragraphs.map(paragraph), direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 },
})

// Bulk loading is not editorial work: no webhooks, no report facts. The AI-ethics hook runs (it sets the review state).
const context = { disableWebhooks: true, skipContributionFacts: true }

const payload = await getPayload({ config })
type SqlAdapter = { drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>; name: string }
const db = payload.db as unknown as SqlAdapter
const raw = (sql: string) => db.execute({ drizzle: db.drizzle, raw: sql })
// A throwaway benchmark database: no fsync per write (the load takes minutes instead of most of an hour), and a
// page cache that holds the growing indexes (the default 2 MB made every insert read its index pages again).
if (db.name === 'sqlite') {
  await raw('PRAGMA synchronous = OFF')
  await raw('PRAGMA cache_size = -262144')
}

const started = Date.now()
const seconds = () => ((Date.now() - started) / 1000).toFixed(0)
const regionIds = new Map<string, number>()
const contributorIds = new Map<string, number>()
let posts = 0
let failure: unknown

const journalist = await payload.create({
  collection: 'users',
  data: { email: 'bench-journalist@example.com', name: 'Bench journalist', password: 'bench-journalist-password', roles: ['journalist'] } as never,
})

const createArticle = async (post: Post) => {
  await payload.create({
    collection: 'articles',
    context,
    data: {
      _status: 'published',
      body: richText(post.paragraphs),
      contributors: [contributorIds.get(post.author)!],
      excerpt: post.excerpt,
      publishedAt: post.publishedAt,
      region: regionIds.get(post.region)!,
      slug: post.slug,
      title: post.title,
      workflowStatus: 'published',
    } as never,
    depth: 0,
    locale: post.lang,
    user: journalist,
  })
  posts++
  // SQLite without statistics reads each new row back through a full scan of the `_locales` tables (their only index
  // leads with `_locale`; with statistics the planner skips through it): the load became quadratic, 10k articles
  // taking 280 s of CPU instead of ~120. Fresh statistics every 1,000 articles keep it linear.
  if (db.name === 'sqlite' && (posts === 200 || posts % 1000 === 0)) await raw('ANALYZE')
  if (posts % 1000 === 0) console.error(`  ${posts} articles (${seconds()} s)`)
}

// Up to `concurrency` articles in flight; the first error stops the load.
const inFlight = new Set<Promise<void>>()
const schedule = async (post: Post) => {
  if (failure) throw failure
  const task: Promise<void> = createArticle(post)
    .catch((error: unknown) => {
      failure ??= new Error(`article ${post.id} (${post.slug}): ${error instanceof Error ? error.message : String(error)}`, { cause: error })
    })
    .finally(() => inFlight.delete(task))
  inFlight.add(task)
  if (inFlight.size >= concurrency) await Promise.race(inFlight)
}

for await (const line of readline.createInterface({ input: fs.createReadStream(datasetFile) })) {
  if (!line.trim()) continue
  const record = JSON.parse(line) as { type: string } & Record<string, unknown>
  if (record.type === 'region') {
    const region = record as unknown as Region & { type: string }
    const doc = await payload.create({
      collection: 'regions',
      context,
      data: { kind: region.id <= 3 ? 'city' : 'oblast', name: region.name.kk, order: region.id, slug: region.slug },
      locale: 'kk',
    })
    for (const locale of ['ru', 'en'] as const) {
      await payload.update({ collection: 'regions', context, data: { name: region.name[locale] }, id: doc.id, locale })
    }
    regionIds.set(region.slug, doc.id)
  } else if (record.type === 'author') {
    const author = record as unknown as Author & { type: string }
    const regionId = [...regionIds.values()][author.id % regionIds.size]
    const doc = await payload.create({ collection: 'contributors', context, data: { fullName: author.name, mediaType: 'online', region: regionId } })
    contributorIds.set(author.login, doc.id)
  } else if (record.type === 'post') {
    await schedule(record as unknown as Post)
  }
  if (failure) break
}
await Promise.all(inFlight)
if (failure) {
  console.error(`load failed: ${failure instanceof Error ? failure.message : String(failure)}`)
  process.exit(1)
}

const loadedIn = seconds()
let ran = await refreshDatabaseStatistics(payload)
if (db.name === 'postgres') {
  // VACUUM also sets the visibility map, which index-only scans need; it cannot run inside a transaction.
  await raw('VACUUM ANALYZE')
  ran = 'VACUUM ANALYZE'
} else if (db.name === 'sqlite') {
  await raw('PRAGMA wal_checkpoint(TRUNCATE)')
}
const { totalDocs: published } = await payload.count({ collection: 'articles', overrideAccess: false, where: {} })
const cpu = process.cpuUsage()
console.error(
  `loaded ${regionIds.size} regions, ${contributorIds.size} contributors, ${posts} articles (${published} publicly visible) in ${loadedIn} s (concurrency ${concurrency}; loader CPU ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s); ${ran} ${(Number(seconds()) - Number(loadedIn)).toFixed(0)} s`,
)
await payload.destroy()
await resetDatabase()
if (published !== posts) {
  console.error(`load failed: ${posts} articles written but ${published} are publicly visible`)
  process.exit(1)
}
process.exit(0)
