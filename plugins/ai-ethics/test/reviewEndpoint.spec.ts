import { APIError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  bootTestApp,
  createPost,
  createUser,
  decide,
  readPost,
  rejectionOf,
  richText,
  type TestApp,
  type TestPost,
  type TestUser,
  updatePost,
} from './helpers'

// POST /api/ai-ethics/review and GET /api/ai-ethics/queue, met as a client meets them: over REST.

let app: TestApp
let author: TestUser
let reviewer: TestUser
let admin: TestUser

const BOILERPLATE = 'Как языковая модель ИИ, я не могу оценивать решения маслихата.'

beforeAll(async () => {
  app = await bootTestApp({ name: 'review' })
  author = await createUser(app.payload, ['author'])
  reviewer = await createUser(app.payload, ['reviewer'])
  // Reviewing is a role of its own: `reviewerRoles: ['reviewer']` leaves admins out.
  admin = await createUser(app.payload, ['admin'])
})

afterAll(async () => {
  await app?.destroy()
})

/** A draft held for review: its Russian body is chatbot output. */
const pendingPost = async (title = 'Маслихат сессиясы'): Promise<TestPost> => {
  const post = await createPost(
    app.payload,
    { body: richText('Сессияда бюджет қаралды.'), title },
    { user: author },
  )
  const updated = await updatePost(
    app.payload,
    post.id,
    { body: richText(BOILERPLATE) },
    { draft: true, locale: 'ru', user: author },
  )
  expect(updated.ethicsReview?.status).toBe('pending')
  return updated
}

const errorOf = (body: any) => ({ code: body.code, message: body.errors?.[0]?.message as string })

describe('who may decide', () => {
  let post: TestPost
  beforeAll(async () => {
    post = await pendingPost()
  })

  it('anonymous: 401', async () => {
    const { body, status } = await decide(app, undefined, {
      collection: 'posts',
      decision: 'clear',
      id: post.id,
      note: 'ok',
    })
    expect(status).toBe(401)
    expect(errorOf(body).code).toBe('AUTHENTICATION_REQUIRED')
  })

  it.each([
    ['an author', () => author],
    ['an admin without the reviewer role', () => admin],
  ])('%s: 403, and the review stays pending', async (_, who) => {
    const { body, status } = await decide(app, who(), {
      collection: 'posts',
      decision: 'clear',
      id: post.id,
      note: 'Сам проверил.',
    })
    expect(status).toBe(403)
    expect(errorOf(body).code).toBe('FORBIDDEN_ACTION')
    expect((await readPost(app.payload, post.id)).ethicsReview?.status).toBe('pending')
  })
})

describe('what a decision must contain', () => {
  let post: TestPost
  beforeAll(async () => {
    post = await pendingPost()
  })

  it.each([
    ['no note', { decision: 'clear' }, 'note'],
    ['a blank note', { decision: 'clear', note: '   ' }, 'note'],
    ['a note over 5000 characters', { decision: 'clear', note: 'ә'.repeat(5001) }, 'note'],
    ['an unknown decision', { decision: 'approve', note: 'Тексерілді.' }, 'decision'],
    [
      'an unknown collection',
      { collection: 'pages', decision: 'clear', note: 'Тексерілді.' },
      'collection',
    ],
    ['no id', { decision: 'clear', id: '', note: 'Тексерілді.' }, 'id'],
  ])('%s: 400, and the message names the field', async (_, fields, field) => {
    const { body, status } = await decide(app, reviewer, {
      collection: 'posts',
      id: post.id,
      ...fields,
    })
    expect(status).toBe(400)
    expect(errorOf(body)).toMatchObject({ code: 'INVALID_BODY' })
    expect(errorOf(body).message.startsWith(`${field}:`), errorOf(body).message).toBe(true)
    expect((await readPost(app.payload, post.id)).ethicsReview?.status).toBe('pending')
  })

  it('a body that is not a JSON object: 400', async () => {
    const { body, status } = await decide(app, reviewer, ['clear'] as never)
    expect(status).toBe(400)
    expect(errorOf(body).message).toMatch(/collection, id, decision, note/)
  })

  it.each([987654, 'not-an-id'])('an unknown id (%s): 404', async (id) => {
    const { body, status } = await decide(app, reviewer, {
      collection: 'posts',
      decision: 'clear',
      id,
      note: 'Тексерілді.',
    })
    expect(status, JSON.stringify(body)).toBe(404)
    expect(errorOf(body).code).toBe('NOT_FOUND')
  })

  it('a post with nothing to review: 409', async () => {
    const clean = await createPost(
      app.payload,
      { body: richText('Сессияда бюджет қаралды.'), title: 'Бюджет' },
      { user: author },
    )
    const { body, status } = await decide(app, reviewer, {
      collection: 'posts',
      decision: 'clear',
      id: clean.id,
      note: 'Тексерілді.',
    })
    expect(status).toBe(409)
    expect(errorOf(body).code).toBe('NOTHING_TO_REVIEW')
    expect(
      (
        await app.payload.count({
          collection: 'ethics-reviews' as never,
          where: { docId: { equals: String(clean.id) } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('a reviewer’s decision', () => {
  let post: TestPost
  let response: { body: any; status: number }

  beforeAll(async () => {
    post = await pendingPost()
    response = await decide(app, reviewer, {
      collection: 'posts',
      decision: 'clear',
      id: post.id,
      note: '  Цитата оставлена намеренно.  ',
    })
  })

  it('is applied: 200 with the cleared review', () => {
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.ethicsReview).toMatchObject({
      note: 'Цитата оставлена намеренно.',
      status: 'cleared',
    })
  })

  it('is recorded in ethics-reviews: who, what, which document, why, and the flags decided on', async () => {
    const { docs } = await app.payload.find({
      collection: 'ethics-reviews' as never,
      depth: 0,
      where: { docId: { equals: String(post.id) } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      decision: 'clear',
      note: 'Цитата оставлена намеренно.',
      reviewer: reviewer.id,
      targetCollection: 'posts',
    })
    expect((docs[0] as any).flags).toEqual([
      expect.objectContaining({ locale: 'ru', source: 'text' }),
    ])
    expect((docs[0] as any).flags[0].detail).toContain('Как языковая модель')
  })

  it('a later rejection adds a second record; the first is unchanged', async () => {
    const again = await decide(app, reviewer, {
      collection: 'posts',
      decision: 'reject',
      id: post.id,
      note: 'Передумал: текст не отредактирован.',
    })
    expect(again.status).toBe(200)
    const { docs } = await app.payload.find({
      collection: 'ethics-reviews' as never,
      depth: 0,
      sort: 'createdAt',
      where: { docId: { equals: String(post.id) } },
    })
    expect(docs.map((doc: any) => [doc.decision, doc.note])).toEqual([
      ['clear', 'Цитата оставлена намеренно.'],
      ['reject', 'Передумал: текст не отредактирован.'],
    ])
    expect((await readPost(app.payload, post.id)).ethicsReview?.status).toBe('rejected')
  })
})

describe('the ethics-reviews log is append-only', () => {
  let record: Record<string, any>

  beforeAll(async () => {
    const post = await pendingPost()
    const { body } = await decide(app, reviewer, {
      collection: 'posts',
      decision: 'clear',
      id: post.id,
      note: 'Тексерілді.',
    })
    record = body.review
  })

  it('the Local API cannot change a record, even with overrideAccess', async () => {
    const error = await rejectionOf(
      app.payload.update({
        collection: 'ethics-reviews' as never,
        data: { note: 'өзгертілді' } as never,
        id: record.id,
      }),
    )
    expect(error).toBeInstanceOf(APIError)
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/append-only/)
  })

  it('the Local API cannot delete a record, even with overrideAccess', async () => {
    const error = await rejectionOf(
      app.payload.delete({ collection: 'ethics-reviews' as never, id: record.id }),
    )
    expect(error).toBeInstanceOf(APIError)
    expect(error.status).toBe(403)
    const still = (await app.payload.findByID({
      collection: 'ethics-reviews' as never,
      depth: 0,
      id: record.id,
    })) as any
    expect(still.note).toBe('Тексерілді.')
  })

  it('over REST nobody creates, changes or deletes a record, and readers cannot list them', async () => {
    const patch = await app.rest('PATCH', `/api/ethics-reviews/${record.id}`, {
      json: { note: 'өзгертілді' },
      token: reviewer.token,
    })
    expect(patch.status).toBe(403)
    const create = await app.rest('POST', '/api/ethics-reviews', {
      json: {
        decision: 'clear',
        docId: '1',
        note: 'жалған',
        reviewer: reviewer.id,
        targetCollection: 'posts',
      },
      token: reviewer.token,
    })
    expect(create.status).toBe(403)
    expect((await app.rest('GET', '/api/ethics-reviews')).status).toBe(403)
    const list = await app.rest('GET', '/api/ethics-reviews', { token: reviewer.token })
    expect(list.status).toBe(200)
    expect(list.body.docs.find((doc: any) => doc.id === record.id).note).toBe('Тексерілді.')
  })
})

describe('the review queue', () => {
  let pending: TestPost
  let cleared: TestPost
  let clean: TestPost

  beforeAll(async () => {
    pending = await pendingPost('Кезектегі материал')
    cleared = await pendingPost('Тексерілген материал')
    await decide(app, reviewer, {
      collection: 'posts',
      decision: 'clear',
      id: cleared.id,
      note: 'Тексерілді.',
    })
    clean = await createPost(app.payload, { title: 'Таза материал' }, { user: author })
  })

  it('lists pending posts with their flags, title and collection, for reviewers', async () => {
    const { body, status } = await app.rest('GET', '/api/ai-ethics/queue', {
      token: reviewer.token,
    })
    expect(status).toBe(200)
    const item = body.items.find((entry: any) => entry.id === pending.id)
    expect(item).toMatchObject({ collection: 'posts', title: 'Кезектегі материал' })
    expect(item.flags).toEqual([
      expect.objectContaining({
        locale: 'ru',
        signal: 'chatbot-boilerplate:boilerplate',
        source: 'text',
      }),
    ])
    const ids = body.items.map((entry: any) => entry.id)
    expect(ids).not.toContain(cleared.id)
    expect(ids).not.toContain(clean.id)
    for (const entry of body.items)
      expect((await readPost(app.payload, entry.id)).ethicsReview?.status).toBe('pending')
  })

  it('is closed to anonymous users (401) and to authors (403)', async () => {
    expect((await app.rest('GET', '/api/ai-ethics/queue')).status).toBe(401)
    const { body, status } = await app.rest('GET', '/api/ai-ethics/queue', { token: author.token })
    expect(status).toBe(403)
    expect(body.items).toBeUndefined()
  })
})
