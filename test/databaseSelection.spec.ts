import fs from 'fs'
import path from 'path'
import { describe, expect, it } from 'vitest'

import { databaseAdapter, databaseKind } from '../src/db/databaseAdapter'
import { redactUri } from '../src/db/startupError'
import { startPayloadProcess } from './helpers/childProcess'
import { RUN_ID } from './helpers/factories'

// No Payload instance here: these specs check how a process picks and reaches its database.

describe('databaseKind picks the adapter from DATABASE_URI', () => {
  it.each([
    ['file:./data/newsroom.db', 'sqlite'],
    ['file:/var/lib/newsroom/newsroom.db', 'sqlite'],
    ['postgres://user:pass@db.internal:5432/newsroom', 'postgres'],
    ['postgresql://user:pass@db.internal/newsroom', 'postgres'],
    ['mongodb://mongo.internal:27017/newsroom', 'mongodb'],
    ['mongodb+srv://user:pass@cluster0.example.net/newsroom', 'mongodb'],
  ])('%s → %s', (uri, kind) => {
    expect(databaseKind(uri)).toBe(kind)
  })

  it.each([
    'mysql://user@localhost/newsroom',
    'sqlite:./newsroom.db',
    'newsroom.db',
    'Postgres://host/db',
    '',
  ])('%s is not supported', (uri) => {
    expect(databaseKind(uri)).toBeUndefined()
  })

  it('an unsupported value fails with a message naming the variable, the value and the accepted forms', () => {
    expect(() => databaseAdapter('mysql://user:secret@localhost/newsroom')).toThrow(
      'DATABASE_URI: unsupported value "mysql://user:***@localhost/newsroom": use file:./path.db (SQLite), postgres://... or mongodb://...',
    )
  })

  it('passwords are masked before a URI is printed', () => {
    expect(redactUri('postgres://newsroom:s3cr3t@db:5432/newsroom')).toBe(
      'postgres://newsroom:***@db:5432/newsroom',
    )
    expect(redactUri('file:./data/newsroom.db')).toBe('file:./data/newsroom.db')
  })
})

/** Payload in a fresh process on `databaseUri`, started as the project's own scripts start it; what it printed. */
const startPayload = (databaseUri: string) =>
  startPayloadProcess({ ...process.env, DATABASE_URI: databaseUri })

const nonEmptyLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')

describe('start-up with a DATABASE_URI that cannot work', () => {
  it('starts normally with a reachable database (control for the cases below)', async () => {
    const file = path.resolve(`.tmp/startup-${RUN_ID}.db`)
    try {
      const { code, output } = await startPayload(`file:${file}`)
      expect(code, output).toBe(0)
      expect(output).toContain('payload started')
    } finally {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true })
    }
  })

  it.each([
    [
      'an unsupported scheme',
      'mysql://newsroom:secret@127.0.0.1/newsroom',
      'DATABASE_URI: unsupported value "mysql://newsroom:***@127.0.0.1/newsroom"',
    ],
    [
      'an unreachable PostgreSQL server',
      'postgres://x:secret@127.0.0.1:1/nope',
      'DATABASE_URI: cannot use postgres://x:***@127.0.0.1:1/nope: the database server did not answer',
    ],
    [
      'an unreachable MongoDB server',
      'mongodb://127.0.0.1:1/nope',
      'DATABASE_URI: cannot use mongodb://127.0.0.1:1/nope: the database server did not answer',
    ],
  ])(
    '%s exits non-zero with one line naming DATABASE_URI and no stack trace',
    async (_case, uri, start) => {
      const { code, output } = await startPayload(uri)
      expect(code, output).not.toBe(0)
      expect(code).not.toBeNull()
      const lines = nonEmptyLines(output)
      expect(lines, output).toHaveLength(1)
      expect(lines[0].startsWith(start), lines[0]).toBe(true)
      expect(output).not.toMatch(/^\s{4}at /m)
      expect(output).not.toContain('secret')
    },
  )
})
