import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { unique } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createDesk, createItemInState, type Desk, graphql, walk } from './helpers'

let payload: Payload
let desk: Desk

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
})

afterAll(async () => {
  await payload.destroy()
})

const comment = (token: string, json: Record<string, unknown>) =>
  rest('POST', '/api/editorial-comments?depth=0', { json, token })

describe('editorial comments', () => {
  it('staff comment on an item they can read; author, owner and region are set by the server', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'in_review')
    const res = await comment(desk.tokens.editor, {
      // Everything but the three fields below is the server's to set: these must be ignored.
      author: desk.people.journalist.id,
      body: 'Фотоның авторын көрсетіңіз.',
      docId: String(item.id),
      docOwner: desk.people.journalist.id,
      region: desk.otherRegion.id,
      targetCollection: 'articles',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc).toMatchObject({
      author: desk.people.editor.id,
      body: 'Фотоның авторын көрсетіңіз.',
      docId: String(item.id),
      docOwner: desk.people.author.id,
      region: desk.region.id,
      targetCollection: 'articles',
    })
  })

  it('is refused on an item the commenter cannot read, and anonymously', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const body = { body: 'Бөтен пікір', docId: String(item.id), targetCollection: 'articles' }
    const colleague = await comment(desk.tokens.journalist, body)
    expect(colleague.status, JSON.stringify(colleague.body)).toBe(404)
    expect(colleague.body.errors[0].message).toMatch(/^docId: /)
    const elsewhere = await comment(desk.tokens.editorElsewhere, body)
    expect(elsewhere.status).toBe(404)
    const anonymous = await rest('POST', '/api/editorial-comments', { json: body })
    expect(anonymous.status).toBe(403)
    expect(
      (
        await payload.count({
          collection: 'editorial-comments',
          where: { docId: { equals: String(item.id) } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it("is read by the item's author and the region's editor, not by another journalist, an editor elsewhere or anonymously", async () => {
    const item = await createItemInState(payload, desk, 'articles', 'in_review')
    const created = await comment(desk.tokens.editor, {
      body: 'Тек редакция үшін.',
      docId: String(item.id),
      targetCollection: 'articles',
    })
    const id = created.body.doc.id
    const statusFor = async (token?: string) =>
      (await rest('GET', `/api/editorial-comments/${id}?depth=0`, { token })).status
    expect(await statusFor(desk.tokens.author)).toBe(200)
    expect(await statusFor(desk.tokens.editor)).toBe(200)
    expect(await statusFor(desk.tokens.ethics)).toBe(200)
    expect(await statusFor(desk.tokens.journalist)).toBe(404)
    expect(await statusFor(desk.tokens.editorElsewhere)).toBe(404)
    expect(await statusFor()).toBe(403)
    expect((await rest('GET', '/api/editorial-comments')).status).toBe(403)
    const listedForColleague = await rest(
      'GET',
      `/api/editorial-comments?where[docId][equals]=${item.id}`,
      { token: desk.tokens.journalist },
    )
    expect(listedForColleague.body.docs).toEqual([])
  })

  it('cannot be edited, even by its author', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const created = await comment(desk.tokens.author, {
      body: 'Бастапқы мәтін',
      docId: String(item.id),
      targetCollection: 'articles',
    })
    expect(created.status).toBe(201)
    const res = await rest('PATCH', `/api/editorial-comments/${created.body.doc.id}`, {
      json: { body: 'Өзгертілген' },
      token: desk.tokens.author,
    })
    expect(res.status).toBe(403)
    expect(
      await payload.findByID({ collection: 'editorial-comments', id: created.body.doc.id }),
    ).toMatchObject({ body: 'Бастапқы мәтін' })
  })
})

describe('the public article response', () => {
  const WORKFLOW_FIELDS = ['workflowStatus', 'assignee', 'workflowRevision', 'scheduledFor']

  it('never carries editorial comments or workflow fields, by id, by slug or through GraphQL', async () => {
    const slug = `public-${unique()}`
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    await payload.update({ collection: 'articles', data: { slug }, draft: true, id: item.id })
    const secret = `Ішкі пікір ${unique()}`
    await walk('articles', item.id, [
      [desk.tokens.author, { action: 'submit', assignee: desk.people.editor.id }],
    ])
    expect(
      (
        await comment(desk.tokens.editor, {
          body: secret,
          docId: String(item.id),
          targetCollection: 'articles',
        })
      ).status,
    ).toBe(201)
    await walk('articles', item.id, [
      [desk.tokens.editor, { action: 'request_changes', comment: secret }],
      [desk.tokens.author, { action: 'submit' }],
      [desk.tokens.editor, { action: 'approve' }],
      [desk.tokens.editor, { action: 'publish' }],
    ])

    // Staff do see the workflow fields: the assertions below would be empty otherwise.
    const staff = await rest('GET', `/api/articles/${item.id}?depth=0`, {
      token: desk.tokens.editor,
    })
    expect(staff.body).toMatchObject({
      assignee: desk.people.editor.id,
      workflowStatus: 'published',
    })

    for (const depth of [0, 2]) {
      const byId = await rest('GET', `/api/articles/${item.id}?depth=${depth}`)
      const bySlug = await rest('GET', `/api/articles?depth=${depth}&where[slug][equals]=${slug}`)
      expect(byId.status).toBe(200)
      expect(bySlug.body.docs).toHaveLength(1)
      for (const doc of [byId.body, bySlug.body.docs[0]]) {
        expect(doc.id).toBe(item.id)
        for (const field of WORKFLOW_FIELDS) expect(doc, `depth ${depth}`).not.toHaveProperty(field)
        expect(JSON.stringify(doc)).not.toContain(secret)
        expect(JSON.stringify(doc)).not.toMatch(/comment/i)
      }
    }

    const query = await graphql(
      `{ Articles(where: { slug: { equals: "${slug}" } }) { docs { id title workflowStatus assignee { id } workflowRevision scheduledFor } } }`,
    )
    const [doc] = query.body.data.Articles.docs
    expect(doc.id).toBe(item.id)
    expect(doc).toMatchObject({
      assignee: null,
      scheduledFor: null,
      workflowRevision: null,
      workflowStatus: null,
    })
  })
})
