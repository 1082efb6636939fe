/**
 * `npm run bench:slug-reads`: where an uncached single read by slug spends its time.
 *
 * One Payload process on a fresh SQLite database (PUBLIC_CACHE=off, so every read reaches the database) with
 * --articles (200) published articles (a body of paragraphs, a rubric, a region). Reads --reads (300) different
 * slugs one after another, the way a website renders article pages, through four paths, each timed:
 *   rest      `GET /api/articles?where[slug][equals]=…&limit=1&depth=1&locale=kk` over HTTP (the app's route handlers
 *             behind test/delivery/server.ts, fetched from this process);
 *   route     the same request handed to the REST route handler directly (no socket, no HTTP client);
 *   route-cache  the same with the anonymous-read cache on (every slug read once: misses);
 *   payload   Payload's own REST handler alone (none of the app's HTTP wrappers);
 *   local     `payload.find` with the same arguments as an anonymous caller (`overrideAccess: false`);
 *   local-d0  the same at depth 0;
 *   db        the database adapter's `find` alone (no hooks, no access, no population).
 * Prints, per path in ms, this process's CPU time per read, mean, p50 and p99 (and the mean relative to `rest`). `--only rest,local` runs some of them;
 * `--profile <file.cpuprofile>` writes a CPU profile of the timed reads (open it in Chrome's DevTools).
 * `--warmup N` (200) untimed reads per path first. `--database <sqlite file | postgres://…>` reads a database bench/delivery/load-dataset.ts loaded (the WordPress
 * kit's posts, `locale=ru`) instead: every path reads its own slugs, so the reads mostly miss the database's cache.
 * On a PostgreSQL server on this machine it also prints the server's CPU time per read (`pg`: the user and system time
 * of this database's backend processes, from /proc; it parses, plans and runs the statements on the same cores).
 */
import fs from 'fs'
import path from 'path'

const args = process.argv.slice(2)
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const ARTICLES = Number(opt('articles', '200'))
const READS = Number(opt('reads', '300'))
const ONLY = opt('only', '')
/** Writes a CPU profile of the timed reads (not the set-up) to this file. */
const PROFILE = opt('profile', '')
/** Prints the SQL statements one read of each path runs. */
const STATEMENTS = args.includes('--statements')
/**
 * An already loaded database (bench/delivery/load-dataset.ts: the WordPress kit's posts) to read from instead of a
 * fresh one: its published articles' slugs, in a shuffled (uniform) order, `locale=ru` as bench:delivery asks.
 */
const DATABASE = opt('database', '')
/** Reads per path before the timed ones. */
const WARMUP = Number(opt('warmup', '200'))
const LOCALE = DATABASE ? 'ru' : 'kk'

const WORKDIR = path.resolve('.tmp/bench-slug-reads')
const DB = path.join(WORKDIR, 'bench.db')
fs.mkdirSync(WORKDIR, { recursive: true })
if (!DATABASE)
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    fs.rmSync(`${DB}${suffix}`, { force: true })

process.env.DATABASE_URI =
  (DATABASE &&
    (/^(file:|postgres)/.test(DATABASE) ? DATABASE : `file:${path.resolve(DATABASE)}`)) ||
  process.env.BENCH_DATABASE_URI ||
  `file:${DB}`
process.env.MEDIA_DIR = path.join(WORKDIR, 'media')
process.env.SEED_ON_START = 'false'
process.env.JOBS_AUTORUN = 'false'
process.env.PUBLIC_CACHE = 'off'
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn'
process.env.PAYLOAD_MIGRATING = 'true'
process.env.PAYLOAD_SECRET = process.env.PAYLOAD_SECRET || 'bench-slug-reads-secret'

const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { startApiServer } = await import('../test/delivery/server')
const restRoute = await import('../src/app/(payload)/api/[...slug]/route')
const payloadGET = (await import('@payloadcms/next/routes')).REST_GET(config)
const payload = await getPayload({ config })
if (!DATABASE && process.env.DATABASE_URI.startsWith('file:')) {
  const { migrations } = await import('../src/migrations/sqlite')
  await payload.db.migrate({ migrations: migrations as never })
}

const paragraph = (text: string) => ({
  children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  type: 'paragraph',
  version: 1,
})
const body = (i: number) => ({
  root: {
    children: Array.from({ length: 12 }, (_, p) =>
      paragraph(`Мақала ${i}, ${p + 1}-абзац. `.repeat(12)),
    ),
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})

const slugs: string[] = []
if (DATABASE) {
  const found = await payload.find({
    collection: 'articles',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { slug: true },
    where: { _status: { equals: 'published' } },
  })
  // A fixed shuffle (uniform traffic: every read a different article, as a crawler or archive reader reads).
  let state = 20261207
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const all = found.docs.map((doc) => doc.slug as string)
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[all[i], all[j]] = [all[j], all[i]]
  }
  slugs.push(...all)
} else {
  const run = Date.now().toString(36)
  const region = await payload.create({
    collection: 'regions',
    data: { kind: 'oblast', name: `Bench ${run}`, slug: `bench-${run}` },
  })
  const rubric = await payload.create({
    collection: 'rubrics',
    data: { format: 'column', name: `Рубрика ${run}`, slug: `rubric-${run}` } as never,
  })
  for (let i = 0; i < ARTICLES; i++) {
    const slug = `slug-read-${run}-${i}`
    await payload.create({
      collection: 'articles',
      context: { disableWebhooks: true },
      data: {
        _status: 'published',
        body: body(i),
        excerpt: `Бенчмарк ${i}`,
        region: region.id,
        rubric: rubric.id,
        slug,
        title: `Мақала ${i}`,
        workflowStatus: 'published',
      } as never,
    })
    slugs.push(slug)
  }
}
const server = await startApiServer()

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

type Path = { name: string; read: (slug: string) => Promise<unknown> }
/** The request every HTTP-level path makes: one article by slug, as a website asks for an article page. */
const singleRead = (slug: string) =>
  `/api/articles?where[slug][equals]=${slug}&limit=1&depth=1&locale=${LOCALE}`
/** Reads the answer and checks it is that one article (`who` names the answerer in the error). */
const expectOneArticle = async (response: Response, who: string): Promise<void> => {
  const json = (await response.json()) as { docs: unknown[] }
  if (response.status !== 200 || json.docs.length !== 1)
    throw new Error(`${who} answered ${response.status}`)
}
type RouteHandler = typeof restRoute.GET
/** One read by slug handed to a REST route handler in this process (no socket, no HTTP client). */
const readThrough =
  (handler: RouteHandler, who: string) =>
  async (slug: string): Promise<void> =>
    expectOneArticle(
      await handler(new Request(`http://127.0.0.1${singleRead(slug)}`), {
        params: Promise.resolve({ slug: ['articles'] }),
      }),
      who,
    )
const readThroughRoute = readThrough(restRoute.GET, 'route')

const paths: Path[] = [
  {
    name: 'rest',
    read: async (slug) =>
      expectOneArticle(await fetch(`${server.baseURL}${singleRead(slug)}`), 'rest'),
  },
  {
    // The same request handed to the app's REST route handler in this process: no socket, no HTTP client.
    name: 'route',
    read: readThroughRoute,
  },
  {
    // The route with the anonymous-read cache on, every slug read once: misses (uniform traffic), as production serves them.
    name: 'route-cache',
    read: async (slug) => {
      process.env.PUBLIC_CACHE = 'on'
      try {
        await readThroughRoute(slug)
      } finally {
        process.env.PUBLIC_CACHE = 'off'
      }
    },
  },
  {
    // Payload's own REST handler, without the app's HTTP wrappers (security headers, cache, ETag, request guard).
    name: 'payload',
    read: readThrough(payloadGET, 'payload'),
  },
  {
    name: 'local',
    read: (slug) =>
      payload.find({
        collection: 'articles',
        depth: 1,
        limit: 1,
        locale: LOCALE,
        overrideAccess: false,
        where: { slug: { equals: slug } },
      }),
  },
  {
    name: 'local-d0',
    read: (slug) =>
      payload.find({
        collection: 'articles',
        depth: 0,
        limit: 1,
        locale: LOCALE,
        overrideAccess: false,
        where: { slug: { equals: slug } },
      }),
  },
  {
    name: 'db',
    read: (slug) =>
      payload.db.find({
        collection: 'articles',
        limit: 1,
        locale: LOCALE,
        pagination: false,
        where: { slug: { equals: slug } },
      }),
  },
]

/**
 * The CPU time (ms) each PostgreSQL backend serving this database has used so far, by process id, when the server
 * runs on this machine (its processes in /proc); undefined for SQLite or a server elsewhere. Clock ticks (10 ms).
 */
const monitor = process.env.DATABASE_URI.startsWith('postgres')
  ? new (await import('pg')).default.Client({ connectionString: process.env.DATABASE_URI })
  : undefined
await monitor?.connect()
const serverCpu = async (): Promise<Map<number, number> | undefined> => {
  if (!monitor) return undefined
  // Its own connection: the one asking is not one of the app's.
  const { rows } = await monitor.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
  )
  const used = new Map<number, number>()
  for (const { pid } of rows) {
    try {
      // Fields after the command name (in parentheses): utime and stime are the 14th and 15th of the line.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
      used.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / 100)
    } catch {
      if (fs.existsSync(`/proc/${pid}`)) return undefined // not readable: not this machine's, or not ours
    }
  }
  return used
}
/** CPU time the backends used between two samples (one that closed in between, an idle connection, is left out). */
const serverCpuBetween = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0)

const results: Record<
  string,
  { cpu: number; mean: number; p50: number; p99: number; pg?: number }
> = {}
const { Session } = await import('node:inspector/promises')
const session = new Session()
if (PROFILE) {
  session.connect()
  await session.post('Profiler.enable')
}
if (DATABASE) {
  // Every article read once through the adapter: the file is in the operating system's cache, as on a server that
  // has been up a while; SQLite's own page cache (2 MB) and PostgreSQL's buffers still miss under uniform traffic.
  for (const slug of slugs)
    await payload.db.find({
      collection: 'articles',
      limit: 1,
      pagination: false,
      where: { slug: { equals: slug } },
    })
}
let next = 0
/** The next slug: on a loaded database each read a different one, on the fresh one the same 200 again per path. */
const nextSlug = () =>
  slugs[DATABASE ? next++ % slugs.length : next++ % Math.min(slugs.length, READS)]
for (const { name, read } of paths.filter((p) => !ONLY || ONLY.split(',').includes(p.name))) {
  if (!DATABASE) next = 0
  for (let i = 0; i < WARMUP; i++) await read(nextSlug()) // warm-up (the JIT compiles on other threads: its CPU would count)
  if (STATEMENTS) {
    const session = (payload.db as unknown as { drizzle: { session: { logger: unknown } } }).drizzle
      .session
    const before = session.logger
    const seen: string[] = []
    session.logger = { logQuery: (sql: string) => seen.push(sql.slice(0, 160)) }
    await read(slugs[1])
    session.logger = before
    console.log(`${name}: ${seen.length} statements\n  ${seen.join('\n  ')}`)
  }
  const times: number[] = []
  if (PROFILE) await session.post('Profiler.start')
  const serverBefore = await serverCpu()
  const cpuBefore = process.cpuUsage()
  for (let i = 0; i < READS; i++) {
    const started = performance.now()
    await read(nextSlug())
    times.push(performance.now() - started)
  }
  const cpu = process.cpuUsage(cpuBefore)
  const serverAfter = await serverCpu()
  if (PROFILE) {
    const { profile } = await session.post('Profiler.stop')
    fs.writeFileSync(
      PROFILE.replace(/(\.cpuprofile)?$/, `-${name}.cpuprofile`),
      JSON.stringify(profile),
    )
  }
  results[name] = {
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    // This process's CPU time per read (user and system): what bounds throughput on a busy server, and less
    // disturbed than wall time by other processes on a shared machine.
    cpu: (cpu.user + cpu.system) / 1000 / READS,
    pg:
      serverBefore && serverAfter ? serverCpuBetween(serverBefore, serverAfter) / READS : undefined,
  }
}
const base = results.rest?.mean
for (const [name, { cpu, mean, p50, p99, pg }] of Object.entries(results)) {
  console.log(
    `${name.padEnd(11)} cpu ${cpu.toFixed(2).padStart(6)} ms${pg === undefined ? '' : `  pg ${pg.toFixed(2).padStart(5)} ms`}  mean ${mean.toFixed(2).padStart(7)} ms  p50 ${p50.toFixed(2).padStart(7)} ms  p99 ${p99.toFixed(2).padStart(7)} ms${base ? `  ${((mean / base) * 100).toFixed(0).padStart(4)}% of rest` : ''}`,
  )
}
await monitor?.end()
await server.close()
await payload.destroy()
process.exit(0)
