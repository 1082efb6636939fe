import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createNewsroom, type HttpClient, httpClient, type Newsroom } from '../access/newsroom'
import { type ApiServer, startApiServer } from '../delivery/server'
import { richText, unique } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'

// Chief editors see the AI-ethics queue read-only: what waits and why, over REST and in the admin's queue; only
// ethics reviewers (and admins) decide.

let payload: Payload
let server: ApiServer
let newsroom: Newsroom
let http: HttpClient
let heldId: number

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  newsroom = await createNewsroom(payload)
  http = httpClient(server, newsroom)
  // Flagged as in the admin: the journalist declares AI use, the plugin holds the item for review.
  const held = await payload.create({
    collection: 'articles',
    data: {
      aiDisclosure: { usage: 'generated' },
      body: richText('Мәтін.'),
      region: newsroom.regionA.id,
      title: `Кезектегі материал ${unique()}`,
    } as never,
    draft: true,
    overrideAccess: false,
    user: newsroom.people.journalistA,
  })
  heldId = held.id as number
  expect((held as { ethicsReview?: { status?: string } }).ethicsReview?.status).toBe('pending')
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const queued = (body: { items?: { collection: string; id: number }[] }) =>
  (body.items ?? []).find((item) => item.collection === 'articles' && item.id === heldId)

describe('the ethics queue for chief editors', () => {
  it('lists what waits, with its flags, read-only (canDecide false), over REST', async () => {
    const res = await http.get('chief', '/api/ai-ethics/queue')
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.canDecide).toBe(false)
    expect(queued(res.body)).toMatchObject({
      flags: [{ signal: 'generated', source: 'disclosure' }],
    })
  })

  it('gives reviewers the same list with the right to decide', async () => {
    for (const persona of ['ethics', 'admin'] as const) {
      const res = await http.get(persona, '/api/ai-ethics/queue')
      expect(res.status, persona).toBe(200)
      expect(res.body.canDecide, persona).toBe(true)
      expect(queued(res.body), persona).toBeDefined()
    }
  })

  it('refuses the queue to journalists, regional editors and anonymous callers', async () => {
    for (const persona of ['journalistA', 'editorA'] as const)
      expect((await http.get(persona, '/api/ai-ethics/queue')).status, persona).toBe(403)
    expect((await http.get('anonymous', '/api/ai-ethics/queue')).status).toBe(401)
  })

  it('lets a chief editor decide nothing: the review endpoint answers 403 and the item stays held', async () => {
    for (const decision of ['clear', 'reject']) {
      const res = await http.post('chief', '/api/ai-ethics/review', {
        collection: 'articles',
        decision,
        id: heldId,
        note: 'Шешім қабылдауға тырысу',
      })
      expect(res.status, decision).toBe(403)
      expect(res.body.code).toBe('FORBIDDEN_ACTION')
    }
    const item = await payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id: heldId,
    })
    expect((item as { ethicsReview?: { status?: string } }).ethicsReview?.status).toBe('pending')
    const records = await payload.count({
      collection: 'ethics-reviews',
      where: { docId: { equals: String(heldId) } },
    })
    expect(records.totalDocs).toBe(0)
  })

  it('through the Local API with access on: the chief reads the held items and their review, and cannot record a decision or change the review', async () => {
    const chief = newsroom.people.chief
    const { docs } = await payload.find({
      collection: 'articles',
      draft: true,
      overrideAccess: false,
      user: chief,
      where: { 'ethicsReview.status': { equals: 'pending' } },
    })
    expect(docs.map((doc) => doc.id)).toContain(heldId)
    expect(
      (docs.find((doc) => doc.id === heldId) as { ethicsReview?: { flags?: unknown[] } })
        .ethicsReview?.flags,
    ).toHaveLength(1)

    await expect(
      payload.create({
        collection: 'ethics-reviews',
        data: {
          decision: 'clear',
          docId: String(heldId),
          note: 'no',
          reviewer: chief.id,
          targetCollection: 'articles',
        } as never,
        overrideAccess: false,
        user: chief,
      }),
    ).rejects.toMatchObject({ status: 403 })

    // The review is the server's: a chief editor's save leaves it as it was.
    await payload.update({
      collection: 'articles',
      data: { ethicsReview: { status: 'cleared' } } as never,
      draft: true,
      id: heldId,
      overrideAccess: false,
      user: chief,
    })
    const after = await payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id: heldId,
    })
    expect((after as { ethicsReview?: { status?: string } }).ethicsReview?.status).toBe('pending')
  })
})
