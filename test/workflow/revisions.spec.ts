import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { act, createDesk, createItemInState, type Desk, eventsFor, walk } from './helpers'

let payload: Payload
let desk: Desk

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
})

afterAll(async () => {
  await payload.destroy()
})

/** An article written by the desk's author, titled `title`, published through the workflow. */
const publishedArticle = async (title: string) => {
  const item = await createItemInState(payload, desk, 'articles', 'draft')
  await payload.update({ collection: 'articles', data: { title }, draft: true, id: item.id })
  await walk('articles', item.id, [
    [desk.tokens.author, { action: 'submit' }],
    [desk.tokens.editor, { action: 'approve' }],
    [desk.tokens.editor, { action: 'publish' }],
  ])
  return item
}

const anonymousTitle = async (id: number, query = '') => {
  const res = await rest('GET', `/api/articles/${id}?depth=0${query}`)
  return res.status === 200 ? res.body.title : res.status
}

describe('editing a published item', () => {
  it('leaves the public version unchanged until the revision is reviewed and published', async () => {
    const item = await publishedArticle('Бірінші нұсқа A')
    expect(await anonymousTitle(item.id)).toBe('Бірінші нұсқа A')

    const edit = await rest('PATCH', `/api/articles/${item.id}?depth=0`, {
      json: { title: 'Екінші нұсқа B' },
      token: desk.tokens.editor,
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)

    // The public sees A, even when it asks for drafts.
    expect(await anonymousTitle(item.id)).toBe('Бірінші нұсқа A')
    expect(await anonymousTitle(item.id, '&draft=true')).toBe('Бірінші нұсқа A')
    const titlesListed = async (query: string) =>
      (
        await rest('GET', `/api/articles?depth=0&where[id][equals]=${item.id}${query}`)
      ).body.docs.map((doc: { title: string }) => doc.title)
    expect(await titlesListed('')).toEqual(['Бірінші нұсқа A'])
    expect(await titlesListed('&draft=true')).not.toContain('Екінші нұсқа B')

    // The desk sees B as a revision in draft.
    const revision = await rest('GET', `/api/articles/${item.id}?depth=0&draft=true`, {
      token: desk.tokens.editor,
    })
    expect(revision.body).toMatchObject({
      _status: 'draft',
      title: 'Екінші нұсқа B',
      workflowStatus: 'draft',
    })
    const view = await rest('GET', `/api/articles/${item.id}/workflow`, {
      token: desk.tokens.editor,
    })
    expect(view.body).toMatchObject({ live: true, state: 'draft' })

    await walk('articles', item.id, [
      [desk.tokens.editor, { action: 'submit' }],
      [desk.tokens.editor, { action: 'approve' }],
    ])
    expect(await anonymousTitle(item.id)).toBe('Бірінші нұсқа A')

    await walk('articles', item.id, [[desk.tokens.editor, { action: 'publish' }]])
    expect(await anonymousTitle(item.id)).toBe('Екінші нұсқа B')
    expect(
      (await eventsFor(payload, 'articles', item.id)).map(
        (event) => `${event.action}:${event.from}>${event.to}`,
      ),
    ).toEqual([
      'submit:draft>in_review',
      'approve:in_review>approved',
      'publish:approved>published',
      'reopen:published>draft',
      'submit:draft>in_review',
      'approve:in_review>approved',
      'publish:approved>published',
    ])
  })

  it('a revision the author saves through the Local API with enforced access is a draft too', async () => {
    const item = await publishedArticle('Жарияланған мәтін')
    // The author cannot touch a published item; the region editor can, and only as a draft.
    await payload.update({
      collection: 'articles',
      data: { title: 'Жергілікті API түзетуі' },
      id: item.id,
      overrideAccess: false,
      user: desk.people.editor,
    })
    expect(await anonymousTitle(item.id)).toBe('Жарияланған мәтін')
    const latest = await payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id: item.id,
    })
    expect(latest).toMatchObject({
      _status: 'draft',
      title: 'Жергілікті API түзетуі',
      workflowStatus: 'draft',
    })
  })

  it('unpublish takes the item down while a revision is in review, and keeps the revision', async () => {
    const item = await publishedArticle('Алынатын нұсқа')
    await rest('PATCH', `/api/articles/${item.id}`, {
      json: { title: 'Тексерудегі түзету' },
      token: desk.tokens.editor,
    })
    await walk('articles', item.id, [[desk.tokens.editor, { action: 'submit' }]])
    expect(await anonymousTitle(item.id)).toBe('Алынатын нұсқа')

    const res = await act('articles', item.id, desk.tokens.editor, { action: 'unpublish' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.event).toMatchObject({ action: 'unpublish', from: 'published', to: 'archived' })

    expect(await anonymousTitle(item.id)).toBe(404)
    expect(await anonymousTitle(item.id, '&draft=true')).toBe(404)
    const latest = await payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id: item.id,
    })
    expect(latest).toMatchObject({
      _status: 'draft',
      title: 'Тексерудегі түзету',
      workflowStatus: 'archived',
    })
  })
})
