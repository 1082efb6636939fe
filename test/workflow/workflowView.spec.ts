import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createDesk, createItemInState, type Desk, walk } from './helpers'

let payload: Payload
let desk: Desk

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
})

afterAll(async () => {
  await payload.destroy()
})

const view = (id: number, who?: keyof Desk['tokens']) =>
  rest('GET', `/api/articles/${id}/workflow`, { token: who ? desk.tokens[who] : undefined })

describe('GET /api/{collection}/{id}/workflow', () => {
  it("offers the journalist only 'submit' on their own draft", async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const res = await view(item.id, 'author')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ actions: ['submit'], live: false, state: 'draft' })
  })

  it("offers the region's editor request_changes and approve on an item in review", async () => {
    const item = await createItemInState(payload, desk, 'articles', 'in_review')
    const res = await view(item.id, 'editor')
    expect(res.status).toBe(200)
    expect(res.body.state).toBe('in_review')
    expect([...res.body.actions].sort()).toEqual(['approve', 'request_changes'])
    // The author waits for the decision.
    expect((await view(item.id, 'author')).body.actions).toEqual([])
  })

  it('hides an unpublished item from an editor of another region (404) and offers them nothing on a published one', async () => {
    const inReview = await createItemInState(payload, desk, 'articles', 'in_review')
    const hidden = await view(inReview.id, 'editorElsewhere')
    expect(hidden.status).toBe(404)
    expect(hidden.body.code).toBe('NOT_FOUND')
    expect(hidden.body).not.toHaveProperty('actions')

    const published = await createItemInState(payload, desk, 'articles', 'published')
    const visible = await view(published.id, 'editorElsewhere')
    expect(visible.status).toBe(200)
    expect(visible.body).toMatchObject({ actions: [], live: true, state: 'published' })
    // ...while the region's own editor may take it down, or start a revision of it.
    expect((await view(published.id, 'editor')).body.actions).toEqual(['unpublish', 'reopen'])
  })

  it('offers nothing to an ethics reviewer or a colleague, and answers 401 anonymously', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'published')
    expect((await view(item.id, 'ethics')).body.actions).toEqual([])
    expect((await view(item.id, 'journalist')).body.actions).toEqual([])
    const anonymous = await view(item.id)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.code).toBe('AUTHENTICATION_REQUIRED')
  })

  it('returns the events and comments of the item, oldest first, and nothing of other items', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const other = await createItemInState(payload, desk, 'articles', 'draft')
    await walk('articles', item.id, [
      [desk.tokens.author, { action: 'submit' }],
      [desk.tokens.editor, { action: 'request_changes', comment: 'Дереккөз жоқ.' }],
    ])
    await walk('articles', other.id, [[desk.tokens.author, { action: 'submit' }]])
    for (const [text, token] of [
      ['Бірінші пікір', desk.tokens.editor],
      ['Екінші пікір', desk.tokens.author],
    ] as const) {
      const res = await rest('POST', '/api/editorial-comments', {
        json: { body: text, docId: String(item.id), targetCollection: 'articles' },
        token,
      })
      expect(res.status).toBe(201)
    }

    const res = await view(item.id, 'author')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ actions: ['submit'], live: false, state: 'changes_requested' })
    expect(
      res.body.events.map((event: { action: string; actor: { id: number } }) => [
        event.action,
        event.actor.id,
      ]),
    ).toEqual([
      ['submit', desk.people.author.id],
      ['request_changes', desk.people.editor.id],
    ])
    expect(res.body.events[1].comment).toBe('Дереккөз жоқ.')
    expect(
      res.body.comments.map((entry: { author: { id: number }; body: string }) => [
        entry.body,
        entry.author.id,
      ]),
    ).toEqual([
      ['Бірінші пікір', desk.people.editor.id],
      ['Екінші пікір', desk.people.author.id],
    ])
  })
})
