import type { Payload } from 'payload'

import { getIntrospectionQuery } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GRAPHQL_DOCUMENT_LIMITS } from '../../plugins/delivery/src/graphqlDocumentLimits'
import { createRegion, createUser, loginToken } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { createItem } from './fixtures'
import { type ApiServer, startApiServer } from './server'

let payload: Payload
let server: ApiServer
let chiefToken: string

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  const region = await createRegion(payload)
  for (let i = 0; i < 3; i++)
    await createItem(payload, 'articles', { region: region.id, status: 'live' })
  chiefToken = await loginToken(
    payload,
    (await createUser(payload, { roles: ['chief-editor'] })).email,
  )
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

type GraphQLBody = { data?: any; errors?: { extensions?: { code?: string }; message: string }[] }

const graphql = async (
  query: string,
  { token, variables }: { token?: string; variables?: Record<string, unknown> } = {},
) => {
  const response = await fetch(`${server.baseURL}/api/graphql`, {
    body: JSON.stringify({ query, variables }),
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    method: 'POST',
  })
  const text = await response.text()
  return { body: JSON.parse(text) as GraphQLBody, status: response.status, text }
}

/** Asserts a 400 whose first error carries `code`; returns its message. */
const expectRefused = (
  result: { body: GraphQLBody; status: number; text: string },
  code: string,
): string => {
  expect(result.status, result.text.slice(0, 400)).toBe(400)
  expect(result.body.data ?? null).toBeNull()
  expect(result.body.errors?.[0]?.extensions?.code, result.text.slice(0, 400)).toBe(code)
  return result.body.errors![0].message
}

/** Fragments each spreading the next twice: 20 of them are under 1 KB and select 2^19 fields as the query runs. */
const doublingFragments = (levels: number, leaf: string, on = 'Query') => {
  let query = `fragment F${levels} on ${on} { ${leaf} }\n`
  for (let level = levels - 1; level >= 1; level--)
    query += `fragment F${level} on ${on} { ...F${level + 1} ...F${level + 1} }\n`
  return query
}

const CALLERS = [
  ['anonymous', undefined],
  ['signed in', () => chiefToken],
] as const

describe('the size of a GraphQL document is bounded before anything runs, for every caller', () => {
  it.each(CALLERS)(
    '%s: nested fragments that double at every level are refused',
    async (_, token) => {
      const cheapLeaves = `${doublingFragments(20, '__typename')}{ ...F1 }`
      expect(cheapLeaves.length).toBeLessThan(1000)
      expect(
        expectRefused(await graphql(cheapLeaves, { token: token?.() }), 'GRAPHQL_TOO_MANY_FIELDS'),
      ).toMatch(/at most 600/)

      const documents = `${doublingFragments(20, 'id title', 'Article')}{ Articles(limit: 1) { docs { ...F1 } } }`
      expectRefused(await graphql(documents, { token: token?.() }), 'GRAPHQL_TOO_MANY_FIELDS')

      // Inline fragments count like the fields they hold.
      const inline = `{ ${Array.from({ length: 50 }, (_, i) => `... on Query { r${i}: Regions(limit: 1) { docs { id name slug kind order createdAt updatedAt } totalDocs page limit hasNextPage } }`).join(' ')} }`
      expectRefused(await graphql(inline, { token: token?.() }), 'GRAPHQL_TOO_MANY_FIELDS')
    },
  )

  it.each(CALLERS)(
    '%s: repeated fields, aliases, tokens, depth and fragment cycles are refused with their own code',
    async (_, token) => {
      const { maxAliases, maxDepth, maxFields, maxTokens } = GRAPHQL_DOCUMENT_LIMITS
      const options = { token: token?.() }
      expectRefused(
        await graphql(
          `{ Articles(limit: 1) { docs { ${'title '.repeat(maxFields + 1)} } } }`,
          options,
        ),
        'GRAPHQL_TOO_MANY_FIELDS',
      )
      expectRefused(
        await graphql(
          `{ ${Array.from({ length: maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
          options,
        ),
        'GRAPHQL_TOO_MANY_ALIASES',
      )
      expectRefused(
        await graphql(`{ ${'__typename '.repeat(maxTokens)} }`, options),
        'GRAPHQL_TOO_MANY_TOKENS',
      )
      const deep = `{ Articles(limit: 1) { docs { ${'contributors { photo { createdBy { '.repeat(7)} id ${'} } } '.repeat(7)} } } }`
      expect(expectRefused(await graphql(deep, options), 'GRAPHQL_TOO_DEEP')).toMatch(
        new RegExp(`at most ${maxDepth}`),
      )
      expectRefused(
        await graphql(
          'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }',
          options,
        ),
        'GRAPHQL_FRAGMENT_CYCLE',
      )
      expectRefused(
        await graphql('{ Articles(limit: 1) { docs { id }', options),
        'GRAPHQL_PARSE_FAILED',
      )
    },
  )

  it('what websites and tools send still runs: a page query, fragments, and the introspection query', async () => {
    const page = await graphql(`
      fragment Card on Article {
        id
        title
        slug
        heroImage {
          url
          alt
          sizes {
            card {
              url
              width
            }
          }
        }
        region {
          name
          slug
        }
      }
      {
        latest: Articles(limit: 10, sort: "-publishedAt") {
          docs {
            ...Card
          }
          totalDocs
        }
        again: Articles(limit: 5, page: 2) {
          docs {
            ...Card
          }
        }
        Regions(limit: 20) {
          docs {
            name
            slug
          }
        }
      }
    `)
    expect(page.status, page.text.slice(0, 400)).toBe(200)
    expect(page.body.data.latest.docs.length).toBeGreaterThan(0)
    const introspection = await graphql(getIntrospectionQuery())
    expect(introspection.status, introspection.text.slice(0, 400)).toBe(200)
    expect(introspection.body.data.__schema.queryType.name).toBe('Query')
  })
})

describe('complexity and the public bounds: every way of passing a value obeys them', () => {
  it('the complexity refusal carries a code, also when the cost sits in fragments', async () => {
    const fields = Array.from(
      { length: 60 },
      (_, i) => `a${i}: Articles(limit: 1) { docs { id region { id } rubric { id } } }`,
    ).join('\n')
    expectRefused(await graphql(`{ ${fields} }`), 'GRAPHQL_TOO_COMPLEX')
    expectRefused(
      await graphql(`fragment All on Query { ${fields} } { ...All }`, { token: chiefToken }),
      'GRAPHQL_TOO_COMPLEX',
    )
  })

  it('anonymous: a variable default past a bound is refused like the literal', async () => {
    const tooMany = await graphql(
      'query ($l: Int = 5000) { Articles(limit: $l) { limit docs { id } } }',
    )
    expect(expectRefused(tooMany, 'PUBLIC_LIMIT_EXCEEDED')).toMatch(/^limit: /)
    expectRefused(
      await graphql('query ($l: Int = 0) { Articles(limit: $l) { docs { id } } }'),
      'PUBLIC_LIMIT_EXCEEDED',
    )
    const inFragment = await graphql(
      'fragment List on Query { Articles(limit: $l) { docs { id } } } query ($l: Int = 101) { ...List }',
    )
    expectRefused(inFragment, 'PUBLIC_LIMIT_EXCEEDED')
    const unpaginated = await graphql(
      'query ($p: Boolean = false) { Regions(pagination: $p) { docs { id } } }',
    )
    expect(expectRefused(unpaginated, 'PUBLIC_LIMIT_EXCEEDED')).toMatch(/^pagination: /)
    // A passed value wins over the default, both ways.
    expectRefused(
      await graphql('query ($l: Int = 5) { Articles(limit: $l) { docs { id } } }', {
        variables: { l: 1000 },
      }),
      'PUBLIC_LIMIT_EXCEEDED',
    )
    const allowed = await graphql('query ($l: Int = 5000) { Articles(limit: $l) { limit } }', {
      variables: { l: 2 },
    })
    expect(allowed.status, allowed.text).toBe(200)
    expect(allowed.body.data.Articles.limit).toBe(2)
  })

  it('anonymous: all the lists of one request ask for at most 300 documents (aliases cannot multiply a page)', async () => {
    const lists = (count: number, limit?: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `l${i}: Articles${limit ? `(limit: ${limit})` : ''} { docs { id } }`).join(' ')} }`
    expect(expectRefused(await graphql(lists(4, 100)), 'PUBLIC_LIMIT_EXCEEDED')).toMatch(
      /at most 300 documents in all \(this one asks for 400\)/,
    )
    expectRefused(await graphql(lists(31)), 'PUBLIC_LIMIT_EXCEEDED') // Payload's default page is 10
    // Through a fragment spread in three places, with the limit from a variable's default.
    const spread =
      'fragment L on Query { Articles(limit: $l) { docs { id } } } query ($l: Int = 100) { a: Regions { docs { id } } ...L b: Articles { docs { id } } }'
    expect((await graphql(spread)).status).toBe(200)
    expectRefused(
      await graphql(
        spread.replace(
          '...L b:',
          '...L ... on Query { ...L } c: Articles(limit: 100) { docs { id } } b:',
        ),
      ),
      'PUBLIC_LIMIT_EXCEEDED',
    )
    const threePages = await graphql(lists(3, 100))
    expect(threePages.status, threePages.text.slice(0, 300)).toBe(200)
    expect((await graphql(lists(4, 100), { token: chiefToken })).status).toBe(200)
  })

  it('signed-in callers keep their larger pages, also through defaults', async () => {
    const { body, status } = await graphql(
      'query ($l: Int = 500) { Articles(limit: $l) { limit } }',
      { token: chiefToken },
    )
    expect(status).toBe(200)
    expect(body.data.Articles.limit).toBe(500)
  })

  it('other request errors carry a code too', async () => {
    expectRefused(
      await graphql('{ Articles(limit: 1) { docs { noSuchField } } }'),
      'GRAPHQL_UNKNOWN_FIELD',
    )
  })
})
