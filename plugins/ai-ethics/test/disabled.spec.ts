import type { Field, SanitizedConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildTestConfig } from './config'
import {
  bootTestApp,
  createPost,
  createUser,
  richText,
  type TestApp,
  type TestUser,
  updatePost,
  uploadFixture,
} from './helpers'

// `enabled: false` switches the behaviour off and keeps the schema: turning the plugin off (or on again) needs no
// migration, and nothing is flagged, gated or served.

let app: TestApp
let author: TestUser
let reviewer: TestUser
let disabled: SanitizedConfig
let enabled: SanitizedConfig

beforeAll(async () => {
  app = await bootTestApp({ name: 'disabled', plugin: { enabled: false } })
  disabled = await app.config
  // The same app with the plugin on, only built (never booted), to compare schemas.
  enabled = await buildTestConfig({ name: 'disabled-schema-reference' })
  author = await createUser(app.payload, ['author'])
  reviewer = await createUser(app.payload, ['reviewer'])
})

afterAll(async () => {
  await app?.destroy()
})

/** Every stored field path of a collection, e.g. `ethicsReview.flags.signal`. */
const fieldPaths = (fields: Field[], prefix = ''): string[] =>
  fields.flatMap((field) => {
    if (!('name' in field) || !field.name)
      return 'fields' in field ? fieldPaths(field.fields as Field[], prefix) : []
    const here = `${prefix}${field.name}`
    const virtual = 'virtual' in field && field.virtual
    const own = virtual ? [] : [`${here}:${field.type}`]
    return 'fields' in field && field.fields
      ? [...own, ...fieldPaths(field.fields as Field[], `${here}.`)]
      : own
  })

const collection = (config: SanitizedConfig, slug: string) =>
  config.collections.find((entry) => entry.slug === slug)!

describe('the schema stays the same', () => {
  it.each(['posts', 'media', 'users'])(
    '%s has the same stored fields as with the plugin on',
    (slug) => {
      expect(fieldPaths(collection(disabled, slug).fields).sort()).toEqual(
        fieldPaths(collection(enabled, slug).fields).sort(),
      )
    },
  )

  it('the plugin’s fields are there: aiDisclosure, aiNotice, ethicsReview, provenance', () => {
    const posts = fieldPaths(collection(disabled, 'posts').fields)
    expect(posts).toEqual(
      expect.arrayContaining([
        'aiDisclosure.usage:select',
        'aiNotice.kind:select',
        'ethicsReview.status:select',
        'ethicsReview.flags.detail:text',
      ]),
    )
    expect(fieldPaths(collection(disabled, 'media').fields)).toContain(
      'provenance.classification:select',
    )
  })

  it('the ethics-reviews collection exists with the same fields', () => {
    expect(disabled.collections.map((entry) => entry.slug).sort()).toEqual(
      enabled.collections.map((entry) => entry.slug).sort(),
    )
    expect(fieldPaths(collection(disabled, 'ethics-reviews').fields).sort()).toEqual(
      fieldPaths(collection(enabled, 'ethics-reviews').fields).sort(),
    )
  })
})

describe('nothing happens', () => {
  it('AI content is not flagged, and publishing it is not gated', async () => {
    const image = await uploadFixture(app.payload, 'ai-trained-xmp.jpg')
    const post = await createPost(
      app.payload,
      {
        aiDisclosure: { usage: 'generated' },
        body: richText(
          'Как языковая модель ИИ, я не могу оценивать решения акимата. [вставьте имя]',
        ),
        hero: image.id,
        title: 'Жасанды интеллект ретінде мен жауап бере алмаймын',
      },
      { user: author },
    )
    expect(post.ethicsReview).toMatchObject({ flags: [], status: 'not_required' })
    expect(post.aiNotice).toMatchObject({ digitalSourceType: null, kind: null, label: null })
    const published = await updatePost(
      app.payload,
      post.id,
      { _status: 'published' },
      { user: author },
    )
    expect(published._status).toBe('published')
    expect((await app.rest('GET', `/api/posts/${post.id}`)).status).toBe(200)
  })

  it('uploads are not read for provenance', async () => {
    const image = await uploadFixture(app.payload, 'ai-trained-xmp.jpg')
    expect(image.provenance?.classification ?? null).toBeNull()
  })

  it.each([
    ['POST', '/api/ai-ethics/review'],
    ['GET', '/api/ai-ethics/queue'],
  ] as const)('%s %s is not served (404)', async (method, url) => {
    const { status } = await app.rest(method, url, {
      json:
        method === 'POST'
          ? { collection: 'posts', decision: 'clear', id: 1, note: 'ok' }
          : undefined,
      token: reviewer.token,
    })
    expect(status).toBe(404)
  })

  it('registers no admin view', () => {
    expect(
      (disabled.admin.components?.views as Record<string, unknown> | undefined)?.ethicsQueue,
    ).toBeUndefined()
    // …which the enabled plugin does, so the assertion above can fail.
    expect((enabled.admin.components?.views as Record<string, unknown>).ethicsQueue).toBeDefined()
  })
})
