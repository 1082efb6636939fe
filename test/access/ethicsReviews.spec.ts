import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SignedInUser } from '../helpers/factories'
import { createItem, PUBLISHABLE } from '../delivery/fixtures'
import { type ApiServer, startApiServer } from '../delivery/server'
import { createUser, loginToken } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import {
  createNewsroom,
  gqlId,
  graphqlStatus,
  type HttpClient,
  httpClient,
  type Newsroom,
} from './newsroom'

// Finding 4: an item's AI-ethics review (the flags that quote its text, the reviewer's note, the decisions) is read
// by ethics reviewers, admins, chief editors and the editors of the item's region; the author reads the review of
// her own items. Nobody else — not a journalist of another region, not a colleague of the same region.

let payload: Payload
let server: ApiServer
let newsroom: Newsroom
let http: HttpClient
let colleague: SignedInUser
let colleagueToken: string
const ids = { cleared: 0, heldA: 0, heldB: 0 }

const flagged = (marker: string) => ({
  flags: [
    {
      at: new Date().toISOString(),
      detail: `«Как языковая модель ИИ» ${marker}-QUOTE`,
      signal: 'chatbot-boilerplate',
      source: 'text',
    },
  ],
  status: 'pending',
})

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  newsroom = await createNewsroom(payload)
  http = httpClient(server, newsroom)
  colleague = await createUser(payload, { regions: [newsroom.regionA.id], roles: ['journalist'] })
  colleagueToken = await loginToken(payload, colleague.email)
  const { journalistA, journalistB } = newsroom.people
  ids.heldA = (
    await createItem(payload, 'articles', {
      author: journalistA,
      data: { ethicsReview: flagged('REGION-A') },
      ethics: 'pending',
      region: newsroom.regionA.id,
      status: 'draft',
    })
  ).id
  ids.heldB = (
    await createItem(payload, 'articles', {
      author: journalistB,
      data: { ethicsReview: flagged('REGION-B') },
      ethics: 'pending',
      region: newsroom.regionB.id,
      status: 'draft',
    })
  ).id
  for (const [id, note] of [
    [ids.heldA, 'REGION-A-NOTE: the quote is machine output'],
    [ids.heldB, 'REGION-B-NOTE: rewrite it'],
  ] as const) {
    const res = await http.post('ethics', '/api/ai-ethics/review', {
      collection: 'articles',
      decision: 'reject',
      id,
      note,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }
  // A public item of region A whose review was cleared: its flags and the note stay staff-only.
  ids.cleared = (
    await createItem(payload, 'articles', {
      author: journalistA,
      data: {
        ethicsReview: { ...flagged('CLEARED-A'), note: 'CLEARED-A-NOTE', status: 'cleared' },
      },
      ethics: 'cleared',
      region: newsroom.regionA.id,
      status: 'live',
    })
  ).id
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const reviewsPath = `/api/ethics-reviews?limit=100&depth=0`
const markersIn = (body: unknown) =>
  ['REGION-A', 'REGION-B'].filter((marker) => JSON.stringify(body).includes(marker))
const asColleague = async (path: string) => {
  const response = await fetch(`${server.baseURL}${path}`, {
    headers: { Authorization: `JWT ${colleagueToken}` },
  })
  return { body: await response.json(), status: response.status }
}

describe('ethics-reviews records', () => {
  it('a journalist of another region reads none of region A’s (REST and GraphQL)', async () => {
    const res = await http.get('journalistB', reviewsPath)
    expect(res.status).toBe(200)
    expect(markersIn(res.body)).toEqual(['REGION-B']) // her own item's review only
    const gql = await http.graphql(
      'journalistB',
      '{ EthicsReviews(limit: 100) { docs { note flags } } }',
    )
    expect(graphqlStatus(gql, 'EthicsReviews')).toBe(200)
    expect(markersIn(gql.body)).toEqual(['REGION-B'])
  })

  it('a colleague of the same region reads none of them', async () => {
    const res = await asColleague(reviewsPath)
    expect(res.status).toBe(200)
    expect(markersIn(res.body)).toEqual([])
  })

  it('the author reads the decisions on her own items only', async () => {
    const res = await http.get('journalistA', reviewsPath)
    expect(markersIn(res.body)).toEqual(['REGION-A'])
    expect(
      res.body.docs.find((doc: { docId: string }) => doc.docId === String(ids.heldA)),
    ).toMatchObject({ decision: 'reject' })
  })

  it('the editor of the region reads region A’s; chief editor, ethics reviewer and admin read all', async () => {
    expect(markersIn((await http.get('editorA', reviewsPath)).body)).toEqual(['REGION-A'])
    for (const persona of ['chief', 'ethics', 'admin'] as const) {
      expect(markersIn((await http.get(persona, reviewsPath)).body), persona).toEqual([
        'REGION-A',
        'REGION-B',
      ])
    }
  })

  it('one of them by id: 404 for a journalist of another region, 200 for the author', async () => {
    const { docs } = await payload.find({
      collection: 'ethics-reviews',
      where: { docId: { equals: String(ids.heldA) } },
    })
    expect((await http.get('journalistB', `/api/ethics-reviews/${docs[0].id}`)).status).toBe(404)
    expect((await http.get('journalistA', `/api/ethics-reviews/${docs[0].id}`)).status).toBe(200)
    const gql = await http.graphql(
      'journalistB',
      `{ EthicsReview(id: ${gqlId(docs[0].id)}) { note } }`,
    )
    expect(graphqlStatus(gql, 'EthicsReview')).toBe(404)
  })

  it('anonymous callers are refused', async () => {
    expect((await http.get('anonymous', reviewsPath)).status).toBe(403)
  })
})

describe('the ethicsReview group on items', () => {
  const readCleared = (persona: Parameters<HttpClient['get']>[0]) =>
    http.get(persona, `/api/articles/${ids.cleared}?depth=0`)

  it('is not shown to a journalist of another region reading the public item (REST and GraphQL)', async () => {
    const res = await readCleared('journalistB')
    expect(res.status).toBe(200)
    expect(res.body).not.toHaveProperty('ethicsReview')
    expect(JSON.stringify(res.body)).not.toContain('CLEARED-A')
    const gql = await http.graphql(
      'journalistB',
      `{ Article(id: ${gqlId(ids.cleared)}) { title ethicsReview { note flags { detail } } } }`,
    )
    expect(JSON.stringify(gql.body)).not.toContain('CLEARED-A')
  })

  it('is not shown to a colleague of the same region either', async () => {
    const res = await asColleague(`/api/articles/${ids.cleared}?depth=0`)
    expect(res.status).toBe(200)
    expect(res.body).not.toHaveProperty('ethicsReview')
  })

  it('is shown to the author, the editor of the region, the chief editor, the ethics reviewer and the admin', async () => {
    for (const persona of ['journalistA', 'editorA', 'chief', 'ethics', 'admin'] as const) {
      const res = await readCleared(persona)
      expect(res.body.ethicsReview?.note, persona).toBe('CLEARED-A-NOTE')
    }
  })

  it.each(PUBLISHABLE)(
    'is hidden in the versions a journalist of another region could list on %s (there are none)',
    async (collection) => {
      const res = await http.get('journalistB', `/api/${collection}/versions?depth=0&limit=100`)
      expect(JSON.stringify(res.body)).not.toMatch(/REGION-A|CLEARED-A/)
    },
  )
})

describe('the review queue and decisions', () => {
  it('the queue is for ethics reviewers and admins, and chief editors read-only: 403 for journalists and regional editors', async () => {
    for (const persona of ['journalistA', 'journalistB', 'editorA'] as const) {
      expect((await http.get(persona, '/api/ai-ethics/queue')).status, persona).toBe(403)
    }
    expect((await http.get('anonymous', '/api/ai-ethics/queue')).status).toBe(401)
    expect((await http.get('ethics', '/api/ai-ethics/queue')).status).toBe(200)
    const chief = await http.get('chief', '/api/ai-ethics/queue')
    expect(chief.status).toBe(200)
    expect(chief.body.canDecide).toBe(false)
  })
})
