import type { Payload } from 'payload'

import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rejectionOf } from '../helpers/errors'
import { bootPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import {
  act,
  createDesk,
  type Desk,
  eventsFor,
  graphql,
  itemThroughWorkflow,
  versionsOf,
} from './helpers'

let payload: Payload
let desk: Desk

/** A URL nothing answers: webhooks to it are only queued, never delivered, in these tests. */
const deadUrl = async () => {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}/hook`
}

let webhookId: number | undefined

beforeAll(async () => {
  // The receiver is on this machine: webhook targets must be public unless allowed (plugins/delivery/src/webhooks/targetPolicy.ts).
  process.env.WEBHOOK_ALLOWED_HOSTS = '127.0.0.1'
  payload = await bootPayload()
  desk = await createDesk(payload)
  webhookId = (
    await payload.create({
      collection: 'webhooks',
      data: {
        active: true,
        events: ['publish', 'unpublish', 'update-published'],
        url: await deadUrl(),
      } as never,
    })
  ).id
})

afterAll(async () => {
  delete process.env.WEBHOOK_ALLOWED_HOSTS
  // The suite shares one database: a webhook left active here would queue deliveries for every later spec's
  // publications (and fill the queue that test/delivery/webhooks.spec.ts runs).
  if (webhookId !== undefined) {
    await payload.delete({ collection: 'webhooks', id: webhookId })
    await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'webhooks' } } })
  }
  await payload.destroy()
})

const latestOf = (id: number) =>
  payload.findByID({ collection: 'articles', depth: 0, draft: true, id })
const liveRow = (id: number) =>
  payload.db.findOne<Record<string, any> & { id: number }>({
    collection: 'articles',
    where: { id: { equals: id } },
  })
const queuedWebhooks = async () =>
  (await payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'webhooks' } } }))
    .totalDocs
const anonymousTitle = async (id: number) => {
  const res = await rest('GET', `/api/articles/${id}?depth=0`)
  return res.status === 200 ? res.body.title : res.status
}

const expectConsistent = async (id: number) => {
  const latest = await latestOf(id)
  const events = await eventsFor(payload, 'articles', id)
  expect(latest.workflowRevision ?? 0, 'workflowRevision == number of events').toBe(events.length)
  if (events.length)
    expect(latest.workflowStatus, 'state == the last event').toBe(events.at(-1)!.to)
}

/** A published item with an earlier draft version titled `draftTitle` to restore. */
const publishedWithOldDraft = async () => {
  const item = await itemThroughWorkflow(desk, 'draft', { title: `Ескі жоба ${Date.now()}` })
  const draftVersion = String((await versionsOf(payload, 'articles', item.id)).at(-1)!.id)
  await rest('PATCH', `/api/articles/${item.id}`, {
    json: { title: `Жарияланған ${item.id}` },
    token: desk.tokens.author,
  })
  for (const [token, action] of [
    [desk.tokens.author, 'submit'],
    [desk.tokens.editor, 'approve'],
    [desk.tokens.editor, 'publish'],
  ] as const) {
    expect((await act('articles', item.id, token, { action })).status).toBe(200)
  }
  return { draftTitle: item.title, draftVersion, id: item.id, liveTitle: `Жарияланған ${item.id}` }
}

describe('restoring a version goes through the workflow (finding 3)', () => {
  it.each([
    [
      'REST, as the admin sends it (?draft=false)',
      (version: string) =>
        rest('POST', `/api/articles/versions/${version}?draft=false`, {
          token: desk.tokens.editor,
        }),
    ],
    [
      'REST without a query',
      (version: string) =>
        rest('POST', `/api/articles/versions/${version}`, { token: desk.tokens.editor }),
    ],
    [
      'GraphQL without draft',
      (version: string) =>
        graphql(
          `mutation { restoreVersionArticle(id: ${version}) { id title } }`,
          desk.tokens.editor,
        ),
    ],
  ])(
    'a regional editor restoring a draft version of a published item, %s: a draft revision, the live item untouched',
    async (_, restore) => {
      const item = await publishedWithOldDraft()
      const liveBefore = await liveRow(item.id)
      const webhooksBefore = await queuedWebhooks()
      const facts = async () =>
        (
          await payload.find({
            collection: 'contribution-facts' as never,
            depth: 0,
            where: { itemKey: { equals: `articles:${item.id}` } } as never,
          })
        ).docs.map((fact) => ({
          counted: (fact as Record<string, unknown>).counted,
          day: (fact as Record<string, unknown>).day,
        }))
      const factsBefore = await facts()
      expect(factsBefore).toEqual([expect.objectContaining({ counted: true })])

      const res = await restore(item.draftVersion)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.errors, JSON.stringify(res.body)).toBeUndefined()

      // The public keeps the published version; nothing public happened.
      expect(await anonymousTitle(item.id)).toBe(item.liveTitle)
      expect(await liveRow(item.id)).toEqual(liveBefore)
      expect(await queuedWebhooks()).toBe(webhooksBefore)
      expect(await facts(), 'the contribution report still counts the live item').toEqual(
        factsBefore,
      )

      // The desk sees the restored content as a revision in draft, recorded in the audit trail.
      expect(await latestOf(item.id)).toMatchObject({
        _status: 'draft',
        title: item.draftTitle,
        workflowStatus: 'draft',
        workflowRevision: 4,
      })
      expect((await eventsFor(payload, 'articles', item.id)).at(-1)).toMatchObject({
        action: 'reopen',
        actor: desk.people.editor.id,
        from: 'published',
        to: 'draft',
      })
      await expectConsistent(item.id)

      // The revision goes live only through the workflow.
      for (const action of ['submit', 'approve', 'publish'])
        expect((await act('articles', item.id, desk.tokens.editor, { action })).status).toBe(200)
      expect(await anonymousTitle(item.id)).toBe(item.draftTitle)
      await expectConsistent(item.id)
    },
  )

  it('a restore keeps the current workflow state and revision (an item in review stays in review)', async () => {
    const item = await itemThroughWorkflow(desk, 'draft')
    const oldVersion = String((await versionsOf(payload, 'articles', item.id)).at(-1)!.id)
    await rest('PATCH', `/api/articles/${item.id}`, {
      json: { title: 'Екінші жоба' },
      token: desk.tokens.author,
    })
    await act('articles', item.id, desk.tokens.author, { action: 'submit' })

    const res = await rest('POST', `/api/articles/versions/${oldVersion}`, {
      token: desk.tokens.editor,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await latestOf(item.id)).toMatchObject({
      _status: 'draft',
      title: item.title,
      workflowRevision: 1,
      workflowStatus: 'in_review',
    })
    expect(await eventsFor(payload, 'articles', item.id)).toHaveLength(1)
    expect((await act('articles', item.id, desk.tokens.editor, { action: 'approve' })).status).toBe(
      200,
    )
    await expectConsistent(item.id)
  })

  it('who may restore is who may edit the item now: the author while it is a draft, not once it is in review', async () => {
    const item = await itemThroughWorkflow(desk, 'draft')
    const oldVersion = String((await versionsOf(payload, 'articles', item.id)).at(-1)!.id)
    await rest('PATCH', `/api/articles/${item.id}`, {
      json: { title: 'Екінші жоба' },
      token: desk.tokens.author,
    })

    const own = await rest('POST', `/api/articles/versions/${oldVersion}`, {
      token: desk.tokens.author,
    })
    expect(own.status, JSON.stringify(own.body)).toBe(200)
    expect(await latestOf(item.id)).toMatchObject({ title: item.title, workflowStatus: 'draft' })

    await act('articles', item.id, desk.tokens.author, { action: 'submit' })
    const inReview = await rest('POST', `/api/articles/versions/${oldVersion}`, {
      token: desk.tokens.author,
    })
    expect(inReview.status, JSON.stringify(inReview.body)).toBe(403)
    expect(inReview.body.errors[0].data.code).toBe('NOT_EDITABLE_IN_STATE')
    await expectConsistent(item.id)
  })

  it('the Local API restore, which would write the live version, is refused with a code that says what to use', async () => {
    const item = await publishedWithOldDraft()
    for (const options of [{}, { overrideAccess: false, user: desk.people.editor }]) {
      const error = await rejectionOf(
        payload.restoreVersion({ collection: 'articles', id: item.draftVersion, ...options }),
      )
      expect(error.status, String(error?.stack ?? error)).toBe(403)
      expect(error.data).toEqual({ code: 'RESTORE_AS_DRAFT' })
    }
    expect(await anonymousTitle(item.id)).toBe(item.liveTitle)
    await expectConsistent(item.id)
  })
})
