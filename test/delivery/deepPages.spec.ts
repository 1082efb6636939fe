import type { Payload, Where } from 'payload'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLICLY_VISIBLE } from '../../src/access/publishable'
import { databaseKind } from '../../src/db/databaseAdapter'
import { renderMessage } from '../../src/errors/messages'
import { createRegion } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { statementsDuring as statementsOf } from '../helpers/statements'
import { createItem } from './fixtures'
import { type ApiServer, startApiServer } from './server'

// Deep pages and cursor pages of public lists (plugins/delivery/src/publicLists): the same documents in the same order as
// reading the whole public list at once, every public rule kept, and a statement shape that does not build the
// documents of the pages before. Runs on SQLite and PostgreSQL alike.

let payload: Payload
let server: ApiServer
let region: { id: number }
/** The public items of the region, in list order (newest first, then the later created, then the higher id). */
let expected: number[] = []
/** Items that must never be listed: a draft, ethics-held (pending, rejected). */
const hidden: number[] = []
let ruTitled: number

const LIMIT = 4
const TIED_AT = '2025-06-01T08:00:00.000Z'

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  region = await createRegion(payload)
  const at = (day: number) => new Date(Date.UTC(2025, 0, day, 9)).toISOString()
  const live: number[] = []
  for (let day = 1; day <= 14; day++) {
    // Four items share one publication instant: the id decides their order.
    const publishedAt = day % 4 === 0 ? TIED_AT : at(day)
    live.push(
      (
        await createItem(payload, 'articles', {
          data: { publishedAt },
          ethics: day % 5 === 0 ? 'cleared' : 'not_required',
          region: region.id,
          status: 'live',
        })
      ).id,
    )
    if (day % 3 === 0)
      hidden.push(
        (
          await createItem(payload, 'articles', {
            data: { publishedAt: at(day) },
            region: region.id,
            status: 'draft',
          })
        ).id,
      )
  }
  hidden.push(
    (
      await createItem(payload, 'articles', {
        data: { publishedAt: at(20) },
        ethics: 'pending',
        region: region.id,
        status: 'live',
      })
    ).id,
  )
  hidden.push(
    (
      await createItem(payload, 'articles', {
        data: { publishedAt: at(21) },
        ethics: 'rejected',
        region: region.id,
        status: 'live',
      })
    ).id,
  )
  ruTitled = live[5]
  await payload.update({
    collection: 'articles',
    context: { aiEthicsSkip: true, disableWebhooks: true },
    data: { title: 'Орысша тақырып' },
    id: ruTitled,
    locale: 'ru',
  })

  const all = await payload.find({
    collection: 'articles',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    sort: ['-publishedAt', '-createdAt', '-id'],
    where: { and: [PUBLICLY_VISIBLE, { region: { equals: region.id } }] },
  })
  expected = all.docs.map((doc) => doc.id)
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.baseURL}${path}`, { headers })
  return { body: (await response.json()) as any, status: response.status }
}
const inRegion = () => `where[region][equals]=${region.id}`
const ids = (body: { docs: { id: number }[] }) => body.docs.map((doc) => doc.id)

describe('public lists at any page (page=N)', () => {
  it('every page holds the documents of that slice of the whole public list, in order, with the right counts', async () => {
    expect(expected).toHaveLength(14)
    const pages = Math.ceil(expected.length / LIMIT)
    for (let page = 1; page <= pages + 1; page++) {
      const { body, status } = await get(
        `/api/articles?${inRegion()}&limit=${LIMIT}&page=${page}&depth=0`,
      )
      expect(status).toBe(200)
      expect(ids(body), `page ${page}`).toEqual(expected.slice((page - 1) * LIMIT, page * LIMIT))
      expect(body).toMatchObject({
        hasNextPage: page < pages,
        hasPrevPage: page > 1,
        limit: LIMIT,
        page,
        totalDocs: expected.length,
        totalPages: pages,
      })
      for (const id of hidden) expect(ids(body)).not.toContain(id)
    }
  })

  it('select, depth, locale and its fallback are those of the request: the documents equal Payload’s own anonymous read', async () => {
    const page = 3
    for (const query of [
      'depth=0&locale=ru',
      'depth=1&locale=ru',
      'depth=0&locale=kk&select[title]=true&select[publishedAt]=true',
      'depth=1&locale=en&select[region]=true',
    ]) {
      const { body } = await get(`/api/articles?${inRegion()}&limit=${LIMIT}&page=${page}&${query}`)
      const params = new URLSearchParams(query)
      const select = [...params.keys()]
        .filter((key) => key.startsWith('select['))
        .map((key) => key.slice(7, -1))
      // Payload's path, untouched: the anonymous read without the page-ids step.
      const reference = await payload.find({
        collection: 'articles',
        context: { publicListIdsStep: true },
        depth: Number(params.get('depth')),
        limit: LIMIT,
        locale: params.get('locale') as 'en' | 'kk' | 'ru',
        overrideAccess: false,
        page,
        ...(select.length ? { select: Object.fromEntries(select.map((key) => [key, true])) } : {}),
        sort: ['-publishedAt', '-createdAt', '-id'],
        where: { region: { equals: region.id } },
      })
      expect(body.docs, query).toEqual(JSON.parse(JSON.stringify(reference.docs)))
    }
    // The one item with a Russian title reads it in Russian; the others fall back to Kazakh.
    const onPage = Math.floor(expected.indexOf(ruTitled) / LIMIT) + 1
    const { body } = await get(
      `/api/articles?${inRegion()}&limit=${LIMIT}&page=${onPage}&depth=0&locale=ru&select[title]=true`,
    )
    const titled = body.docs.find((doc: { id: number }) => doc.id === ruTitled)
    expect(titled?.title).toBe('Орысша тақырып')
    expect(
      body.docs
        .filter((doc: { id: number; title: string }) => doc.id !== ruTitled)
        .every((doc: { title: string }) => doc.title.startsWith('Тақырып')),
    ).toBe(true)
  })

  it('GraphQL pages are the same slices', async () => {
    const response = await fetch(`${server.baseURL}/api/graphql`, {
      body: JSON.stringify({
        query: `{ Articles(where: { region: { equals: ${region.id} } }, limit: ${LIMIT}, page: 3) { docs { id } totalDocs page } }`,
      }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const { data } = (await response.json()) as any
    expect(data.Articles.docs.map((doc: { id: number }) => doc.id)).toEqual(
      expected.slice(2 * LIMIT, 3 * LIMIT),
    )
    expect(data.Articles).toMatchObject({ page: 3, totalDocs: expected.length })
  })
})

describe('cursor pagination (?after=)', () => {
  it('following nextCursor walks the whole public list once, in the order of page pagination', async () => {
    const walked: number[] = []
    let after: string | null = null
    let pages = 0
    do {
      const { body, status } = await get(
        `/api/articles?${inRegion()}&limit=${LIMIT}&depth=0${after ? `&after=${after}` : ''}`,
      )
      expect(status).toBe(200)
      const page = await get(`/api/articles?${inRegion()}&limit=${LIMIT}&depth=0&page=${pages + 1}`)
      expect(ids(body)).toEqual(ids(page.body))
      walked.push(...ids(body))
      expect(body.hasNextPage).toBe(walked.length < expected.length)
      after = body.nextCursor
      expect(typeof after === 'string' || after === null).toBe(true)
      pages++
    } while (after && pages < 10)
    expect(walked).toEqual(expected)
    expect(pages).toBe(Math.ceil(expected.length / LIMIT))
  })

  it('works ascending, by id, and keeps select, depth and locale', async () => {
    for (const sort of ['publishedAt', 'id', '-id']) {
      const first = await get(`/api/articles?${inRegion()}&limit=${LIMIT}&sort=${sort}&depth=0`)
      const second = await get(
        `/api/articles?${inRegion()}&limit=${LIMIT}&sort=${sort}&depth=0&after=${first.body.nextCursor}`,
      )
      const whole = await payload.find({
        collection: 'articles',
        depth: 0,
        overrideAccess: true,
        pagination: false,
        sort: sort.replace('-', '') === 'id' ? [sort] : [sort, 'createdAt', 'id'],
        where: { and: [PUBLICLY_VISIBLE, { region: { equals: region.id } }] },
      })
      expect([...ids(first.body), ...ids(second.body)], sort).toEqual(
        whole.docs.slice(0, 2 * LIMIT).map((doc) => doc.id),
      )
    }
    // A cursor does not fix the page size: the page after the first 8 holds the item with a Russian title.
    expect(expected.indexOf(ruTitled)).toBeGreaterThanOrEqual(2 * LIMIT)
    expect(expected.indexOf(ruTitled)).toBeLessThan(3 * LIMIT)
    const first = await get(`/api/articles?${inRegion()}&limit=${2 * LIMIT}&depth=0`)
    const { body } = await get(
      `/api/articles?${inRegion()}&limit=${LIMIT}&depth=1&locale=ru&select[title]=true&select[region]=true&after=${first.body.nextCursor}`,
    )
    expect(ids(body)).toEqual(expected.slice(2 * LIMIT, 3 * LIMIT))
    for (const doc of body.docs) {
      expect(Object.keys(doc).sort()).toEqual(['id', 'region', 'title'])
      expect(doc.region).toMatchObject({ id: region.id })
    }
    expect(body.docs.find((doc: { id: number }) => doc.id === ruTitled)?.title).toBe(
      'Орысша тақырып',
    )
    // The first page's cursor needs the sort key, yet a select without it does not show it.
    const teasers = await get(
      `/api/articles?${inRegion()}&limit=${LIMIT}&depth=0&select[title]=true`,
    )
    expect(teasers.body.docs.map((doc: object) => Object.keys(doc).sort())).toEqual(
      Array(LIMIT).fill(['id', 'title']),
    )
    const next = await get(
      `/api/articles?${inRegion()}&limit=${LIMIT}&depth=0&select[title]=true&after=${teasers.body.nextCursor}`,
    )
    expect(ids(next.body)).toEqual(expected.slice(LIMIT, 2 * LIMIT))
  })

  it('refuses a cursor it did not give out, or one of another order, with 400 INVALID_CURSOR in the caller’s language', async () => {
    const first = await get(`/api/articles?${inRegion()}&limit=${LIMIT}&depth=0`)
    const forged = Buffer.from(JSON.stringify({ i: 'x', k: '-publishedAt', v: 1 })).toString(
      'base64url',
    )
    const badDate = Buffer.from(
      JSON.stringify({ i: 5, k: '-publishedAt', v: 'not a date' }),
    ).toString('base64url')
    for (const after of ['garbage!', 'e30', forged, badDate, '', 'a'.repeat(3000)]) {
      const { body, status } = await get(
        `/api/articles?${inRegion()}&limit=${LIMIT}&after=${encodeURIComponent(after)}`,
      )
      expect(status, after.slice(0, 20)).toBe(400)
      expect(body).toMatchObject({ code: 'INVALID_CURSOR', parameter: 'after' })
    }
    const otherOrder = await get(
      `/api/articles?${inRegion()}&limit=${LIMIT}&sort=publishedAt&after=${first.body.nextCursor}`,
      { 'Accept-Language': 'ru' },
    )
    expect(otherOrder.status).toBe(400)
    expect(otherOrder.body.code).toBe('INVALID_CURSOR')
    expect(otherOrder.body.message).toMatch(
      /^after: курсор относится к списку с сортировкой «-publishedAt»/,
    )
    const unsupported = await get(
      `/api/articles?${inRegion()}&limit=${LIMIT}&sort=title&after=${first.body.nextCursor}`,
    )
    expect(unsupported.status).toBe(400)
    const withPage = await get(
      `/api/articles?${inRegion()}&limit=${LIMIT}&page=2&after=${first.body.nextCursor}`,
    )
    expect(withPage.status).toBe(400)
    expect(withPage.body.code).toBe('INVALID_CURSOR')
    // A sort that cannot be paged by cursor still pages by number, and offers no cursor.
    const byTitle = await get(`/api/articles?${inRegion()}&limit=${LIMIT}&sort=title&page=2`)
    expect(byTitle.status).toBe(200)
    expect(byTitle.body.nextCursor).toBeNull()
  })
})

const graphql = async (query: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.baseURL}/api/graphql`, {
    body: JSON.stringify({ query }),
    headers: { 'Content-Type': 'application/json', ...headers },
    method: 'POST',
  })
  return { body: (await response.json()) as any, status: response.status }
}

describe('GraphQL cursors (after:)', () => {
  const list = (args: string) =>
    `Articles(where: { region: { equals: ${region.id} } }, limit: ${LIMIT}${args})`

  it('following nextCursor with after: walks the whole public list once, in the order of REST’s pages', async () => {
    const walked: number[] = []
    let after: null | string = null
    let pages = 0
    do {
      const { body, status } = await graphql(
        `{ ${list(after ? `, after: ${JSON.stringify(after)}` : '')} { docs { id } hasNextPage nextCursor totalDocs } }`,
      )
      expect(status, JSON.stringify(body.errors)).toBe(200)
      const page = body.data.Articles
      const rest = await get(`/api/articles?${inRegion()}&limit=${LIMIT}&depth=0&page=${pages + 1}`)
      expect(ids(page)).toEqual(ids(rest.body))
      walked.push(...ids(page))
      expect(page.hasNextPage).toBe(walked.length < expected.length)
      // A cursor page counts nothing (as over REST): the first page has its total, the others none.
      expect(page.totalDocs).toBe(after ? null : expected.length)
      after = page.nextCursor
      pages++
    } while (after && pages < 10)
    expect(walked).toEqual(expected)
    expect(pages).toBe(Math.ceil(expected.length / LIMIT))
  })

  it('takes REST’s cursors, and a cursor belongs to its own query only (not to a sibling in the same request)', async () => {
    const first = await get(`/api/articles?${inRegion()}&limit=${LIMIT}&depth=0`)
    const { body } = await graphql(
      `{ next: ${list(`, after: ${JSON.stringify(first.body.nextCursor)}`)} { docs { id } nextCursor } again: ${list('')} { docs { id } page } }`,
    )
    expect(ids(body.data.next)).toEqual(expected.slice(LIMIT, 2 * LIMIT))
    expect(ids(body.data.again)).toEqual(expected.slice(0, LIMIT))
    expect(body.data.again.page).toBe(1)
    const rest = await get(
      `/api/articles?${inRegion()}&limit=${LIMIT}&depth=0&after=${first.body.nextCursor}`,
    )
    expect(body.data.next.nextCursor).toBe(rest.body.nextCursor)
  })

  it('a cursor it did not give out is a GraphQL error with code INVALID_CURSOR in the caller’s language', async () => {
    for (const [language, after] of [
      ['ru', 'garbage!'],
      [
        'kk',
        Buffer.from(JSON.stringify({ i: 'x', k: '-publishedAt', v: 1 })).toString('base64url'),
      ],
      ['en', 'e30'],
    ] as const) {
      const { body, status } = await graphql(
        `{ ${list(`, after: ${JSON.stringify(after)}`)} { docs { id } } }`,
        { 'Accept-Language': language },
      )
      expect(status, after).toBe(400)
      expect(body.errors[0].extensions, after).toMatchObject({ code: 'INVALID_CURSOR' })
      expect(body.errors[0].message, after).toBe(renderMessage('INVALID_CURSOR', {}, language))
    }
    const first = await get(`/api/articles?${inRegion()}&limit=${LIMIT}&depth=0`)
    const otherOrder = await graphql(
      `{ ${list(`, sort: "publishedAt", after: ${JSON.stringify(first.body.nextCursor)}`)} { docs { id } } }`,
      { 'Accept-Language': 'ru' },
    )
    expect(otherOrder.body.errors[0].extensions.code).toBe('INVALID_CURSOR')
    expect(otherOrder.body.errors[0].message).toMatch(
      /^after: курсор относится к списку с сортировкой «-publishedAt»/,
    )
    const withPage = await graphql(
      `{ ${list(`, page: 2, after: ${JSON.stringify(first.body.nextCursor)}`)} { docs { id } } }`,
    )
    expect(withPage.body.errors[0].extensions.code).toBe('INVALID_CURSOR')
  })
})

const statementsDuring = (run: () => Promise<unknown>) => statementsOf(payload, run)

describe('the statement shape of a deep page', () => {
  it('builds whole documents only for the page’s ids: no statement that reads localized texts skips rows with OFFSET', async () => {
    const page = Math.ceil(expected.length / LIMIT)
    const statements = await statementsDuring(() =>
      get(`/api/articles?${inRegion()}&limit=${LIMIT}&page=${page}&depth=0&locale=ru`),
    )
    const documentReads = statements.filter(
      ({ sql }) => /"articles_locales"/.test(sql) && /"articles"/.test(sql),
    )
    expect(documentReads.length).toBeGreaterThan(0)
    for (const { params, sql } of documentReads) {
      expect(sql, 'a document read skips earlier rows').not.toMatch(/\boffset\b/i)
      // Bounded by the page's ids: they are among its parameters.
      const lastPage = expected.slice((page - 1) * LIMIT)
      expect(params.map(Number)).toEqual(expect.arrayContaining(lastPage))
    }
    // The statement that walks to the page reads the collection's own table only: no localized text, no
    // relation, and no array or multi-value field of a group it does not need (Payload's SQL adapters join
    // those for a `select` that leaves their group out).
    const walks = statements.filter(({ sql }) => /\boffset\b/i.test(sql))
    expect(walks.length).toBeGreaterThan(0)
    // Nor any other table: no array or has-many field of a group the list does not select either (a subquery per
    // skipped row, and no reading the index alone).
    for (const { sql } of walks) expect(sql).not.toMatch(/"articles_/)
  })
})

type PlanNode = {
  'Index Name'?: string
  'Node Type': string
  Plans?: PlanNode[]
  'Relation Name'?: string
}
const planNodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(planNodes)]

describe.skipIf(databaseKind(process.env.DATABASE_URI!) !== 'postgres')(
  'the first step of a deep page on PostgreSQL',
  () => {
    it('reads the published-order index alone (an index-only scan): no table scan, no sort', async () => {
      const statements = await statementsDuring(() =>
        get(`/api/articles?limit=${LIMIT}&page=3&depth=0`),
      )
      const walk = statements.find(({ sql }) => /\boffset\b/i.test(sql))
      expect(walk, 'the statement that walks to the page').toBeDefined()
      const pool = (payload.db as unknown as { pool: pg.Pool }).pool
      // The visibility map an index-only scan relies on, and fresh statistics, as autovacuum keeps them.
      await pool.query('VACUUM ANALYZE articles')
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        // The test's table is a few rows: reading it whole would win on cost. Without that way out the planner
        // shows whether the index holds the page's order and every column the statement reads.
        await client.query('SET LOCAL enable_seqscan = off')
        const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${walk!.sql}`, walk!.params)
        const nodes = planNodes(rows[0]['QUERY PLAN'][0].Plan)
        const plan = JSON.stringify(nodes.map((node) => node['Node Type']))
        expect(nodes, plan).toContainEqual(
          expect.objectContaining({
            'Index Name': 'articles_published_order_idx',
            'Node Type': 'Index Only Scan',
            'Relation Name': 'articles',
          }),
        )
        expect(
          nodes.filter((node) => /Seq Scan|Sort|Bitmap Heap Scan/.test(node['Node Type'])),
          plan,
        ).toEqual([])
      } finally {
        await client.query('ROLLBACK')
        client.release()
      }
    })
  },
)

describe('a lookup by a unique field (slug, id)', () => {
  it('answers what Payload answers, page counts included, without a count statement', async () => {
    const item = await payload.findByID({
      collection: 'articles',
      depth: 0,
      id: expected[3],
      overrideAccess: true,
    })
    const draft = await payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id: hidden[0],
      overrideAccess: true,
    })
    const lookups: [string, Where][] = [
      [
        `where[slug][equals]=${item.slug}&limit=1&depth=1&locale=ru`,
        { slug: { equals: item.slug } },
      ],
      [`where[slug][equals]=${item.slug}&depth=0`, { slug: { equals: item.slug } }],
      [`where[id][equals]=${item.id}&limit=5&depth=0`, { id: { equals: item.id } }],
      [
        `where[and][0][slug][equals]=${item.slug}&where[and][1][region][equals]=${region.id}&limit=1&depth=0`,
        { and: [{ slug: { equals: item.slug } }, { region: { equals: region.id } }] },
      ],
      [`where[slug][equals]=${draft.slug}&limit=1&depth=0`, { slug: { equals: draft.slug } }],
      [`where[slug][equals]=no-such-slug&limit=1&depth=0`, { slug: { equals: 'no-such-slug' } }],
    ]
    for (const [query, where] of lookups) {
      const params = new URLSearchParams(query)
      let body: any
      const statements = await statementsDuring(
        async () => (body = (await get(`/api/articles?${query}`)).body),
      )
      const reference = await payload.find({
        collection: 'articles',
        context: { publicListIdsStep: true },
        depth: Number(params.get('depth')),
        ...(params.get('limit') ? { limit: Number(params.get('limit')) } : {}),
        ...(params.get('locale') ? { locale: params.get('locale') as 'ru' } : {}),
        overrideAccess: false,
        where,
      })
      expect(body, query).toEqual({ ...JSON.parse(JSON.stringify(reference)), nextCursor: null })
      expect(
        statements.filter(({ sql }) => /^select count\(/i.test(sql)),
        query,
      ).toEqual([])
    }
  })
})
