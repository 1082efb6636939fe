import { spawn } from 'child_process'
import fs from 'fs'
import path from 'path'
import { afterAll, describe, expect, it } from 'vitest'

import { schemaStateOf } from '../../src/db/schemaState'

/**
 * The README's order for a production database — `npm run migrate`, `npm run seed`, then the production start —
 * and a database set up by `npm run dev` given to production, each in a fresh process as an operator runs them.
 * Every process must finish (or answer) within a bound: none may wait on a keyboard question. The processes get
 * an open stdin pipe, as under a process manager, where such a question waits for ever.
 * The production start is Payload's start in a production server process (src/instrumentation-node.ts does the
 * same), without the Next build the full `npm start` needs (bench/load-test.mjs runs that).
 */

const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URI ?? '')
const BOUND_MS = 240_000
const dir = path.resolve('.tmp/production-start')
const created: string[] = []

/** A fresh database of the suite's kind, named for this spec. */
const freshDatabase = async (name: string): Promise<string> => {
  if (!onPostgres) {
    fs.mkdirSync(dir, { recursive: true })
    const file = path.join(dir, `${name}.db`)
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      fs.rmSync(`${file}${suffix}`, { force: true })
    created.push(file)
    return `file:${file}`
  }
  const { default: pg } = await import('pg')
  const url = new URL(process.env.DATABASE_URI!)
  const database = `newsroom_intdb_start_${name}`
  url.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: url.toString() })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${database}"`)
  await admin.end()
  created.push(database)
  url.pathname = `/${database}`
  return url.toString()
}

afterAll(async () => {
  if (!onPostgres) {
    for (const file of created)
      for (const suffix of ['', '-wal', '-shm', '-journal'])
        fs.rmSync(`${file}${suffix}`, { force: true })
    return
  }
  const { default: pg } = await import('pg')
  const url = new URL(process.env.DATABASE_URI!)
  url.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: url.toString() })
  await admin.connect()
  for (const database of created)
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
  await admin.end()
})

type Outcome = { code: null | number; ms: number; output: string; timedOut: boolean }

/** Runs a command as an operator would (no NODE_ENV unless given), with an open stdin and a bounded wait. */
const run = (command: string, args: string[], env: Record<string, string>): Promise<Outcome> =>
  new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      JOBS_AUTORUN: 'false',
      LOG_LEVEL: 'info',
      MEDIA_DIR: path.join(dir, 'media'),
      NODE_OPTIONS: '--no-deprecation',
      PAYLOAD_SECRET: 'production-start-spec',
      SEED_ON_START: 'false',
      ...env,
    }
    // Not a test process: no vitest markers, and NODE_ENV only where the step sets it.
    for (const name of Object.keys(childEnv)) if (name.startsWith('VITEST')) delete childEnv[name]
    if (!env.NODE_ENV) Reflect.deleteProperty(childEnv, 'NODE_ENV')
    const started = Date.now()
    const child = spawn(command, args, {
      cwd: path.resolve('.'),
      env: childEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, BOUND_MS)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, ms: Date.now() - started, output, timedOut })
    })
  })

const npm = (script: string, uri: string) =>
  run('npm', ['run', '-s', script], { DATABASE_URI: uri })
const start = (uri: string, nodeEnv: 'development' | 'production') =>
  run(
    process.execPath,
    ['--conditions=production', 'scripts/run-ts.mjs', 'test/fixtures/startPayload.ts'],
    { DATABASE_URI: uri, NODE_ENV: nodeEnv },
  )

const describeOutcome = (what: string, outcome: Outcome) =>
  `${what}: exit ${outcome.code} after ${outcome.ms} ms${outcome.timedOut ? ' (KILLED: no answer within the bound)' : ''}\n${outcome.output.slice(-1500)}`

const KEYBOARD_QUESTION = /\(y\/N\)|Would you like to proceed|Accept warnings/

describe(`the README's order on a new ${onPostgres ? 'PostgreSQL' : 'SQLite'} database`, () => {
  it(
    'npm run migrate, npm run seed, then a production start: each finishes, nothing asks on the keyboard',
    async () => {
      const uri = await freshDatabase('readme')
      const migrate = await npm('migrate', uri)
      expect(migrate.code, describeOutcome('npm run migrate', migrate)).toBe(0)
      const seed = await npm('seed', uri)
      expect(seed.code, describeOutcome('npm run seed', seed)).toBe(0)
      const production = await start(uri, 'production')
      expect(production.code, describeOutcome('production start', production)).toBe(0)
      expect(production.output).toContain('payload started')
      for (const outcome of [migrate, seed, production])
        expect(outcome.output).not.toMatch(KEYBOARD_QUESTION)
    },
    4 * BOUND_MS,
  )

  it(
    'npm run seed alone on a new database builds it with the migrations (no development push), so production can take it',
    async () => {
      const uri = await freshDatabase('seedonly')
      const seed = await npm('seed', uri)
      expect(seed.code, describeOutcome('npm run seed', seed)).toBe(0)
      expect(await schemaStateOf(onPostgres ? 'postgres' : 'sqlite', uri)).toBe('migrated')
    },
    2 * BOUND_MS,
  )
})

describe(`a ${onPostgres ? 'PostgreSQL' : 'SQLite'} database set up by npm run dev, given to production`, () => {
  it(
    'the production start and npm run migrate stop with one line saying what to do; npm run seed still loads it',
    async () => {
      const uri = await freshDatabase('dev')
      const development = await start(uri, 'development')
      expect(development.code, describeOutcome('development start', development)).toBe(0)

      for (const [what, step] of [
        ['production start', () => start(uri, 'production')],
        ['npm run migrate', () => npm('migrate', uri)],
      ] as const) {
        const outcome = await step()
        expect(outcome.timedOut, describeOutcome(what, outcome)).toBe(false)
        expect(outcome.code, describeOutcome(what, outcome)).toBe(1)
        expect(outcome.output).not.toMatch(KEYBOARD_QUESTION)
        const lines = outcome.output
          .split('\n')
          .filter((line) => line.includes('holds a schema pushed by development mode'))
        expect(lines, describeOutcome(what, outcome)).toHaveLength(1)
        expect(lines[0]).toMatch(/^DATABASE_URI: .*npm run migrate && npm run seed$/)
      }

      const seed = await npm('seed', uri)
      expect(seed.code, describeOutcome('npm run seed', seed)).toBe(0)
    },
    5 * BOUND_MS,
  )
})
