/**
 * Loads a gen-dataset.mjs file (JSON lines) into a fresh SQLite database for `npm run bench:delivery`:
 * 20 regions, 50 contributors (the dataset's authors), N published articles in their own language (kk or ru)
 * with a six-paragraph rich-text body. Then refreshes the planner statistics and records the committed
 * migrations as applied, so `next start` (production) can open the database the schema was pushed to.
 *
 * Usage: node --conditions=production scripts/run-ts.mjs scripts/bench-delivery/load-dataset.ts <dataset.jsonl> <db file>
 */
import fs from 'fs'
import path from 'path'
import readline from 'readline'

const [datasetFile, dbFile] = process.argv.slice(2)
if (!datasetFile || !dbFile) {
  console.error('usage: load-dataset.ts <dataset.jsonl> <db file>')
  process.exit(2)
}
for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${dbFile}${suffix}`, { force: true })
fs.mkdirSync(path.dirname(path.resolve(dbFile)), { recursive: true })
process.env.DATABASE_URI = `file:${path.resolve(dbFile)}`
process.env.SEED_ON_START = 'false'
process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn'

// Imported after the environment is set: the config reads DATABASE_URI when it loads.
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { refreshDatabaseStatistics } = await import('../../src/db/analyze')
const { migrations } = await import('../../src/migrations/sqlite')

type Region = { id: number; name: Record<'en' | 'kk' | 'ru', string>; slug: string }
type Author = { id: number; login: string; name: string }
type Post = { excerpt: string; id: number; lang: 'kk' | 'ru'; paragraphs: string[]; publishedAt: string; region: string; slug: string; title: string; author: string }

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

// Bulk loading is not editorial work: no AI detectors, no webhooks, no report facts.
const context = { aiEthicsSkip: true, disableWebhooks: true, skipContributionFacts: true }

const payload = await getPayload({ config })
// A throwaway benchmark database: no fsync per write (the load takes minutes instead of most of an hour).
const sqlite = payload.db as unknown as { drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown> }
await sqlite.execute({ drizzle: sqlite.drizzle, raw: 'PRAGMA synchronous = OFF' })
const started = Date.now()
const regionIds = new Map<string, number>()
const contributorIds = new Map<string, number>()
let posts = 0

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
    const post = record as unknown as Post & { type: string }
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
    })
    posts++
    if (posts % 1000 === 0) console.error(`  ${posts} articles (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  }
}

const ran = await refreshDatabaseStatistics(payload)
// The schema was pushed from the config (it is what the committed migrations build); record them as applied so
// the production server does not stop at the "dev mode" prompt.
await payload.delete({ collection: 'payload-migrations', where: { batch: { equals: -1 } } })
for (const { name } of migrations) await payload.create({ collection: 'payload-migrations', data: { batch: 1, name } })
console.error(`loaded ${regionIds.size} regions, ${contributorIds.size} contributors, ${posts} articles in ${((Date.now() - started) / 1000).toFixed(0)} s; ran ${ran}`)
await payload.destroy()
process.exit(0)
