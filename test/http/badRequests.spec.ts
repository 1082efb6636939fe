import type { Collection, Payload } from 'payload'

import { formatNames, toWords } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../delivery/server'
import { createItem, PUBLISHABLE } from '../delivery/fixtures'
import {
  createContributor,
  createRegion,
  createRubric,
  createUser,
  loginToken,
  uploadImage,
} from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { BAD_BODIES, BAD_IDS, BAD_QUERIES, type BadBody, type BodyContext } from './badInputs'
import { type ApiRoute, apiRoutes } from './routes'

/**
 * Every kind of bad request, sent to every write and list route the config has (REST over real HTTP through the
 * app's own route handlers) and to GraphQL: each must be answered 4xx with a machine `code`, never 5xx.
 */

let payload: Payload
let server: ApiServer
let adminToken: string
let journalistToken: string
let routes: ApiRoute[]
let bodyContext: BodyContext
const collectionsOf = (p: Payload) => p.collections as Record<string, Collection>

type Outcome = { body: any; status: number }

const CODE = /^[A-Z][A-Z0-9_]+$/

/** The machine code of an error answer: `{ code }` at the top, as every refusal of this API carries. */
const codeOf = (body: any): string | undefined =>
  body && typeof body === 'object' && typeof body.code === 'string' ? body.code : undefined

const send = async (
  method: string,
  path: string,
  {
    body,
    contentType,
    token,
  }: { body?: Buffer | string; contentType?: string; token?: string } = {},
): Promise<Outcome> => {
  const headers: Record<string, string> = {}
  if (contentType) headers['Content-Type'] = contentType
  if (token) headers.Authorization = `JWT ${token}`
  const response = await fetch(`${server.baseURL}${path}`, {
    body:
      body === undefined
        ? undefined
        : new Uint8Array(typeof body === 'string' ? Buffer.from(body) : body),
    headers,
    method,
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { body: parsed, status: response.status }
}

/** Runs `tasks` a few at a time (SQLite writes queue anyway; more would only measure the lock). */
const inBatches = async <T>(tasks: (() => Promise<T>)[], size = 4): Promise<T[]> => {
  const results: T[] = []
  for (let start = 0; start < tasks.length; start += size)
    results.push(...(await Promise.all(tasks.slice(start, start + size).map((task) => task()))))
  return results
}

type Failure = string

/** A definite client mistake: 4xx with a code. A variant that may be legitimate on some routes: only never 5xx. */
const judge = (label: string, outcome: Outcome, mayPass = false): Failure | undefined => {
  const summary = `${label} → ${outcome.status} ${JSON.stringify(outcome.body).slice(0, 160)}`
  if (outcome.status >= 500) return summary
  if (outcome.status < 400) return mayPass ? undefined : summary
  if (!CODE.test(codeOf(outcome.body) ?? '')) return `${summary} (no code)`
  return undefined
}

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  const region = await createRegion(payload)
  bodyContext = { regionIds: [region.id, (await createRegion(payload)).id] }
  const admin = await createUser(payload, { roles: ['admin'] })
  adminToken = await loginToken(payload, admin.email)
  const journalist = await createUser(payload, { regions: [region.id], roles: ['journalist'] })
  journalistToken = await loginToken(payload, journalist.email)

  // A real document per collection where one can be made, so `/:id` routes reach the body and not a 404.
  const ids: Record<string, number | string> = {
    contributors: (await createContributor(payload, { region: region.id })).id,
    media: (await uploadImage(payload)).id,
    regions: region.id,
    rubrics: (await createRubric(payload)).id,
    users: journalist.id,
  }
  for (const collection of PUBLISHABLE)
    ids[collection] = (
      await createItem(payload, collection, { region: region.id, status: 'draft' })
    ).id
  routes = apiRoutes(payload, ids)
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

describe('the route list comes from the config', () => {
  it('covers every collection and the root endpoints', () => {
    for (const slug of Object.keys(payload.collections)) {
      if ((collectionsOf(payload)[slug].config.endpoints || []).length === 0) continue
      expect(
        routes.some((route) => route.path.startsWith(`/api/${slug}`)),
        slug,
      ).toBe(true)
    }
    expect(routes.some((route) => route.pattern === 'articles post /:id/workflow')).toBe(true)
    expect(routes.some((route) => route.pattern === 'root post /ai-ethics/review')).toBe(true)
    expect(routes.some((route) => route.pattern === 'users post /login')).toBe(true)
  })
})

/** Create and update-by-id: the routes that write a document's fields. */
const writesFields = (route: ApiRoute) =>
  (route.method === 'POST' && route.endpointPath === '/') ||
  (route.method === 'PATCH' && route.endpointPath === '/:id')

const hasField = (slug: string | undefined, field: string) =>
  Boolean(
    slug &&
    collectionsOf(payload)[slug]?.config.flattenedFields.some((entry) => entry.name === field),
  )

describe('bad bodies on every write route', () => {
  const bodyRoutes = () =>
    routes.filter((route) => route.method !== 'GET' && route.method !== 'DELETE')

  it.each(BAD_BODIES.map((bad) => [bad.name, bad] as const))(
    '%s: 4xx with a code, never 5xx',
    async (_name, bad: BadBody) => {
      const tasks = bodyRoutes().map((route) => async () => {
        // Bad data for a field must be refused where that field is written; a bad body everywhere.
        const mustRefuse = bad.field
          ? writesFields(route) && hasField(route.collection, bad.field)
          : !bad.mayPass
        const body = typeof bad.body === 'function' ? bad.body(bodyContext) : bad.body
        const outcome = await send(route.method, route.path, {
          body,
          contentType: bad.contentType,
          token: route.auth ? undefined : adminToken,
        })
        return judge(`${route.method} ${route.path}`, outcome, !mustRefuse)
      })
      if (bad.field)
        expect(
          bodyRoutes().some(
            (route) => writesFields(route) && hasField(route.collection, bad.field!),
          ),
          `no route writes ${bad.field}`,
        ).toBe(true)
      expect((await inBatches(tasks)).filter(Boolean)).toEqual([])
    },
  )
})

describe('bad queries on every list route', () => {
  const listRoutes = () =>
    routes.filter(
      (route) =>
        route.list ||
        ((route.method === 'PATCH' || route.method === 'DELETE') && route.endpointPath === '/'),
    )

  it.each(BAD_QUERIES.map((bad) => [bad.name, bad] as const))(
    '%s: 4xx with a code, never 5xx (anonymous, journalist and admin)',
    async (_name, bad) => {
      const tasks: (() => Promise<Failure | undefined>)[] = []
      for (const route of listRoutes()) {
        // Bulk writes only as callers who cannot do much harm if a filter were ignored.
        const tokens =
          route.method === 'GET'
            ? [undefined, journalistToken, adminToken]
            : [undefined, journalistToken]
        for (const token of tokens) {
          const who = token === adminToken ? 'admin' : token ? 'journalist' : 'anonymous'
          const path = `${route.path}?${bad.query}`
          const body = route.method === 'GET' ? {} : { body: '{}', contentType: 'application/json' }
          tasks.push(async () =>
            judge(
              `${who} ${route.method} ${path}`,
              await send(route.method, path, { ...body, token }),
              bad.mayPass,
            ),
          )
        }
      }
      expect((await inBatches(tasks)).filter(Boolean)).toEqual([])
    },
  )
})

describe('bad ids and missing files', () => {
  it('a malformed id is 4xx with a code on every collection, for GET, PATCH and DELETE', async () => {
    const tasks: (() => Promise<Failure | undefined>)[] = []
    for (const [slug, { config }] of Object.entries(collectionsOf(payload))) {
      const endpoints = config.endpoints || []
      for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
        // The first endpoint matching `/<bad id>` must be the document route (not, say, preferences' `/:key`).
        const first = endpoints.find(
          (endpoint) => endpoint.method === method.toLowerCase() && /^\/:\w+$/.test(endpoint.path),
        )
        if (first?.path !== '/:id') continue
        for (const id of BAD_IDS) {
          const path = `/api/${slug}/${id}`
          const body = method === 'PATCH' ? { body: '{}', contentType: 'application/json' } : {}
          tasks.push(async () =>
            judge(`${method} ${path}`, await send(method, path, { ...body, token: adminToken })),
          )
        }
      }
    }
    expect(tasks.length).toBeGreaterThan(100)
    expect((await inBatches(tasks)).filter(Boolean)).toEqual([])
  })

  it('a file that does not exist is 404 with a code', async () => {
    for (const token of [undefined, adminToken]) {
      const outcome = await send('GET', '/api/media/file/nope.png', { token })
      expect(outcome.status, JSON.stringify(outcome.body)).toBe(404)
      expect(codeOf(outcome.body)).toBe('NOT_FOUND')
    }
  })
})

describe('GraphQL', () => {
  type GraphQLOutcome = { body: any; status: number }

  const graphql = async (
    body: Buffer | string,
    { contentType = 'application/json', token }: { contentType?: string; token?: string } = {},
  ): Promise<GraphQLOutcome> => send('POST', '/api/graphql', { body, contentType, token })

  /** A refused GraphQL request: 4xx, and every error has a code and a 4xx statusCode. */
  const judgeGraphQL = (label: string, outcome: GraphQLOutcome): Failure | undefined => {
    const errors: any[] = Array.isArray(outcome.body?.errors) ? outcome.body.errors : []
    const ok =
      outcome.status >= 400 &&
      outcome.status < 500 &&
      errors.length > 0 &&
      errors.every(
        (error) =>
          CODE.test(error?.extensions?.code ?? '') &&
          (error.extensions.statusCode === undefined || error.extensions.statusCode < 500),
      )
    return ok
      ? undefined
      : `${label} → ${outcome.status} ${JSON.stringify(outcome.body).slice(0, 200)}`
  }

  /** Collections in the GraphQL schema, with their query and mutation names built as @payloadcms/graphql builds them. */
  const graphQLCollections = () =>
    Object.values(collectionsOf(payload))
      .map(({ config }) => config)
      .filter((config) => config.graphQL !== false)
      .map((config) => {
        const names: { pluralName?: string; singularName?: string } = config.graphQL || {}
        const fromSlug = formatNames(config.slug)
        const singular = names.singularName ? toWords(names.singularName, true) : fromSlug.singular
        const plural = names.pluralName ? toWords(names.pluralName, true) : fromSlug.plural
        return { config, plural: plural === singular ? `all${singular}` : plural, singular }
      })

  it('bad bodies: 4xx with a code', async () => {
    const query = '{ Regions { docs { id } } }'
    const cases: [string, Buffer | string, string?][] = [
      ['a query sent as JSON text', query],
      ['JSON null', 'null'],
      ['a JSON string', '"x"'],
      ['a JSON array', JSON.stringify([{ query }])],
      ['no query', '{}'],
      ['a query that is a number', '{"query":5}'],
      ['variables that are a string', JSON.stringify({ query, variables: 'x' })],
      ['operationName that is an object', JSON.stringify({ operationName: {}, query })],
      ['text/plain', JSON.stringify({ query }), 'text/plain'],
      ['application/graphql', query, 'application/graphql'],
      ['no content type', JSON.stringify({ query }), ''],
      [
        'invalid UTF-8',
        Buffer.concat([
          Buffer.from('{"query":"{ Regions { docs { id } } }","x":"'),
          Buffer.from([0xff, 0xfe]),
          Buffer.from('"}'),
        ]),
      ],
      [
        'a query nested 3,000 deep',
        JSON.stringify({
          query: `{ Regions(where: ${'{ and: ['.repeat(3000)}{}${']}'.repeat(3000)}) { docs { id } } }`,
        }),
      ],
      [
        'variables nested 100,000 deep',
        `{"query":${JSON.stringify(query)},"variables":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
      ],
      ['a syntax error', JSON.stringify({ query: '{ Regions { docs { id } ' })],
      ['an unknown field', JSON.stringify({ query: '{ Regions { docs { nope } } }' })],
    ]
    const failures: Failure[] = []
    for (const [name, body, contentType] of cases) {
      for (const token of [undefined, adminToken]) {
        const failure = judgeGraphQL(
          `${token ? 'admin' : 'anonymous'} ${name}`,
          await graphql(body, { contentType, token }),
        )
        if (failure) failures.push(failure)
      }
    }
    expect(failures).toEqual([])
  })

  it('bad list arguments on every collection: 4xx with a code', async () => {
    const tasks: (() => Promise<Failure | undefined>)[] = []
    for (const { config, plural } of graphQLCollections()) {
      const relation = config.flattenedFields.find(
        (field) =>
          (field.type === 'relationship' || field.type === 'upload') &&
          typeof field.relationTo === 'string' &&
          !field.hasMany,
      )
      const args = [
        'page: -1',
        'page: 0',
        'limit: -1',
        'sort: "nope"',
        'sort: "-nope"',
        'where: { nope: { equals: 1 } }',
        ...(relation
          ? [
              `where: { ${relation.name}: { equals: "abc" } }`,
              `where: { ${relation.name}: { equals: { a: 1 } } }`,
              `where: { ${relation.name}: { in: ["abc"] } }`,
            ]
          : []),
      ].filter(Boolean)
      for (const arg of args) {
        for (const token of [journalistToken, adminToken]) {
          const query = `{ ${plural}(${arg}) { docs { id } } }`
          tasks.push(async () =>
            judgeGraphQL(
              `${token === adminToken ? 'admin' : 'journalist'} ${query}`,
              await graphql(JSON.stringify({ query }), { token }),
            ),
          )
        }
      }
    }
    expect(tasks.length).toBeGreaterThan(50)
    expect((await inBatches(tasks)).filter(Boolean)).toEqual([])
  })

  it('rich text that is not Lexical is refused by every mutation that writes a rich-text field', async () => {
    const tasks: (() => Promise<Failure | undefined>)[] = []
    for (const { config, singular } of graphQLCollections()) {
      const richText = config.flattenedFields.find((field) => field.type === 'richText')
      if (!richText) continue
      const { docs } = await payload.find({
        collection: config.slug as 'articles',
        depth: 0,
        draft: true,
        limit: 1,
      })
      const id = docs[0]?.id
      for (const value of [
        '{ root: "nope" }',
        '{ root: { type: "root", children: [{ type: "script" }] } }',
      ]) {
        const query = `mutation { update${singular}(id: ${id}, data: { ${richText.name}: ${value} }) { id } }`
        tasks.push(async () =>
          judgeGraphQL(query, await graphql(JSON.stringify({ query }), { token: adminToken })),
        )
      }
    }
    expect(tasks.length).toBeGreaterThanOrEqual(8)
    expect((await inBatches(tasks)).filter(Boolean)).toEqual([])
  })
})
