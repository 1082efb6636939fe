import { createClient } from '@libsql/client'
import fs from 'fs'
import path from 'path'
import { afterAll, describe, expect, it } from 'vitest'

import { createSqliteClient } from '../../src/db/sqliteClient'
import { runNode } from '../helpers/childProcess'

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

const runWriter = async (who: string, perWriter: number) => {
  const { code, output } = await runNode(
    ['--import', 'tsx', 'test/database/fixtures/sqliteWriter.ts', url, who, String(perWriter)],
    { timeoutMs: 120_000 },
  )
  try {
    return JSON.parse(output.trim().split('\n').at(-1) ?? '') as {
      committed: number
      failed: number
      failures: string[]
      stored: number
    }
  } catch {
    throw new Error(`writer ${who} exited ${code}: ${output.slice(-1000)}`)
  }
}

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

describe('SQLite: a process that opens the file while another holds its lock (SQLite only)', () => {
  it('waits for the lock to switch to WAL instead of failing to start', async () => {
    const lockedFile = path.resolve('.tmp/sqlite-start-locked.db')
    const clean = () =>
      ['', '-wal', '-shm', '-journal'].forEach((suffix) =>
        fs.rmSync(`${lockedFile}${suffix}`, { force: true }),
      )
    clean()
    // Another process (here: another connection) in the middle of a write, in the default rollback journal mode:
    // switching the file to WAL needs that lock.
    const other = createClient({ url: `file:${lockedFile}` })
    await other.execute('CREATE TABLE t (n INTEGER)')
    await other.execute('BEGIN EXCLUSIVE')
    await other.execute('INSERT INTO t (n) VALUES (1)')
    const release = setTimeout(() => void other.execute('COMMIT'), 300)
    try {
      const client = createSqliteClient(
        { url: `file:${lockedFile}` },
        { idleTransactionMs: 0, waitMs: 5_000, warn: () => undefined },
      )
      // Before: the first statement failed at once with SQLITE_BUSY from the connection's settings.
      const result = await client.execute('SELECT count(*) AS n FROM t')
      expect(Number(result.rows[0].n)).toBe(1)
      expect(String((await client.execute('PRAGMA journal_mode')).rows[0].journal_mode)).toBe('wal')
      client.close()
    } finally {
      clearTimeout(release)
      other.close()
      clean()
    }
  })
})
