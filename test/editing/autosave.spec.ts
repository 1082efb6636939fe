import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import {
  createDesk,
  type Desk,
  eventsFor,
  itemThroughWorkflow,
  versionsOf,
} from '../workflow/helpers'

/**
 * Autosave of drafts (issue 14, part 1): what the edit view sends while someone types, `PATCH …?autosave=true&draft=true`.
 * Typing makes one version, not one per save; an autosave saves content only and never moves the workflow.
 */

let payload: Payload
let desk: Desk

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

const autosave = (id: number, token: string, data: object) =>
  rest('PATCH', `/api/articles/${id}?autosave=true&draft=true&depth=0`, { json: data, token })
const latest = async (id: number) =>
  (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as Record<
    string,
    any
  >

describe('autosave', () => {
  it('five autosaves in a row make one version, the last text kept', async () => {
    const item = await itemThroughWorkflow(desk, 'draft')
    const before = (await versionsOf(payload, 'articles', item.id)).length
    for (const excerpt of ['А', 'Ав', 'Авт', 'Авто', 'Автосақтау']) {
      const res = await autosave(item.id, desk.tokens.author, { excerpt })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    }
    expect((await versionsOf(payload, 'articles', item.id)).length - before).toBe(1)
    expect((await latest(item.id)).excerpt).toBe('Автосақтау')
  })

  it('an autosave carrying stale workflow values (the form loaded before a transition) saves the content, the workflow untouched', async () => {
    const item = await itemThroughWorkflow(desk, 'in_review')
    const res = await autosave(item.id, desk.tokens.editor, {
      assignee: desk.people.chief.id,
      excerpt: 'Редактор жазып отыр',
      scheduledFor: new Date(Date.now() + 86_400_000).toISOString(),
      workflowRevision: 0,
      workflowStatus: 'draft',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const saved = await latest(item.id)
    expect(saved).toMatchObject({
      excerpt: 'Редактор жазып отыр',
      workflowRevision: 1,
      workflowStatus: 'in_review',
    })
    expect(saved.assignee ?? null).toBeNull()
    expect(saved.scheduledFor ?? null).toBeNull()
    expect(await eventsFor(payload, 'articles', item.id)).toHaveLength(1)
  })

  it('the author’s autosave on her item in review is refused like any save (403 NOT_EDITABLE_IN_STATE)', async () => {
    const item = await itemThroughWorkflow(desk, 'in_review')
    const res = await autosave(item.id, desk.tokens.author, { excerpt: 'Кеш' })
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('NOT_EDITABLE_IN_STATE')
  })
})
