import { createClient } from '@libsql/client'
import { spawn } from 'child_process'
import fs from 'fs'
import path from 'path'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * SQLite only (the app's own SQLite client, src/db/sqliteClient.ts): two server processes (`npm start` runs a
 * cluster) write to one database file at once, each with several concurrent transactions. Every transaction
 * commits once the other process lets go of the write lock; none fails (WAL: a COMMIT never waits for readers).
 */
const file = path.resolve('.tmp/sqlite-writers.db')
const url = `file:${file}`
const remove = () =>
  ['', '-wal', '-shm', '-journal'].forEach((suffix) =>
    fs.rmSync(`${file}${suffix}`, { force: true }),
  )

afterAll(remove)

const runWriter = (who: string, perWriter: number) =>
  new Promise<{ committed: number; failed: number; failures: string[]; stored: number }>(
    (resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'test/database/fixtures/sqliteWriter.ts', url, who, String(perWriter)],
        {
          cwd: path.resolve('.'),
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      let output = ''
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
      const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
      child.on('error', reject)
      child.on('close', (code) => {
        clearTimeout(timer)
        try {
          resolve(JSON.parse(output.trim().split('\n').at(-1) ?? ''))
        } catch {
          reject(new Error(`writer ${who} exited ${code}: ${output.slice(-1000)}`))
        }
      })
    },
  )

describe('SQLite: two processes writing at once (SQLite only)', () => {
  it('every transaction of both processes commits and is stored', async () => {
    remove()
    // A database as a new file starts: in rollback-journal mode. The app's client switches it to WAL.
    const setup = createClient({ url })
    await setup.execute('CREATE TABLE items (id INTEGER PRIMARY KEY, who TEXT, n INTEGER)')
    setup.close()

    const PER_WRITER = 60
    const [a, b] = await Promise.all([runWriter('a', PER_WRITER), runWriter('b', PER_WRITER)])
    for (const result of [a, b]) {
      expect(result.failures, JSON.stringify(result)).toEqual([])
      expect(result.committed).toBe(4 * PER_WRITER)
      expect(result.stored).toBe(4 * PER_WRITER)
    }
    const check = createClient({ url })
    expect((await check.execute('PRAGMA journal_mode')).rows[0].journal_mode).toBe('wal')
    check.close()
  })
})
