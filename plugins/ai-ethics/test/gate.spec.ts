import { APIError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ethicsPrePublishCheck, publiclyVisible } from '../src'
import { POSTS } from './config'
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
  uploadFixture,
} from './helpers'

// Flagging on every save of a guarded collection, and the refusal to publish until a reviewer clears it.

let app: TestApp
let author: TestUser
let reviewer: TestUser
let aiImage: Record<string, any>
let cameraImage: Record<string, any>

const KK_TITLE = 'Астанада өңірлік БАҚ форумы өтті'
const KK_BODY =
  'Форумға 300-ден астам журналист қатысты. [сурет: Астана қаласы әкімдігінің баспасөз қызметі]'
const RU_TITLE = 'В Астане прошёл форум региональных СМИ'
const RU_BODY = 'В форуме приняли участие более 300 журналистов из всех областей.'
const RU_BOILERPLATE =
  'Как языковая модель ИИ, я не могу давать оценки действиям акимата, но могу привести факты.'
const RU_PLACEHOLDER = 'Комментарий для редакции дал [вставьте имя и должность].'

beforeAll(async () => {
  app = await bootTestApp({ name: 'gate' })
  author = await createUser(app.payload, ['author'])
  reviewer = await createUser(app.payload, ['reviewer'])
  aiImage = await uploadFixture(app.payload, 'ai-trained-xmp.jpg')
  cameraImage = await uploadFixture(app.payload, 'camera-capture-xmp.jpg')
})

afterAll(async () => {
  await app?.destroy()
})

/** A clean Kazakh draft, saved by the author. */
const cleanDraft = (extra: Record<string, unknown> = {}) =>
  createPost(app.payload, { body: richText(KK_BODY), title: KK_TITLE, ...extra }, { user: author })

/** A draft whose Russian body is pasted chatbot output. */
const draftWithRussianBoilerplate = async () => {
  const post = await cleanDraft()
  return updatePost(
    app.payload,
    post.id,
    { body: richText(RU_BODY, RU_BOILERPLATE), title: RU_TITLE },
    { draft: true, locale: 'ru', user: author },
  )
}

const publish = (id: number, options: { locale?: string; user?: TestUser } = { user: author }) =>
  updatePost(app.payload, id, { _status: 'published' }, options)

const expectRefusedForReview = (error: unknown, status: 'pending' | 'rejected') => {
  expect(error, String((error as Error)?.stack ?? error)).toBeInstanceOf(APIError)
  expect((error as APIError).status).toBe(409)
  expect((error as APIError).data).toEqual({ code: 'ETHICS_REVIEW_REQUIRED', status })
}

/** Whether readers (no session) can see the post at all. */
const anonymousStatus = async (id: number) => (await app.rest('GET', `/api/posts/${id}`)).status

describe('what a save flags', () => {
  it('a declared use of AI ("assisted") holds the post for review, with a disclosure flag', async () => {
    const post = await cleanDraft({
      aiDisclosure: { scope: ['translation'], tools: ['ChatGPT'], usage: 'assisted' },
    })
    expect(post.ethicsReview?.status).toBe('pending')
    expect(post.ethicsReview?.flags).toEqual([
      expect.objectContaining({
        detail: 'tools: ChatGPT; scope: translation',
        signal: 'assisted',
        source: 'disclosure',
      }),
    ])
  })

  it('chatbot boilerplate in the Russian body: a text flag that quotes it, with locale ru', async () => {
    const post = await draftWithRussianBoilerplate()
    expect(post.ethicsReview?.status).toBe('pending')
    expect(post.ethicsReview?.flags).toHaveLength(1)
    const [flag] = post.ethicsReview!.flags
    expect(flag).toMatchObject({
      locale: 'ru',
      signal: 'chatbot-boilerplate:boilerplate',
      source: 'text',
    })
    expect(flag.detail).toMatch(/^body: /)
    expect(flag.detail).toContain('Как языковая модель')
  })

  it('an AI-generated hero image: an image flag naming the file and its source type', async () => {
    const post = await cleanDraft({ hero: aiImage.id })
    expect(post.ethicsReview?.status).toBe('pending')
    expect(post.ethicsReview?.flags).toEqual([
      expect.objectContaining({
        detail: `${aiImage.filename}: trainedAlgorithmicMedia`,
        signal: 'generative-ai',
        source: 'image',
      }),
    ])
  })

  it('an AI image among the gallery photos is flagged too', async () => {
    const post = await cleanDraft({ gallery: [cameraImage.id, aiImage.id] })
    expect(post.ethicsReview?.status).toBe('pending')
    expect(post.ethicsReview?.flags.map((flag) => [flag.source, flag.detail])).toEqual([
      ['image', `${aiImage.filename}: trainedAlgorithmicMedia`],
    ])
  })

  it('an AI image placed inside the rich text is flagged too', async () => {
    const body = richText(KK_BODY)
    body.root.children.push({
      type: 'upload',
      fields: null,
      format: '',
      id: 'inline-ai-image',
      relationTo: 'media',
      value: aiImage.id,
      version: 3,
    } as never)
    const post = await cleanDraft({ body })
    expect(post.ethicsReview?.flags.map((flag) => [flag.source, flag.detail])).toEqual([
      ['image', `${aiImage.filename}: trainedAlgorithmicMedia`],
    ])
  })

  it('a clean post (camera photo, ordinary text with brackets) needs no review', async () => {
    const post = await cleanDraft({ gallery: [cameraImage.id], hero: cameraImage.id })
    expect(post.ethicsReview).toMatchObject({ flags: [], status: 'not_required' })
    const published = await publish(post.id)
    expect(published._status).toBe('published')
  })

  it('the author cannot write the review by hand', async () => {
    const post = await createPost(
      app.payload,
      { ethicsReview: { flags: [], status: 'cleared' }, hero: aiImage.id, title: KK_TITLE },
      { user: author },
    )
    expect(post.ethicsReview?.status).toBe('pending')
    const { body, status } = await app.rest('PATCH', `/api/posts/${post.id}?draft=true`, {
      json: { ethicsReview: { status: 'cleared' } },
      token: author.token,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.doc.ethicsReview.status).toBe('pending')
  })
})

describe('publishing waits for the review', () => {
  it('saving a flagged draft is never refused: the editor’s work is kept', async () => {
    const post = await draftWithRussianBoilerplate()
    const again = await updatePost(
      app.payload,
      post.id,
      { title: `${RU_TITLE} (обновлено)` },
      { draft: true, locale: 'ru', user: author },
    )
    expect(again).toMatchObject({ _status: 'draft', title: `${RU_TITLE} (обновлено)` })
    expect(again.ethicsReview?.status).toBe('pending')
  })

  it('Local API: publishing a pending post is refused with 409 ETHICS_REVIEW_REQUIRED; it stays unpublished', async () => {
    const post = await draftWithRussianBoilerplate()
    for (const locale of ['ru', 'kk']) {
      expectRefusedForReview(
        await rejectionOf(publish(post.id, { locale, user: author })),
        'pending',
      )
    }
    // Also with overrideAccess (a server script): the gate is a hook, not an access rule.
    expectRefusedForReview(await rejectionOf(publish(post.id, {})), 'pending')
    expect((await readPost(app.payload, post.id, { draft: false }))._status).toBe('draft')
    expect(await anonymousStatus(post.id)).toBe(404)
  })

  it('creating a flagged post as published is refused, and nothing is created', async () => {
    const before = (await app.payload.count({ collection: POSTS })).totalDocs
    const error = await rejectionOf(
      createPost(
        app.payload,
        { _status: 'published', hero: aiImage.id, title: KK_TITLE },
        { draft: false, user: author },
      ),
    )
    expectRefusedForReview(error, 'pending')
    expect((await app.payload.count({ collection: POSTS })).totalDocs).toBe(before)
  })

  it('REST PATCH: refused with 409; the body carries the code and the review status', async () => {
    const post = await cleanDraft({ hero: aiImage.id })
    const { body, status } = await app.rest('PATCH', `/api/posts/${post.id}`, {
      json: { _status: 'published' },
      token: author.token,
    })
    expect(status).toBe(409)
    expect(body.errors).toHaveLength(1)
    expect(body.errors[0]).toMatchObject({
      data: { code: 'ETHICS_REVIEW_REQUIRED', status: 'pending' },
    })
    expect(body.errors[0].message).toMatch(/ethics review/)
    expect(await anonymousStatus(post.id)).toBe(404)
  })

  it('after a reviewer clears it, the author publishes it and readers see it', async () => {
    const post = await draftWithRussianBoilerplate()
    const { body, status } = await decide(app, reviewer, {
      collection: 'posts',
      decision: 'clear',
      id: post.id,
      note: 'Цитата модели оставлена намеренно: материал о работе ИИ.',
    })
    expect(status, JSON.stringify(body)).toBe(200)
    const cleared = await readPost(app.payload, post.id)
    expect(cleared.ethicsReview).toMatchObject({
      note: 'Цитата модели оставлена намеренно: материал о работе ИИ.',
      status: 'cleared',
    })
    expect(cleared.ethicsReview?.reviewer).toBe(reviewer.id)

    const published = await app.rest('PATCH', `/api/posts/${post.id}`, {
      json: { _status: 'published' },
      token: author.token,
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect(published.body.doc._status).toBe('published')
    expect(await anonymousStatus(post.id)).toBe(200)
  })

  it('a rejected post cannot be published, and an unrelated edit does not lift the rejection', async () => {
    const post = await draftWithRussianBoilerplate()
    expect(
      (
        await decide(app, reviewer, {
          collection: 'posts',
          decision: 'reject',
          id: post.id,
          note: 'Текст написан чат-ботом.',
        })
      ).status,
    ).toBe(200)
    expectRefusedForReview(await rejectionOf(publish(post.id)), 'rejected')
    const rest = await app.rest('PATCH', `/api/posts/${post.id}?locale=ru`, {
      json: { _status: 'published' },
      token: author.token,
    })
    expect(rest.status).toBe(409)
    expect(rest.body.errors[0].data).toEqual({ code: 'ETHICS_REVIEW_REQUIRED', status: 'rejected' })
    expect(rest.body.errors[0].message).toMatch(/rejected/)

    const retitled = await updatePost(
      app.payload,
      post.id,
      { title: KK_TITLE + '!' },
      { draft: true, locale: 'kk', user: author },
    )
    expect(retitled.ethicsReview?.status).toBe('rejected')
    expect(await anonymousStatus(post.id)).toBe(404)
  })

  it('a rejection holds when the rejected text repeats the same placeholder twice', async () => {
    const post = await cleanDraft()
    const twice = await updatePost(
      app.payload,
      post.id,
      { body: richText(RU_PLACEHOLDER, RU_BODY, RU_PLACEHOLDER), title: RU_TITLE },
      { draft: true, locale: 'ru', user: author },
    )
    expect(twice.ethicsReview?.flags).toHaveLength(2)
    await decide(app, reviewer, {
      collection: 'posts',
      decision: 'reject',
      id: post.id,
      note: 'Шаблон не заполнен.',
    })
    const retitled = await updatePost(
      app.payload,
      post.id,
      { title: `${KK_TITLE}: жаңа тақырып` },
      { draft: true, locale: 'kk', user: author },
    )
    expect(retitled.ethicsReview).toMatchObject({ note: 'Шаблон не заполнен.', status: 'rejected' })
    expectRefusedForReview(await rejectionOf(publish(post.id)), 'rejected')
  })

  it('a rejected post that gets new AI content goes back to the queue as pending', async () => {
    const post = await draftWithRussianBoilerplate()
    await decide(app, reviewer, {
      collection: 'posts',
      decision: 'reject',
      id: post.id,
      note: 'Текст написан чат-ботом.',
    })
    const changed = await updatePost(
      app.payload,
      post.id,
      { hero: aiImage.id },
      { draft: true, user: author },
    )
    expect(changed.ethicsReview?.status).toBe('pending')
    expect(changed.ethicsReview?.note).toBeNull()
  })

  it('a new draft of a published post that adds boilerplate cannot be published; readers keep the published version', async () => {
    const post = await cleanDraft()
    await publish(post.id)
    const draft = await updatePost(
      app.payload,
      post.id,
      { body: richText(KK_BODY, 'Жасанды интеллект ретінде мен бұл оқиғаға баға бере алмаймын.') },
      { draft: true, user: author },
    )
    expect(draft.ethicsReview?.status).toBe('pending')
    expectRefusedForReview(await rejectionOf(publish(post.id)), 'pending')
    const { body, status } = await app.rest('GET', `/api/posts/${post.id}?depth=0`)
    expect(status).toBe(200)
    expect(JSON.stringify(body.body)).not.toContain('Жасанды интеллект ретінде мен')
  })
})

describe('edits after a clearance', () => {
  let post: TestPost

  beforeAll(async () => {
    post = await draftWithRussianBoilerplate()
    const { body, status } = await decide(app, reviewer, {
      collection: 'posts',
      decision: 'clear',
      id: post.id,
      note: 'Проверено редактором.',
    })
    expect(status, JSON.stringify(body)).toBe(200)
  })

  it('changing unrelated text keeps the post cleared, with the reviewer’s note', async () => {
    const edited = await updatePost(
      app.payload,
      post.id,
      { title: `${RU_TITLE}: итоги` },
      { draft: true, locale: 'ru', user: author },
    )
    expect(edited.ethicsReview).toMatchObject({ note: 'Проверено редактором.', status: 'cleared' })
    expect(edited.ethicsReview?.reviewer).toBe(reviewer.id)
  })

  it('saving the Kazakh version keeps the Russian flags and the clearance', async () => {
    const edited = await updatePost(
      app.payload,
      post.id,
      { body: richText(KK_BODY, 'Форум екі күнге созылды.') },
      { draft: true, locale: 'kk', user: author },
    )
    expect(edited.ethicsReview?.status).toBe('cleared')
    expect(edited.ethicsReview?.flags).toEqual([
      expect.objectContaining({ locale: 'ru', source: 'text' }),
    ])
  })

  it('adding a new boilerplate sentence reopens the review', async () => {
    const edited = await updatePost(
      app.payload,
      post.id,
      { body: richText(RU_BODY, RU_BOILERPLATE, RU_PLACEHOLDER) },
      { draft: true, locale: 'ru', user: author },
    )
    expect(edited.ethicsReview).toMatchObject({
      note: null,
      reviewedAt: null,
      reviewer: null,
      status: 'pending',
    })
    expect(edited.ethicsReview?.flags.map((flag) => flag.detail)).toEqual([
      expect.stringContaining('Как языковая модель'),
      expect.stringContaining('[вставьте имя и должность]'),
    ])
    expectRefusedForReview(await rejectionOf(publish(post.id)), 'pending')
  })
})

describe('flags are kept per locale', () => {
  it('a Russian flag survives a Kazakh save while pending; cleaning the Russian text lifts it', async () => {
    const post = await draftWithRussianBoilerplate()
    const kk = await updatePost(
      app.payload,
      post.id,
      { title: `${KK_TITLE}: екінші күн` },
      { draft: true, locale: 'kk', user: author },
    )
    expect(kk.ethicsReview?.status).toBe('pending')
    expect(kk.ethicsReview?.flags).toEqual([
      expect.objectContaining({ locale: 'ru', source: 'text' }),
    ])

    const ru = await updatePost(
      app.payload,
      post.id,
      { body: richText(RU_BODY) },
      { draft: true, locale: 'ru', user: author },
    )
    expect(ru.ethicsReview).toMatchObject({ flags: [], status: 'not_required' })
    expect((await publish(post.id))._status).toBe('published')
  })

  it('boilerplate in two locales gives one flag per locale', async () => {
    const post = await draftWithRussianBoilerplate()
    const en = await updatePost(
      app.payload,
      post.id,
      {
        body: richText('As an AI language model, I cannot assess the akimat’s decisions.'),
        title: 'Regional media forum held in Astana',
      },
      { draft: true, locale: 'en', user: author },
    )
    expect(en.ethicsReview?.flags.map((flag) => flag.locale).sort()).toEqual(['en', 'ru'])
  })
})

describe('the pre-publish check offered to editorial workflows', () => {
  it('agrees with the gate: refuses pending and rejected posts, passes the rest and other collections', async () => {
    const req = { payload: app.payload } as never
    const pending = await draftWithRussianBoilerplate()
    const clean = await cleanDraft()
    expect(ethicsPrePublishCheck({ collection: 'posts', doc: pending, req })).toMatchObject({
      code: 'ETHICS_REVIEW_REQUIRED',
      status: 409,
    })
    expect(
      ethicsPrePublishCheck({
        collection: 'posts',
        doc: { ...pending, ethicsReview: { status: 'rejected' } },
        req,
      })?.message,
    ).toMatch(/rejected/)
    expect(ethicsPrePublishCheck({ collection: 'posts', doc: clean, req })).toBeUndefined()
    // `users` is not guarded, so nothing is asked of it.
    expect(ethicsPrePublishCheck({ collection: 'users', doc: pending, req })).toBeUndefined()
  })

  it('and the visibility rule exported for delivery and reports says the same', async () => {
    const pending = await draftWithRussianBoilerplate()
    const clean = await cleanDraft()
    expect(publiclyVisible.isVisible(pending)).toBe(false)
    expect(publiclyVisible.isVisible({ ethicsReview: { status: 'rejected' } })).toBe(false)
    expect(publiclyVisible.isVisible({})).toBe(false)
    expect(publiclyVisible.isVisible(clean)).toBe(true)
    const { docs } = await app.payload.find({
      collection: POSTS,
      draft: true,
      overrideAccess: true,
      where: { and: [{ id: { in: [pending.id, clean.id] } }, publiclyVisible.where] },
    })
    expect(docs.map((doc) => doc.id)).toEqual([clean.id])
  })
})
