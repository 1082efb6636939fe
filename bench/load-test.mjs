#!/usr/bin/env node
// `npm run test:load`: concurrent writers and anonymous readers against the production server (`npm start`, the
// `next build` output), on SQLite and on PostgreSQL, with faults in the middle:
// - a `kill -9` of the whole server (primary and workers), which is then started again;
// - on PostgreSQL, a restart of the database server, with no restart of the app.
// Writers are real users over HTTP: each journalist creates an article, edits it and submits it, and a regional
// editor approves and publishes it; then the next article. Readers read the public API anonymously.
//
// It prints the acknowledged writes and how many were found afterwards, errors by status, the readers' latency
// during the load, and how long each recovery took; it exits 1 on a lost write, on a 5xx other than 503, or when
// the app did not recover (2 on a usage error).
//
//   node bench/load-test.mjs [--writers 50] [--readers 10] [--seconds 60] [--db sqlite|postgres|both]
//                              [--port 3450] [--pg-port 3491] [--workers 2]
//
// Everything listens on 127.0.0.1 only. PostgreSQL runs in a private cluster the script starts and removes
// itself (bench/lib/privatePostgres.mjs); the machine's own cluster is never touched. Needs `npm run build`.
import { spawn, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { option } from './lib/cli.mjs'
import { startPrivatePostgres } from './lib/privatePostgres.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const work = path.join(root, '.tmp', 'load-test')
const HOST = '127.0.0.1'

const usage = (message) => {
  console.error(`load-test: ${message}`)
  process.exit(2)
}
const bounded = (name, fallback, min, max) => {
  const raw = option(name, String(fallback))
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max)
    usage(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`)
  return value
}
const WRITERS = bounded('writers', 50, 1, 200)
const READERS = bounded('readers', 10, 0, 100)
const SECONDS = bounded('seconds', 60, 10, 600)
const PORT = bounded('port', 3450, 1024, 65535)
const PG_PORT = bounded('pg-port', 3491, 1024, 65535)
const WORKERS = bounded('workers', 2, 1, 8)
const dbOption = option('db', 'both')
if (!['sqlite', 'postgres', 'both'].includes(dbOption))
  usage(`--db must be sqlite, postgres or both (got "${dbOption}")`)
const DATABASES = dbOption === 'both' ? ['sqlite', 'postgres'] : [dbOption]
if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')))
  usage('no production build: run `npm run build` first')

const REQUEST_TIMEOUT_MS = 30_000
const RECOVERY_LIMIT_MS = 180_000
const PASSWORD = 'load-test-password-2026'
const ADMIN = { email: 'admin@newsroom.kz', password: 'demo-admin-2026' }
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const log = (line) => console.log(`[load] ${line}`)

// ----- HTTP --------------------------------------------------------------------------------------------------

/** One request; status 0 when there was no answer (refused, cut, or past REQUEST_TIMEOUT_MS). */
const request = async (method, url, { json, token } = {}) => {
  const started = performance.now()
  try {
    const response = await fetch(url, {
      body: json === undefined ? undefined : JSON.stringify(json),
      headers: {
        ...(token ? { Authorization: `JWT ${token}` } : {}),
        ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      method,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    const text = await response.text()
    let body
    try {
      body = JSON.parse(text)
    } catch {
      body = text
    }
    return { body, ms: performance.now() - started, status: response.status }
  } catch (error) {
    return {
      body: String(error?.cause?.code ?? error?.name ?? error),
      ms: performance.now() - started,
      status: 0,
    }
  }
}

const percentile = (values, p) => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

// ----- Processes ---------------------------------------------------------------------------------------------

const baseEnv = (databaseUri) => ({
  ...process.env,
  DATABASE_URI: databaseUri,
  JOBS_AUTORUN: process.env.JOBS_AUTORUN ?? 'true',
  LOG_LEVEL: 'warn',
  MEDIA_DIR: path.join(work, 'media'),
  NEXT_TELEMETRY_DISABLED: '1',
  PAYLOAD_SECRET: 'load-test-secret',
  SEED_ON_START: 'false',
})

const npmRun = (script, env) =>
  execFileSync('npm', ['run', '-s', script], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })

/** `npm start` in its own process group (so that kill -9 reaches the primary and every worker). */
const startServer = (env, logFile) => {
  const out = fs.openSync(logFile, 'a')
  const child = spawn('node', ['server.mjs', '-p', String(PORT), '-H', HOST], {
    cwd: root,
    detached: true,
    env: {
      ...env,
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation',
      WEB_CONCURRENCY: String(WORKERS),
    },
    stdio: ['ignore', out, out],
  })
  child.unref()
  return child
}
const killGroup = (child, signal) => {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}
const stopServer = async (child) => {
  killGroup(child, 'SIGTERM')
  for (let i = 0; i < 40 && child.exitCode === null && child.signalCode === null; i++)
    await sleep(250)
  killGroup(child, 'SIGKILL')
}

/** Polls until `GET /api/regions` answers 200; returns the ms it took, or undefined past the limit. */
const waitUntilServing = async (base, limitMs = RECOVERY_LIMIT_MS) => {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    if ((await request('GET', `${base}/api/regions?limit=1`)).status === 200)
      return Date.now() - started
    await sleep(200)
  }
  return undefined
}

// ----- One database ------------------------------------------------------------------------------------------

const runOn = async (kind) => {
  log(
    `=== ${kind}: ${WRITERS} writers, ${READERS} readers, ${SECONDS} s, server with ${WORKERS} workers on ${HOST}:${PORT}`,
  )
  fs.mkdirSync(work, { recursive: true })
  let cluster
  let databaseUri
  if (kind === 'postgres') {
    cluster = startPrivatePostgres({ name: 'newsroom-load', port: PG_PORT })
    databaseUri = cluster.uri('newsroom_load')
    log(`private PostgreSQL on ${HOST}:${PG_PORT}`)
  } else {
    const file = path.join(work, 'load.db')
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      fs.rmSync(`${file}${suffix}`, { force: true })
    databaseUri = `file:${file}`
  }
  const env = baseEnv(databaseUri)
  const logFile = path.join(work, `${kind}-server.log`)
  fs.rmSync(logFile, { force: true })
  const base = `http://${HOST}:${PORT}`
  let server
  try {
    log('npm run migrate, npm run seed ...')
    npmRun('migrate', env)
    npmRun('seed', env)
    server = startServer(env, logFile)
    if ((await waitUntilServing(base)) === undefined)
      throw new Error(`the server did not start; see ${logFile}`)
    const outcome = await load(base, {
      cluster,
      env,
      logFile,
      server: () => server,
      restartServer: () => (server = startServer(env, logFile)),
    })
    return { kind, ...outcome }
  } finally {
    if (server) await stopServer(server)
    cluster?.destroy()
  }
}

/** The newsroom the writers are: journalists and regional editors of East Kazakhstan, made by the admin over HTTP. */
const setUpPeople = async (base) => {
  const admin = await request('POST', `${base}/api/users/login`, { json: ADMIN })
  if (admin.status !== 200) throw new Error(`admin login answered ${admin.status}`)
  const regions = await request(
    'GET',
    `${base}/api/regions?where[slug][equals]=east-kazakhstan&depth=0`,
  )
  const region = regions.body?.docs?.[0]?.id
  if (!region) throw new Error('the seeded region east-kazakhstan is missing')
  const stamp = Date.now().toString(36)
  const make = async (role, n) => {
    const email = `load-${role}-${n}-${stamp}@example.test`
    const created = await request('POST', `${base}/api/users`, {
      json: {
        email,
        name: `Load ${role} ${n}`,
        password: PASSWORD,
        regions: [region],
        roles: [role],
      },
      token: admin.body.token,
    })
    if (created.status !== 201)
      throw new Error(
        `creating ${email} answered ${created.status}: ${JSON.stringify(created.body).slice(0, 300)}`,
      )
    const login = await request('POST', `${base}/api/users/login`, {
      json: { email, password: PASSWORD },
    })
    if (login.status !== 200) throw new Error(`login of ${email} answered ${login.status}`)
    return login.body.token
  }
  const journalists = []
  for (let n = 0; n < WRITERS; n++) journalists.push(await make('journalist', n))
  const editors = []
  for (let n = 0; n < Math.max(1, Math.ceil(WRITERS / 10)); n++)
    editors.push(await make('regional-editor', n))
  return { adminToken: admin.body.token, editors, journalists, region }
}

/** Everything the load phase saw. */
const newTally = () => ({
  reads: new Map(),
  readMs: [],
  steadyReadMs: [],
  writes: new Map(),
  acknowledged: 0,
  items: [],
})
const count = (map, status) => map.set(status, (map.get(status) ?? 0) + 1)

const load = async (base, { cluster, logFile, server, restartServer }) => {
  const people = await setUpPeople(base)
  const tally = newTally()
  const deadline = Date.now() + SECONDS * 1000
  const faults = []
  let outage = false // the server is being killed and started again: unanswered requests are expected
  let steady = true // no fault yet: the load alone

  /** One writer: article after article, each through create, edit, submit, approve, publish. */
  const writer = async (n) => {
    const journalist = people.journalists[n]
    const editor = people.editors[n % people.editors.length]
    for (let i = 0; Date.now() < deadline; i++) {
      const item = { expected: undefined, id: undefined, pending: undefined, writer: n }
      const steps = [
        [
          'create',
          () =>
            request('POST', `${base}/api/articles`, {
              json: { excerpt: 'v0', region: people.region, title: `Жүктеме ${n}-${i}` },
              token: journalist,
            }),
          { excerpt: 'v0', workflowStatus: 'draft' },
        ],
        [
          'edit',
          () =>
            request('PATCH', `${base}/api/articles/${item.id}`, {
              json: { excerpt: `v1-${n}-${i}` },
              token: journalist,
            }),
          { excerpt: `v1-${n}-${i}`, workflowStatus: 'draft' },
        ],
        [
          'submit',
          () =>
            request('POST', `${base}/api/articles/${item.id}/workflow`, {
              json: { action: 'submit' },
              token: journalist,
            }),
          { workflowStatus: 'in_review' },
        ],
        [
          'approve',
          () =>
            request('POST', `${base}/api/articles/${item.id}/workflow`, {
              json: { action: 'approve' },
              token: editor,
            }),
          { workflowStatus: 'approved' },
        ],
        [
          'publish',
          () =>
            request('POST', `${base}/api/articles/${item.id}/workflow`, {
              json: { action: 'publish' },
              token: editor,
            }),
          { workflowStatus: 'published' },
        ],
      ]
      for (const [name, send, effect] of steps) {
        if (Date.now() >= deadline) break
        const answer = await send()
        count(tally.writes, answer.status)
        if (answer.status >= 200 && answer.status < 300) {
          tally.acknowledged += 1
          if (name === 'create') {
            item.id = answer.body.doc.id
            tally.items.push(item)
          }
          item.expected = { ...item.expected, ...effect }
          continue
        }
        // Not acknowledged: it may or may not have happened (no answer, or 503 after the commit was lost on the
        // way). The item is left there: its stored state must be the last acknowledged one, or this one.
        if (item.id !== undefined) item.pending = { ...item.expected, ...effect }
        if (answer.status >= 500 && answer.status !== 503)
          tally.unexpected ??= `${name} ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`
        if (answer.status === 0 || answer.status === 503) await sleep(250)
        break
      }
    }
  }

  /** One anonymous reader: lists, a region list, single published items. */
  const reader = async () => {
    const paths = [
      '/api/articles?limit=10&depth=1',
      '/api/regions?limit=20',
      '/api/articles?limit=5&sort=-publishedAt',
    ]
    for (let i = 0; Date.now() < deadline; i++) {
      const published = tally.items.filter((item) => item.expected?.workflowStatus === 'published')
      const pathname =
        published.length && i % 4 === 3
          ? `/api/articles/${published[i % published.length].id}`
          : paths[i % paths.length]
      const answer = await request('GET', `${base}${pathname}`)
      count(tally.reads, answer.status)
      if (answer.status !== 0 && !outage) tally.readMs.push(answer.ms)
      if (answer.status !== 0 && steady) tally.steadyReadMs.push(answer.ms)
      if (answer.status === 0) await sleep(200)
    }
  }

  /** kill -9 of the whole server at 35 % of the time, then `npm start` again; on PostgreSQL a database restart at 70 %. */
  const faultPlan = async () => {
    await sleep(SECONDS * 350)
    steady = false
    outage = true
    const killedAt = Date.now()
    killGroup(server(), 'SIGKILL')
    log(
      `kill -9 of the server (pid group ${server().pid}) at ${((killedAt - (deadline - SECONDS * 1000)) / 1000).toFixed(0)} s; starting it again`,
    )
    await sleep(500)
    restartServer()
    const back = await waitUntilServing(base)
    outage = false
    faults.push({
      fault: 'kill -9 of the server, then npm start',
      recoveredMs: back === undefined ? undefined : Date.now() - killedAt,
    })
    log(
      back === undefined
        ? 'the server did not come back'
        : `server answering again ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill`,
    )
    if (!cluster) return
    const wait = deadline - SECONDS * 300 - Date.now()
    if (wait > 0) await sleep(wait)
    const restartedAt = Date.now()
    log('restarting PostgreSQL (pg_ctl restart -m fast), the app keeps running')
    cluster.restart()
    const down = Date.now() - restartedAt
    // Recovered: a signed-in write succeeds again (not only a cached read).
    let recoveredMs
    while (Date.now() - restartedAt < RECOVERY_LIMIT_MS) {
      const probe = await request('GET', `${base}/api/users/me`, { token: people.adminToken })
      if (probe.status === 200 && probe.body?.user) {
        recoveredMs = Date.now() - restartedAt
        break
      }
      await sleep(200)
    }
    faults.push({
      fault: `PostgreSQL restart (down for ${(down / 1000).toFixed(1)} s), app not restarted`,
      recoveredMs,
    })
    log(
      recoveredMs === undefined
        ? 'the app did not recover from the database restart'
        : `app serving signed-in requests ${(recoveredMs / 1000).toFixed(1)} s after the restart began`,
    )
  }

  log(`load for ${SECONDS} s ...`)
  await Promise.all([
    ...people.journalists.map((_, n) => writer(n)),
    ...Array.from({ length: READERS }, () => reader()),
    faultPlan(),
  ])

  // Afterwards: every acknowledged write must be there (read back as the admin, latest version).
  if ((await waitUntilServing(base)) === undefined)
    throw new Error(`the server is not answering after the load; see ${logFile}`)
  let found = 0
  const lost = []
  for (const item of tally.items) {
    const answer = await request('GET', `${base}/api/articles/${item.id}?draft=true&depth=0`, {
      token: people.adminToken,
    })
    const doc = answer.body
    const matches = (state) =>
      state &&
      answer.status === 200 &&
      Object.entries(state).every(([key, value]) => doc?.[key] === value)
    if (matches(item.expected) || matches(item.pending)) found += 1
    else
      lost.push({
        expected: item.expected,
        got:
          answer.status === 200
            ? { excerpt: doc.excerpt, workflowStatus: doc.workflowStatus }
            : answer.status,
        id: item.id,
        pending: item.pending,
      })
  }
  const acknowledgedItems = tally.items.length
  return {
    acknowledged: tally.acknowledged,
    faults,
    found,
    items: acknowledgedItems,
    lost,
    readP50: percentile(tally.readMs, 50),
    readP99: percentile(tally.readMs, 99),
    steadyP50: percentile(tally.steadyReadMs, 50),
    steadyP99: percentile(tally.steadyReadMs, 99),
    steadyReads: tally.steadyReadMs.length,
    reads: tally.reads,
    unexpected: tally.unexpected,
    writes: tally.writes,
  }
}

// ----- Main --------------------------------------------------------------------------------------------------

const statusLine = (map) =>
  [...map.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status === 0 ? 'no answer' : status} ×${n}`)
    .join(', ')

const results = []
let failed = false
for (const kind of DATABASES) {
  try {
    results.push(await runOn(kind))
  } catch (error) {
    failed = true
    console.error(`[load] ${kind}: ${error?.stack ?? error}`)
  }
}

console.log(
  `\nLoad test (${new Date().toISOString()}): ${WRITERS} writers, ${READERS} readers, ${SECONDS} s per database, ${WORKERS} server workers`,
)
for (const r of results) {
  const recovered = r.faults.every((fault) => fault.recoveredMs !== undefined)
  const bad5xx = [...r.writes.keys(), ...r.reads.keys()].filter(
    (status) => status >= 500 && status !== 503,
  )
  console.log(`\n${r.kind}`)
  console.log(`  acknowledged writes   ${r.acknowledged} (on ${r.items} articles)`)
  console.log(
    `  found afterwards      ${r.found} of ${r.items} articles in their last acknowledged state; lost: ${r.lost.length}`,
  )
  console.log(`  writes by status      ${statusLine(r.writes)}`)
  console.log(`  reads by status       ${statusLine(r.reads)}`)
  console.log(
    `  reader latency        under load, before the faults: p50 ${r.steadyP50.toFixed(0)} ms, p99 ${r.steadyP99.toFixed(0)} ms (${r.steadyReads} reads)`,
  )
  console.log(
    `                        whole run, outside the server's own restart: p50 ${r.readP50.toFixed(0)} ms, p99 ${r.readP99.toFixed(0)} ms`,
  )
  for (const fault of r.faults)
    console.log(
      `  recovery              ${fault.fault}: ${fault.recoveredMs === undefined ? 'NOT RECOVERED' : `${(fault.recoveredMs / 1000).toFixed(1)} s`}`,
    )
  for (const item of r.lost.slice(0, 10))
    console.log(
      `  LOST                  article ${item.id}: expected ${JSON.stringify(item.expected)}, found ${JSON.stringify(item.got)}`,
    )
  if (r.unexpected) console.log(`  first unexpected 5xx  ${r.unexpected}`)
  if (r.lost.length > 0 || bad5xx.length > 0 || !recovered) failed = true
  if (r.steadyP99 >= 1000) console.log('  (reader p99 under load is above the 1 s target)')
}
if (results.length < DATABASES.length) failed = true
console.log(
  failed
    ? '\nFAILED: a lost write, a 5xx other than 503, or no recovery (see above)'
    : '\nOK: no lost write, no 5xx but 503, recovered from every fault',
)
process.exit(failed ? 1 : 0)
