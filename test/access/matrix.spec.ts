import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WORKFLOW_ACTIONS } from '../../plugins/workflow/src/states'
import { PUBLISHABLE } from '../delivery/fixtures'
import { type ApiServer, startApiServer } from '../delivery/server'
import { createContributor } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { ENDPOINTS, MATRIX, type Outcome, PERSONAS, type Row } from './matrix'
import { type Context, type Fixture, FIXTURES } from './matrixFixtures'
import { changesFixture, expectedOutcome, isKnownOp, isSuccess, parseOp, runOp } from './matrixOps'
import { createNewsroom, httpClient } from './newsroom'

// The access matrix (test/access/matrix.ts), cell by cell, over real HTTP: REST and GraphQL against the app's own
// route handlers. Fixtures are made once; an operation that would change or delete one runs on a disposable copy
// for each persona expected to succeed.

let payload: Payload
let server: ApiServer
let ctx: Context

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  const newsroom = await createNewsroom(payload)
  ctx = { http: httpClient(server, newsroom), newsroom, payload, shared: {}, spareContributor: 0 }
  ctx.spareContributor = (await createContributor(payload, { region: newsroom.regionA.id })).id
  // Publishable collections first (other fixtures point at their items); the fixtures of a group side by side, but
  // one after another on SQLite, where concurrent writes only wait for each other.
  const inTurn = payload.db.name === 'sqlite'
  const each = async <T>(items: T[], run: (item: T) => Promise<void>) => {
    if (inTurn) for (const item of items) await run(item)
    else await Promise.all(items.map(run))
  }
  const makeAll = (slugs: string[]) =>
    each(slugs, async (slug) => {
      ctx.shared[slug] = {}
      await each(Object.keys(MATRIX[slug].fixtures), async (key) => {
        ctx.shared[slug][key] = await FIXTURES[slug].make[key](ctx)
      })
    })
  await makeAll([...PUBLISHABLE])
  await makeAll(Object.keys(MATRIX).filter((slug) => !PUBLISHABLE.includes(slug as never)))
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

describe('the matrix covers the config', () => {
  it('has a section for every collection of the built config, and none for a collection it does not have', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(
      payload.config.collections.map((collection) => collection.slug).sort(),
    )
  })

  it('every operation is one the spec can run, on a fixture its section makes', () => {
    for (const [slug, section] of [...Object.entries(MATRIX), ['endpoints', ENDPOINTS] as const]) {
      for (const { op } of section.rows) {
        const parsed = parseOp(op)
        expect(isKnownOp(parsed), `${slug}: ${op}`).toBe(true)
        if (parsed.target)
          expect(Object.keys(section.fixtures), `${slug}: ${op}`).toContain(parsed.target)
        if (parsed.target && slug !== 'endpoints')
          expect(FIXTURES[slug]?.make[parsed.target], `${slug}: ${op}`).toBeTypeOf('function')
      }
    }
  })

  it('states every operation for every collection (or says why not): the standard set, versions where there are versions, the workflow on publishable ones', () => {
    for (const collection of payload.config.collections) {
      const section = MATRIX[collection.slug]
      const ops = section.rows.map((row) => parseOp(row.op))
      const stated = (op: string, graphql = false) =>
        ops.some((parsed) => parsed.op === op && parsed.graphql === graphql) ||
        `${graphql ? 'gql ' : ''}${op}` in (section.without ?? {})
      const graphQL = collection.graphQL !== false
      const required = [
        ...['find', 'count', 'findByID', 'create', 'update', 'delete'].map(
          (op) => [op, false] as const,
        ),
        ...(graphQL ? ['find', 'count', 'findByID', 'create', 'update', 'delete'] : ['find']).map(
          (op) => [op, true] as const,
        ),
        ...(collection.versions
          ? ['versions', 'versionByID', 'restoreVersion'].flatMap((op) => [
              [op, false] as const,
              [op, true] as const,
            ])
          : []),
        ...(PUBLISHABLE.includes(collection.slug as never)
          ? [
              ...WORKFLOW_ACTIONS.map((action) => `workflow-${action}`),
              'workflow-get',
              'preview-link',
              'ethics-review',
            ].map((op) => [op, false] as const)
          : []),
      ]
      for (const [op, graphql] of required)
        expect(stated(op, graphql), `${collection.slug}: ${graphql ? 'gql ' : ''}${op}`).toBe(true)
    }
  })
})

const WRITES = new Set([
  'create',
  'delete',
  'duplicate',
  'ethics-review',
  'restoreVersion',
  'update',
  'workflow',
])

/**
 * Runs one row for every persona, side by side: reads, and writes that each act on their own target (a disposable
 * copy, or a new document). Edits and duplicates of one shared fixture run one after another.
 */
const runRow = async (slug: string, row: Row): Promise<Record<string, Outcome>> => {
  const parsed = parseOp(row.op)
  const fixtures = ctx.shared[slug] ?? {}
  const makers = FIXTURES[slug]
  const one = async (index: number): Promise<[string, Outcome]> => {
    const persona = PERSONAS[index]
    const expected = row.cells[index]
    let target: Fixture | undefined = parsed.target ? fixtures[parsed.target] : undefined
    if (parsed.target && changesFixture(parsed) && isSuccess(expected))
      target = await makers.make[parsed.target]({ ...ctx, copying: parsed.op })
    return [
      persona,
      await runOp({ collection: slug, ctx, expected, fixtures, makers, parsed, persona, target }),
    ]
  }
  // Copies of one item take the first free `<slug>-copy`: made at once, they would race for it.
  const sharedEdit =
    (['restoreVersion', 'update'].includes(parsed.op) && !changesFixture(parsed)) ||
    parsed.op === 'duplicate'
  // SQLite has one writer at a time: concurrent writes there only wait for each other (in sleeps).
  const oneWriter =
    ctx.payload.db.name === 'sqlite' &&
    WRITES.has(parsed.op.replace(/^workflow-(?!get).*/, 'workflow'))
  const results: [string, Outcome][] = []
  if (sharedEdit || oneWriter)
    for (let index = 0; index < PERSONAS.length; index++) results.push(await one(index))
  else results.push(...(await Promise.all(PERSONAS.map((_, index) => one(index)))))
  return Object.fromEntries(results)
}

const expectedRow = (slug: string, row: Row) =>
  Object.fromEntries(
    PERSONAS.map((persona, index) => [
      persona,
      expectedOutcome(row.cells[index], ctx.shared[slug] ?? {}),
    ]),
  )

const title = (row: Row) => `${row.op}${row.awaits ? ` (also decided by ${row.awaits})` : ''}`

describe.each(Object.keys(MATRIX))('%s', (slug) => {
  for (const row of MATRIX[slug].rows) {
    it(title(row), async () => {
      expect(await runRow(slug, row)).toEqual(expectedRow(slug, row))
    })
  }
})

describe('endpoints', () => {
  for (const row of ENDPOINTS.rows) {
    it(title(row), async () => {
      expect(await runRow('endpoints', row)).toEqual(expectedRow('endpoints', row))
    })
  }
})
