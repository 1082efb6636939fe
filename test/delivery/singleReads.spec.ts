import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { clearPublicReadStore } from '../../plugins/delivery/src/publicCache/withPublicReadCache'
import {
  createContributor,
  createRegion,
  createRubric,
  createUser,
  loginToken,
} from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { statementsDuring as statementsOf } from '../helpers/statements'
import { createItem } from './fixtures'
import { type ApiServer, startApiServer } from './server'

// The work of one anonymous single read by slug that the response cache misses (a crawler, an archive reader:
// every article once), as a website asks for an article page: `?where[slug][equals]=…&limit=1&depth=1&locale=ru`.
// The region, rubric and bylines it shows are the same few documents for thousands of articles: they are read
// once per public content version (plugins/delivery/src/publicCache/referenceDocs.ts), every public rule kept.
// Runs on SQLite and PostgreSQL alike.

let payload: Payload
let server: ApiServer
let region: { id: number }
let rubric: { id: number }
let contributors: number[]
/** Published articles that all show the same region, rubric and two contributors. */
const slugs: string[] = []

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  region = await createRegion(payload)
  rubric = await createRubric(payload)
  contributors = [
    (await createContributor(payload, { email: 'byline-a@example.test', region: region.id })).id,
    (await createContributor(payload, { phone: '+7 700 000 00 00', region: region.id })).id,
  ]
  for (let i = 0; i < 8; i++) {
    const item = await createItem(payload, 'articles', {
      data: { contributors, rubric: rubric.id },
      region: region.id,
      status: 'live',
    })
    slugs.push(item.slug)
  }
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

beforeEach(() => {
  delete process.env.PUBLIC_CACHE
  clearPublicReadStore()
})

/** The SQL of the statements the adapter runs while `run` runs. */
const statementsDuring = async (run: () => Promise<unknown>): Promise<string[]> =>
  (await statementsOf(payload, run)).map(({ sql }) => sql)

const single = (slug: string) =>
  `/api/articles?where[slug][equals]=${slug}&limit=1&depth=1&locale=ru`

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.baseURL}${path}`, { headers })
  const text = await response.text()
  expect(response.status, text.slice(0, 300)).toBe(200)
  return { body: JSON.parse(text), cache: response.headers.get('x-cache') }
}

/** What Payload answers an anonymous caller for the same lookup (the Local API, access on). */
const reference = async (slug: string) =>
  JSON.parse(
    JSON.stringify(
      await payload.find({
        collection: 'articles',
        depth: 1,
        limit: 1,
        locale: 'ru',
        overrideAccess: false,
        where: { slug: { equals: slug } },
      }),
    ),
  )

/** Statements that read a reference collection the article shows. */
const referenceReads = (statements: string[]) =>
  statements.filter((sql) => /\bfrom "(regions|rubrics|contributors)"/.test(sql))

describe('an anonymous single read by slug that misses the response cache', () => {
  it('reads the article alone once the region, rubric and bylines it shows were read: two statements (the content version and the article), the same answer as Payload', async () => {
    await get(single(slugs[0]))
    for (const slug of slugs.slice(1, 4)) {
      let answer: Awaited<ReturnType<typeof get>> | undefined
      const statements = await statementsDuring(async () => (answer = await get(single(slug))))
      expect(answer!.cache).toBe('MISS')
      expect(answer!.body).toEqual({ ...(await reference(slug)), nextCursor: null })
      // Populated, in the reader's language, without staff-only fields.
      const doc = answer!.body.docs[0]
      expect(doc.region).toMatchObject({ id: region.id })
      expect(doc.rubric).toMatchObject({ id: rubric.id })
      expect(doc.contributors.map((c: { id: number }) => c.id)).toEqual(contributors)
      for (const contributor of doc.contributors) {
        expect(contributor).not.toHaveProperty('email')
        expect(contributor).not.toHaveProperty('phone')
      }
      expect(referenceReads(statements), slug).toEqual([])
      expect(statements, statements.join('\n')).toHaveLength(2)
    }
  })

  it('a write to a region, rubric or contributor shows on the next read of any article', async () => {
    await get(single(slugs[0]))
    await payload.update({
      collection: 'regions',
      data: { name: 'Новый регион' },
      id: region.id,
      locale: 'ru',
    })
    expect((await get(single(slugs[1]))).body.docs[0].region.name).toBe('Новый регион')
    await payload.update({
      collection: 'rubrics',
      data: { name: 'Новая рубрика' },
      id: rubric.id,
      locale: 'ru',
    })
    expect((await get(single(slugs[2]))).body.docs[0].rubric.name).toBe('Новая рубрика')
    await payload.update({
      collection: 'contributors',
      data: { fullName: 'Новый автор' },
      id: contributors[0],
    })
    const after = (await get(single(slugs[3]))).body
    expect(after.docs[0].contributors[0].fullName).toBe('Новый автор')
    expect(after).toEqual({ ...(await reference(slugs[3])), nextCursor: null })
  })

  it('signed-in staff read the references themselves (their view has the staff-only fields), and their view is never kept for anonymous readers', async () => {
    const chief = await createUser(payload, { roles: ['chief-editor'] })
    const token = await loginToken(payload, chief.email)
    await get(single(slugs[4]))
    const staff = (await get(single(slugs[5]), { Authorization: `JWT ${token}` })).body
    expect(staff.docs[0].contributors[0].email).toBe('byline-a@example.test')
    const anonymous = (await get(single(slugs[6]))).body
    expect(anonymous.docs[0].contributors[0]).not.toHaveProperty('email')
    expect(anonymous).toEqual({ ...(await reference(slugs[6])), nextCursor: null })
  })

  it('each locale, fallback and population selection gets its own copy, as Payload answers it', async () => {
    await payload.update({
      collection: 'regions',
      data: { name: 'Регион по-русски' },
      id: region.id,
      locale: 'ru',
    })
    const variants: [string, Parameters<Payload['find']>[0]][] = [
      ['locale=ru', { collection: 'articles', locale: 'ru' }],
      ['locale=kk', { collection: 'articles', locale: 'kk' }],
      ['locale=en', { collection: 'articles', locale: 'en' }],
      [
        'locale=en&fallback-locale=none',
        { collection: 'articles', fallbackLocale: false, locale: 'en' },
      ],
      [
        'locale=ru&populate[regions][slug]=true',
        { collection: 'articles', locale: 'ru', populate: { regions: { slug: true } } },
      ],
    ]
    for (const [index, [query, args]] of variants.entries()) {
      const slug = slugs[index % slugs.length]
      // Twice: the second read is given the copies the first one kept.
      for (let i = 0; i < 2; i++) {
        const { body } = await get(
          `/api/articles?where[slug][equals]=${slug}&limit=1&depth=1&${query}`,
        )
        const expected = await payload.find({
          ...args,
          depth: 1,
          limit: 1,
          overrideAccess: false,
          where: { slug: { equals: slug } },
        })
        expect(body, query).toEqual({ ...JSON.parse(JSON.stringify(expected)), nextCursor: null })
      }
    }
  })

  it('with PUBLIC_CACHE=off every read goes to the database, references included', async () => {
    process.env.PUBLIC_CACHE = 'off'
    await get(single(slugs[0]))
    const statements = await statementsDuring(() => get(single(slugs[1])))
    expect(referenceReads(statements).length).toBeGreaterThan(0)
  })
})
