import type { Payload } from 'payload'

import fs from 'fs'
import path from 'path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { uploadFile } from './helpers/factories'
import { bootPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { createDesk, type Desk } from './workflow/helpers'

let payload: Payload
let desk: Desk

const act = (id: number | string, token: string, json: Record<string, unknown>) =>
  rest('POST', `/api/articles/${id}/workflow`, { json, token })

/** Author drafts, submits; editor approves: the item is ready to publish. */
const approvedArticle = async (data: Record<string, unknown>) => {
  const created = await rest('POST', '/api/articles', {
    json: { region: desk.region.id, title: `ЖИ мақаласы ${Date.now()}`, ...data },
    token: desk.tokens.author,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id
  expect((await act(id, desk.tokens.author, { action: 'submit' })).status).toBe(200)
  expect((await act(id, desk.tokens.editor, { action: 'approve' })).status).toBe(200)
  return id as number
}

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
})

afterAll(async () => {
  await payload.destroy()
})

describe('AI ethics in the newsroom', () => {
  it("holds a journalist's AI-assisted article until an ethics reviewer clears it", async () => {
    const id = await approvedArticle({
      aiDisclosure: { scope: ['translation'], tools: ['ChatGPT'], usage: 'assisted' },
    })

    const refused = await act(id, desk.tokens.editor, { action: 'publish' })
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe('ETHICS_REVIEW_REQUIRED')
    const scheduled = await act(id, desk.tokens.editor, {
      action: 'schedule',
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    expect(scheduled.status).toBe(409)
    expect(scheduled.body.code).toBe('ETHICS_REVIEW_REQUIRED')
    expect((await rest('GET', `/api/articles/${id}`)).status).not.toBe(200)

    // The editor cannot clear it; the ethics reviewer can, with a note.
    const byEditor = await rest('POST', '/api/ai-ethics/review', {
      json: { collection: 'articles', decision: 'clear', id, note: 'ok' },
      token: desk.tokens.editor,
    })
    expect(byEditor.status).toBe(403)
    const cleared = await rest('POST', '/api/ai-ethics/review', {
      json: {
        collection: 'articles',
        decision: 'clear',
        id,
        note: 'Аударма тексерілді, дереккөздер дұрыс.',
      },
      token: desk.tokens.ethics,
    })
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200)
    expect(cleared.body.ethicsReview.status).toBe('cleared')

    const published = await act(id, desk.tokens.editor, { action: 'publish' })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const read = await rest('GET', `/api/articles/${id}?locale=ru`)
    expect(read.status).toBe(200)
    expect(read.body.aiNotice.label).toMatch(/искусственного интеллекта/)
    expect(read.body.aiNotice.digitalSourceType).toBe(
      'https://schema.org/CompositeWithTrainedAlgorithmicMediaDigitalSource',
    )
    expect(read.body.aiNotice.jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      digitalSourceType: read.body.aiNotice.digitalSourceType,
    })
    expect(read.body.aiDisclosure.usage).toBe('assisted')
    // Internal review details never reach the public.
    expect(read.body).not.toHaveProperty('ethicsReview')
    expect(JSON.stringify(read.body)).not.toContain('Аударма тексерілді')
  })

  it('flags an article whose hero image is AI-generated (IPTC trainedAlgorithmicMedia)', async () => {
    const data = fs.readFileSync(path.resolve('test/fixtures/provenance/ai-trained-xmp.jpg'))
    const image = await uploadFile(payload, {
      alt: 'ЖИ суреті',
      data,
      mimetype: 'image/jpeg',
      name: 'ai-trained-xmp.jpg',
      user: desk.people.author,
    })
    expect((image as Record<string, any>).provenance.classification).toBe('generative-ai')

    const id = await approvedArticle({ heroImage: image.id })
    const doc = (await payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id,
    })) as Record<string, any>
    expect(doc.ethicsReview.status).toBe('pending')
    expect(doc.ethicsReview.flags).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ signal: 'generative-ai', source: 'image' }),
      ]),
    )
    const refused = await act(id, desk.tokens.editor, { action: 'publish' })
    expect(refused.body.code).toBe('ETHICS_REVIEW_REQUIRED')

    const queue = await rest('GET', '/api/ai-ethics/queue', { token: desk.tokens.ethics })
    expect(queue.status).toBe(200)
    expect(queue.body.items.map((item: { id: number }) => item.id)).toContain(id)
  })

  it('does not hold an article without any sign of AI', async () => {
    const id = await approvedArticle({})
    const published = await act(id, desk.tokens.editor, { action: 'publish' })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const read = await rest('GET', `/api/articles/${id}`)
    expect(read.body.aiNotice.label).toBeNull()
  })
})
