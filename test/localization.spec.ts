import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Region } from '../src/payload-types'

import { createRegion, createUser, type SignedInUser, unique } from './helpers/factories'
import { bootPayload } from './helpers/payload'
import { rest } from './helpers/rest'

let payload: Payload
let editor: SignedInUser
let region: Region
let article: Article

const KK = {
  excerpt: 'Алматыда жасанды интеллект туралы кездесу өтті.',
  title: 'Журналистикадағы жасанды интеллект',
}
const RU_TITLE = 'Искусственный интеллект в журналистике'
const EN_TITLE = 'AI in journalism'

type Locale = 'all' | 'en' | 'kk' | 'ru'

beforeAll(async () => {
  payload = await bootPayload()
  editor = await createUser(payload, { roles: ['chief-editor'] })
  region = await createRegion(payload, { name: 'Алматы' })
  // Written in Kazakh (the default locale) by an editor, then translated: a Russian title only, and an English
  // title with the excerpt left empty. Edits are saved as draft versions until the workflow publishes them.
  article = await payload.create({
    collection: 'articles',
    data: { ...KK, region: region.id, slug: `ai-journalism-${unique()}` },
    locale: 'kk',
    overrideAccess: false,
    user: editor,
  })
  await payload.update({
    collection: 'articles',
    data: { title: RU_TITLE },
    id: article.id,
    locale: 'ru',
    overrideAccess: false,
    user: editor,
  })
  await payload.update({
    collection: 'articles',
    data: { excerpt: '', title: EN_TITLE },
    id: article.id,
    locale: 'en',
    overrideAccess: false,
    user: editor,
  })
})

afterAll(async () => {
  await payload.destroy()
})

/** The editor's view of the latest version, as the admin panel shows it. */
const read = (locale: Locale, fallbackLocale?: false) =>
  payload.findByID({
    collection: 'articles',
    depth: 0,
    draft: true,
    id: article.id,
    locale,
    overrideAccess: false,
    user: editor,
    ...(fallbackLocale === false ? { fallbackLocale } : {}),
  })

describe('localized content in kk, ru and en', () => {
  it('reads the Kazakh original in kk, untouched by the translations', async () => {
    const doc = await read('kk')
    expect(doc.title).toBe(KK.title)
    expect(doc.excerpt).toBe(KK.excerpt)
  })

  it('reads the Russian title in ru, and falls back to Kazakh for the excerpt never translated', async () => {
    const doc = await read('ru')
    expect(doc.title).toBe(RU_TITLE)
    expect(doc.excerpt).toBe(KK.excerpt)
  })

  it('reads the English title in en, and falls back to Kazakh for the excerpt left empty', async () => {
    const doc = await read('en')
    expect(doc.title).toBe(EN_TITLE)
    expect(doc.excerpt).toBe(KK.excerpt)
  })

  it('without fallback the untranslated fields are empty: the fallback happens on reading, nothing was copied', async () => {
    const ru = await read('ru', false)
    expect(ru.title).toBe(RU_TITLE)
    expect(ru.excerpt ?? null).toBeNull()
    const en = await read('en', false)
    expect(en.excerpt ?? '').toBe('')
  })

  it('returns every language side by side with locale "all"', async () => {
    const doc = (await read('all')) as unknown as {
      excerpt: Record<string, null | string>
      slug: unknown
      title: Record<string, string>
    }
    expect(doc.title).toEqual({ en: EN_TITLE, kk: KK.title, ru: RU_TITLE })
    expect(doc.excerpt.kk).toBe(KK.excerpt)
    expect(doc.excerpt.ru ?? null).toBeNull()
    expect(doc.excerpt.en ?? '').toBe('')
    // The slug is not localized: one address per item in every language.
    expect(doc.slug).toBe(article.slug)
  })

  it('a region created with only a Kazakh name shows that name in every language', async () => {
    for (const locale of ['ru', 'en'] as const) {
      const doc = await payload.findByID({
        collection: 'regions',
        id: region.id,
        locale,
        overrideAccess: false,
      })
      expect(doc.name).toBe('Алматы')
    }
  })
})

describe('published, the same languages reach the public', () => {
  beforeAll(async () => {
    // Publishing is the workflow's job (its own specs); trusted server code publishes the latest version here.
    await payload.update({
      collection: 'articles',
      data: { _status: 'published' },
      id: article.id,
      locale: 'kk',
    })
  })

  it.each([
    ['kk', KK.title, KK.excerpt],
    ['ru', RU_TITLE, KK.excerpt],
    ['en', EN_TITLE, KK.excerpt],
  ] as const)(
    'an anonymous reader asking for %s gets title %s with the fallback excerpt',
    async (locale, title, excerpt) => {
      const doc = await payload.findByID({
        collection: 'articles',
        depth: 0,
        id: article.id,
        locale,
        overrideAccess: false,
      })
      expect(doc.title).toBe(title)
      expect(doc.excerpt).toBe(excerpt)
    },
  )

  it('REST clients choose the language with ?locale= and get the same fallback', async () => {
    const ru = await rest('GET', `/api/articles/${article.id}?locale=ru&depth=0`)
    expect(ru.status).toBe(200)
    expect(ru.body.title).toBe(RU_TITLE)
    expect(ru.body.excerpt).toBe(KK.excerpt)
    const en = await rest('GET', `/api/articles/${article.id}?locale=en&depth=0`)
    expect(en.body.title).toBe(EN_TITLE)
    expect(en.body.excerpt).toBe(KK.excerpt)
  })
})
