#!/usr/bin/env node
// `npm run bench:scale`: does SQLite delivery stay within its latency budgets at newsroom scale, with no operator?
//
// For each size (default 10,000 and 100,000 articles):
// 1. a fresh SQLite file is set up exactly as an operator would: `npm run migrate` (production), then
//    `npm run seed -- --articles N` (the demo newsroom plus N generated articles of the WordPress peer's dataset,
//    stored as real publications). Both are timed. Nothing else is run: no ANALYZE, no index, no VACUUM by hand;
// 2. the production build (`npm run build` once; --no-build reuses .next) is started with `next start` on that
//    file, one process, the shared anonymous-read cache off (PUBLIC_CACHE=off unless set): the database answers
//    every request;
// 3. every delivery endpoint is validated, warmed up, then requested --requests times by --concurrency parallel
//    clients (each request timed to the last byte of its body), in --rounds rounds. The median round's p50 and p99
//    are printed against each endpoint's budget (BUDGETS below; the worst round's p99 beside them: on a shared
//    machine one round can catch another program's burst); the exit code is non-zero when the median p99 misses its
//    budget or any request fails.
//
// 4. deep pages: the list (depth 0) at page 1, 50, 250 and the last page, each within the list budget and with a
//    p50 within 2× page 1's: what a page costs must not grow with its number (issue 16).
//
// Options: --sizes 10000,100000 --requests 300 --concurrency 4 --rounds 3 --port 3600 --no-build --reuse-db
//          --only list0,single (endpoint names) --out results.json
//          --database-uri URI: measure an already loaded database instead (e.g. PostgreSQL loaded by bench:delivery's
//          loader); nothing is migrated or seeded, the size is what the database holds
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

import { flag, option } from './lib/cli.mjs'

const SIZES = String(option('sizes', '10000,100000')).split(',').map(Number)
const REQUESTS = Number(option('requests', 300))
const CONCURRENCY = Number(option('concurrency', 4))
const ROUNDS = Number(option('rounds', 3))
const PORT = Number(option('port', 3600))
const BUILD = !flag('no-build')
const REUSE_DB = flag('reuse-db')
const ONLY = option('only', '') ? String(option('only')).split(',') : undefined
const OUT = option('out', '')
const DATABASE_URI = option('database-uri', '')
const BASE = `http://127.0.0.1:${PORT}`
const WORKDIR = path.resolve('.tmp/bench-scale')
const say = (...a) => console.error(...a)
if (SIZES.some((n) => !Number.isInteger(n) || n < 100))
  throw new Error('--sizes: whole numbers of at least 100, comma-separated')
fs.mkdirSync(WORKDIR, { recursive: true })

/**
 * p99 budgets in milliseconds, for one `next start` process on a small server, database only (no response cache).
 * What a reader waits for drives them. An article (single) is behind every article page view: 100 ms, so that the
 * website can render within the usual 200 ms server budget. A list of teasers without bodies (select) feeds home and
 * section pages: 300 ms. Full lists (20 articles with their bodies, ~100 kB, at depth 0 or 1), the RSS feed and
 * GraphQL lists are read by other sites and apps, cached on their side: 500 ms. Sitemap documents (the index, pages of
 * 2,000 items in every language, ~300 kB) are fetched by crawlers a few times a day: 2 s. Each budget holds at every
 * size: latency must not grow with the archive. It includes waiting for the other clients' requests (one Node
 * process serves them one at a time).
 */
const BUDGETS = {
  single: 100,
  list0: 500,
  list1: 500,
  select: 300,
  rss: 500,
  graphql: 500,
  sitemap: 2000,
  page1: 500,
  page50: 500,
  page250: 500,
  pageLast: 500,
}
/** A deep page's p50 may be at most this many times page 1's. */
const DEEP_PAGE_RATIO = 2
const DEEP_PAGES = {
  page1: () => 1,
  page50: () => 50,
  page250: () => 250,
  pageLast: (size) => Math.max(1, Math.ceil(size / 20)),
}
/** Requests per endpoint relative to --requests (sitemap pages are big documents: fewer). */
const SHARE = { sitemap: 0.25 }

// The seed's dataset cache (src/seed/run.ts writes it there).
const datasetFile = (n) => path.resolve('.tmp/seed', `dataset-${n}.jsonl`)
const dbFile = (n) => path.join(WORKDIR, `scale-${n}.db`)

/** 200 dataset articles spread over the archive, each read in its own language. */
const sampleArticles = async (file) => {
  const all = []
  for await (const line of readline.createInterface({ input: fs.createReadStream(file) })) {
    if (line.startsWith('{"type":"post"')) {
      const { lang, slug } = JSON.parse(line)
      all.push({ lang, slug })
    }
  }
  const step = Math.max(1, Math.floor(all.length / 200))
  return all.filter((_, i) => i % step === Math.min(7, step - 1)).slice(0, 200)
}

const pages = Array.from({ length: 10 }, (_, i) => i + 1)
const listPath = (depth, locale, page, extra = '') =>
  `/api/articles?limit=20&depth=${depth}&locale=${locale}&page=${page}${extra}`
const SELECT = ['title', 'slug', 'excerpt', 'publishedAt', 'region']
  .map((field) => `&select[${field}]=true`)
  .join('')
const GRAPHQL = `query List($page: Int) { Articles(limit: 20, page: $page, locale: kk) { totalDocs docs { id title slug excerpt publishedAt region { name } } } }`

const json = async (response) => JSON.parse(await response.text())
const expect = (condition, message) => {
  if (!condition) throw new Error(message)
}

const endpoints = (articles, regions, size) => ({
  list0: {
    keys: pages,
    request: (page) => ({ path: listPath(0, 'kk', page) }),
    check: async (response) =>
      expect((await json(response)).docs.length === 20, 'expected 20 articles'),
  },
  list1: {
    keys: pages,
    request: (page) => ({ path: listPath(1, 'kk', page) }),
    check: async (response) => {
      const { docs } = await json(response)
      expect(
        docs.length === 20 && typeof docs[0].region === 'object',
        'expected 20 articles with their region populated',
      )
    },
  },
  select: {
    keys: pages,
    request: (page) => ({ path: listPath(0, 'ru', page, SELECT) }),
    check: async (response) => {
      const { docs } = await json(response)
      expect(
        docs.length === 20 && docs.every((doc) => doc.title && doc.slug && !('body' in doc)),
        'expected 20 articles with title and slug, no body',
      )
    },
  },
  single: {
    keys: articles,
    request: ({ lang, slug }) => ({
      path: `/api/articles?where[slug][equals]=${encodeURIComponent(slug)}&limit=1&depth=1&locale=${lang}`,
    }),
    check: async (response, { slug }) => {
      const { docs } = await json(response)
      expect(
        docs.length === 1 && docs[0].slug === slug && docs[0].body,
        `expected article ${slug} with its body`,
      )
    },
  },
  rss: {
    keys: [
      { locale: 'kk' },
      { locale: 'ru' },
      ...regions.slice(0, 8).map((region) => ({ locale: 'ru', region })),
    ],
    request: ({ locale, region }) => ({
      path: `/api/feeds/rss?locale=${locale}${region ? `&region=${region}` : ''}`,
    }),
    check: async (response) =>
      expect((await response.text()).split('<item>').length > 1, 'expected an RSS feed with items'),
  },
  graphql: {
    keys: pages,
    request: (page) => ({
      body: JSON.stringify({ query: GRAPHQL, variables: { page } }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
      path: '/api/graphql',
    }),
    check: async (response) => {
      const body = await json(response)
      expect(
        !body.errors && body.data.Articles.docs.length === 20,
        `expected 20 articles, got ${JSON.stringify(body.errors ?? body).slice(0, 300)}`,
      )
    },
  },
  ...Object.fromEntries(
    Object.entries(DEEP_PAGES)
      .filter(([, pageOf]) => pageOf(size) <= Math.ceil(size / 20))
      .map(([name, pageOf]) => [
        name,
        {
          keys: [pageOf(size)],
          request: (page) => ({ path: listPath(0, 'kk', page) }),
          check: async (response) =>
            expect((await json(response)).docs.length >= 1, 'expected articles'),
        },
      ]),
  ),
  sitemap: {
    // Past 2,000 items: the index, then pages of 2,000 articles (the first, one in the middle, the last).
    keys: size > 2000 ? [null, 1, Math.ceil(size / 4000), Math.ceil(size / 2000)] : [null],
    request: (page) => ({
      path: page ? `/sitemap.xml?collection=articles&page=${page}` : '/sitemap.xml',
    }),
    check: async (response, page) => {
      const text = await response.text()
      const urls = (text.match(/<url><loc>/g) ?? []).length
      expect(
        page || size <= 2000 ? urls >= Math.min(size, 1000) : text.includes('<sitemapindex'),
        page || size <= 2000 ? 'expected a page of URLs' : 'expected a sitemap index',
      )
    },
  },
})

const send = async ({ body, headers, method = 'GET', path: requestPath }) =>
  fetch(`${BASE}${requestPath}`, { body, headers, method, signal: AbortSignal.timeout(60_000) })

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/** `total` requests by `concurrency` clients, rotating over the keys; every status and body is read. */
const measure = async (endpoint, total, concurrency) => {
  const times = []
  let failures = 0
  let firstFailure
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < total; i = next++) {
        const key = endpoint.keys[i % endpoint.keys.length]
        const t = performance.now()
        try {
          const response = await send(endpoint.request(key))
          await response.arrayBuffer()
          if (response.status !== 200) throw new Error(`HTTP ${response.status}`)
          times.push(performance.now() - t)
        } catch (error) {
          failures++
          firstFailure ??= error.message
        }
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  return {
    failures,
    firstFailure,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times.at(-1),
    rps: times.length / seconds,
  }
}

const startServer = (uri, media) => {
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'],
    {
      detached: true,
      env: {
        ...process.env,
        DATABASE_URI: uri,
        JOBS_AUTORUN: 'false',
        MEDIA_DIR: media,
        LOG_LEVEL: 'warn',
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
        NODE_OPTIONS: '--no-deprecation',
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-scale-secret',
        // Measure the database: the shared anonymous-read cache (if this build has one) is off unless asked for.
        PUBLIC_CACHE: process.env.PUBLIC_CACHE || 'off',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  const stop = () => {
    if (server.exitCode !== null) return
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  return { server, stop }
}

const waitForServer = async (server) => {
  const deadline = Date.now() + 180_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`)
    try {
      const response = await fetch(`${BASE}/api/articles?limit=1&depth=0`)
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not answer within 180 s')
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

const portFree = async () => {
  try {
    await fetch(BASE, { signal: AbortSignal.timeout(2000) })
    return false
  } catch {
    return true
  }
}

const statisticsRows = async (db) => {
  if (DATABASE_URI) return 'n/a'
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: `file:${db}` })
  try {
    const { rows } = await client.execute(
      "SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'",
    )
    if (!rows[0].n) return 0
    return Number((await client.execute('SELECT count(*) AS n FROM sqlite_stat1')).rows[0].n)
  } finally {
    client.close()
  }
}

const table = (rows) => {
  const columns = Object.keys(rows[0])
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => String(row[column]).length)),
  )
  return [columns, ...rows.map((row) => columns.map((column) => row[column]))]
    .map((cells) =>
      cells
        .map((cell, i) => (i ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i])))
        .join('  '),
    )
    .join('\n')
}

let failed = false
const report = []
const stops = []
process.on('exit', () => stops.forEach((stop) => stop()))
process.on('SIGINT', () => process.exit(130))

if (!(await portFree())) {
  say(`port ${PORT} is busy: stop what listens there or pass --port`)
  process.exit(2)
}
if (BUILD) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })

const countArticles = async () =>
  (await (await fetch(`${BASE}/api/articles?limit=1&depth=0`)).json()).totalDocs
for (const wanted of DATABASE_URI ? [0] : SIZES) {
  let size = wanted
  const db = dbFile(size)
  let load = DATABASE_URI ? 'already loaded' : 'reused'
  if (!DATABASE_URI && (!REUSE_DB || !fs.existsSync(db))) {
    say(
      `npm run migrate, then npm run seed -- --articles ${size}, into ${path.relative(process.cwd(), db)} ...`,
    )
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      fs.rmSync(`${db}${suffix}`, { force: true })
    fs.rmSync(`${db}.media`, { force: true, recursive: true })
    const env = {
      ...process.env,
      DATABASE_URI: `file:${db}`,
      LOG_LEVEL: 'warn',
      MEDIA_DIR: `${db}.media`,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-scale-secret',
    }
    let started = Date.now()
    execFileSync('npm', ['run', '-s', 'migrate'], {
      env: { ...env, NODE_ENV: 'production' },
      stdio: 'inherit',
    })
    const migrated = (Date.now() - started) / 1000
    started = Date.now()
    // The schema is the migrations' (no development push on top, which a production start would question).
    execFileSync('npm', ['run', '-s', 'seed', '--', '--articles', String(size)], {
      env: { ...env, PAYLOAD_MIGRATING: 'true' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    const seconds = (Date.now() - started) / 1000
    load = `migrate ${migrated.toFixed(0)} s, seed ${(seconds / 60).toFixed(1)} min (${(size / seconds).toFixed(0)} articles/s incl. the demo newsroom)`
  }
  const stats = await statisticsRows(db)
  const { server, stop } = startServer(
    DATABASE_URI || `file:${db}`,
    DATABASE_URI ? path.join(WORKDIR, 'media-external') : `${db}.media`,
  )
  stops.push(stop)
  try {
    await waitForServer(server)
    if (DATABASE_URI) size = await countArticles()
    say(
      `${size} articles: load ${load}; ${stats} rows of planner statistics, all written by the app itself`,
    )
    // The seed's dataset, or (for a database loaded elsewhere) bench:delivery's file of the same generator.
    const dataset = [
      datasetFile(size),
      path.resolve('.tmp/bench-delivery', `dataset-${size}.jsonl`),
    ].find((file) => fs.existsSync(file))
    if (!dataset)
      throw new Error(`no dataset file for ${size} articles (.tmp/seed or .tmp/bench-delivery)`)
    const { docs: regionDocs } = await (await fetch(`${BASE}/api/regions?limit=20&depth=0`)).json()
    const all = endpoints(
      await sampleArticles(dataset),
      regionDocs.map((region) => region.slug),
      size,
    )
    for (const [name, endpoint] of Object.entries(all)) {
      if (ONLY && !ONLY.includes(name)) continue
      for (const key of endpoint.keys.slice(0, 3)) {
        const response = await send(endpoint.request(key))
        if (response.status !== 200)
          throw new Error(
            `${name}: HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`,
          )
        await endpoint.check(response, key)
      }
      const total = Math.max(10, Math.round(REQUESTS * (SHARE[name] ?? 1)))
      await measure(endpoint, Math.min(total, 3 * CONCURRENCY), CONCURRENCY) // warm-up
      const loadBefore = os.loadavg()[0]
      const rounds = []
      for (let round = 0; round < ROUNDS; round++)
        rounds.push(await measure(endpoint, total, CONCURRENCY))
      const middle = (key) =>
        rounds.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(rounds.length / 2)]
      const r = {
        failures: rounds.reduce((sum, x) => sum + x.failures, 0),
        firstFailure: rounds.find((x) => x.firstFailure)?.firstFailure,
        p50: middle('p50'),
        p99: middle('p99'),
        rps: middle('rps'),
        worst: Math.max(...rounds.map((x) => x.p99)),
      }
      const budget = BUDGETS[name]
      const page1 = report.find((row) => row.articles === size && row.endpoint === 'page1')
      const deepRatio = name in DEEP_PAGES && page1 ? r.p50 / Number(page1['p50 ms']) : undefined
      const ok = r.failures === 0 && r.p99 <= budget && !(deepRatio > DEEP_PAGE_RATIO)
      if (!ok) failed = true
      const row = {
        articles: size,
        endpoint: name,
        requests: `${ROUNDS}×${total}`,
        'p50 ms': r.p50?.toFixed(1),
        'p99 ms': r.p99?.toFixed(1),
        'worst p99': r.worst.toFixed(1),
        'budget p99': budget,
        'req/s': r.rps.toFixed(1),
        failed: r.failures,
        'vs page 1':
          deepRatio === undefined ? '' : `${deepRatio.toFixed(2)}× (≤ ${DEEP_PAGE_RATIO})`,
        load: `${loadBefore.toFixed(1)}→${os.loadavg()[0].toFixed(1)}`,
        verdict: ok ? 'ok' : 'MISS',
      }
      report.push(row)
      say(
        `${size} ${name}: p50 ${row['p50 ms']} ms, p99 ${row['p99 ms']} ms (budget ${budget}), ${row['req/s']} req/s, ${r.failures} failed${r.firstFailure ? ` (${r.firstFailure})` : ''} ${ok ? '' : '<-- MISS'}`,
      )
    }
  } catch (error) {
    say(`benchmark at ${size} articles failed: ${error.message}`)
    failed = true
  } finally {
    stop()
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

if (report.length) {
  console.log(
    `\n${DATABASE_URI ? (DATABASE_URI.startsWith('postgres') ? 'PostgreSQL' : 'SQLite') : 'SQLite'} delivery at scale: next start (production, 1 process, PUBLIC_CACHE=${process.env.PUBLIC_CACHE || 'off'}), ` +
      `${CONCURRENCY} concurrent clients, median of ${ROUNDS} rounds, ${os.cpus().length} CPUs, Node ${process.version}; load = 1-min load average before→after`,
  )
  console.log(table(report))
  if (OUT) fs.writeFileSync(OUT, JSON.stringify(report, null, 2))
}
console.log(failed ? '\nbudget missed or requests failed' : '\nevery endpoint within budget')
process.exit(failed ? 1 : 0)
