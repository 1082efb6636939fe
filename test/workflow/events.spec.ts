import type { Payload } from 'payload'

import { APIError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rejectionOf } from '../helpers/errors'
import { bootPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createDesk, createItemInState, type Desk, eventsFor, walk } from './helpers'

let payload: Payload
let desk: Desk
let itemId: number
type Event = Awaited<ReturnType<typeof eventsFor>>[number]
let events: Event[]

const FIRST_COMMENT = 'Екінші дерек көзін қосыңыз.'

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
  const item = await createItemInState(payload, desk, 'articles', 'draft')
  itemId = item.id
  await walk('articles', itemId, [
    [desk.tokens.author, { action: 'submit' }],
    [desk.tokens.editor, { action: 'request_changes', comment: `  ${FIRST_COMMENT}  ` }],
    [desk.tokens.author, { action: 'submit', comment: 'Қостым.' }],
    [desk.tokens.chief, { action: 'approve' }],
    [desk.tokens.editor, { action: 'publish' }],
  ])
  events = await eventsFor(payload, 'articles', itemId)
})

afterAll(async () => {
  await payload.destroy()
})

const unchanged = async (event: Event) =>
  expect(await payload.findByID({ collection: 'workflow-events', depth: 0, id: event.id })).toEqual(
    event,
  )

describe('the workflow audit trail', () => {
  it('records exactly one event per transition, in order, with from, to, actor and comment', () => {
    const { author, chief, editor } = desk.people
    expect(
      events.map(({ action, actor, comment, from, to }) => ({
        action,
        actor,
        comment: comment ?? null,
        from,
        to,
      })),
    ).toEqual([
      { action: 'submit', actor: author.id, comment: null, from: 'draft', to: 'in_review' },
      {
        action: 'request_changes',
        actor: editor.id,
        comment: FIRST_COMMENT,
        from: 'in_review',
        to: 'changes_requested',
      },
      {
        action: 'submit',
        actor: author.id,
        comment: 'Қостым.',
        from: 'changes_requested',
        to: 'in_review',
      },
      { action: 'approve', actor: chief.id, comment: null, from: 'in_review', to: 'approved' },
      { action: 'publish', actor: editor.id, comment: null, from: 'approved', to: 'published' },
    ])
    for (const event of events) {
      expect(event).toMatchObject({
        docId: String(itemId),
        docOwner: author.id,
        region: desk.region.id,
        targetCollection: 'articles',
      })
    }
    const times = events.map((event) => new Date(event.createdAt).getTime())
    expect([...times].sort((a, b) => a - b)).toEqual(times)
  })

  it('refuses changing or deleting an event over REST, even for an admin, and the event stays as it was', async () => {
    const [event] = events
    for (const who of ['admin', 'chief', 'editor', 'author'] as const) {
      const patch = await rest('PATCH', `/api/workflow-events/${event.id}`, {
        json: { comment: 'Өзгертілді', to: 'archived' },
        token: desk.tokens[who],
      })
      expect(patch.status, `${who} PATCH → ${JSON.stringify(patch.body)}`).toBe(403)
      const del = await rest('DELETE', `/api/workflow-events/${event.id}`, {
        token: desk.tokens[who],
      })
      expect(del.status, `${who} DELETE → ${JSON.stringify(del.body)}`).toBe(403)
    }
    const bulkDelete = await rest('DELETE', `/api/workflow-events?where[docId][equals]=${itemId}`, {
      token: desk.tokens.admin,
    })
    expect(bulkDelete.status, JSON.stringify(bulkDelete.body)).toBe(403)
    await unchanged(event)
    expect(await eventsFor(payload, 'articles', itemId)).toEqual(events)
  })

  it('refuses creating an event over REST: only the workflow writes them', async () => {
    const forged = await rest('POST', '/api/workflow-events', {
      json: {
        action: 'publish',
        actor: desk.people.admin.id,
        docId: String(itemId),
        eventKey: 'forged',
        from: 'draft',
        targetCollection: 'articles',
        to: 'published',
      },
      token: desk.tokens.admin,
    })
    expect(forged.status, JSON.stringify(forged.body)).toBe(403)
    expect(await eventsFor(payload, 'articles', itemId)).toHaveLength(events.length)
  })

  it('refuses update and delete through the Local API even with overrideAccess', async () => {
    const event = events[1]
    const update = await rejectionOf(
      payload.update({
        collection: 'workflow-events',
        data: { comment: 'Өзгертілді' },
        id: event.id,
        overrideAccess: true,
      }),
    )
    expect(update).toBeInstanceOf(APIError)
    expect(update.status).toBe(403)
    expect(update.message).toMatch(/append-only/)

    const remove = await rejectionOf(
      payload.delete({ collection: 'workflow-events', id: event.id, overrideAccess: true }),
    )
    expect(remove).toBeInstanceOf(APIError)
    expect(remove.status).toBe(403)

    // A bulk delete reports per-document errors instead of throwing: it must delete nothing.
    const bulk = await payload.delete({
      collection: 'workflow-events',
      overrideAccess: true,
      where: { docId: { equals: String(itemId) } },
    })
    expect(bulk.docs).toHaveLength(0)
    expect(bulk.errors).toHaveLength(events.length)

    await unchanged(event)
    expect(await eventsFor(payload, 'articles', itemId)).toEqual(events)
  })

  it('is not readable anonymously', async () => {
    const list = await rest('GET', '/api/workflow-events')
    expect(list.status).toBe(403)
    const one = await rest('GET', `/api/workflow-events/${events[0].id}`)
    expect(one.status).toBe(403)
  })

  it("is readable by the item's author and its region's editor, not by a colleague or an editor elsewhere", async () => {
    const visibleTo = async (who: keyof Desk['tokens']) => {
      const res = await rest(
        'GET',
        `/api/workflow-events?depth=0&limit=100&where[docId][equals]=${itemId}`,
        { token: desk.tokens[who] },
      )
      expect(res.status).toBe(200)
      return res.body.docs.length
    }
    expect(await visibleTo('author')).toBe(events.length)
    expect(await visibleTo('editor')).toBe(events.length)
    expect(await visibleTo('ethics')).toBe(events.length)
    expect(await visibleTo('journalist')).toBe(0)
    expect(await visibleTo('editorElsewhere')).toBe(0)
  })
})

describe('an item created after the newest item was deleted', () => {
  it('starts with an empty timeline and moves through the workflow, even when the database hands out the same id again', async () => {
    const gone = await createItemInState(payload, desk, 'articles', 'draft')
    await walk('articles', gone.id, [[desk.tokens.author, { action: 'submit' }]])
    await payload.delete({ collection: 'articles', id: gone.id })

    const next = await createItemInState(payload, desk, 'articles', 'draft')
    // SQLite reuses the id of the deleted newest row; PostgreSQL does not. Either way the new item owns no records.
    if (payload.db.name === 'sqlite') expect(next.id).toBe(gone.id)
    const view = await rest('GET', `/api/articles/${next.id}/workflow`, {
      token: desk.tokens.editor,
    })
    expect(view.status).toBe(200)
    expect(view.body).toMatchObject({ comments: [], events: [], state: 'draft' })

    await walk('articles', next.id, [[desk.tokens.author, { action: 'submit' }]])
    expect(
      (await eventsFor(payload, 'articles', next.id)).map(
        (event) => `${event.action}:${event.from}>${event.to}`,
      ),
    ).toEqual(['submit:draft>in_review'])
  })
})
