import type { Payload, PayloadRequest } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backfillQueuedAt } from '../../plugins/ai-ethics/src'
import { reviewActivity } from '../../plugins/ai-ethics/src/reviewActivity'
import { createNewsroom, type HttpClient, httpClient, type Newsroom } from '../access/newsroom'
import { type ApiServer, startApiServer } from '../delivery/server'
import { richText, unique } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'

// Items flagged before the plugin kept `ethicsReview.queuedAt` have none, so the reports' time in the queue left
// them out: the data step backfillQueuedAt (src/migrations/dataSteps.ts) fills it from their versions, else their
// flags, else their last save. The legacy state is made here by erasing the value from rows and versions.

let payload: Payload
let server: ApiServer
let newsroom: Newsroom
let http: HttpClient

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const REVIEWS = 'ethics-reviews' as never

const flaggedDraft = async (title: string) =>
  (await payload.create({
    collection: 'articles',
    data: {
      aiDisclosure: { usage: 'generated' },
      body: richText('Мәтін.'),
      region: newsroom.regionA.id,
      title,
    } as never,
    draft: true,
    overrideAccess: false,
    user: newsroom.people.journalistA,
  })) as Record<string, any>

const editDraft = async (id: number, title: string) => {
  await pause(30)
  return (await payload.update({
    collection: 'articles',
    data: { title } as never,
    draft: true,
    id,
    overrideAccess: false,
    user: newsroom.people.journalistA,
  })) as Record<string, any>
}

const versionsOf = async (id: number) =>
  (
    await payload.db.findVersions({
      collection: 'articles',
      limit: 0,
      pagination: false,
      sort: 'createdAt',
      where: { parent: { equals: id } },
    })
  ).docs as Record<string, any>[]

/** As before the plugin kept it: no `queuedAt` on the row, its versions or its decision records. */
const forgetQueuedAt = async (id: number) => {
  await payload.db.updateOne({
    collection: 'articles',
    data: { ethicsReview: { queuedAt: null } },
    id,
    returning: false,
  })
  for (const version of await versionsOf(id))
    await payload.db.updateVersion({
      collection: 'articles',
      id: version.id,
      returning: false,
      versionData: { version: { ethicsReview: { queuedAt: null } } } as never,
    })
  await payload.db.updateMany({
    collection: REVIEWS,
    data: { queuedAt: null },
    where: { docId: { equals: String(id) } },
  })
}

const draftOf = async (id: number) =>
  (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as Record<
    string,
    any
  >
const rowOf = async (id: number) =>
  (await payload.db.findOne({ collection: 'articles', where: { id: { equals: id } } })) as Record<
    string,
    any
  >
const recordOf = async (id: number) =>
  (await payload.find({ collection: REVIEWS, where: { docId: { equals: String(id) } } }))
    .docs[0] as Record<string, any>
const entries = () =>
  reviewActivity.entries({ payload } as PayloadRequest, {
    end: new Date(Date.now() + 3_600_000),
    start: new Date(Date.now() - 3_600_000),
  })

describe('backfilling when flagged items entered the review queue', () => {
  let waiting: Record<string, any>
  let decided: Record<string, any>
  let unversioned: Record<string, any>
  let clean: Record<string, any>
  const entered: Record<string, string> = {}

  beforeAll(async () => {
    payload = await bootPayload()
    server = await startApiServer()
    newsroom = await createNewsroom(payload)
    http = httpClient(server, newsroom)

    // Waiting: flagged, then edited twice while it waits; it entered with its first save.
    waiting = await flaggedDraft(`Күтуде ${unique()}`)
    await editDraft(waiting.id, `Күтуде, түзетілді ${unique()}`)
    waiting = await editDraft(waiting.id, `Күтуде, соңғы ${unique()}`)
    entered.waiting = new Date((await versionsOf(waiting.id))[0].createdAt).toISOString()

    // Decided: flagged, edited, then cleared by a reviewer (a decision record).
    decided = await flaggedDraft(`Шешілген ${unique()}`)
    await editDraft(decided.id, `Шешілген, түзетілді ${unique()}`)
    entered.decided = new Date((await versionsOf(decided.id))[0].createdAt).toISOString()
    await pause(30)
    const review = await http.post('ethics', '/api/ai-ethics/review', {
      collection: 'articles',
      decision: 'clear',
      id: decided.id,
      note: 'Тексерілді.',
    })
    expect(review.status, JSON.stringify(review.body)).toBe(200)

    // No versions left to show it (pruned): its flags date it.
    unversioned = await flaggedDraft(`Нұсқасыз ${unique()}`)
    await payload.db.deleteVersions({
      collection: 'articles',
      where: { parent: { equals: unversioned.id } },
    })

    // Never flagged.
    clean = await payload.create({
      collection: 'articles',
      data: {
        body: richText('Мәтін.'),
        region: newsroom.regionA.id,
        title: `Таза ${unique()}`,
      } as never,
      draft: true,
      overrideAccess: false,
      user: newsroom.people.journalistA,
    })

    for (const doc of [waiting, decided, unversioned]) await forgetQueuedAt(doc.id)
  })
  afterAll(async () => server?.close())

  it('without it, the reports leave the waiting item out and give the decided one no time in the queue', async () => {
    const found = await entries()
    expect(found.find((entry) => entry.id === String(waiting.id))).toBeUndefined()
    expect(found.find((entry) => entry.id === String(decided.id))).toMatchObject({
      queuedAtKnown: false,
    })
  })

  it('fills it from the evidence, in the rows, the latest versions and the decision records, and only there', async () => {
    const filled = await backfillQueuedAt(payload)
    expect(filled).toBeGreaterThanOrEqual(4)

    // The waiting item: its first flagged version, on the row and the latest version; the draft is intact.
    const draft = await draftOf(waiting.id)
    expect(draft.ethicsReview.queuedAt).toBe(entered.waiting)
    expect((await rowOf(waiting.id)).ethicsReview.queuedAt).toBe(entered.waiting)
    expect(draft.title).toBe(waiting.title)
    expect(draft.ethicsReview.flags).toEqual(waiting.ethicsReview.flags)
    expect(draft.ethicsReview.status).toBe('pending')

    // The decided item and its record: the stay began with its first version, before the decision.
    expect((await recordOf(decided.id)).queuedAt).toBe(entered.decided)
    expect((await draftOf(decided.id)).ethicsReview).toMatchObject({
      queuedAt: entered.decided,
      status: 'cleared',
    })

    // Without versions: the earliest flag.
    const flagTimes = unversioned.ethicsReview.flags.map((flag: { at: string }) =>
      Date.parse(flag.at),
    )
    expect((await draftOf(unversioned.id)).ethicsReview.queuedAt).toBe(
      new Date(Math.min(...flagTimes)).toISOString(),
    )

    // Never flagged: nothing to fill.
    expect((await draftOf(clean.id)).ethicsReview?.queuedAt ?? null).toBeNull()

    // The reports count them now.
    const found = await entries()
    expect(found.find((entry) => entry.id === String(waiting.id))).toMatchObject({
      decision: null,
      queuedAt: entered.waiting,
      queuedAtKnown: true,
    })
    expect(found.find((entry) => entry.id === String(decided.id))).toMatchObject({
      queuedAt: entered.decided,
      queuedAtKnown: true,
    })
  })

  it('is idempotent: run again, it finds nothing to fill', async () => {
    expect(await backfillQueuedAt(payload)).toBe(0)
    expect((await draftOf(waiting.id)).ethicsReview.queuedAt).toBe(entered.waiting)
  })
})
