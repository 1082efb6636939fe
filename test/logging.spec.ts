import type { Payload } from 'payload'

import { type LoggerOptions, pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createItem } from './delivery/fixtures'
import { type ApiServer, startApiServer } from './delivery/server'
import { createRegion, createUser, loginToken } from './helpers/factories'
import { bootPayload } from './helpers/payload'

/**
 * What the server log says about refused requests and failed SQL: refusals are single info lines with their
 * code (no error level, no stack); internal errors keep theirs; in production no SQL parameter reaches the log.
 */

let payload: Payload
let server: ApiServer
let journalistToken: string
let adminToken: string
let articleId: number

type Line = { level: number; msg?: string; [key: string]: unknown }

/** The logger options the config gives Payload (what runs in the server), at `info` so refusals show. */
const configLoggerOptions = (): LoggerOptions => ({
  ...(payload.config.logger as { options: LoggerOptions }).options,
  level: 'info',
})

/** Payload's logger replaced by one built from the given options, writing into `lines`. */
const captureLog = (options: LoggerOptions = configLoggerOptions()) => {
  const lines: Line[] = []
  const raw: string[] = []
  payload.logger = pino(options, {
    write: (line: string) => {
      raw.push(line)
      lines.push(JSON.parse(line) as Line)
    },
  })
  return { lines, raw }
}

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  const region = await createRegion(payload)
  const journalist = await createUser(payload, { regions: [region.id], roles: ['journalist'] })
  journalistToken = await loginToken(payload, journalist.email)
  const admin = await createUser(payload, { roles: ['admin'] })
  adminToken = await loginToken(payload, admin.email)
  articleId = (await createItem(payload, 'articles', { region: region.id, status: 'draft' })).id
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const call = (
  path: string,
  {
    body,
    contentType = 'application/json',
    method = 'GET',
    token,
  }: { body?: string; contentType?: string; method?: string; token?: string } = {},
) =>
  fetch(`${server.baseURL}${path}`, {
    body,
    headers: {
      ...(body !== undefined ? { 'content-type': contentType } : {}),
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    method,
  })

describe('refusals in the log', () => {
  it('are info lines with status and code, never error level, never a stack', async () => {
    const { lines, raw } = captureLog()
    const refusals: [string, Promise<Response>][] = [
      ['anonymous limit past the public bound', call('/api/articles?limit=500')],
      [
        'journalist creating a region',
        call('/api/regions', {
          body: '{"name":"x","slug":"x"}',
          method: 'POST',
          token: journalistToken,
        }),
      ],
      [
        'admin creating an incomplete region',
        call('/api/regions', { body: '{}', method: 'POST', token: adminToken }),
      ],
      ['a filter on a field that does not exist', call('/api/articles?where[nope][equals]=1')],
      [
        'a journalist publishing through the workflow',
        call(`/api/articles/${articleId}/workflow`, {
          body: '{"action":"publish"}',
          method: 'POST',
          token: journalistToken,
        }),
      ],
      [
        'a journalist editing an item that is not hers',
        call(`/api/articles/${articleId}`, {
          body: '{"title":"x"}',
          method: 'PATCH',
          token: journalistToken,
        }),
      ],
      [
        'a body that is not JSON',
        call('/api/regions', {
          body: 'hello',
          contentType: 'text/plain',
          method: 'POST',
          token: adminToken,
        }),
      ],
      ['a malformed id', call('/api/articles/abc')],
      ['a file that does not exist', call('/api/media/file/nope.png')],
      // Refused field by field: GraphQL answers 200 with the error in `errors`.
      [
        'anonymous GraphQL on users',
        call('/api/graphql', {
          body: JSON.stringify({ query: '{ Users { docs { id } } }' }),
          method: 'POST',
        }),
      ],
      [
        'GraphQL validation',
        call('/api/graphql', {
          body: JSON.stringify({ query: '{ Regions(page: -1) { docs { id } } }' }),
          method: 'POST',
        }),
      ],
    ]
    for (const [name, response] of refusals) {
      const answer = await response
      const body = await answer.json()
      if (answer.status === 200) expect(body.errors?.[0]?.extensions?.statusCode, name).toBe(403)
      else expect(answer.status, name).toBeGreaterThanOrEqual(400)
      expect(answer.status, name).toBeLessThan(500)
    }
    const errors = lines.filter((line) => line.level >= 50)
    expect(errors, JSON.stringify(errors, null, 1)).toEqual([])
    expect(raw.filter((line) => /\\n\s+at /.test(line))).toEqual([])
    // The refusals Payload answered and the guard's are there, as info lines that say what was refused (Payload
    // itself logs validation and access errors as a bare info message).
    const infos = lines.filter((line) => line.level === 30 && typeof line.code === 'string')
    expect(infos.map((line) => line.code)).toEqual(
      expect.arrayContaining([
        'PUBLIC_LIMIT_EXCEEDED',
        'FORBIDDEN',
        'INVALID_QUERY',
        'UNSUPPORTED_MEDIA_TYPE',
        'INVALID_ID',
        'NOT_FOUND',
      ]),
    )
    expect(
      lines.some((line) => line.level === 30 && /fields are invalid/.test(line.msg ?? '')),
    ).toBe(true)
    expect(
      infos.every((line) => typeof line.status === 'number' && (line.status as number) < 500),
    ).toBe(true)
  })

  it('an internal error keeps error level and its stack', () => {
    const { lines } = captureLog()
    payload.logger.error({ err: new Error('the disk is on fire'), msg: 'upload failed' })
    expect(lines).toHaveLength(1)
    expect(lines[0].level).toBe(50)
    expect((lines[0].err as { stack: string }).stack).toMatch(/the disk is on fire\n\s+at /)
  })
})

const isSql = () => ['postgres', 'sqlite'].includes(payload.db.name)

/** Runs a statement that fails in the database, with `marker` as a bound parameter; returns drizzle's error. */
const failingStatement = async (marker: string): Promise<Error> => {
  const { sql } = (await import(
    payload.db.name === 'postgres' ? '@payloadcms/db-postgres' : '@payloadcms/db-sqlite'
  )) as { sql: any }
  const db = (payload.db as unknown as { drizzle: any }).drizzle
  const statement = sql`select * from no_such_table where note = ${marker}`
  try {
    await (payload.db.name === 'postgres' ? db.execute(statement) : db.run(statement))
  } catch (error) {
    return error as Error
  }
  throw new Error('the statement should have failed')
}

describe('failed SQL in the log (SQL adapters: drizzle puts the parameters in the error)', () => {
  const MARKER = 'Жасырын мәтін author@example.kz'

  it.runIf(isSql)(
    'with NODE_ENV=production the statement is logged without its parameters',
    async () => {
      const error = await failingStatement(MARKER)
      expect(error.message).toContain(MARKER) // what would have been logged
      vi.stubEnv('NODE_ENV', 'production')
      try {
        const { raw } = captureLog()
        payload.logger.error({ err: error }) // as Payload's error handler logs it
        payload.logger.error(error) // as Payload logs a failed body parse
        payload.logger.error({
          err: new Error('wrapped', { cause: error }),
          msg: 'transaction failed',
        })
        expect(raw).toHaveLength(3)
        for (const line of raw) {
          expect(line).not.toContain('author@example.kz')
          expect(line).not.toContain('Жасырын')
        }
        expect(raw[0]).toContain('no_such_table') // the statement itself stays, so the log still says what failed
        expect(raw[0]).toContain('params: [redacted]')
      } finally {
        vi.unstubAllEnvs()
      }
    },
  )

  it.runIf(isSql)('in development the parameters stay (they help to debug)', async () => {
    const error = await failingStatement(MARKER)
    const { raw } = captureLog()
    payload.logger.error({ err: error })
    expect(raw[0]).toContain('author@example.kz')
  })
})
