#!/usr/bin/env node
// `npm start`: the production server. Several Node processes (cluster workers) serve the Next app — admin, REST,
// GraphQL, assets — on one port; the operating system spreads connections over them (round robin).
//
// - WEB_CONCURRENCY workers (default: the CPUs available; 1 = this process serves alone, no cluster).
// - Worker 1 runs Payload's jobs queue (scheduled publishing, webhook deliveries); every other worker gets
//   JOBS_AUTORUN=false, so no job runs twice. JOBS_AUTORUN=false on the server turns the runner off everywhere.
// - Worker 1 starts first and alone: it applies the migrations; the others start once it is ready.
// - A worker that dies is replaced in its slot (the job runner's replacement runs the jobs queue), after a
//   growing pause if it keeps dying young; a worker that dies before the first start completes stops the server.
// - SIGTERM/SIGINT: workers stop accepting, finish the requests under way (up to 10 s), close Payload; then exit.
//
// Options as `next start`: -p/--port (or PORT, default 3000), -H/--hostname (default: every interface).
// Settings may also come from the .env files Next reads.
import nextEnv from '@next/env'
import cluster from 'node:cluster'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { settingMessage } from './src/errors/settingMessages.mjs'
import { nextOrigin, nextResponseLayer, serveRequest } from './src/http/nextResponseLayer.mjs'

const dir = path.dirname(fileURLToPath(import.meta.url))
// The same .env files Next reads (.env.production.local, .env.local, .env.production, .env): WEB_CONCURRENCY,
// PORT and JOBS_AUTORUN set there apply to the cluster too. Variables already set win.
nextEnv.loadEnvConfig(dir, false, { error: console.error, info: () => {} })
const GRACE_MS = 10_000
const READY = 'newsroom:worker-ready'
const SHUTDOWN_HOOK = Symbol.for('newsroom.server.shutdown') // set by src/instrumentation-node.ts
// The client's socket address travels to the app in this header (src/accounts/clientAddress.ts); the mark tells
// the app this process sets it, replacing whatever a client sent under that name.
const PEER_ADDRESS_HEADER = 'x-newsroom-peer-address'
// The anonymous-read cache's entries travel between workers through the primary (plugins/delivery/src/publicCache/
// siblings.ts): a response one worker computed is stored by the others too, so no key is computed once per worker.
const CACHE_SIBLINGS = Symbol.for('newsroom.publicCache.siblings')
const CACHE_ENTRY = 'newsroom:public-cache-entry'
// Anonymous public reads skip Next's router: the REST route hands its GET handler over here as it loads
// (src/http/publicReadFastPath.ts), and ./src/http/nextResponseLayer.mjs adds what Next would to its answers.
const PUBLIC_READ_FAST_PATH = Symbol.for('newsroom.server.publicReadFastPath')
globalThis[Symbol.for('newsroom.server.peerAddressHeader')] = true

const fail = (message) => {
  console.error(`\n${message}\n`)
  process.exit(1)
}
const log = (message) => console.log(`[server] ${message}`)

const argument = (short, long) => {
  const args = process.argv.slice(2)
  for (let i = 0; i < args.length; i++) {
    if (args[i] === short || args[i] === long) return args[i + 1]
    if (args[i].startsWith(`${long}=`)) return args[i].slice(long.length + 1)
  }
  return undefined
}

const portText = argument('-p', '--port') ?? process.env.PORT ?? '3000'
const port = Number(portText)
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(
    settingMessage('INVALID_SETTING.wholeNumberRange', {
      max: 65535,
      min: 0,
      name: 'PORT',
      value: portText,
    }),
  )
const hostname = argument('-H', '--hostname')

const workerCount = () => {
  const raw = process.env.WEB_CONCURRENCY
  if (raw === undefined || raw.trim() === '') return os.availableParallelism()
  const count = Number(raw)
  if (!Number.isInteger(count) || count < 1)
    fail(
      settingMessage('INVALID_SETTING.wholeNumber', {
        min: 1,
        name: 'WEB_CONCURRENCY',
        value: raw,
      }),
    )
  return count
}

/** One server process: the Next app behind a plain HTTP server. Resolves once it listens (Payload is up by then). */
const serve = async (workerId) => {
  const { default: next } = await import('next')
  const app = next({ dev: false, dir, hostname: hostname ?? 'localhost', port })
  await app.prepare() // runs src/instrumentation.ts: Payload starts, migrations run, the jobs queue starts here
  const handle = app.getRequestHandler()
  // The build next.config.mjs picks: the bench's bare variant has its own.
  const distDir = process.env.NEXT_BUILD_VARIANT === 'bench-bare' ? '.next-bench' : '.next'
  const layer = nextResponseLayer(path.join(dir, distDir), {
    ttlMs: (Number(process.env.PUBLIC_CACHE_TTL_SECONDS) || 300) * 1000,
  })
  const originOf = nextOrigin(hostname ?? 'localhost', port)
  const viaNext = (req, res) =>
    handle(req, res).catch((error) => {
      console.error(error)
      if (!res.headersSent) res.writeHead(500).end()
      else res.destroy()
    })
  const server = http.createServer((req, res) => {
    req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? ''
    if (workerId) res.setHeader('X-Worker', workerId)
    serveRequest(req, res, {
      fastPath: globalThis[PUBLIC_READ_FAST_PATH],
      layer,
      originOf,
      viaNext,
    })
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, hostname, resolve)
  })

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    setTimeout(() => process.exit(1), GRACE_MS).unref()
    await new Promise((resolve) => {
      server.close(resolve)
      server.closeIdleConnections()
    })
    try {
      await globalThis[SHUTDOWN_HOOK]?.()
    } catch (error) {
      console.error(error)
    }
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  return server
}

const jobsOff = process.env.JOBS_AUTORUN === 'false'

if (cluster.isPrimary && workerCount() === 1) {
  await serve(undefined)
  log(
    `1 process on port ${port} (pid ${process.pid}); jobs queue ${jobsOff ? 'off (JOBS_AUTORUN=false)' : 'on'}`,
  )
} else if (cluster.isPrimary) {
  const count = workerCount()
  const slots = new Map() // slot number -> { worker, startedAt, ready, quickDeaths }
  let started = false
  let stopping = false

  const roleOf = (slot) => (slot === 1 && !jobsOff ? 'web + job runner' : 'web')

  // Structured clone instead of JSON on the worker channels: cached response bodies travel as bytes.
  cluster.setupPrimary({ serialization: 'advanced' })

  const fork = (slot) => {
    const env = { NEWSROOM_WORKER: String(slot) }
    if (slot !== 1) env.JOBS_AUTORUN = 'false'
    const worker = cluster.fork(env)
    const state = slots.get(slot) ?? { quickDeaths: 0 }
    Object.assign(state, { ready: false, startedAt: Date.now(), worker })
    slots.set(slot, state)
    return new Promise((resolve) => {
      worker.on('message', (message) => {
        if (message?.type === CACHE_ENTRY) {
          for (const [, other] of slots)
            // With a callback a send to a worker that is going away fails quietly (not an 'error' event).
            if (other.worker !== worker && other.ready && other.worker.isConnected())
              other.worker.send(message, () => {})
          return
        }
        if (message?.type !== READY) return
        state.ready = true
        log(`worker ${slot} ready (pid ${worker.process.pid}, ${roleOf(slot)})`)
        resolve()
      })
    })
  }

  cluster.on('exit', (worker, code, signal) => {
    const entry = [...slots].find(([, state]) => state.worker === worker)
    if (!entry || stopping) return
    const [slot, state] = entry
    const how = signal ? `signal ${signal}` : `code ${code}`
    if (!started) {
      log(`worker ${slot} exited (${how}) before the server was up; stopping (see the log above)`)
      stopping = true
      for (const [, other] of slots) other.worker.process.kill('SIGTERM')
      process.exitCode = 1
      return
    }
    const lived = Date.now() - state.startedAt
    state.quickDeaths = lived < 30_000 ? state.quickDeaths + 1 : 0
    const pause = state.quickDeaths ? Math.min(30_000, 1000 * 2 ** (state.quickDeaths - 1)) : 0
    log(
      `worker ${slot} (pid ${worker.process.pid}, ${roleOf(slot)}) exited (${how}); replacing it${pause ? ` in ${pause / 1000} s` : ''}`,
    )
    setTimeout(() => {
      if (!stopping) void fork(slot)
    }, pause)
  })

  const shutdown = (signal) => {
    if (stopping) return
    stopping = true
    log(`${signal}: stopping ${slots.size} workers`)
    const alive = [...slots.values()]
      .map((state) => state.worker)
      .filter((worker) => !worker.isDead())
    for (const worker of alive) worker.process.kill('SIGTERM')
    const force = setTimeout(() => {
      for (const worker of alive) if (!worker.isDead()) worker.process.kill('SIGKILL')
      process.exit(0)
    }, GRACE_MS + 2000)
    Promise.all(
      alive.map((worker) =>
        worker.isDead() ? undefined : new Promise((resolve) => worker.once('exit', resolve)),
      ),
    ).then(() => {
      clearTimeout(force)
      process.exit(0)
    })
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))

  log(
    `starting ${count} workers on port ${port} (pid ${process.pid}); worker 1 ${jobsOff ? 'would run the jobs queue (off: JOBS_AUTORUN=false)' : 'runs the jobs queue'}`,
  )
  await fork(1)
  await Promise.all(Array.from({ length: count - 1 }, (_, i) => fork(i + 2)))
  started = true
  log(`${count} workers serving on port ${port}`)
} else {
  const slot = process.env.NEWSROOM_WORKER
  globalThis[CACHE_SIBLINGS] = {
    send: (message) => process.send?.(message, () => {}),
    subscribe: (listener) => process.on('message', listener),
  }
  await serve(slot)
  process.send?.({ type: READY })
}
