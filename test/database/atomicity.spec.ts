import type { CollectionAfterChangeHook, Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createDesk, createItemInState, type Desk, eventsFor } from '../workflow/helpers'

/**
 * A write that takes several steps (the item, its version, its workflow event, its report fact, its webhook jobs,
 * its ethics record) is all or nothing, on every SQL adapter: here the LAST step of each fails — an
 * `afterChange` hook appended after every hook the app has — and nothing of the earlier steps may remain.
 */

let payload: Payload
let desk: Desk
let webhookId: number | string

/** Items whose next save fails at its very end. */
const failNextSave = new Set<number | string>()
const FAILURE = 'Injected failure at the end of the save'
const failingLastStep: CollectionAfterChangeHook = ({ doc }) => {
  if (failNextSave.delete(doc.id)) throw new Error(FAILURE)
  return doc
}

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
  payload.collections.articles.config.hooks.afterChange.push(failingLastStep)
  // A subscriber, so that a publication queues a webhook job (one of the steps that must not remain).
  webhookId = (
    await payload.create({
      collection: 'webhooks',
      data: {
        active: true,
        events: ['publish', 'update-published', 'unpublish'],
        url: 'https://example.test/hook',
      } as never,
    })
  ).id
})

afterAll(async () => {
  await payload?.delete({ collection: 'webhooks', id: webhookId }).catch(() => undefined)
  await payload?.destroy()
})

beforeEach(() => failNextSave.clear())

/** Everything a save of `id` can leave behind, to compare before and after a failed one. */
const footprint = async (id: number | string) => {
  const [latest, live, versions, events, facts, jobs, reviews] = await Promise.all([
    payload.findByID({ collection: 'articles', depth: 0, draft: true, id }),
    payload.findByID({ collection: 'articles', depth: 0, draft: false, id }),
    payload.countVersions({ collection: 'articles', where: { parent: { equals: id } } }),
    eventsFor(payload, 'articles', id),
    payload.find({
      collection: 'contribution-facts',
      depth: 0,
      pagination: false,
      where: { itemKey: { equals: `articles:${id}` } },
    }),
    payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { 'input.docId': { equals: String(id) } },
          { 'input.webhook': { equals: String(webhookId) } },
        ],
      },
    }),
    payload.count({
      collection: 'ethics-reviews' as never,
      where: { docId: { equals: String(id) } },
    }),
  ])
  return {
    events: events.map((event) => `${event.action}:${event.to}`),
    facts: facts.docs.map((fact) => `${fact.day}:${fact.counted}`),
    jobs: jobs.totalDocs,
    latest: {
      excerpt: latest.excerpt,
      status: latest._status,
      title: latest.title,
      workflowRevision: latest.workflowRevision,
      workflowStatus: latest.workflowStatus,
    },
    live: {
      excerpt: live.excerpt,
      status: live._status,
      title: live.title,
      workflowStatus: live.workflowStatus,
    },
    reviews: reviews.totalDocs,
    versions: versions.totalDocs,
  }
}

const publicRead = (id: number | string) => rest('GET', `/api/articles/${id}?depth=0`)

describe(`a multi-step write whose last step fails leaves nothing behind (${process.env.DATABASE_URI?.split(':')[0] ?? 'file'})`, () => {
  it('creating an item over REST: no item, no version', async () => {
    const title = `Жарты жазба ${Date.now()}`
    // The id is not known before the save: fail every save of this title.
    const failByTitle: CollectionAfterChangeHook = ({ doc, operation }) => {
      if (operation === 'create' && doc.title === title) throw new Error(FAILURE)
      return doc
    }
    payload.collections.articles.config.hooks.afterChange.push(failByTitle)
    try {
      const res = await rest('POST', '/api/articles', {
        json: { region: desk.region.id, title },
        token: desk.tokens.author,
      })
      expect(res.status).toBeGreaterThanOrEqual(400)
    } finally {
      payload.collections.articles.config.hooks.afterChange.pop()
    }
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: { title: { equals: title } },
    })
    expect(totalDocs, 'items with the title of the failed create').toBe(0)
    const versions = await payload.countVersions({
      collection: 'articles',
      where: { 'version.title': { equals: title } },
    })
    expect(versions.totalDocs, 'versions of the failed create').toBe(0)
  })

  it('publishing through the workflow: no event, no publication, no version, no report fact, no webhook job', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'approved')
    const before = await footprint(item.id)

    failNextSave.add(item.id)
    const res = await rest('POST', `/api/articles/${item.id}/workflow`, {
      json: { action: 'publish' },
      token: desk.tokens.editor,
    })
    expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400)

    expect(await footprint(item.id)).toEqual(before)
    expect((await publicRead(item.id)).status).toBe(404)

    // The same action succeeds once nothing fails, and leaves every step's trace.
    const retried = await rest('POST', `/api/articles/${item.id}/workflow`, {
      json: { action: 'publish' },
      token: desk.tokens.editor,
    })
    expect(retried.status, JSON.stringify(retried.body)).toBe(200)
    const after = await footprint(item.id)
    expect(after.events).toEqual([...before.events, 'publish:published'])
    expect(after.live.status).toBe('published')
    expect(after.facts.filter((fact) => fact.endsWith(':true'))).toHaveLength(1)
    expect(after.jobs).toBe(before.jobs + 1)
    expect((await publicRead(item.id)).status).toBe(200)
  })

  it('unpublishing a live item: it stays public, no event, no webhook job, its fact still counts', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'approved')
    expect(
      (
        await rest('POST', `/api/articles/${item.id}/workflow`, {
          json: { action: 'publish' },
          token: desk.tokens.editor,
        })
      ).status,
    ).toBe(200)
    const before = await footprint(item.id)

    failNextSave.add(item.id)
    const res = await rest('POST', `/api/articles/${item.id}/workflow`, {
      json: { action: 'unpublish' },
      token: desk.tokens.editor,
    })
    expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400)

    expect(await footprint(item.id)).toEqual(before)
    expect((await publicRead(item.id)).status).toBe(200)
  })

  it('editing a published item (a draft revision): the live and the latest version stay as they were', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'approved')
    expect(
      (
        await rest('POST', `/api/articles/${item.id}/workflow`, {
          json: { action: 'publish' },
          token: desk.tokens.editor,
        })
      ).status,
    ).toBe(200)
    const before = await footprint(item.id)

    failNextSave.add(item.id)
    const res = await rest('PATCH', `/api/articles/${item.id}?draft=true`, {
      json: { excerpt: 'Жартылай түзету' },
      token: desk.tokens.editor,
    })
    expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400)
    expect(await footprint(item.id)).toEqual(before)
  })

  it('restoring a draft version of a published item: the item and its records stay as they were', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'approved')
    expect(
      (
        await rest('POST', `/api/articles/${item.id}/workflow`, {
          json: { action: 'publish' },
          token: desk.tokens.editor,
        })
      ).status,
    ).toBe(200)
    for (const excerpt of ['Бірінші түзету', 'Екінші түзету']) {
      expect(
        (
          await rest('PATCH', `/api/articles/${item.id}?draft=true`, {
            json: { excerpt },
            token: desk.tokens.editor,
          })
        ).status,
      ).toBe(200)
    }
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: {
        and: [{ parent: { equals: item.id } }, { 'version.excerpt': { equals: 'Бірінші түзету' } }],
      },
    })
    expect(docs).toHaveLength(1)
    const before = await footprint(item.id)

    failNextSave.add(item.id)
    const res = await rest('POST', `/api/articles/versions/${docs[0].id}`, {
      token: desk.tokens.editor,
    })
    expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400)
    expect(await footprint(item.id)).toEqual(before)
    expect((await publicRead(item.id)).status).toBe(200)
  })

  it('an ethics decision: no review record and the review status unchanged', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'in_review')
    await payload.update({
      collection: 'articles',
      context: { aiEthicsSkip: true },
      data: { ethicsReview: { status: 'pending' } } as never,
      draft: true,
      id: item.id,
    })
    const before = await footprint(item.id)
    const status = async () =>
      (
        (await payload.findByID({
          collection: 'articles',
          depth: 0,
          draft: true,
          id: item.id,
        })) as { ethicsReview?: { status?: string } }
      ).ethicsReview?.status
    expect(await status()).toBe('pending')

    failNextSave.add(item.id)
    const res = await rest('POST', '/api/ai-ethics/review', {
      json: { collection: 'articles', decision: 'clear', id: item.id, note: 'Тексерілді.' },
      token: desk.tokens.ethics,
    })
    expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400)
    expect(await footprint(item.id)).toEqual(before)
    expect(await status()).toBe('pending')
  })
})
