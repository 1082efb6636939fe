import type { Payload } from 'payload'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  buildSitemap,
  buildSitemapPage,
  type SitemapPage,
} from '../../plugins/delivery/src/sitemap'
import { createRegion, createRubric } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { createItem } from './fixtures'
import { type ApiServer, startApiServer } from './server'

let payload: Payload
let server: ApiServer
let region: { id: number; name: string; slug: string }
let otherRegion: { id: number; name: string; slug: string }
let rubric: { id: number; name: string; slug: string }

const TRICKY_TITLE = `Ит & «<b>бала</b>» "тырнақша" 'апостроф' ]]> \u0001 соңы`
const ASSISTED = {
  digitalSourceType: 'https://schema.org/CompositeWithTrainedAlgorithmicMediaDigitalSource',
  kind: 'assisted',
}

const ids: Record<string, number> = {}

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  region = await createRegion(payload)
  otherRegion = await createRegion(payload)
  rubric = await createRubric(payload, { format: 'video-series', region: region.id })
  ids.plain = (
    await createItem(payload, 'articles', {
      data: { publishedAt: '2026-01-01T08:00:00.000Z' },
      region: region.id,
      status: 'live',
    })
  ).id
  ids.tricky = (
    await createItem(payload, 'videos', {
      data: { publishedAt: '2026-01-02T08:00:00.000Z', rubric: rubric.id, title: TRICKY_TITLE },
      region: region.id,
      status: 'live',
    })
  ).id
  ids.assisted = (
    await createItem(payload, 'articles', {
      data: { aiNotice: ASSISTED, publishedAt: '2026-01-03T08:00:00.000Z', rubric: rubric.id },
      ethics: 'cleared',
      region: region.id,
      status: 'live',
    })
  ).id
  await payload.update({
    collection: 'articles',
    context: { aiEthicsSkip: true, disableWebhooks: true },
    data: { title: 'Орысша тақырып: ИИ' },
    id: ids.assisted,
    locale: 'ru',
  })
  ids.pending = (
    await createItem(payload, 'articles', {
      data: { aiNotice: ASSISTED },
      ethics: 'pending',
      region: region.id,
      status: 'live',
    })
  ).id
  ids.draft = (await createItem(payload, 'ethno-events', { region: region.id, status: 'draft' })).id
  ids.elsewhere = (
    await createItem(payload, 'articles', { region: otherRegion.id, status: 'live' })
  ).id
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/** Fetches XML, checks it is well-formed with a real parser, and returns the parsed document. */
const fetchXml = async (path: string) => {
  const response = await fetch(`${server.baseURL}${path}`)
  const text = await response.text()
  expect(response.status, text).toBe(200)
  expect(XMLValidator.validate(text), text).toBe(true)
  return { contentType: response.headers.get('content-type'), doc: parser.parse(text), text }
}

type RssItem = {
  'ai:notice'?: { '#text': string; '@digitalSourceType'?: string; '@kind': string }
  category?: string
  description?: string
  link: string
  title: string
}
const feed = async (query: string) => {
  const { contentType, doc } = await fetchXml(`/api/feeds/rss?${query}`)
  expect(contentType).toMatch(/application\/rss\+xml/)
  expect(doc.rss['@version']).toBe('2.0')
  return { channel: doc.rss.channel, items: asArray<RssItem>(doc.rss.channel.item) }
}

describe('RSS 2.0 feeds', () => {
  it('per region: only its public items, newest first, valid XML with escaped text', async () => {
    const { channel, items } = await feed(`region=${region.slug}&locale=kk`)
    expect(channel.language).toBe('kk')
    expect(items).toHaveLength(3) // not the pending one, not the draft, not another region's
    const titles = items.map((item) => item.title)
    // The control character is dropped; everything else round-trips through escaping.
    expect(titles[1]).toBe(TRICKY_TITLE.replace('\u0001', ''))
    expect(items.map((item) => item.link)).toEqual([
      expect.stringMatching(/\/kk\/articles\/item-/),
      expect.stringMatching(/\/kk\/videos\/item-/),
      expect.stringMatching(/\/kk\/articles\/item-/),
    ])
  })

  it('carries the AI disclosure where it applies, in the feed language', async () => {
    const kk = await feed(`region=${region.slug}&locale=kk`)
    const [assisted, tricky, plain] = kk.items
    expect(assisted['ai:notice']?.['#text']).toMatch(/жасанды интеллект/)
    expect(assisted['ai:notice']?.['@kind']).toBe('assisted')
    expect(assisted['ai:notice']?.['@digitalSourceType']).toBe(ASSISTED.digitalSourceType)
    expect(assisted.description).toContain(assisted['ai:notice']!['#text'])
    expect(tricky['ai:notice']).toBeUndefined()
    expect(plain['ai:notice']).toBeUndefined()

    const ru = await feed(`region=${region.slug}&locale=ru`)
    expect(ru.items[0].title).toBe('Орысша тақырып: ИИ')
    expect(ru.items[0]['ai:notice']?.['#text']).toMatch(/искусственного интеллекта/)
    expect(ru.items[0].link).toMatch(/\/ru\/articles\//)
    // en falls back to the Kazakh text; the label is English.
    const en = await feed(`region=${region.slug}&locale=en`)
    expect(en.items[0]['ai:notice']?.['#text']).toMatch(/artificial intelligence/)
  })

  it('per rubric, and per region and rubric', async () => {
    const byRubric = await feed(`rubric=${rubric.slug}`)
    expect(byRubric.items).toHaveLength(2)
    expect(byRubric.items.every((item) => item.category)).toBe(true)
    const both = await feed(`region=${otherRegion.slug}&rubric=${rubric.slug}`)
    expect(both.items).toHaveLength(0)
    expect(both.channel.title).toBe(`ҚХА журналистер клубы — ${otherRegion.name} — ${rubric.name}`)
  })

  it.each([
    ['region=no-such-region', /^region: no region with slug "no-such-region"/],
    ['rubric=no-such-rubric', /^rubric: no rubric with slug "no-such-rubric"/],
    ['locale=de', /^locale: must be one of kk, ru, en/],
    ['region=', /^region: /],
  ])('?%s → 400', async (query, message) => {
    const response = await fetch(`${server.baseURL}/api/feeds/rss?${query}`)
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.code).toBe('INVALID_PARAMETER')
    expect(body.errors[0].message).toMatch(message)
  })
})

describe('sitemap.xml', () => {
  it('lists every public item once per language it is written in, with hreflang alternates', async () => {
    const { contentType, doc } = await fetchXml('/sitemap.xml')
    expect(contentType).toMatch(/xml/)
    const urls = asArray<{ 'xhtml:link'?: unknown; lastmod: string; loc: string }>(doc.urlset.url)
    const locs = urls.map((url) => url.loc)
    const slugOf = async (collection: 'articles' | 'ethno-events' | 'videos', id: number) =>
      ((await payload.findByID({ collection, depth: 0, draft: true, id })) as { slug: string }).slug

    const assisted = await slugOf('articles', ids.assisted)
    expect(locs.filter((loc) => loc.endsWith(`/articles/${assisted}`)).sort()).toEqual([
      expect.stringMatching(new RegExp(`/kk/articles/${assisted}$`)),
      expect.stringMatching(new RegExp(`/ru/articles/${assisted}$`)),
    ])
    const withAlternates = urls.find((url) => url.loc.endsWith(`/kk/articles/${assisted}`))!
    expect(
      asArray(withAlternates['xhtml:link'] as { '@hreflang': string }[])
        .map((link) => link['@hreflang'])
        .sort(),
    ).toEqual(['kk', 'ru'])
    expect(locs).toContainEqual(
      expect.stringMatching(new RegExp(`/kk/videos/${await slugOf('videos', ids.tricky)}$`)),
    )
    for (const hidden of [
      await slugOf('articles', ids.pending),
      await slugOf('ethno-events', ids.draft),
    ]) {
      expect(locs.some((loc) => loc.endsWith(`/${hidden}`))).toBe(false)
    }
    expect(new Date(withAlternates.lastmod).getTime()).not.toBeNaN()
  })

  it('past one page of items it is an index of pages, which together list exactly what the single sitemap lists', async () => {
    const locsOf = (text: string) =>
      asArray<{ loc: string }>(parser.parse(text).urlset.url).map((url) => url.loc)
    const { text } = await fetchXml('/sitemap.xml')
    const all = locsOf(text)

    const index = parser.parse(await buildSitemap(payload, { pageSize: 2 }))
    const pages = asArray<{ loc: string }>(index.sitemapindex.sitemap).map(({ loc }) => {
      const url = new URL(loc)
      expect(url.pathname).toBe('/sitemap.xml')
      return {
        collection: url.searchParams.get('collection'),
        page: Number(url.searchParams.get('page')),
      } as SitemapPage
    })
    expect(pages.length).toBeGreaterThan(1)
    expect(pages).toContainEqual({ collection: 'articles', page: 2 })
    const paged: string[] = []
    for (const page of pages) {
      const xml = (await buildSitemapPage(payload, page, { pageSize: 2 }))!
      expect(XMLValidator.validate(xml), xml).toBe(true)
      paged.push(...locsOf(xml))
    }
    expect(paged.sort()).toEqual([...all].sort())
  })

  it('serves a page by collection and number; a wrong collection or page is a 400 naming it, a page past the end a 404', async () => {
    const { doc } = await fetchXml('/sitemap.xml?collection=videos&page=1')
    expect(asArray<{ loc: string }>(doc.urlset.url).map((url) => url.loc)).toContainEqual(
      expect.stringMatching(/\/kk\/videos\//),
    )
    for (const [query, status, message] of [
      ['collection=posts&page=1', 400, /^collection: must be one of articles, /],
      ['collection=articles', 400, /^page: /],
      ['page=1', 400, /^collection: /],
      ['collection=articles&page=0', 400, /^page: /],
      ['collection=articles&page=99999', 404, /^page: articles has no page 99999/],
    ] as const) {
      const response = await fetch(`${server.baseURL}/sitemap.xml?${query}`)
      expect(response.status, query).toBe(status)
      const body = await response.json()
      expect(body.code, query).toBe(status === 404 ? 'NOT_FOUND' : 'INVALID_PARAMETER')
      expect(body.errors[0].message, query).toMatch(message)
    }
  })
})
