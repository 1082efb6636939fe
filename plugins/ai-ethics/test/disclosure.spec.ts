import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_LABELS } from '../src'
import {
  bootTestApp,
  createPost,
  createUser,
  decide,
  type FixtureName,
  richText,
  type TestApp,
  type TestPost,
  type TestUser,
  updatePost,
  uploadFixture,
} from './helpers'

// What readers are told about AI use: a label in their language and a machine-readable mark; never the review.

let app: TestApp
let author: TestUser
let reviewer: TestUser
const images: Partial<Record<FixtureName, Record<string, any>>> = {}

const SCHEMA = 'https://schema.org/'
const LOCALES = ['kk', 'ru', 'en'] as const

beforeAll(async () => {
  app = await bootTestApp({ name: 'disclosure' })
  author = await createUser(app.payload, ['author'])
  reviewer = await createUser(app.payload, ['reviewer'])
  for (const name of [
    'ai-trained-xmp.jpg',
    'ai-composite-xmp.jpg',
    'c2pa-algorithmic-C.jpg',
    'camera-capture-xmp.jpg',
  ] as const) {
    images[name] = await uploadFixture(app.payload, name)
  }
})

afterAll(async () => {
  await app?.destroy()
})

/** A post as an author makes it, cleared by a reviewer when it needs to be, then published. */
const publishedPost = async (data: Record<string, unknown>): Promise<TestPost> => {
  const draft = await createPost(
    app.payload,
    { body: richText('Облыстық газетке 90 жыл толды.'), title: 'Газетке 90 жыл', ...data },
    { user: author },
  )
  if (draft.ethicsReview?.status === 'pending') {
    const { body, status } = await decide(app, reviewer, {
      collection: 'posts',
      decision: 'clear',
      id: draft.id,
      note: 'Белгі қойылды.',
    })
    expect(status, JSON.stringify(body)).toBe(200)
  }
  return updatePost(app.payload, draft.id, { _status: 'published' }, { user: author })
}

const readAsReader = async (id: number, locale?: string) => {
  const { body, status } = await app.rest(
    'GET',
    `/api/posts/${id}${locale ? `?locale=${locale}` : ''}`,
  )
  expect(status, JSON.stringify(body)).toBe(200)
  return body
}

describe('a post that used AI tells readers so', () => {
  let generated: TestPost

  beforeAll(async () => {
    generated = await publishedPost({
      aiDisclosure: { scope: ['drafting-text'], tools: ['ChatGPT'], usage: 'generated' },
    })
  })

  it.each(LOCALES)('the label follows the requested locale (%s)', async (locale) => {
    const post = await readAsReader(generated.id, locale)
    expect(post.aiNotice.kind).toBe('generated')
    expect(post.aiNotice.label).toBe(DEFAULT_LABELS[locale].generated)
  })

  it('the three labels are different texts, one per language', async () => {
    const labels = await Promise.all(
      LOCALES.map(async (locale) => (await readAsReader(generated.id, locale)).aiNotice.label),
    )
    expect(new Set(labels).size).toBe(3)
  })

  it('without a locale, readers get the default locale’s label (kk)', async () => {
    expect((await readAsReader(generated.id)).aiNotice.label).toBe(DEFAULT_LABELS.kk.generated)
  })

  it('the machine-readable mark: a schema.org digitalSourceType and its JSON-LD', async () => {
    const { aiNotice } = await readAsReader(generated.id, 'ru')
    expect(aiNotice.digitalSourceType).toBe(`${SCHEMA}TrainedAlgorithmicMediaDigitalSource`)
    expect(aiNotice.jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      digitalSourceType: `${SCHEMA}TrainedAlgorithmicMediaDigitalSource`,
    })
  })

  it.each([
    [
      'declared "assisted"',
      { aiDisclosure: { usage: 'assisted' } },
      'assisted',
      'CompositeWithTrainedAlgorithmicMediaDigitalSource',
    ],
    [
      'an AI-generated hero image, undeclared',
      { hero: 'ai-trained-xmp.jpg' },
      'generated',
      'TrainedAlgorithmicMediaDigitalSource',
    ],
    [
      'an inpainted gallery photo',
      { gallery: ['camera-capture-xmp.jpg', 'ai-composite-xmp.jpg'] },
      'assisted',
      'CompositeWithTrainedAlgorithmicMediaDigitalSource',
    ],
    [
      'a synthetic image (C2PA algorithmicMedia)',
      { hero: 'c2pa-algorithmic-C.jpg' },
      'generated',
      'AlgorithmicMediaDigitalSource',
    ],
    [
      'declared "assisted" with a generated image: the stronger mark wins',
      { aiDisclosure: { usage: 'assisted' }, hero: 'ai-trained-xmp.jpg' },
      'generated',
      'TrainedAlgorithmicMediaDigitalSource',
    ],
  ])('%s → %s, %s', async (_, input, kind, sourceType) => {
    const data: Record<string, unknown> = { ...input }
    if (typeof data.hero === 'string') data.hero = images[data.hero as FixtureName]!.id
    if (Array.isArray(data.gallery))
      data.gallery = (data.gallery as FixtureName[]).map((name) => images[name]!.id)
    const post = await publishedPost(data)
    const { aiNotice } = await readAsReader(post.id, 'en')
    expect(aiNotice).toMatchObject({
      digitalSourceType: `${SCHEMA}${sourceType}`,
      kind,
      label: DEFAULT_LABELS.en[kind as 'assisted' | 'generated'],
    })
  })
})

describe('a post without AI', () => {
  it.each(LOCALES)('has no label and no mark (%s)', async (locale) => {
    const post = await publishedPost({ hero: images['camera-capture-xmp.jpg']!.id })
    const { aiNotice } = await readAsReader(post.id, locale)
    expect(aiNotice).toMatchObject({
      digitalSourceType: null,
      jsonLd: null,
      kind: null,
      label: null,
    })
  })

  it('loses the label when the author withdraws the declaration and the AI image', async () => {
    const post = await publishedPost({
      aiDisclosure: { usage: 'generated' },
      hero: images['ai-trained-xmp.jpg']!.id,
    })
    expect((await readAsReader(post.id, 'kk')).aiNotice.label).toBe(DEFAULT_LABELS.kk.generated)
    await updatePost(
      app.payload,
      post.id,
      {
        _status: 'published',
        aiDisclosure: { usage: 'none' },
        hero: images['camera-capture-xmp.jpg']!.id,
      },
      { user: author },
    )
    expect((await readAsReader(post.id, 'kk')).aiNotice).toMatchObject({
      digitalSourceType: null,
      label: null,
    })
  })
})

describe('the internal review never reaches readers', () => {
  let post: TestPost

  beforeAll(async () => {
    post = await publishedPost({
      aiDisclosure: { tools: ['Midjourney'], usage: 'generated' },
      hero: images['ai-trained-xmp.jpg']!.id,
    })
  })

  it('REST: staff see the review; an anonymous read (one, and a list) has no ethicsReview', async () => {
    const staff = await app.rest('GET', `/api/posts/${post.id}`, { token: author.token })
    expect(staff.body.ethicsReview).toMatchObject({ note: 'Белгі қойылды.', status: 'cleared' })

    const one = await readAsReader(post.id, 'ru')
    expect(one).not.toHaveProperty('ethicsReview')
    expect(JSON.stringify(one)).not.toContain('Белгі қойылды.')
    const list = await app.rest('GET', `/api/posts?where[id][equals]=${post.id}&depth=2`)
    expect(list.body.docs).toHaveLength(1)
    expect(list.body.docs[0]).not.toHaveProperty('ethicsReview')
    expect(list.body.docs[0].aiNotice.kind).toBe('generated')
  })

  it('GraphQL: staff see the review; an anonymous query gets none of its values, and the notice', async () => {
    const query = `{ Post(id: ${post.id}, locale: ru) { title aiNotice { kind label digitalSourceType } ethicsReview { status note flags { source detail } } } }`
    const staff = await app.graphql(query, { token: author.token })
    expect(staff.status, JSON.stringify(staff.body)).toBe(200)
    expect(staff.body.data.Post.ethicsReview).toMatchObject({
      note: 'Белгі қойылды.',
      status: 'cleared',
    })
    expect(JSON.stringify(staff.body.data.Post.ethicsReview.flags)).toContain('Midjourney')

    const anonymous = await app.graphql(query)
    expect(anonymous.status, JSON.stringify(anonymous.body)).toBe(200)
    // GraphQL resolves a denied group as an object of nulls: the shape is public, no value is.
    const review = anonymous.body.data.Post.ethicsReview
    if (review !== null) expect(review).toEqual({ flags: null, note: null, status: null })
    expect(JSON.stringify(anonymous.body)).not.toContain('Белгі қойылды.')
    expect(JSON.stringify(anonymous.body)).not.toContain('Midjourney')
    expect(anonymous.body.data.Post.aiNotice).toEqual({
      digitalSourceType: `${SCHEMA}TrainedAlgorithmicMediaDigitalSource`,
      kind: 'generated',
      label: DEFAULT_LABELS.ru.generated,
    })
  })
})
