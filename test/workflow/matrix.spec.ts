import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import {
  createDesk,
  createItemInState,
  type Desk,
  eventsFor,
  stateOf,
  type WorkflowCollection,
} from './helpers'

// The desk workflow as the issue specifies it, written out here independently of the implementation.
const STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'archived',
] as const
const SPEC: Record<string, { from: string[]; to: string; authorMay: boolean }> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', authorMay: true },
  request_changes: { from: ['in_review'], to: 'changes_requested', authorMay: false },
  approve: { from: ['in_review'], to: 'approved', authorMay: false },
  publish: { from: ['approved', 'scheduled'], to: 'published', authorMay: false },
  schedule: { from: ['approved'], to: 'scheduled', authorMay: false },
  unschedule: { from: ['scheduled'], to: 'approved', authorMay: false },
  unpublish: { from: ['published'], to: 'archived', authorMay: false },
  // From published since #12: editing or restoring a published item starts a revision, recorded as this transition.
  reopen: { from: ['archived', 'approved', 'published'], to: 'draft', authorMay: false },
}
const EDITORS = ['editor', 'chief', 'admin'] as const
const NEVER = ['journalist', 'editorElsewhere', 'ethics'] as const

const bodyFor = (action: string) => ({
  action,
  ...(action === 'request_changes' ? { comment: 'Дерек көзін көрсетіңіз.' } : {}),
  ...(action === 'schedule' ? { publishAt: new Date(Date.now() + 86_400_000).toISOString() } : {}),
})

let payload: Payload
let desk: Desk

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
})

afterAll(async () => {
  await payload.destroy()
})

describe.each<WorkflowCollection>(['articles', 'videos'])(
  'the role × state × action matrix on %s',
  (collection) => {
    for (const [action, spec] of Object.entries(SPEC)) {
      for (const state of STATES) {
        const allowedFromHere = spec.from.includes(state)
        const mayAct = [...EDITORS, ...(spec.authorMay ? (['author'] as const) : [])]
        const mayNot = [...NEVER, ...(spec.authorMay ? [] : (['author'] as const))]

        it(`${action} from ${state}: refused for ${mayNot.join(', ')} with 403, nothing changes`, async () => {
          const item = await createItemInState(payload, desk, collection, state)
          for (const who of mayNot) {
            const res = await rest('POST', `/api/${collection}/${item.id}/workflow`, {
              json: bodyFor(action),
              token: desk.tokens[who],
            })
            expect(res.status, `${who} → ${JSON.stringify(res.body)}`).toBe(403)
            expect(res.body.code).toMatch(/^FORBIDDEN_/)
          }
          expect(await stateOf(payload, collection, item.id)).toBe(state)
          expect(await eventsFor(payload, collection, item.id)).toHaveLength(0)
        })

        for (const who of mayAct) {
          it(`${action} from ${state} by ${who}: ${allowedFromHere ? `200 → ${spec.to}` : '409, nothing changes'}`, async () => {
            const item = await createItemInState(payload, desk, collection, state)
            const res = await rest('POST', `/api/${collection}/${item.id}/workflow`, {
              json: bodyFor(action),
              token: desk.tokens[who],
            })
            const events = await eventsFor(payload, collection, item.id)
            if (allowedFromHere) {
              expect(res.status, JSON.stringify(res.body)).toBe(200)
              expect(res.body.event).toMatchObject({ action, from: state, to: spec.to })
              expect(await stateOf(payload, collection, item.id)).toBe(spec.to)
              expect(events).toHaveLength(1)
              expect(events[0]).toMatchObject({
                action,
                actor: desk.people[who].id,
                from: state,
                targetCollection: collection,
                to: spec.to,
              })
            } else {
              expect(res.status, JSON.stringify(res.body)).toBe(409)
              expect(res.body.code).toBe('INVALID_TRANSITION')
              expect(res.body.message).toContain(`is ${state}`)
              expect(await stateOf(payload, collection, item.id)).toBe(state)
              expect(events).toHaveLength(0)
            }
          })
        }
      }
    }
  },
)

describe('what the workflow endpoint refuses before looking at the item', () => {
  it('answers 401 without a user', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const res = await rest('POST', `/api/articles/${item.id}/workflow`, {
      json: { action: 'submit' },
    })
    expect(res.status).toBe(401)
    expect(res.body.code).toBe('AUTHENTICATION_REQUIRED')
  })

  it.each([
    [{}, 'action'],
    [{ action: 'teleport' }, 'action'],
    [{ action: 'request_changes' }, 'comment'],
    [{ action: 'request_changes', comment: '   ' }, 'comment'],
    [{ action: 'schedule' }, 'publishAt'],
    [{ action: 'schedule', publishAt: 'next tuesday' }, 'publishAt'],
    [{ action: 'schedule', publishAt: '2020-01-01T00:00:00Z' }, 'publishAt'],
    [{ action: 'approve', assignee: 1 }, 'assignee'],
    [{ action: 'submit', sneaky: true }, 'sneaky'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const item = await createItemInState(payload, desk, 'articles', 'in_review')
    const res = await rest('POST', `/api/articles/${item.id}/workflow`, {
      json: body,
      token: desk.tokens.editor,
    })
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('INVALID_BODY')
    expect(res.body.message).toContain(field)
    expect(await stateOf(payload, 'articles', item.id)).toBe('in_review')
  })

  it('answers 404 for an item that does not exist', async () => {
    const res = await rest('POST', '/api/articles/987654/workflow', {
      json: { action: 'submit' },
      token: desk.tokens.chief,
    })
    expect(res.status).toBe(404)
    expect(res.body.code).toBe('NOT_FOUND')
  })

  it('sets the assignee on submit only to an editor of the region', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const wrong = await rest('POST', `/api/articles/${item.id}/workflow`, {
      json: { action: 'submit', assignee: desk.people.editorElsewhere.id },
      token: desk.tokens.author,
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.message).toContain('assignee')
    const right = await rest('POST', `/api/articles/${item.id}/workflow`, {
      json: { action: 'submit', assignee: desk.people.editor.id },
      token: desk.tokens.author,
    })
    expect(right.status).toBe(200)
    const doc = await payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id: item.id,
    })
    expect(doc.assignee).toBe(desk.people.editor.id)
  })
})
