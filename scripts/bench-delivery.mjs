#!/usr/bin/env node
// `npm run bench:delivery`: read throughput of the public REST API in production mode.
//
// 1. generates the deterministic newsroom dataset (scripts/bench-delivery/gen-dataset.mjs, the WordPress peer's
//    generator: 10,000 posts by default) and loads it into a fresh SQLite file through the Local API, then runs
//    ANALYZE (src/db/analyze.ts): without planner statistics the localized list query takes minutes;
// 2. `npm run build` (skip with --no-build when .next is current), then for each combination of worker count
//    (`--workers 1,2`: WEB_CONCURRENCY of `npm start`'s server.mjs) and public read cache (`--cache off,on`:
//    PUBLIC_CACHE) the production server on that database;
// 3. with autocannon, anonymous GETs as a website makes them, each endpoint validated first, then a warm-up and
//    the measured run: the newest-first list (`/api/articles?limit=20&depth=1&locale=kk`, pages 1–5; the dataset's
//    Russian articles have no Kazakh text, so half the items come without a body) and one article by slug in its
//    own language (rotating over 200 dataset articles). Prints req/s, p50/p99 latency, non-2xx and errors, and
//    exits non-zero if any request failed. With the cache on, every one of these URLs is cached after the warm-up:
//    the figures are those of hot content (each request still reads the content version from the database).
//
// Options: --posts 10000 --duration 20 --warmup 5 --connections 10 --port 3100 --workers 1 --cache off
//          --no-build --reuse-db
// Anonymous responses carry an ETag, but autocannon sends no If-None-Match: every request is served in full.
import autocannon from 'autocannon'
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i < 0) return fallback
  return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1]
}
const POSTS = Number(opt('posts', 10000))
const DURATION = Number(opt('duration', 20))
const WARMUP = Number(opt('warmup', 5))
const CONNECTIONS = Number(opt('connections', 10))
const PORT = Number(opt('port', 3100))
const BUILD = !args.includes('--no-build')
const list = (name, fallback, allowed) => {
  const values = String(opt(name, fallback)).split(',').map((value) => value.trim())
  for (const value of values) if (!allowed(value)) throw new Error(`--${name}: unexpected value "${value}"`)
  return values
}
const WORKERS = list('workers', '1', (value) => /^[1-9]\d*$/.test(value)).map(Number)
const CACHE = list('cache', 'off', (value) => value === 'on' || value === 'off')
const REUSE_DB = args.includes('--reuse-db')

const WORKDIR = path.resolve('.tmp/bench-delivery')
const DATASET = path.join(WORKDIR, `dataset-${POSTS}.jsonl`)
const DB = path.join(WORKDIR, `delivery-${POSTS}.db`)
const BASE = `http://127.0.0.1:${PORT}`
const say = (...a) => console.error(...a)
fs.mkdirSync(WORKDIR, { recursive: true })

// 1. dataset and database
if (!fs.existsSync(DATASET)) {
  execFileSync(process.execPath, ['scripts/bench-delivery/gen-dataset.mjs', '--posts', String(POSTS), '--out', DATASET], { stdio: 'inherit' })
}
if (!REUSE_DB || !fs.existsSync(DB)) {
  say(`loading ${POSTS} articles into ${path.relative(process.cwd(), DB)} (Local API; a few minutes)`)
  execFileSync(process.execPath, ['--no-deprecation', '--conditions=production', 'scripts/run-ts.mjs', 'scripts/bench-delivery/load-dataset.ts', DATASET, DB], {
    stdio: 'inherit',
  })
}

// 2. production build; one server per combination of workers and cache
if (BUILD) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })
let server
const startServer = (workers, cache) => {
  server = spawn(process.execPath, ['server.mjs', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      DATABASE_URI: `file:${DB}`,
      JOBS_AUTORUN: 'false',
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation',
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-delivery-secret',
      PUBLIC_CACHE: cache,
      WEB_CONCURRENCY: String(workers),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}
const stop = async () => {
  if (!server || server.exitCode !== null) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  server.kill('SIGTERM')
  await exited
}
process.on('exit', () => server?.exitCode === null && server.kill('SIGKILL'))
process.on('SIGINT', () => process.exit(130))

const waitForServer = async () => {
  const deadline = Date.now() + 180_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`)
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

// 3. load
// 200 articles spread over the dataset (the WordPress peer's choice), each read in the language it is written in.
const articles = async () => {
  const all = []
  for await (const line of readline.createInterface({ input: fs.createReadStream(DATASET) })) {
    if (line.startsWith('{"type":"post"')) {
      const { lang, slug } = JSON.parse(line)
      all.push({ lang, slug })
    }
  }
  const step = Math.max(1, Math.floor(all.length / 200))
  return all.filter((_, i) => i % step === Math.min(7, step - 1)).slice(0, 200)
}

const ENDPOINTS = {
  list: { keys: [1, 2, 3, 4, 5], path: (page) => `/api/articles?limit=20&depth=1&locale=kk&page=${page}` },
  single: {
    keys: await articles(),
    path: ({ lang, slug }) => `/api/articles?where[slug][equals]=${encodeURIComponent(slug)}&limit=1&depth=1&locale=${lang}`,
  },
}

const validate = async (name, { keys, path: pathOf }, cache) => {
  const sizes = []
  for (const key of keys.slice(0, 5)) {
    const started = performance.now()
    const response = await fetch(`${BASE}${pathOf(key)}`)
    const text = await response.text()
    const again = await fetch(`${BASE}${pathOf(key)}`)
    await again.arrayBuffer()
    const expected = cache === 'on' ? 'HIT' : null
    if (again.headers.get('x-cache') !== expected) throw new Error(`${name}: a repeated request answered X-Cache ${again.headers.get('x-cache')}, expected ${expected}`)
    if (response.status !== 200) throw new Error(`${name} ${pathOf(key)}: HTTP ${response.status}: ${text.slice(0, 300)}`)
    const { docs } = JSON.parse(text)
    if (name === 'list' && docs.length !== 20) throw new Error(`list page ${key}: expected 20 articles, got ${docs.length}`)
    if (name === 'single' && (docs.length !== 1 || docs[0].slug !== key.slug || !docs[0].body)) throw new Error(`single ${key.slug}: expected exactly that article, with its body`)
    if (!response.headers.get('etag') || !/^public/.test(response.headers.get('cache-control') ?? '')) throw new Error(`${name}: no public caching headers`)
    sizes.push(`${Buffer.byteLength(text)} B in ${Math.round(performance.now() - started)} ms`)
  }
  say(`validated ${name}: ${pathOf(keys[0])}  (${sizes.join(', ')})`)
}

const measure = (name, { keys, path: pathOf }, duration) => {
  let i = 0
  return new Promise((resolve, reject) =>
    autocannon(
      {
        connections: CONNECTIONS,
        duration,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: pathOf(keys[i++ % keys.length]) }) }],
        timeout: 30,
        url: BASE,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  )
}

let failed = false
const results = []
try {
  for (const workers of WORKERS) {
    for (const cache of CACHE) {
      say(`starting the server: ${workers} worker(s), cache ${cache}, on ${BASE}`)
      startServer(workers, cache)
      await waitForServer()
      for (const [name, endpoint] of Object.entries(ENDPOINTS)) {
        await validate(name, endpoint, cache)
        if (WARMUP > 0) await measure(name, endpoint, WARMUP)
        const r = await measure(name, endpoint, DURATION)
        const row = {
          endpoint: name,
          workers,
          cache,
          'req/s': (r.requests.total / DURATION).toFixed(1),
          'p50 ms': r.latency.p50,
          'p99 ms': r.latency.p99,
          'non-2xx': r.non2xx,
          errors: r.errors + r.timeouts,
          'bytes/resp': Math.round(r.throughput.total / Math.max(1, r.requests.total)),
        }
        results.push(row)
        say(`${name}, ${workers} worker(s), cache ${cache}: ${row['req/s']} req/s, p50 ${row['p50 ms']} ms, p99 ${row['p99 ms']} ms, non-2xx ${row['non-2xx']}, errors ${row.errors}`)
        if (row['non-2xx'] > 0 || row.errors > 0) failed = true
      }
      await stop()
    }
  }
  const columns = Object.keys(results[0])
  const widths = columns.map((column) => Math.max(column.length, ...results.map((row) => String(row[column]).length)))
  console.log(`\n${POSTS} published articles, SQLite, npm start (production), ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s, ${os.cpus().length} CPUs, Node ${process.version}`)
  console.log(columns.map((column, i) => (i ? column.padStart(widths[i]) : column.padEnd(widths[i]))).join('  '))
  for (const row of results) console.log(columns.map((column, i) => (i ? String(row[column]).padStart(widths[i]) : String(row[column]).padEnd(widths[i]))).join('  '))
} catch (error) {
  say(`benchmark failed: ${error.message}`)
  failed = true
} finally {
  await stop()
}
process.exit(failed ? 1 : 0)
