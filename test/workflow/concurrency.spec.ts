import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload'
import { act, createDesk, createItemInState, type Desk, eventsFor, stateOf } from './helpers'

let payload: Payload
let desk: Desk

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
})

afterAll(async () => {
  await payload.destroy()
})

const ROUNDS = 5

describe('two editors acting on the same item at the same moment', () => {
  it(`publishing one approved item twice at once: exactly one 200, one 409, one publish event (${ROUNDS} items)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const item = await createItemInState(payload, desk, 'articles', 'approved')
      const responses = await Promise.all([
        act('articles', item.id, desk.tokens.editor, { action: 'publish' }),
        act('articles', item.id, desk.tokens.chief, { action: 'publish' }),
      ])
      const summary = JSON.stringify(responses.map((res) => [res.status, res.body.code]))
      expect(responses.map((res) => res.status).sort(), summary).toEqual([200, 409])
      const loser = responses.find((res) => res.status === 409)!
      expect(['CONCURRENT_TRANSITION', 'INVALID_TRANSITION'], summary).toContain(loser.body.code)

      const events = await eventsFor(payload, 'articles', item.id)
      expect(events, `round ${round}`).toHaveLength(1)
      const winner = responses.findIndex((res) => res.status === 200)
      expect(events[0]).toMatchObject({
        action: 'publish',
        actor: [desk.people.editor.id, desk.people.chief.id][winner],
        from: 'approved',
        to: 'published',
      })
      expect(await stateOf(payload, 'articles', item.id)).toBe('published')
      const live = await payload.findByID({ collection: 'articles', depth: 0, id: item.id })
      expect(live).toMatchObject({ _status: 'published', workflowRevision: 1 })
    }
  })

  it('two different decisions at once on an item in review: only one is recorded and it is the item state', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const item = await createItemInState(payload, desk, 'articles', 'in_review')
      const responses = await Promise.all([
        act('articles', item.id, desk.tokens.editor, { action: 'approve' }),
        act('articles', item.id, desk.tokens.chief, {
          action: 'request_changes',
          comment: 'Тақырыпты қысқартыңыз.',
        }),
      ])
      const summary = JSON.stringify(responses.map((res) => [res.status, res.body.code]))
      expect(responses.map((res) => res.status).sort(), summary).toEqual([200, 409])
      const events = await eventsFor(payload, 'articles', item.id)
      expect(events, `round ${round}`).toHaveLength(1)
      expect(await stateOf(payload, 'articles', item.id)).toBe(events[0].to)
    }
  })
})
