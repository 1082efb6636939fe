import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  bootTestApp,
  createPost,
  createUser,
  decide,
  readPost,
  richText,
  type TestApp,
  type TestUser,
  updatePost,
} from './helpers'
import { type DetectorMode, startFakeDetector } from './fakeDetector'

// The optional external detector with `onError: 'flag'`: its verdict flags a post, and its silence holds the post
// for review without losing the editor's save. (`onError: 'ignore'` has its own instance: externalDetectorIgnore.spec.ts.)

const TIMEOUT_MS = 400

let app: TestApp
let author: TestUser
let reviewer: TestUser
let detector: Awaited<ReturnType<typeof startFakeDetector>>

beforeAll(async () => {
  detector = await startFakeDetector()
  app = await bootTestApp({
    name: 'external-flag',
    plugin: {
      externalDetector: {
        headers: { 'X-Api-Key': 'detector-key' },
        onError: 'flag',
        timeoutMs: TIMEOUT_MS,
        url: detector.url,
      },
    },
  })
  author = await createUser(app.payload, ['author'])
  reviewer = await createUser(app.payload, ['reviewer'])
})

afterAll(async () => {
  await app?.destroy()
  await detector?.stop()
})

beforeEach(() => {
  detector.requests.length = 0
})

const RU_TITLE = 'Итоги сессии маслихата'
const RU_BODY = 'Депутаты утвердили бюджет области на 2026 год.'

/** A Kazakh draft the detector passes, then its Russian version saved while the detector behaves as `mode` says. */
const saveRussianDraft = async (mode: DetectorMode) => {
  detector.setMode({ score: 0 })
  const post = await createPost(
    app.payload,
    { title: 'Мәслихат сессиясының қорытындысы' },
    { user: author },
  )
  detector.setMode(mode)
  return updatePost(
    app.payload,
    post.id,
    { body: richText(RU_BODY), title: RU_TITLE },
    { draft: true, locale: 'ru', user: author },
  )
}

describe('the detector answers', () => {
  it('a score of 0.9 flags the post as "external", with the score and the detector’s signals', async () => {
    const post = await saveRussianDraft({
      score: 0.9,
      signals: [{ detail: 'low perplexity', signal: 'perplexity' }],
    })
    expect(post.ethicsReview?.status).toBe('pending')
    expect(post.ethicsReview?.flags).toEqual([
      expect.objectContaining({
        detail: 'score 0.9; low perplexity',
        locale: 'ru',
        signal: 'score',
        source: 'external',
      }),
    ])
  })

  it('is asked about the texts of the locale being saved, with the configured headers', async () => {
    await saveRussianDraft({ score: 0.1 })
    const russian = detector.requests.find((request) => request.body.locale === 'ru')
    expect(russian?.body.text).toContain(RU_TITLE)
    expect(russian?.body.text).toContain(RU_BODY)
    expect(russian?.body.text).not.toContain('Мәслихат')
    expect(russian?.headers['x-api-key']).toBe('detector-key')
    expect(russian?.headers['content-type']).toBe('application/json')
  })

  it('a score under the threshold lets the post pass', async () => {
    const post = await saveRussianDraft({ score: 0.1 })
    expect(post.ethicsReview).toMatchObject({ flags: [], status: 'not_required' })
  })
})

describe('the detector fails, with onError "flag"', () => {
  it('no answer within timeoutMs: the save succeeds and the post is held ("detector-unavailable")', async () => {
    const started = Date.now()
    const post = await saveRussianDraft('hang')
    const elapsed = Date.now() - started
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS)
    expect(elapsed).toBeLessThan(TIMEOUT_MS * 2 + 3000)
    expect(post.ethicsReview?.status).toBe('pending')
    expect(post.ethicsReview?.flags).toEqual([
      expect.objectContaining({
        detail: `no answer within ${TIMEOUT_MS} ms`,
        locale: 'ru',
        signal: 'detector-unavailable',
        source: 'external',
      }),
    ])
    // The editor's text is saved.
    expect((await readPost(app.payload, post.id, { locale: 'ru' })).title).toBe(RU_TITLE)
  })

  it('an HTTP error: held the same way, naming the status', async () => {
    const post = await saveRussianDraft('http-500')
    expect(post.ethicsReview?.flags).toEqual([
      expect.objectContaining({
        detail: 'HTTP 500',
        signal: 'detector-unavailable',
        source: 'external',
      }),
    ])
  })

  it('an answer without a usable score: held the same way', async () => {
    const post = await saveRussianDraft({ score: 7 })
    expect(post.ethicsReview?.flags).toEqual([
      expect.objectContaining({ signal: 'detector-unavailable', source: 'external' }),
    ])
  })

  it('once the detector answers again, the next save lifts the "unavailable" flag', async () => {
    const post = await saveRussianDraft('hang')
    expect(post.ethicsReview?.status).toBe('pending')
    detector.setMode({ score: 0.05 })
    const again = await updatePost(
      app.payload,
      post.id,
      { title: `${RU_TITLE} (уточнено)` },
      { draft: true, locale: 'ru', user: author },
    )
    expect(again.ethicsReview).toMatchObject({ flags: [], status: 'not_required' })
  })
})

describe('after a reviewer clears an externally flagged post', () => {
  it('an unrelated edit keeps the clearance, though the detector’s score moves a little', async () => {
    const post = await saveRussianDraft({ score: 0.9 })
    const { body, status } = await decide(app, reviewer, {
      collection: 'posts',
      decision: 'clear',
      id: post.id,
      note: 'Автор писал сам.',
    })
    expect(status, JSON.stringify(body)).toBe(200)
    detector.setMode({ score: 0.87 })
    const edited = await updatePost(
      app.payload,
      post.id,
      { title: `${RU_TITLE}: бюджет принят` },
      { draft: true, locale: 'ru', user: author },
    )
    expect(edited.ethicsReview).toMatchObject({ note: 'Автор писал сам.', status: 'cleared' })
    expect(edited.ethicsReview?.flags.filter((flag) => flag.locale === 'ru')).toEqual([
      expect.objectContaining({ detail: 'score 0.87', source: 'external' }),
    ])
  })

  it('a detector that then fails reopens the review (a new kind of flag)', async () => {
    const post = await saveRussianDraft({ score: 0.9 })
    await decide(app, reviewer, {
      collection: 'posts',
      decision: 'clear',
      id: post.id,
      note: 'Автор писал сам.',
    })
    detector.setMode('http-500')
    const edited = await updatePost(
      app.payload,
      post.id,
      { title: `${RU_TITLE}: бюджет принят` },
      { draft: true, locale: 'ru', user: author },
    )
    expect(edited.ethicsReview?.status).toBe('pending')
  })
})
