#!/usr/bin/env node
// `npm run bench:delivery`: public read throughput of this system next to WordPress, on the same data, the same
// machine and the same load runner, on SQLite and on PostgreSQL.
//
// 1. Dataset: the WordPress peer kit's generator (../shared/bench/wordpress-peer/gen-dataset.mjs, used in place, not
//    copied), 10,000 posts, checked against its known sha256.
// 2. WordPress: the kit's setup.sh (idempotent; root) seeded from that very file, on 127.0.0.1:8080.
// 3. Ours: the same file loaded through the Local API (bench/delivery/load-dataset.ts) into a fresh SQLite
//    file and a fresh PostgreSQL database (both loads run at once, beside WordPress's setup), `npm run build` (and
//    `npm run bench:build-bare` after it, unless --no-bare),
//    then production servers: `npm start` (so a multi-process start is picked up; WEB_CONCURRENCY and PUBLIC_CACHE
//    are passed through), per database
//      full   workflow, AI-ethics and access rules on, PUBLIC_CACHE=off  (what the database does)
//      cache  the same with the shared anonymous-read cache on            (only if the server answers X-Cache)
//      bare   bench/payload.config.ts (its own build, .next-bench: `npm run bench:build-bare`): our hooks and
//             access rules off, PUBLIC_CACHE=off (their cost)
// 4. Per traffic mix (the kit's --mix: zipf = news readers, uniform = crawlers and archive readers, hot = a
//    cache's hit path), per round, per endpoint, every system in turn (WordPress, then ours; the order is reversed
//    on even rounds): the JSON endpoints through the kit's own runner (load.mjs --url --map --only --mix --seed, so
//    both sides get the same validation, autocannon settings and URL sequence; the seed changes per round, so a
//    round never replays the URLs a cache kept from the last one), RSS through the same autocannon settings here
//    (load.mjs knows no feeds; one URL, so it is measured once, under the first mix).
//    Medians over the rounds; tables per database and mix; exit code 1 on any non-2xx or error, or on a missed
//    target (GOALS below), judged on the production configuration (the cache-on servers; the cache-off ones with
//    --cache off).
//
// Options: --db sqlite|postgres|both (both) --mix zipf,uniform,hot --rounds 3 --duration 5 --warmup 3 --connections 10 --posts 10000
//   --only list-d0,list-d1,list-nobody,single,rss --no-build --reuse-db --no-wp --no-bare --cache auto|off
//   --start npm|next|"<shell command>" (npm: `npm start`, PORT in the environment; next: next start, one process)
//   --web-concurrency N (default: the CPU count) --port 3500 (ours use port..port+15)
//   --pg-uri postgres://postgres:postgres@127.0.0.1:5432/newsroom_bench_<posts> --peer DIR --json FILE
//   env WORKDIR (the peer's, default /tmp/wp-peer), WP_PORT (8080)
// Warm-up: --warmup seconds before each measurement in round 1, 1 s in later rounds (the servers stay warm).
import autocannon from 'autocannon'
import { execFileSync, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

import { flag, option } from './lib/cli.mjs'

const fail = (message) => {
  console.error(`bench:delivery: ${message}`)
  process.exit(2)
}
const int = (name, fallback, min = 1) => {
  const value = Number(option(name, fallback))
  if (!Number.isInteger(value) || value < min) fail(`--${name}: must be a whole number from ${min}`)
  return value
}

const POSTS = int('posts', 10000)
const ROUNDS = int('rounds', 3)
const DURATION = int('duration', 5)
const WARMUP = int('warmup', 3, 0)
const CONNECTIONS = int('connections', 10)
const PORT = int('port', 3500)
const WEB_CONCURRENCY = int(
  'web-concurrency',
  Number(process.env.WEB_CONCURRENCY) || os.cpus().length,
)
const DBS =
  { both: ['sqlite', 'postgres'], postgres: ['postgres'], sqlite: ['sqlite'] }[
    option('db', 'both')
  ] ?? fail('--db: sqlite, postgres or both')
const BUILD = !flag('no-build')
const REUSE_DB = flag('reuse-db')
const WITH_WP = !flag('no-wp')
const WITH_BARE = !flag('no-bare')
const MIXES = String(option('mix', 'zipf,uniform,hot')).split(',')
for (const mix of MIXES)
  if (!['hot', 'uniform', 'zipf'].includes(mix))
    fail(`--mix: zipf, uniform or hot (comma-separated), not "${mix}"`)
const CACHE = option('cache', 'auto')
if (!['auto', 'off'].includes(CACHE)) fail('--cache: auto or off')
const START = option('start', 'npm')
const PG_URI = option(
  'pg-uri',
  `postgres://postgres:postgres@127.0.0.1:5432/newsroom_bench_${POSTS}`,
)
const PEER = path.resolve(
  option('peer', process.env.WP_PEER_KIT || '../shared/bench/wordpress-peer'),
)
const WP_WORKDIR = process.env.WORKDIR || '/tmp/wp-peer'
const WP_PORT = Number(process.env.WP_PORT || 8080)
const WP_BASE = `http://127.0.0.1:${WP_PORT}`
const JSON_FILE = option('json')

const HERE = path.resolve('.tmp/bench-delivery')
const say = (...a) => console.error(...a)
const T0 = Date.now()
const elapsed = () => `${((Date.now() - T0) / 1000).toFixed(0)} s`
const step = (message) => say(`\n[${elapsed()}] ${message}`)
fs.mkdirSync(HERE, { recursive: true })

// Known hashes of the generator's output (default seed), to be sure both systems read the same data.
const KNOWN_SHA256 = { 10000: 'fa33dc71a7d85979c247ae1aea7e5f2d4e768bd92138b2e4bc03bba0d726640f' }

/** Endpoints: ours (REST paths) and WordPress's, each measured by `runner` (the kit's load.mjs under `as`, or RSS here). */
const ENDPOINTS = {
  'list-d0': {
    label: 'list depth 0',
    as: 'list',
    ours: '/api/articles?limit=20&page={page}&depth=0&locale=ru',
    wp: '/wp-json/wp/v2/posts?per_page=20&page={page}',
  },
  'list-d1': {
    label: 'list depth 1',
    as: 'list',
    ours: '/api/articles?limit=20&page={page}&depth=1&locale=ru',
    // Relations populated on both sides: WordPress embeds the author and the terms.
    wp: '/wp-json/wp/v2/posts?per_page=20&page={page}&_embed=author,wp:term',
  },
  'list-nobody': {
    label: 'list without body',
    as: 'list-nobody',
    ours: '/api/articles?limit=20&page={page}&depth=0&locale=ru&select[title]=true&select[slug]=true&select[publishedAt]=true&select[region]=true',
    wp: '/wp-json/wp/v2/posts?per_page=20&page={page}&_fields=id,slug,title,date,categories',
  },
  single: {
    label: 'single by slug',
    as: 'single',
    ours: '/api/articles?where[slug][equals]={slug}&limit=1&depth=1&locale=ru',
    wp: '/wp-json/wp/v2/posts?slug={slug}',
  },
  rss: { label: 'RSS', as: 'rss', ours: '/api/feeds/rss?locale=ru', wp: '/feed/' },
}
const ONLY = option('only', Object.keys(ENDPOINTS).join(',')).split(',')
for (const name of ONLY)
  if (!ENDPOINTS[name])
    fail(`--only: unknown endpoint "${name}" (known: ${Object.keys(ENDPOINTS).join(', ')})`)

const sha256 = async (file) => {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk)
  return hash.digest('hex')
}
const median = (values) => {
  const s = [...values].sort((a, b) => a - b)
  const n = s.length
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs a command, resolving with its exit code (stdout and stderr to a log file, or inherited). */
const run = (command, commandArgs, { env = process.env, log, cwd } = {}) =>
  new Promise((resolve) => {
    const out = log ? fs.openSync(log, 'w') : 'inherit'
    const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', out, out] })
    child.on('exit', (code, signal) => {
      if (log) fs.closeSync(out)
      resolve(code ?? (signal ? 128 : 1))
    })
  })

// ---------------------------------------------------------------------------------------------------------------
// 1. Dataset
const kitPresent =
  fs.existsSync(path.join(PEER, 'load.mjs')) && fs.existsSync(path.join(PEER, 'gen-dataset.mjs'))
// Even without WordPress, ours is measured by the kit's runner (load.mjs).
if (!kitPresent)
  fail(
    `the WordPress peer kit (gen-dataset.mjs, load.mjs) is not in ${PEER}: give its folder with --peer DIR`,
  )
const DATASET = WITH_WP
  ? path.join(WP_WORKDIR, `dataset-${POSTS}.jsonl`)
  : path.join(HERE, `dataset-${POSTS}.jsonl`)
step(`dataset ${DATASET}`)
if (!fs.existsSync(DATASET)) {
  const generator = path.join(PEER, 'gen-dataset.mjs')
  fs.mkdirSync(path.dirname(DATASET), { recursive: true })
  execFileSync(
    process.execPath,
    [generator, '--posts', String(POSTS), '--out', `${DATASET}.tmp`, '--format', 'jsonl'],
    { stdio: ['ignore', 2, 2] },
  )
  fs.renameSync(`${DATASET}.tmp`, DATASET)
}
const DATASET_SHA = await sha256(DATASET)
if (KNOWN_SHA256[POSTS] && KNOWN_SHA256[POSTS] !== DATASET_SHA)
  fail(
    `${DATASET}: sha256 ${DATASET_SHA}, expected ${KNOWN_SHA256[POSTS]} (delete it to regenerate)`,
  )
say(`sha256 ${DATASET_SHA}${KNOWN_SHA256[POSTS] ? ' (the known hash)' : ''}`)

// Every post's slug, in the dataset's order, as a small file in its format: the runner draws the same URLs from it
// as from the dataset (the hot mix's 200 slugs, every 50th post from the 8th; zipf and uniform over all posts,
// newest first), without reading 92 MB on each of its runs.
const SLUGS = path.join(HERE, `slugs-all-${POSTS}-${DATASET_SHA.slice(0, 12)}.jsonl`)
const newest = { slug: '', publishedAt: '' }
{
  const posts = []
  for await (const line of readline.createInterface({ input: fs.createReadStream(DATASET) })) {
    if (!line.startsWith('{"type":"post"')) continue
    const { slug, publishedAt } = JSON.parse(line)
    posts.push(slug)
    if (publishedAt > newest.publishedAt) Object.assign(newest, { slug, publishedAt })
  }
  fs.writeFileSync(
    SLUGS,
    posts.map((slug) => JSON.stringify({ type: 'post', slug })).join('\n') + '\n',
  )
}

// ---------------------------------------------------------------------------------------------------------------
// 2 + 3. WordPress setup, our databases (in parallel), then the build
const MIGRATIONS_HASH = (kind) => {
  const dir = path.join('src/migrations', kind)
  const hash = crypto.createHash('sha256')
  for (const file of fs.readdirSync(dir).sort())
    hash.update(file).update(fs.readFileSync(path.join(dir, file)))
  return hash.digest('hex').slice(0, 16)
}
const TARGETS = {
  postgres: { uri: PG_URI, loader: PG_URI },
  sqlite: {
    uri: `file:${path.join(HERE, `delivery-${POSTS}.db`)}`,
    loader: path.join(HERE, `delivery-${POSTS}.db`),
  },
}
const markerOf = (db) => path.join(HERE, `loaded-${db}-${POSTS}.json`)
const markerWanted = (db) => ({
  dataset: DATASET_SHA,
  migrations: MIGRATIONS_HASH(db),
  target: TARGETS[db].uri.replace(/:[^:@/]*@/, ':***@'),
})

const postgresUp = async () => {
  const { default: pg } = await import('pg')
  const url = new URL(PG_URI)
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    const { rows } = await client.query('SHOW server_version')
    return rows[0].server_version
  } catch {
    return undefined
  } finally {
    await client.end().catch(() => {})
  }
}
const versions = {}
if (DBS.includes('postgres')) {
  versions.postgres = await postgresUp()
  if (!versions.postgres && ['127.0.0.1', 'localhost'].includes(new URL(PG_URI).hostname)) {
    const clusters = fs.existsSync('/usr/bin/pg_lsclusters')
      ? execFileSync('pg_lsclusters', ['-h'], { encoding: 'utf8' }).trim().split('\n')
      : []
    const down = clusters
      .map((l) => l.split(/\s+/))
      .find((c) => c[2] === String(new URL(PG_URI).port || 5432))
    if (down) {
      say(`starting PostgreSQL ${down[0]}/${down[1]} (pg_ctlcluster)`)
      execFileSync('pg_ctlcluster', [down[0], down[1], 'start'], { stdio: 'inherit' })
      versions.postgres = await postgresUp()
    }
  }
  if (!versions.postgres)
    fail(
      `PostgreSQL does not answer at ${PG_URI.replace(/:[^:@/]*@/, ':***@')} (--pg-uri, or --db sqlite)`,
    )
}

step(
  `preparing at the same time: ${[WITH_WP && 'WordPress setup', 'our databases', BUILD && 'the build'].filter(Boolean).join(', ')}`,
)
const jobs = []
const timings = {}
if (WITH_WP) {
  jobs.push(
    (async () => {
      const started = Date.now()
      const code = await run('bash', [path.join(PEER, 'setup.sh')], {
        env: {
          ...process.env,
          DATASET,
          WORKDIR: WP_WORKDIR,
          WP_POSTS: String(POSTS),
          WP_PORT: String(WP_PORT),
        },
        log: path.join(HERE, 'wp-setup.log'),
      })
      timings.wpSetupS = Math.round((Date.now() - started) / 1000)
      if (code !== 0)
        throw new Error(
          `WordPress setup.sh failed (exit ${code}); see ${path.join(HERE, 'wp-setup.log')}`,
        )
      say(
        `[${elapsed()}] WordPress ready (${timings.wpSetupS} s; log .tmp/bench-delivery/wp-setup.log)`,
      )
    })(),
  )
}
for (const [i, db] of DBS.entries()) {
  const wanted = markerWanted(db)
  let marker
  try {
    marker = JSON.parse(fs.readFileSync(markerOf(db), 'utf8'))
  } catch {}
  const fresh = marker && Object.entries(wanted).every(([k, v]) => marker[k] === v)
  if (REUSE_DB && fresh) {
    say(`${db}: reusing the database loaded ${marker.loadedAt} in ${marker.seconds} s`)
    timings[`${db}LoadS`] = `reused (${marker.seconds} s when loaded)`
    continue
  }
  if (REUSE_DB)
    say(
      `${db}: nothing to reuse (${marker ? 'dataset or migrations changed' : 'no earlier load'}): loading`,
    )
  jobs.push(
    (async () => {
      // run-ts.mjs bundles to one file per script name: start the second loader once the first one is running.
      await sleep(i * 15_000)
      fs.rmSync(markerOf(db), { force: true })
      const started = Date.now()
      const log = path.join(HERE, `load-${db}.log`)
      say(
        `[${elapsed()}] ${db}: loading ${POSTS} articles through the Local API (log .tmp/bench-delivery/load-${db}.log)`,
      )
      const code = await run(
        process.execPath,
        [
          '--no-deprecation',
          '--conditions=production',
          'scripts/run-ts.mjs',
          'bench/delivery/load-dataset.ts',
          DATASET,
          TARGETS[db].loader,
        ],
        { log },
      )
      const seconds = Math.round((Date.now() - started) / 1000)
      if (code !== 0)
        throw new Error(
          `${db}: load failed (exit ${code}); see ${log}:\n${fs.readFileSync(log, 'utf8').split('\n').slice(-8).join('\n')}`,
        )
      timings[`${db}LoadS`] = seconds
      fs.writeFileSync(
        markerOf(db),
        JSON.stringify({ ...wanted, loadedAt: new Date().toISOString(), seconds }, null, 1),
      )
      say(
        `[${elapsed()}] ${db}: ${fs.readFileSync(log, 'utf8').trim().split('\n').pop()} (${seconds} s in all)`,
      )
    })(),
  )
}
if (BUILD) {
  // At the same time as the loads: the machine's two cores stay busy either way, and nothing waits on an idle one.
  // The two builds one after the other: they share the project's folder and would each want both cores.
  const builds = ['build', ...(WITH_BARE ? ['bench:build-bare'] : [])]
  jobs.push(
    (async () => {
      for (const script of builds) {
        const log = path.join(HERE, `${script.replace(':', '-')}.log`)
        say(
          `[${elapsed()}] npm run ${script} (skip with --no-build; log ${path.relative(process.cwd(), log)})`,
        )
        const started = Date.now()
        const code = await run('npm', ['run', script], { log })
        if (code !== 0) throw new Error(`npm run ${script} failed; see ${log}`)
        timings[script === 'build' ? 'buildS' : 'bareBuildS'] = Math.round(
          (Date.now() - started) / 1000,
        )
        say(`[${elapsed()}] ${script}: built in ${Math.round((Date.now() - started) / 1000)} s`)
      }
    })(),
  )
} else {
  if (!fs.existsSync('.next/BUILD_ID'))
    fail('no production build (.next/BUILD_ID): drop --no-build')
  if (WITH_BARE && !fs.existsSync('.next-bench/BUILD_ID'))
    fail(
      'no bare build (.next-bench/BUILD_ID): run `npm run bench:build-bare`, drop --no-build, or add --no-bare',
    )
}
const prepared = await Promise.allSettled(jobs)
const prepFailures = prepared.filter((p) => p.status === 'rejected')
if (prepFailures.length) fail(prepFailures.map((p) => p.reason.message).join('\n'))
timings.preparationS = Math.round((Date.now() - T0) / 1000)

// ---------------------------------------------------------------------------------------------------------------
// Our servers
const servers = []
const groupPids = (pgid) =>
  fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid pgrp ..."; comm may hold spaces, so split after the last ')'.
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === pgid
      } catch {
        return false
      }
    })
    .map(Number)
// Processes of a server's group that hold the application (launchers such as npm or cross-env stay far below 120 MB).
const appProcesses = (pgid) =>
  groupPids(pgid).filter((pid) => {
    try {
      const residentPages = Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1])
      return residentPages * 4096 >= 120 * 2 ** 20
    } catch {
      return false
    }
  }).length

const startServer = ({ name, db, port, cache, bare }) => {
  const env = {
    ...process.env,
    DATABASE_URI: TARGETS[db].uri,
    HOSTNAME: '127.0.0.1',
    JOBS_AUTORUN: 'false',
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-delivery-secret',
    PORT: String(port),
    PUBLIC_CACHE: cache ? 'on' : 'off',
    SEED_ON_START: 'false',
    SERVER_URL: `http://127.0.0.1:${port}`,
    WEB_CONCURRENCY: String(WEB_CONCURRENCY),
  }
  // The bare servers run the bare build (next.config.mjs picks .next-bench); the others the app's own.
  delete env.NEXT_BUILD_VARIANT
  if (bare) env.NEXT_BUILD_VARIANT = 'bench-bare'
  const [command, commandArgs] =
    START === 'npm'
      ? ['npm', ['start']]
      : START === 'next'
        ? [
            process.execPath,
            ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
          ]
        : ['sh', ['-c', START]]
  const log = path.join(HERE, `server-${name}.log`)
  const out = fs.openSync(log, 'w')
  // Its own process group: stopping it stops every worker it started.
  const child = spawn(command, commandArgs, { detached: true, env, stdio: ['ignore', out, out] })
  fs.closeSync(out)
  const server = { name, db, port, cache, bare, base: `http://127.0.0.1:${port}`, child, log }
  servers.push(server)
  return server
}
const stopServers = async () => {
  for (const { child } of servers) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
    }
  }
  const deadline = Date.now() + 10_000
  for (const { child } of servers) {
    while (groupPids(child.pid).length && Date.now() < deadline) await sleep(200)
    if (groupPids(child.pid).length) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    }
  }
}
// On an unexpected exit: kill the groups still alive (checked first, so a stopped group's id is never reused blindly).
const stopServersNow = () => {
  for (const { child } of servers) {
    if (!groupPids(child.pid).length) continue
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {}
  }
}
process.on('exit', stopServersNow)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130))

const waitForServer = async (server) => {
  const deadline = Date.now() + 240_000
  for (;;) {
    if (server.child.exitCode !== null)
      throw new Error(
        `${server.name}: the server exited (code ${server.child.exitCode}); see ${server.log}`,
      )
    try {
      const response = await fetch(`${server.base}/api/articles?limit=1&depth=0`)
      if (response.status === 200) return
    } catch {}
    if (Date.now() > deadline)
      throw new Error(`${server.name}: no answer within 240 s; see ${server.log}`)
    await sleep(1000)
  }
}
const portFree = async (port) => {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) })
    return false
  } catch (error) {
    return error?.cause?.code === 'ECONNREFUSED'
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Runners
const LOAD = path.join(PEER, 'load.mjs')
const WP_RUNNER_ENV = { ...process.env, WORKDIR: WP_WORKDIR }
const warmupFor = (round) => (round === 1 ? WARMUP : Math.min(WARMUP, 1))

/** One measurement with the kit's load.mjs (validation included); its JSON result for the one endpoint. */
const measureWithKit = async ({ base, map, as, round, mix }) => {
  const runnerArgs = [
    LOAD,
    '--url',
    base,
    '--only',
    as,
    '--duration',
    String(DURATION),
    '--warmup',
    String(warmupFor(round)),
    '--connections',
    String(CONNECTIONS),
    '--rounds',
    '1',
    '--dataset',
    SLUGS,
    '--mix',
    mix,
    '--seed',
    String(round),
    '--json',
  ]
  if (map) runnerArgs.push('--map', JSON.stringify(map))
  const child = spawn(process.execPath, runnerArgs, {
    env: WP_RUNNER_ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
  if (code !== 0) throw new Error(`load.mjs ${base} ${as}: exit ${code}\n${stderr.trim()}`)
  const { results } = JSON.parse(stdout)
  return results[as]
}

const cpuTimes = () => {
  const f = fs
    .readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number)
  return { idle: f[3] + f[4], total: f.reduce((a, b) => a + b, 0) }
}
const rssFetch = async (url) => {
  const response = await fetch(url)
  const text = await response.text()
  if (response.status !== 200)
    throw new Error(`RSS ${url}: HTTP ${response.status}: ${text.slice(0, 200)}`)
  if (!/xml/.test(response.headers.get('content-type') ?? ''))
    throw new Error(`RSS ${url}: content-type ${response.headers.get('content-type')}`)
  const items = text.split('<item>').length - 1
  if (!/<rss[\s>]/.test(text) || items < 10)
    throw new Error(`RSS ${url}: expected an RSS document with at least 10 items, got ${items}`)
  const first = text.slice(text.indexOf('<item>'), text.indexOf('</item>'))
  if (!first.includes(newest.slug))
    throw new Error(`RSS ${url}: the first item is not the newest post (${newest.slug})`)
  return { bytes: Buffer.byteLength(text), items }
}
/** RSS: validated, then measured with the same autocannon settings as load.mjs (it has no feed endpoint). */
const measureRss = async ({ base, path: feedPath, round }) => {
  const url = new URL(feedPath, base)
  const { items } = await rssFetch(url)
  const once = (duration) =>
    new Promise((resolve, reject) =>
      autocannon(
        {
          url: url.origin,
          connections: CONNECTIONS,
          duration,
          timeout: 30,
          requests: [{ method: 'GET', path: url.pathname + url.search }],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    )
  if (warmupFor(round) > 0) await once(warmupFor(round))
  const c0 = cpuTimes()
  const r = await once(DURATION)
  const c1 = cpuTimes()
  return {
    path: feedPath,
    rps: Math.round((r.requests.total / DURATION) * 10) / 10,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    bytesPerReq: Math.round(r.throughput.total / Math.max(1, r.requests.total)),
    cpuBusyPct: Math.round(100 * (1 - (c1.idle - c0.idle) / Math.max(1, c1.total - c0.total))),
    items,
  }
}

/** The systems under test: WordPress and our servers, each able to measure an endpoint. */
const systems = []
if (WITH_WP) {
  systems.push({
    key: 'wp',
    label: 'WordPress',
    measure: (name, round, mix) => {
      const e = ENDPOINTS[name]
      if (e.as === 'rss') return measureRss({ base: WP_BASE, path: e.wp, round })
      return measureWithKit({
        base: WP_BASE,
        map: e.wp === undefined ? undefined : { ...defaultWpMap(), [e.as]: e.wp },
        as: e.as,
        round,
        mix,
      })
    },
  })
}
function defaultWpMap() {
  return {
    list: '/wp-json/wp/v2/posts?per_page=20&page={page}',
    'list-nobody':
      '/wp-json/wp/v2/posts?per_page=20&page={page}&_fields=id,slug,title,date,categories',
    single: '/wp-json/wp/v2/posts?slug={slug}',
  }
}
const ourSystem = (server) => ({
  key: server.name,
  label: server.name,
  server,
  measure: (name, round, mix) => {
    const e = ENDPOINTS[name]
    if (e.as === 'rss') return measureRss({ base: server.base, path: e.ours, round })
    return measureWithKit({
      base: server.base,
      map: { [e.as]: e.ours, items: 'docs' },
      as: e.as,
      round,
      mix,
    })
  },
})

// ---------------------------------------------------------------------------------------------------------------
// 4. Measure
let exitCode = 0
const runs = [] // { system, endpoint, round, ...result }
const machine = {
  cpu: os.cpus()[0]?.model?.trim(),
  cpus: os.cpus().length,
  memGiB: Math.round(os.totalmem() / 2 ** 30),
  os: (() => {
    try {
      return fs.readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1]
    } catch {
      return os.type()
    }
  })(),
  node: process.version,
  loadAvgAtStart: os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' '),
}
try {
  step(
    `starting our servers (${START === 'npm' ? 'npm start' : START === 'next' ? 'next start' : START}, WEB_CONCURRENCY=${WEB_CONCURRENCY})`,
  )
  let port = PORT
  for (const db of DBS) {
    const base = port
    for (const variant of [
      { suffix: '', cache: false, bare: false },
      ...(CACHE === 'auto' ? [{ suffix: '-cache', cache: true, bare: false }] : []),
      ...(WITH_BARE ? [{ suffix: '-bare', cache: false, bare: true }] : []),
    ]) {
      const p = base + servers.filter((s) => s.db === db).length
      if (!(await portFree(p))) throw new Error(`port ${p} is in use; pick another --port`)
      startServer({
        name: `${db}${variant.suffix}`,
        db,
        port: p,
        cache: variant.cache,
        bare: variant.bare,
      })
    }
    port += 10
  }
  await Promise.all(servers.map(waitForServer))

  // The cache: present if the cache-on server says X-Cache: HIT on a repeated read; the others must not serve from it.
  const probe = async (server) => {
    const url = `${server.base}${ENDPOINTS['list-d1'].ours.replace('{page}', '1')}`
    await fetch(url).then((r) => r.arrayBuffer())
    const r = await fetch(url)
    await r.arrayBuffer()
    return r.headers.get('x-cache')
  }
  let cacheAvailable = false
  for (const server of servers.filter((s) => s.cache)) {
    const header = await probe(server)
    cacheAvailable = /HIT/i.test(header ?? '')
    say(`${server.name}: X-Cache on a repeated read: ${header ?? 'none'}`)
  }
  if (!cacheAvailable && CACHE === 'auto') {
    say('no shared read cache (no X-Cache: HIT): the cache-on figures are left out')
    for (const server of servers.filter((s) => s.cache)) {
      server.dropped = true
      try {
        process.kill(-server.child.pid, 'SIGTERM')
      } catch {}
    }
  }
  for (const server of servers.filter((s) => !s.cache)) {
    const header = await probe(server)
    if (/HIT/i.test(header ?? ''))
      throw new Error(`${server.name}: PUBLIC_CACHE=off, yet X-Cache: ${header}`)
  }
  for (const server of servers.filter((s) => !s.dropped)) {
    say(
      `${server.name} on ${server.base}${server.bare ? ': hooks and access rules OFF' : ''}${server.cache ? ': cache on' : ''}`,
    )
  }
  if (WITH_WP) {
    try {
      machine.wordpress = (await (await fetch(`${WP_BASE}/wp-peer-info.php`)).text()).trim()
    } catch {}
  }
  for (const db of DBS) {
    if (db === 'sqlite') {
      const { createRequire } = await import('node:module')
      try {
        const { createClient } = createRequire(import.meta.url)('@libsql/client')
        const client = createClient({ url: 'file::memory:' })
        versions.sqlite = (await client.execute('select sqlite_version() v')).rows[0].v
        client.close()
      } catch {}
    }
  }

  for (const server of servers.filter((s) => !s.dropped)) systems.push(ourSystem(server))
  // Order in a round: WordPress, then per database full and bare next to each other, then the cached servers.
  const order = [
    ...systems.filter((s) => !s.server),
    ...systems.filter((s) => s.server && !s.server.cache),
    ...systems.filter((s) => s.server?.cache),
  ]
  // Per measurement: the run, its warm-up, and ~1.5 s for the runner's start and validation requests.
  const measurements = MIXES.reduce(
    (n, mix, i) => n + ONLY.filter((name) => i === 0 || ENDPOINTS[name].as !== 'rss').length,
    0,
  )
  const estimate =
    measurements *
    order.length *
    (ROUNDS * (DURATION + 1.5) + WARMUP + (ROUNDS - 1) * Math.min(WARMUP, 1))
  step(
    `measuring: ${MIXES.join(', ')} mix × ${ONLY.length} endpoints × ${order.length} systems × ${ROUNDS} rounds, ${DURATION} s each (about ${Math.round(estimate / 60)} min)`,
  )
  for (const [mixIndex, mix] of MIXES.entries()) {
    // RSS is one URL whatever the mix: measured once.
    const names = ONLY.filter((name) => mixIndex === 0 || ENDPOINTS[name].as !== 'rss')
    for (let round = 1; round <= ROUNDS; round++) {
      const inRound = round % 2 ? order : [...order].reverse()
      for (const name of names) {
        for (const system of inRound) {
          const result = await system.measure(name, round, mix)
          const runMix = ENDPOINTS[name].as === 'rss' ? 'one URL' : mix
          runs.push({ system: system.key, endpoint: name, mix: runMix, round, ...result })
          say(
            `[${elapsed()}] ${runMix.padEnd(7)} round ${round} ${ENDPOINTS[name].label.padEnd(17)} ${system.label.padEnd(16)} ${String(result.rps).padStart(7)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  non-2xx ${result.non2xx}  errors ${result.errors}`,
          )
        }
      }
    }
  }
  // After the load, every worker has served requests and loaded the application.
  for (const server of servers.filter((s) => !s.dropped))
    server.processes = appProcesses(server.child.pid)
} catch (error) {
  say(`\nbenchmark failed: ${error.message}`)
  exitCode = 1
} finally {
  await stopServers()
}

// ---------------------------------------------------------------------------------------------------------------
// 5. Report
const summary = {}
for (const r of runs) {
  const key = `${r.system}|${r.endpoint}|${r.mix}`
  summary[key] ??= { system: r.system, endpoint: r.endpoint, mix: r.mix, rounds: [] }
  summary[key].rounds.push(r)
}
for (const s of Object.values(summary)) {
  const rs = s.rounds
  Object.assign(s, {
    rps: median(rs.map((r) => r.rps)),
    p50: median(rs.map((r) => r.p50)),
    p99: median(rs.map((r) => r.p99)),
    failures: rs.reduce((a, r) => a + r.non2xx + r.errors, 0),
    bytes: median(rs.map((r) => r.bytesPerReq)),
    cpuBusyPct: median(rs.map((r) => r.cpuBusyPct)),
    rpsPerRound: rs.map((r) => r.rps),
  })
  if (s.failures > 0) exitCode = 1
}
const get = (system, endpoint, mix) => summary[`${system}|${endpoint}|${mix}`]
const kb = (bytes) => (bytes >= 10240 ? `${Math.round(bytes / 1024)}` : (bytes / 1024).toFixed(1))
const table = (head, rows) => {
  const all = [head, ...rows].map((row) => row.map(String))
  const widths = head.map((_, i) => Math.max(...all.map((row) => row[i].length)))
  const line = (row) =>
    `| ${row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`
  return [
    line(all[0]),
    `|${widths.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
    ...all.slice(1).map(line),
  ].join('\n')
}
/**
 * Targets (issue 16), per mix: req/s at least this many times WordPress's (zipf is how readers use a news site,
 * uniform how crawlers and archive readers do; hot is a cache's hit path), single p99 within 100 ms on every mix,
 * and list p99 within 300 ms under uniform traffic (any page alike).
 */
const GOALS = {
  ratio: { hot: 3, uniform: 3, zipf: 5, 'one URL': 3 },
  p99Single: 100,
  p99ListUniform: 300,
}
const TARGET_OVERHEAD = 15
const mixesOf = (endpoint) => (ENDPOINTS[endpoint].as === 'rss' ? ['one URL'] : MIXES)
const verdict = (endpoint, mix, ours, wp) => {
  const misses = []
  const ratio = GOALS.ratio[mix]
  const as = ENDPOINTS[endpoint].as
  if (ours.failures > 0) misses.push('errors')
  if (ours.rps === 0) misses.push('nothing served')
  if (wp && wp.rps > 0 && ours.rps / wp.rps < ratio) misses.push(`ratio < ${ratio}`)
  if (as === 'single' && ours.p99 > GOALS.p99Single) misses.push(`p99 > ${GOALS.p99Single} ms`)
  if (mix === 'uniform' && as.startsWith('list') && ours.p99 > GOALS.p99ListUniform)
    misses.push(`p99 > ${GOALS.p99ListUniform} ms`)
  return misses
}
const out = []
const serverOf = (name) => servers.find((s) => s.name === name && !s.dropped)
const roundsNote = `${ROUNDS > 1 ? `median of ${ROUNDS} rounds` : '1 round'}, ${CONNECTIONS} connections, ${DURATION} s each (warm-up ${WARMUP} s in round 1)`
out.push(
  `\n## bench:delivery — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `Machine: ${machine.cpu}, ${machine.cpus} CPUs, ${machine.memGiB} GiB, ${machine.os}, Node ${machine.node}; load average at start ${machine.loadAvgAtStart}, at the end ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}.`,
  `Data: ${POSTS} published articles (dataset sha256 ${DATASET_SHA.slice(0, 12)}…); mixes ${MIXES.join(', ')} (the kit's --mix, seed = round); ${roundsNote}.`,
  `Ours: ${START === 'npm' ? '`npm start`' : START === 'next' ? '`next start`' : `\`${START}\``}, WEB_CONCURRENCY=${WEB_CONCURRENCY}${servers[0] ? ` (${servers[0].processes ?? '?'} process${servers[0].processes === 1 ? '' : 'es'} with the app loaded per server)` : ''}${versions.sqlite ? `; SQLite ${versions.sqlite}` : ''}${versions.postgres ? `; PostgreSQL ${versions.postgres}` : ''}.`,
  WITH_WP
    ? `WordPress: the peer kit (${machine.wordpress ?? 'setup.sh'}), Apache prefork + mod_php, MariaDB.`
    : 'WordPress: not measured (--no-wp).',
  `Preparation: ${
    Object.entries(timings)
      .map(([k, v]) => `${k.replace(/S$/, '')} ${typeof v === 'number' ? `${v} s` : v}`)
      .join(', ') || '—'
  }.`,
)
const judged = (name) =>
  serverOf(`${name.replace(/-cache$/, '')}-cache`) ? name.endsWith('-cache') : true
const missed = []
for (const db of DBS) {
  for (const variant of ['', '-cache']) {
    const name = `${db}${variant}`
    if (!serverOf(name)) continue
    const rows = ONLY.flatMap((e) =>
      mixesOf(e)
        .filter((mix) => get(name, e, mix))
        .map((mix) => {
          const ours = get(name, e, mix)
          const wp = get('wp', e, mix)
          const misses = verdict(e, mix, ours, wp)
          if (misses.length && judged(name))
            missed.push(`${name} ${ENDPOINTS[e].label} (${mix}): ${misses.join(', ')}`)
          return [
            ENDPOINTS[e].label,
            mix,
            wp ? wp.rps.toFixed(1) : '—',
            ours.rps.toFixed(1),
            wp && wp.rps > 0 ? `${(ours.rps / wp.rps).toFixed(1)}× (≥ ${GOALS.ratio[mix]}×)` : '—',
            ours.p50,
            ours.p99,
            ours.failures,
            wp ? `${wp.p50} / ${wp.p99}` : '—',
            `${kb(ours.bytes)} / ${wp ? kb(wp.bytes) : '—'}`,
            misses.length ? `no: ${misses.join(', ')}` : 'yes',
          ]
        }),
    )
    if (!rows.length) continue
    out.push(
      '',
      `### ${db === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${variant ? 'shared read cache on (PUBLIC_CACHE=on)' : 'no read cache (PUBLIC_CACHE=off): what the database does'}${judged(name) ? ' — targets judged here' : ''}`,
      '',
      table(
        [
          'endpoint',
          'mix',
          'WP req/s',
          'ours req/s',
          'ratio (target)',
          'p50 ms',
          'p99 ms',
          'errors',
          'WP p50 / p99 ms',
          'KB ours / WP',
          `target met (single p99 ≤ ${GOALS.p99Single} ms; uniform list p99 ≤ ${GOALS.p99ListUniform} ms)`,
        ],
        rows,
      ),
    )
  }
  if (serverOf(`${db}-bare`)) {
    const rows = ONLY.flatMap((e) =>
      mixesOf(e)
        .filter((mix) => get(db, e, mix) && get(`${db}-bare`, e, mix))
        .map((mix) => {
          const full = get(db, e, mix)
          const bare = get(`${db}-bare`, e, mix)
          // The share of throughput the rules take: 0 % = free, 15 % = the full stack serves 85 % of the bare one's req/s.
          const cost = bare.rps > 0 ? (1 - full.rps / bare.rps) * 100 : NaN
          const verdictOf = Number.isNaN(cost)
            ? 'n/a (bare served nothing)'
            : cost <= TARGET_OVERHEAD
              ? 'yes'
              : 'no'
          // A missed cost target fails the run like any other target.
          if (verdictOf === 'no')
            missed.push(
              `${db} ${ENDPOINTS[e].label} (${mix}): our hooks and access rules cost ${cost.toFixed(1)} % > ${TARGET_OVERHEAD} %`,
            )
          return [
            ENDPOINTS[e].label,
            mix,
            full.rps.toFixed(1),
            bare.rps.toFixed(1),
            Number.isNaN(cost) ? '—' : `${cost.toFixed(1)} %`,
            `${full.p99} / ${bare.p99}`,
            full.failures + bare.failures,
            verdictOf,
          ]
        }),
    )
    out.push(
      '',
      `### ${db === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: cost of our hooks and access rules (both PUBLIC_CACHE=off)`,
      '',
      table(
        [
          'endpoint',
          'mix',
          'full req/s',
          'bare req/s',
          'cost',
          'p99 full / bare ms',
          'errors',
          `target (≤ ${TARGET_OVERHEAD} %)`,
        ],
        rows,
      ),
    )
  }
}
if (missed.length) {
  exitCode = 1
  out.push('', `Targets missed (${missed.length}):`, ...missed.map((line) => `- ${line}`))
} else if (runs.length) {
  out.push('', 'Every target met.')
}
out.push(
  '',
  'Requests (ours / WordPress):',
  ...ONLY.map((e) => `- ${ENDPOINTS[e].label}: \`${ENDPOINTS[e].ours}\` / \`${ENDPOINTS[e].wp}\``),
  '',
  'Per round, req/s:',
  ...Object.values(summary).map(
    (s) => `- ${s.system} ${s.endpoint} (${s.mix}): ${s.rpsPerRound.join(', ')}`,
  ),
)
const rssWp = get('wp', 'rss', 'one URL')
const rssOurs = Object.values(summary).find((s) => s.endpoint === 'rss' && s.system !== 'wp')
if (rssWp && rssOurs)
  out.push(
    '',
    `RSS items: ours ${rssOurs.rounds[0].items} (title and excerpt), WordPress ${rssWp.rounds[0].items} (full text, WordPress's default).`,
  )
console.log(out.join('\n'))

const jsonFile =
  JSON_FILE ?? path.join(HERE, `result-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
fs.writeFileSync(
  jsonFile,
  JSON.stringify(
    {
      machine,
      versions,
      timings,
      options: {
        POSTS,
        ROUNDS,
        DURATION,
        WARMUP,
        CONNECTIONS,
        START,
        WEB_CONCURRENCY,
        DBS,
        ONLY,
        MIXES,
      },
      targets: GOALS,
      endpoints: ENDPOINTS,
      summary,
      runs,
    },
    null,
    1,
  ),
)
say(
  `\n[${elapsed()}] results: ${path.relative(process.cwd(), jsonFile)}${exitCode ? '  (FAILED: see above)' : ''}`,
)
process.exit(exitCode)
