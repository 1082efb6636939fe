/**
 * `npm run bench:deep-pages -- --uri <database uri>`: what one anonymous list request costs at page 1, 50, 250 and the
 * last page, and by cursor at the same depth, on an already loaded database (the loader of bench:delivery, or a
 * seeded one). One request at a time, through the app's own REST route handler (guards, HTTP caching; the shared
 * read cache off), in this process: the database's part of a deep page, without a load runner around it.
 *
 * Options: --requests 15 (timed per page, after 2 untimed) --limit 20 --depth 0,1 --locale ru
 * Exit code 1 when a deep page's median is more than 2× page 1's (the target of issue 16).
 */
import { option } from './lib/cli.mjs'

const uri = option('uri', process.env.DATABASE_URI) as string | undefined
if (!uri) {
  console.error(
    'usage: bench-deep-pages.ts --uri <postgres://… | file:….db> [--requests 15] [--limit 20] [--depth 0,1] [--locale ru]',
  )
  process.exit(2)
}
process.env.DATABASE_URI = uri
process.env.PUBLIC_CACHE = 'off'
process.env.PAYLOAD_SECRET ||= 'bench-deep-pages-secret'
process.env.SEED_ON_START = 'false'
process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL ||= 'warn'

const REQUESTS = Number(option('requests', 15))
const LIMIT = Number(option('limit', 20))
const DEPTHS = String(option('depth', '0,1')).split(',').map(Number)
const LOCALE = String(option('locale', 'ru'))
const RATIO = 2

const { GET } = await import('../src/app/(payload)/api/[...slug]/route')

const request = async (query: string) => {
  const url = `http://127.0.0.1/api/articles?${query}`
  const started = performance.now()
  const response = await GET(new Request(url), {
    params: Promise.resolve({ slug: ['articles'] }),
  } as never)
  const body = (await response.json()) as {
    docs?: unknown[]
    nextCursor?: null | string
    totalPages?: number
  }
  const ms = performance.now() - started
  if (response.status !== 200 || !body.docs?.length)
    throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`)
  return { body, ms }
}

const timed = async (query: string) => {
  for (let i = 0; i < 2; i++) await request(query)
  const times: number[] = []
  for (let i = 0; i < REQUESTS; i++) times.push((await request(query)).ms)
  times.sort((a, b) => a - b)
  return { p50: times[Math.floor(times.length / 2)], max: times.at(-1)! }
}

let missed = false
const rows: string[] = []
for (const depth of DEPTHS) {
  const base = `limit=${LIMIT}&depth=${depth}&locale=${LOCALE}`
  const { body: first } = await request(`${base}&page=1`)
  const last = first.totalPages ?? 1
  const pages = [...new Set([1, 50, 250, last].filter((page) => page <= last))]
  let firstP50 = 0
  for (const page of pages) {
    const { max, p50 } = await timed(`${base}&page=${page}`)
    if (page === 1) firstP50 = p50
    const ratio = p50 / firstP50
    if (ratio > RATIO) missed = true
    rows.push(
      `depth ${depth}  page ${String(page).padStart(4)}  p50 ${p50.toFixed(1).padStart(7)} ms  max ${max.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}× page 1${ratio > RATIO ? '  <-- MISS' : ''}`,
    )
  }
  // The same depth by cursor: the cursor page 249 hands out reads page 250.
  const deep = Math.min(250, last)
  if (deep > 1) {
    const { body } = await request(`${base}&page=${deep - 1}`)
    const { max, p50 } = await timed(`${base}&after=${body.nextCursor}`)
    rows.push(
      `depth ${depth}  after page ${deep - 1} (cursor)  p50 ${p50.toFixed(1)} ms  max ${max.toFixed(1)} ms  ${(p50 / firstP50).toFixed(2)}× page 1`,
    )
  }
}
console.log(
  `\nbench:deep-pages ${new Date().toISOString().slice(0, 16)} UTC, ${uri.replace(/:[^:@/]*@/, ':***@')}, ${REQUESTS} requests per line, one at a time`,
)
console.log(rows.join('\n'))
process.exit(missed ? 1 : 0)
