#!/usr/bin/env node
// `npm run test:e2e`: the end-to-end suite (test/e2e/*.e2e.ts) in a real browser against a production server.
//
// 1. `npm run build` (skipped with E2E_SKIP_BUILD=1 when .next is current: CI builds once before);
// 2. a fresh SQLite database under .tmp/e2e/: `npm run migrate` (production does not push the schema) and
//    `npm run seed` (the demo users and newsroom);
// 3. `next start` on E2E_PORT, or the first free port from 3200, in its own process group;
// 4. vitest with vitest.e2e.config.ts, driving Debian's /usr/bin/chromium through playwright-core; screenshots
//    and axe-core reports go to test-results/e2e/;
// 5. the server's whole process group is stopped, whatever happened. The exit code is vitest's.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)
const WORK = path.join(root, '.tmp/e2e')
const RESULTS = path.join(root, 'test-results/e2e')
const DB = path.join(WORK, 'newsroom.db')
const LOG = path.join(WORK, 'server.log')
const started = Date.now()
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`
const say = (line) => console.log(`[e2e] ${line}`)
const fail = (message) => {
  console.error(`[e2e] FAILED: ${message}`)
  process.exit(1)
}

const portIsFree = (port) =>
  new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })

const choosePort = async () => {
  if (process.env.E2E_PORT) {
    const port = Number(process.env.E2E_PORT)
    if (!(await portIsFree(port)))
      fail(`port ${port} (E2E_PORT) is already in use; stop that server or choose another port.`)
    return port
  }
  for (let port = 3200; port < 3300; port++) if (await portIsFree(port)) return port
  fail('no free port from 3200 to 3299; set E2E_PORT.')
}

const env = {
  ...process.env,
  DATABASE_URI: `file:${DB}`,
  JOBS_AUTORUN: 'false',
  LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  MEDIA_DIR: path.join(WORK, 'media'),
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-test-secret',
  SEED_ON_START: 'false',
}

/** Runs an npm script; its output goes to a log file, shown only when it fails. */
const npmRun = (script, { quiet = true } = {}) => {
  const since = Date.now()
  const log = path.join(WORK, `${script}.log`)
  try {
    execFileSync('npm', ['run', script], {
      env,
      stdio: quiet ? ['ignore', fs.openSync(log, 'w'), fs.openSync(log, 'a')] : 'inherit',
    })
  } catch {
    if (quiet) console.error(fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n'))
    fail(`npm run ${script} failed${quiet ? ` (log: ${path.relative(root, log)})` : ''}.`)
  }
  say(`npm run ${script}: ${seconds(since)}`)
}

// 1. build
if (process.env.E2E_SKIP_BUILD === '1') {
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID')))
    fail('E2E_SKIP_BUILD=1 but there is no build in .next; run `npm run build` first.')
  say('using the existing build (E2E_SKIP_BUILD=1)')
} else {
  const since = Date.now()
  try {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })
  } catch {
    fail('npm run build failed.')
  }
  say(`npm run build: ${seconds(since)}`)
}

// 2. fresh database
fs.rmSync(WORK, { force: true, recursive: true })
fs.rmSync(RESULTS, { force: true, recursive: true })
fs.mkdirSync(WORK, { recursive: true })
npmRun('migrate')
npmRun('seed')

// 3. server, in its own process group so that stopping it stops every child it started
const port = await choosePort()
const baseUrl = `http://127.0.0.1:${port}`
const server = spawn(
  process.execPath,
  ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
  {
    detached: true,
    env: { ...env, NODE_OPTIONS: '--no-deprecation' },
    stdio: ['ignore', fs.openSync(LOG, 'w'), fs.openSync(LOG, 'a')],
  },
)
let serverExit = null
server.on('exit', (code, signal) => (serverExit = signal ?? code))

const stopServer = async () => {
  if (serverExit !== null) return
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {
    return
  }
  for (let i = 0; i < 100 && serverExit === null; i++)
    await new Promise((resolve) => setTimeout(resolve, 100))
  if (serverExit === null) {
    try {
      process.kill(-server.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}
const serverLogTail = () => fs.readFileSync(LOG, 'utf8').split('\n').slice(-60).join('\n')
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await stopServer()
    process.exit(130)
  })
}

let code = 1
try {
  const since = Date.now()
  for (;;) {
    if (serverExit !== null)
      throw new Error(`next start exited (${serverExit}) before answering:\n${serverLogTail()}`)
    const status = await fetch(`${baseUrl}/admin/login`).then(
      (r) => r.status,
      () => 0,
    )
    if (status === 200) break
    if (Date.now() - since > 120_000)
      throw new Error(`${baseUrl}/admin/login did not answer 200 within 120 s:\n${serverLogTail()}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  say(`next start on ${baseUrl}: ready in ${seconds(since)}`)

  // 4. the suite
  const suiteStarted = Date.now()
  // Arguments select spec files (`npm run test:e2e -- test/e2e/kazakh.e2e.ts`); none runs them all.
  const vitest = spawn(
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      ...process.argv.slice(2),
    ],
    {
      env: {
        ...process.env,
        E2E_BASE_URL: baseUrl,
        E2E_SCREENSHOT_DIR: RESULTS,
        E2E_WORK_DIR: WORK,
      },
      stdio: 'inherit',
    },
  )
  code = await new Promise((resolve) => vitest.on('exit', (exitCode) => resolve(exitCode ?? 1)))
  say(`suite: ${seconds(suiteStarted)}`)
  if (code !== 0)
    console.error(`[e2e] server log (last lines, ${path.relative(root, LOG)}):\n${serverLogTail()}`)
} catch (error) {
  console.error(`[e2e] FAILED: ${error.message}`)
  code = 1
} finally {
  await stopServer()
}
say(
  `${code === 0 ? 'passed' : 'FAILED'} in ${seconds(started)}; screenshots in ${path.relative(root, RESULTS)}/`,
)
process.exit(code)
