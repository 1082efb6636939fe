import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createItem, PUBLISHABLE, type PublishableSlug } from '../delivery/fixtures'
import { type ApiServer, startApiServer } from '../delivery/server'
import { bootPayload } from '../helpers/payload'
import {
  createNewsroom,
  gqlId,
  graphqlNames,
  graphqlStatus,
  type HttpClient,
  httpClient,
  type Newsroom,
} from './newsroom'

// Finding 2: the version history of an item (drafts, revisions, texts held by the ethics review, reviewer notes) is
// work in progress: only the people who may read the item's drafts read it — its author, the editors of its region,
// chief editors, admins and ethics reviewers. Checked over HTTP, REST and GraphQL, on every publishable collection.

const SECRET = 'EMBARGO-REVISION'
const NOTE = 'EMBARGO-REVIEWER-NOTE'

let payload: Payload
let server: ApiServer
let newsroom: Newsroom
let http: HttpClient
const items = {} as Record<
  PublishableSlug,
  { held: number; revised: number; revisionVersion: number | string; rejected: number }
>

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  newsroom = await createNewsroom(payload)
  http = httpClient(server, newsroom)
  const author = newsroom.people.journalistA
  const region = newsroom.regionA.id
  for (const collection of PUBLISHABLE) {
    const revised = await createItem(payload, collection, { author, region, status: 'live' })
    await payload.update({
      collection,
      context: { aiEthicsSkip: true, disableWebhooks: true },
      data: { title: `${SECRET} ${collection}` } as never,
      draft: true,
      id: revised.id,
      user: author,
    })
    const { docs } = await payload.findVersions({
      collection,
      limit: 1,
      sort: '-updatedAt',
      where: { parent: { equals: revised.id } },
    })
    const held = await createItem(payload, collection, {
      author,
      data: { title: `${SECRET} held ${collection}` },
      ethics: 'pending',
      region,
      status: 'live',
    })
    const rejected = await createItem(payload, collection, {
      author,
      data: {
        ethicsReview: { note: NOTE, status: 'rejected' },
        title: `${SECRET} rejected ${collection}`,
      },
      region,
      status: 'draft',
    })
    items[collection] = {
      held: held.id,
      rejected: rejected.id,
      revised: revised.id,
      revisionVersion: docs[0].id,
    }
  }
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const parents = (collection: PublishableSlug) => {
  const { held, rejected, revised } = items[collection]
  return [held, rejected, revised]
}

describe.each(PUBLISHABLE)('versions of %s', (collection) => {
  const listPath = () =>
    `/api/${collection}/versions?limit=100&depth=0&where[parent][in]=${parents(collection).join(',')}`

  it('a journalist of another region lists none of them (REST), and sees none of their texts', async () => {
    const res = await http.get('journalistB', listPath())
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(0)
    expect(JSON.stringify(res.body)).not.toContain('EMBARGO')
  })

  it("a journalist of another region is refused one of them by id (REST: 403, as Payload answers a version outside the caller's access)", async () => {
    const res = await http.get(
      'journalistB',
      `/api/${collection}/versions/${items[collection].revisionVersion}?depth=0`,
    )
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).not.toContain('EMBARGO')
  })

  it('the same over GraphQL: versions list empty, version by id refused', async () => {
    const names = graphqlNames(payload, collection)!
    const list = await http.graphql(
      'journalistB',
      `{ versions${names.plural}(where: { parent: { in: [${parents(collection).join(',')}] } }, limit: 100) { totalDocs docs { id version { title } } } }`,
    )
    expect(graphqlStatus(list, `versions${names.plural}`)).toBe(200)
    expect(list.body.data[`versions${names.plural}`].totalDocs).toBe(0)
    const one = await http.graphql(
      'journalistB',
      `{ version${names.singular}(id: ${gqlId(items[collection].revisionVersion)}) { id version { title } } }`,
    )
    expect(graphqlStatus(one, `version${names.singular}`)).toBe(403)
    expect(JSON.stringify([list.body, one.body])).not.toContain('EMBARGO')
  })

  it('a journalist of another region cannot restore one (REST and GraphQL)', async () => {
    const res = await http.post(
      'journalistB',
      `/api/${collection}/versions/${items[collection].revisionVersion}?depth=0`,
    )
    expect([403, 404]).toContain(res.status)
    const names = graphqlNames(payload, collection)!
    const gql = await http.graphql(
      'journalistB',
      `mutation { restoreVersion${names.singular}(id: ${gqlId(items[collection].revisionVersion)}) { id } }`,
    )
    expect([403, 404]).toContain(graphqlStatus(gql, `restoreVersion${names.singular}`))
  })

  it('anonymous callers are refused (403)', async () => {
    expect((await http.get('anonymous', listPath())).status).toBe(403)
  })

  it('the author and the editor of the region read all of them; chief editor, admin and ethics reviewer too', async () => {
    for (const persona of ['journalistA', 'editorA', 'chief', 'admin', 'ethics'] as const) {
      const res = await http.get(persona, listPath())
      expect(res.status, persona).toBe(200)
      const seen = new Set(res.body.docs.map((doc: { parent: number }) => doc.parent))
      expect([...seen].sort(), persona).toEqual([...parents(collection)].sort())
    }
  })

  it('the author reads the reviewer note in the versions of her own item', async () => {
    const own = await http.get(
      'journalistA',
      `/api/${collection}/versions?depth=0&where[parent][equals]=${items[collection].rejected}`,
    )
    expect(JSON.stringify(own.body)).toContain(NOTE)
  })
})
