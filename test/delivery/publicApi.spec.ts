import type { Payload } from 'payload'

import { PayloadSDKError } from '@payloadcms/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLIC_READ_LIMITS } from '../../plugins/delivery/src/publicReads'
import {
  createContributor,
  createRegion,
  createUser,
  loginToken,
  unique,
} from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { createItem, PUBLISHABLE, type PublishableSlug, sdkFor } from './fixtures'
import { type ApiServer, startApiServer } from './server'

let payload: Payload
let server: ApiServer
let region: { id: number }
let chiefToken: string

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  region = await createRegion(payload)
  const chief = await createUser(payload, { roles: ['chief-editor'] })
  chiefToken = await loginToken(payload, chief.email)
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const get = (path: string, token?: string) =>
  fetch(`${server.baseURL}${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })

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
  return {
    body: (await response.json()) as {
      data?: any
      errors?: { extensions?: any; message: string }[]
    },
    status: response.status,
  }
}

/** Awaits an SDK call that must be refused and returns the error (status and Payload's message). */
const refusal = async (call: Promise<unknown>): Promise<PayloadSDKError> => {
  try {
    await call
  } catch (error) {
    expect(error).toBeInstanceOf(PayloadSDKError)
    return error as PayloadSDKError
  }
  throw new Error('expected the request to be refused')
}

/** The GraphQL list query name of a collection (Payload's pluralised, PascalCase name). */
const LIST_QUERY: Record<PublishableSlug, string> = {
  articles: 'Articles',
  'ethno-events': 'EthnoEvents',
  'podcast-episodes': 'PodcastEpisodes',
  'tv-segments': 'TvSegments',
  videos: 'Videos',
}

describe('anonymous reads of every publishable collection', () => {
  const items = {} as Record<
    PublishableSlug,
    Record<'cleared' | 'draft' | 'live' | 'pending' | 'rejected', number>
  >

  beforeAll(async () => {
    for (const collection of PUBLISHABLE) {
      items[collection] = {
        cleared: (
          await createItem(payload, collection, {
            ethics: 'cleared',
            region: region.id,
            status: 'live',
          })
        ).id,
        draft: (await createItem(payload, collection, { region: region.id, status: 'draft' })).id,
        live: (await createItem(payload, collection, { region: region.id, status: 'live' })).id,
        pending: (
          await createItem(payload, collection, {
            ethics: 'pending',
            region: region.id,
            status: 'live',
          })
        ).id,
        rejected: (
          await createItem(payload, collection, {
            ethics: 'rejected',
            region: region.id,
            status: 'live',
          })
        ).id,
      }
    }
  })

  it.each(PUBLISHABLE)(
    '%s: lists only published items whose ethics review is not pending or rejected (REST, official SDK)',
    async (collection) => {
      const sdk = sdkFor(server.baseURL)
      const { docs } = await sdk.find({
        collection,
        depth: 0,
        limit: 100,
        where: { region: { equals: region.id } },
      })
      expect(docs.map((doc) => doc.id).sort()).toEqual(
        [items[collection].live, items[collection].cleared].sort(),
      )

      for (const hidden of ['draft', 'pending', 'rejected'] as const) {
        const error = await refusal(sdk.findByID({ collection, id: items[collection][hidden] }))
        expect(error.status).toBe(404)
      }
      expect((await sdk.findByID({ collection, id: items[collection].cleared })).id).toBe(
        items[collection].cleared,
      )
    },
  )

  it.each(PUBLISHABLE)('%s: the same over GraphQL', async (collection) => {
    const { body, status } = await graphql(
      `{ ${LIST_QUERY[collection]}(where: { region: { equals: ${region.id} } }, limit: 100) { docs { id } } }`,
    )
    expect(status, JSON.stringify(body)).toBe(200)
    const ids = body.data[LIST_QUERY[collection]].docs.map((doc: { id: number }) => doc.id).sort()
    expect(ids).toEqual([items[collection].live, items[collection].cleared].sort())
  })

  it('an item without an ethics review state is not served: the gate fails closed', async () => {
    const item = await createItem(payload, 'articles', { region: region.id, status: 'live' })
    try {
      const visible = () =>
        payload.count({
          collection: 'articles',
          overrideAccess: false,
          where: { id: { equals: item.id } },
        })
      expect((await visible()).totalDocs).toBe(1)
      // Only server code can write the state; a row without one (e.g. written by hand) must not leak.
      await payload.db.updateOne({
        collection: 'articles',
        data: { ethicsReview: { status: null } },
        id: item.id,
      })
      expect((await visible()).totalDocs).toBe(0)
      expect(
        (await refusal(sdkFor(server.baseURL).findByID({ collection: 'articles', id: item.id })))
          .status,
      ).toBe(404)
    } finally {
      await payload.delete({ collection: 'articles', id: item.id })
    }
  })

  it('staff still see every item in their reach (the public filter is for anonymous callers only)', async () => {
    const { docs } = await sdkFor(server.baseURL, chiefToken).find({
      collection: 'articles',
      draft: true,
      limit: 100,
      where: { region: { equals: region.id } },
    })
    expect(docs).toHaveLength(5)
  })
})

describe('public fields only', () => {
  let articleId: number
  let contributorId: number
  beforeAll(async () => {
    const contributor = await createContributor(payload, {
      email: `c-${unique()}@example.test`,
      phone: '+7 701 000 00 00',
      region: region.id,
    })
    contributorId = contributor.id
    const author = await createUser(payload, { regions: [region.id], roles: ['journalist'] })
    const editor = await createUser(payload, { regions: [region.id], roles: ['regional-editor'] })
    articleId = (
      await createItem(payload, 'articles', {
        data: {
          assignee: editor.id,
          contributors: [contributor.id],
          createdBy: author.id,
          updatedBy: author.id,
        },
        region: region.id,
        status: 'live',
      })
    ).id
  })

  it('a published item shows no workflow fields, ethics internals, audit users, e-mails or contact details (depth 2)', async () => {
    const doc = (await sdkFor(server.baseURL).findByID({
      collection: 'articles',
      depth: 2,
      id: articleId,
    })) as unknown as Record<string, any>
    for (const field of [
      'workflowStatus',
      'assignee',
      'scheduledFor',
      'workflowRevision',
      'ethicsReview',
      'createdBy',
      'updatedBy',
    ]) {
      expect(doc, field).not.toHaveProperty(field)
    }
    const [contributor] = doc.contributors
    expect(contributor.id).toBe(contributorId)
    expect(contributor.fullName).toBeTruthy()
    for (const field of ['email', 'phone', 'user'])
      expect(contributor, field).not.toHaveProperty(field)
    expect(JSON.stringify(doc)).not.toMatch(/@example\.test|\+7 701/)
    // What readers are told about AI stays public.
    expect(doc).toHaveProperty('aiNotice')
    expect(doc).toHaveProperty('aiDisclosure')
  })

  it('the same fields are hidden over GraphQL', async () => {
    const { body } = await graphql(
      `{ Article(id: ${articleId}) { id title workflowStatus createdBy { id email } ethicsReview { status } contributors { fullName email phone } } }`,
    )
    const doc = body.data.Article
    expect(doc.title).toBeTruthy()
    expect(doc.workflowStatus).toBeNull()
    expect(doc.createdBy).toBeNull()
    expect(doc.ethicsReview?.status ?? null).toBeNull()
    expect(doc.contributors[0]).toMatchObject({ email: null, phone: null })
  })

  it.each([
    ['users', 403],
    ['editorial-comments', 403],
    ['workflow-events', 403],
    ['ethics-reviews', 403],
    ['webhooks', 403],
    ['webhook-deliveries', 403],
    ['payload-jobs', 403],
  ])('GET /api/%s is refused to anonymous callers', async (collection, status) => {
    expect((await get(`/api/${collection}`)).status).toBe(status)
  })

  it('versions (drafts, history) are not public', async () => {
    expect((await get('/api/articles/versions')).status).toBe(403)
  })
})

describe('?draft=true without rights', () => {
  let revisedId: number
  let neverPublishedId: number
  beforeAll(async () => {
    revisedId = (
      await createItem(payload, 'articles', {
        data: { title: 'Жарияланған нұсқа' },
        region: region.id,
        status: 'live',
      })
    ).id
    await payload.update({
      collection: 'articles',
      context: { aiEthicsSkip: true, disableWebhooks: true },
      data: { title: 'Жарияланбаған түзету' },
      draft: true,
      id: revisedId,
    })
    neverPublishedId = (
      await createItem(payload, 'articles', { region: region.id, status: 'draft' })
    ).id
  })

  it('returns the published version over REST, for one item and in lists', async () => {
    const sdk = sdkFor(server.baseURL)
    expect((await sdk.findByID({ collection: 'articles', draft: true, id: revisedId })).title).toBe(
      'Жарияланған нұсқа',
    )
    const { docs } = await sdk.find({
      collection: 'articles',
      draft: true,
      limit: 100,
      where: { region: { equals: region.id } },
    })
    expect(docs.find((doc) => doc.id === revisedId)?.title).toBe('Жарияланған нұсқа')
    expect(docs.some((doc) => doc.id === neverPublishedId)).toBe(false)
    expect(
      (await refusal(sdk.findByID({ collection: 'articles', draft: true, id: neverPublishedId })))
        .status,
    ).toBe(404)
    // An editor asking for the draft gets it.
    expect(
      (
        await sdkFor(server.baseURL, chiefToken).findByID({
          collection: 'articles',
          draft: true,
          id: revisedId,
        })
      ).title,
    ).toBe('Жарияланбаған түзету')
  })

  it('returns the published version over GraphQL', async () => {
    const { body } = await graphql(`{ Article(id: ${revisedId}, draft: true) { title } }`)
    expect(body.data.Article.title).toBe('Жарияланған нұсқа')
  })
})

describe('filtering and sorting on fields the caller cannot read', () => {
  it.each([
    ['where[workflowStatus][equals]=draft', 'workflowStatus'],
    ['where[ethicsReview.status][equals]=pending', 'ethicsReview.status'],
    ['where[createdBy][equals]=1', 'createdBy'],
    ['where[assignee][exists]=true', 'assignee'],
    ['where[contributors.email][like]=example', 'email'],
    ['sort=workflowStatus', 'workflowStatus'],
    ['sort=-ethicsReview.status', 'ethicsReview.status'],
    ['sort=createdBy', 'createdBy'],
  ])('%s → 400 naming the path', async (query, path) => {
    const response = await get(`/api/articles?${query}`)
    const body = await response.json()
    expect(response.status, JSON.stringify(body)).toBe(400)
    expect(JSON.stringify(body.errors)).toContain(path)
  })

  it('the same filter is allowed to staff', async () => {
    expect(
      (
        await get(
          '/api/articles?where[workflowStatus][equals]=draft&sort=workflowStatus',
          chiefToken,
        )
      ).status,
    ).toBe(200)
  })

  it('over GraphQL: refused with 400', async () => {
    const { body, status } = await graphql(
      '{ Articles(where: { workflowStatus: { equals: draft } }) { docs { id } } }',
    )
    expect(status, JSON.stringify(body)).toBe(400)
    expect(body.errors?.[0].message).toMatch(/workflowStatus/)
    const sorted = await graphql('{ Articles(sort: "createdBy") { docs { id } } }')
    expect(sorted.status, JSON.stringify(sorted.body)).toBe(400)
    expect(sorted.body.errors?.[0].message).toMatch(/createdBy/)
  })
})

describe('bounds for anonymous callers', () => {
  it.each([
    [{ limit: PUBLIC_READ_LIMITS.maxLimit + 1 }, /^limit: .*1 to 100/],
    [{ limit: 0 }, /^limit: /],
    [{ depth: PUBLIC_READ_LIMITS.maxDepth + 1 }, /^depth: .*0 to 2/],
    [{ pagination: false }, /^pagination: /],
  ])('find(%o) → 400 naming the parameter (SDK)', async (args, message) => {
    const error = await refusal(sdkFor(server.baseURL).find({ collection: 'articles', ...args }))
    expect(error.status).toBe(400)
    expect(error.message).toMatch(message)
  })

  it('findByID with depth 3 → 400; depth 2 and limit 100 are fine', async () => {
    const sdk = sdkFor(server.baseURL)
    const error = await refusal(sdk.find({ collection: 'regions', depth: 3 }))
    expect(error.message).toMatch(/^depth: /)
    expect((await get('/api/articles?limit=100&depth=2')).status).toBe(200)
    expect((await get('/api/articles?limit=abc')).status).toBe(400)
  })

  it('signed-in callers are not bounded', async () => {
    const { limit } = await sdkFor(server.baseURL, chiefToken).find({
      collection: 'articles',
      depth: 3,
      limit: 500,
    })
    expect(limit).toBe(500)
  })

  it('GraphQL: limit, pagination and nesting depth are bounded with 400 naming the parameter', async () => {
    const tooMany = await graphql('{ Articles(limit: 101) { docs { id } } }')
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.errors?.[0].message).toMatch(/^limit: /)
    const viaVariable = await graphql('query ($n: Int) { Articles(limit: $n) { docs { id } } }', {
      variables: { n: 1000 },
    })
    expect(viaVariable.status).toBe(400)
    expect(viaVariable.body.errors?.[0].message).toMatch(/^limit: /)
    const unpaginated = await graphql('{ Regions(pagination: false) { docs { id } } }')
    expect(unpaginated.status).toBe(400)
    expect(unpaginated.body.errors?.[0].message).toMatch(/^pagination: /)

    // Article → contributors → photo is depth 2 (allowed); one more related document below is depth 3.
    const deepest = await graphql(
      '{ Articles(limit: 5) { docs { contributors { region { name } photo { url } } } } }',
    )
    expect(deepest.status, JSON.stringify(deepest.body)).toBe(200)
    const tooDeep = await graphql(
      'fragment Photo on Media { url createdBy { id } } { Articles(limit: 5) { docs { contributors { photo { ...Photo } } } } }',
    )
    expect(tooDeep.status).toBe(400)
    expect(tooDeep.body.errors?.[0].message).toMatch(/^depth: /)

    const signedIn = await graphql('{ Articles(limit: 500) { limit } }', { token: chiefToken })
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.data.Articles.limit).toBe(500)
  })

  it('GraphQL: query complexity is bounded for everyone, with room for what a website page asks', async () => {
    const page = await graphql(`
      {
        Articles(limit: 20, sort: "-publishedAt", locale: kk) {
          docs {
            id
            title
            excerpt
            slug
            publishedAt
            tags
            region {
              name
              slug
            }
            rubric {
              name
              slug
              format
            }
            heroImage {
              url
              alt
              width
              height
              sizes {
                card {
                  url
                  width
                }
                hero {
                  url
                  width
                }
              }
            }
            contributors {
              fullName
              outlet
              photo {
                url
                alt
              }
            }
            aiNotice {
              kind
              label
              digitalSourceType
              jsonLd
            }
            meta {
              title
              description
              image {
                url
              }
            }
          }
          totalDocs
          totalPages
          page
          hasNextPage
        }
        Regions(limit: 20) {
          docs {
            name
            slug
          }
        }
      }
    `)
    expect(page.status, JSON.stringify(page.body.errors)).toBe(200)

    const fields = Array.from(
      { length: 60 },
      (_, i) => `a${i}: Articles(limit: 1) { docs { id region { id } rubric { id } } }`,
    ).join('\n')
    for (const token of [undefined, chiefToken]) {
      const { body, status } = await graphql(`{ ${fields} }`, { token })
      expect(status).toBe(400)
      expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_TOO_COMPLEX')
      expect(body.errors?.[0].message).toMatch(/too complex \(\d+\); at most 600/)
    }
  })
})

describe('locales', () => {
  let id: number
  beforeAll(async () => {
    id = (
      await createItem(payload, 'articles', {
        data: { title: 'Қазақша тақырып' },
        region: region.id,
        status: 'live',
      })
    ).id
    await payload.update({
      collection: 'articles',
      context: { aiEthicsSkip: true, disableWebhooks: true },
      data: { title: 'Русский заголовок' },
      id,
      locale: 'ru',
    })
  })

  it('kk, ru and en; en falls back to kk', async () => {
    const sdk = sdkFor(server.baseURL)
    expect((await sdk.findByID({ collection: 'articles', id, locale: 'kk' })).title).toBe(
      'Қазақша тақырып',
    )
    expect((await sdk.findByID({ collection: 'articles', id, locale: 'ru' })).title).toBe(
      'Русский заголовок',
    )
    expect((await sdk.findByID({ collection: 'articles', id, locale: 'en' })).title).toBe(
      'Қазақша тақырып',
    )
    const { body } = await graphql(`{ Article(id: ${id}, locale: en) { title } }`)
    expect(body.data.Article.title).toBe('Қазақша тақырып')
  })

  it('an unknown locale is a 400 naming the parameter', async () => {
    const response = await get(`/api/articles/${id}?locale=de`)
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/^locale: /)
  })
})
