import { afterAll, beforeAll, expect, it } from 'vitest'

import {
  bootTestApp,
  createPost,
  createUser,
  richText,
  type TestApp,
  type TestUser,
  updatePost,
} from './helpers'
import { startFakeDetector } from './fakeDetector'

// The external detector with `onError: 'ignore'`: its failure never holds a post (its verdict still does).

const TIMEOUT_MS = 400

let app: TestApp
let author: TestUser
let detector: Awaited<ReturnType<typeof startFakeDetector>>

beforeAll(async () => {
  detector = await startFakeDetector()
  app = await bootTestApp({
    name: 'external-ignore',
    plugin: { externalDetector: { onError: 'ignore', timeoutMs: TIMEOUT_MS, url: detector.url } },
  })
  author = await createUser(app.payload, ['author'])
})

afterAll(async () => {
  await app?.destroy()
  await detector?.stop()
})

const saveDraft = () =>
  createPost(
    app.payload,
    { body: richText('Маслихат облыстық бюджетті бекітті.'), title: 'Бюджет бекітілді' },
    { user: author },
  )

it.each(['hang', 'http-500'] as const)(
  'a detector that fails (%s) lets the post pass, and the save succeeds',
  async (mode) => {
    detector.setMode(mode)
    const asked = detector.requests.length
    const post = await saveDraft()
    expect(detector.requests.length).toBeGreaterThan(asked)
    expect(post.ethicsReview).toMatchObject({ flags: [], status: 'not_required' })
    const published = await updatePost(
      app.payload,
      post.id,
      { _status: 'published' },
      { user: author },
    )
    expect(published._status).toBe('published')
  },
)

it('a high score still flags the post', async () => {
  detector.setMode({ score: 0.9 })
  const post = await saveDraft()
  expect(post.ethicsReview?.flags).toEqual([
    expect.objectContaining({ detail: 'score 0.9', signal: 'score', source: 'external' }),
  ])
})
