import type { Payload } from 'payload'
import type pg from 'pg'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { ApiServer } from '../delivery/server'

/**
 * PostgreSQL only: the SELECTs of anonymous public reads run as prepared statements (src/db/postgresPool.ts), so a
 * read the site repeats for every article — by slug, then its references — is parsed and planned once per
 * connection, not on every request. Before, every uncached single read by slug had the server parse and plan its
 * statements again (10 000 articles, bench:slug-reads: 1.3 ms of the server's CPU per read, 0.4 ms after).
 *
 * Observed on the server: `pg_prepared_statements` of the connections kept for public reads (DATABASE_POOL_MAX=5:
 * one, see poolShares in src/db/settings.ts) — the statements they hold and how often each ran.
 */
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URI ?? '')

process.env.DATABASE_POOL_MAX = '5'

type NewsroomPool = pg.Pool & { publicReads?: pg.Pool }
type Prepared = { custom_plans: string; generic_plans: string; name: string; statement: string }

let payload: Payload
let server: ApiServer
let pool: NewsroomPool
let region: { id: number }
let cap: number
const articles: { id: number; slug: string }[] = []

beforeAll(async () => {
  if (!onPostgres) return
  const { bootPayload } = await import('../helpers/payload')
  const { startApiServer } = await import('../delivery/server')
  const { createRegion } = await import('../helpers/factories')
  const { createItem } = await import('../delivery/fixtures')
  cap = (await import('../../src/db/postgresPool')).PREPARED_READS_PER_CONNECTION
  payload = await bootPayload()
  server = await startApiServer()
  pool = (payload.db as unknown as { pool: NewsroomPool }).pool
  region = await createRegion(payload)
  for (let i = 0; i < 8; i++)
    articles.push(await createItem(payload, 'articles', { region: region.id, status: 'live' }))
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

beforeEach(() => {
  // Every read reaches the database (no response cache, no kept reference documents).
  process.env.PUBLIC_CACHE = 'off'
})

/** The prepared statements every connection kept for public reads holds (each connection checked out in turn). */
const preparedOnPublicConnections = async (): Promise<Prepared[][]> => {
  const publicReads = pool.publicReads
  expect(publicReads, 'DATABASE_POOL_MAX=5 keeps a connection for public reads').toBeDefined()
  const clients: pg.PoolClient[] = []
  try {
    while (clients.length < publicReads!.totalCount) clients.push(await publicReads!.connect())
    return await Promise.all(
      clients.map(
        async (client) =>
          (
            await client.query<Prepared>(
              'select name, statement, generic_plans, custom_plans from pg_prepared_statements',
            )
          ).rows,
      ),
    )
  } finally {
    clients.forEach((client) => client.release())
  }
}

const runs = (statement: Prepared) =>
  Number(statement.generic_plans) + Number(statement.custom_plans)

const get = async (path: string) => {
  const response = await fetch(`${server.baseURL}${path}`)
  const text = await response.text()
  expect(response.status, text.slice(0, 300)).toBe(200)
  return JSON.parse(text) as { docs: { id: number; slug: string }[] }
}

const single = (slug: string) =>
  `/api/articles?where[slug][equals]=${slug}&limit=1&depth=1&locale=ru`

/** The article read by slug among a connection's prepared statements. */
const bySlug = (statements: Prepared[]) =>
  statements.filter(
    ({ statement }) =>
      /from "articles"/.test(statement) && /"articles"\."slug" = \$1/.test(statement),
  )

describe.runIf(onPostgres)(
  'anonymous public reads as prepared statements (PostgreSQL only)',
  () => {
    it('reads of different articles by slug run one prepared statement per connection: PostgreSQL parses it once, then plans at most once per read (a generic plan after five)', async () => {
      for (const { id, slug } of articles)
        expect((await get(single(slug))).docs.map((d) => d.id)).toEqual([id])
      const perConnection = await preparedOnPublicConnections()
      const article = perConnection.flatMap(bySlug)
      expect(article.length, JSON.stringify(perConnection)).toBeGreaterThan(0)
      expect(article.length).toBeLessThanOrEqual(perConnection.length)
      expect(article.reduce((sum, statement) => sum + runs(statement), 0)).toBeGreaterThanOrEqual(
        articles.length,
      )
      // The region each article shows is read by its own prepared statement too.
      expect(perConnection.flat().some(({ statement }) => /from "regions"/.test(statement))).toBe(
        true,
      )
    })

    it('statements of signed-in and internal reads are not prepared', async () => {
      const before = (await preparedOnPublicConnections()).flat().length
      await payload.find({
        collection: 'articles',
        depth: 1,
        overrideAccess: false,
        where: { slug: { equals: articles[0].slug } },
      })
      const main = await pool.connect()
      try {
        const { rows } = await main.query('select count(*)::int as n from pg_prepared_statements')
        expect(rows[0].n).toBe(0)
      } finally {
        main.release()
      }
      expect((await preparedOnPublicConnections()).flat().length).toBe(before)
    })

    it('a column type altered after the read was prepared: the next read answers as before (the stale statement is dropped and the read runs unprepared once)', async () => {
      const [{ id, slug }] = articles
      await get(single(slug))
      const alter = (type: string) =>
        pool.query(`alter table articles alter column slug type ${type}`)
      await alter('text')
      try {
        const after = await get(single(slug))
        expect(after.docs.map((d) => [d.id, d.slug])).toEqual([[id, slug]])
        // Prepared again under the new column type.
        expect((await get(single(articles[1].slug))).docs.map((d) => d.id)).toEqual([
          articles[1].id,
        ])
      } finally {
        await alter('varchar')
      }
      expect((await get(single(slug))).docs.map((d) => d.id)).toEqual([id])
    })

    it('the server dropped the prepared statements (DEALLOCATE ALL, DISCARD ALL): the next read answers as before and prepares them again', async () => {
      const [, { id, slug }] = articles
      await get(single(slug))
      const publicReads = pool.publicReads!
      const clients: pg.PoolClient[] = []
      while (clients.length < publicReads.totalCount) clients.push(await publicReads.connect())
      try {
        for (const client of clients) await client.query('deallocate all')
      } finally {
        clients.forEach((client) => client.release())
      }
      expect((await preparedOnPublicConnections()).flat()).toEqual([])
      expect((await get(single(slug))).docs.map((d) => d.id)).toEqual([id])
      expect((await get(single(articles[3].slug))).docs.map((d) => d.id)).toEqual([articles[3].id])
      expect((await preparedOnPublicConnections()).flatMap(bySlug).length).toBeGreaterThan(0)
    })

    it(`a connection keeps at most PREPARED_READS_PER_CONNECTION of them, the least recently used dropped first`, async () => {
      // Lists of 1, 2, 3, … ids (the region's and ids nobody has): each length is a statement of its own.
      for (let n = 1; n <= cap + 5; n++) {
        const list = [region.id, ...Array.from({ length: n - 1 }, (_, i) => 1_000_000 + i)]
        const body = await get(`/api/regions?where[id][in]=${list.join(',')}&depth=0&limit=1`)
        expect(body.docs.map((d) => d.id)).toEqual([region.id])
      }
      // The single read, used again last, is still there; no connection holds more than the cap.
      await get(single(articles[2].slug))
      const perConnection = await preparedOnPublicConnections()
      expect(perConnection.map((statements) => statements.length)).toEqual([cap])
      expect(perConnection.flatMap(bySlug).length).toBeGreaterThan(0)
    })
  },
)
