import type { CollectionSlug, Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { PUBLICLY_VISIBLE } from './publicVisibility'
import { isRefusal } from '../../shared/refusal'
import { DeliveryError, errorResponse, languageOfRequest } from './errors'
import { publicResponse } from './httpCaching'
import { deliveryOptionsOf } from './options'
import { contentLocalesOf, itemUrl, websiteUrlOf } from './site'
import { xml } from './xml'

/** The sitemap protocol's limit for one file. */
export const SITEMAP_MAX_URLS = 50_000

/**
 * Items per sitemap page. A page lists each item once per language it is written in, so at most
 * SITEMAP_PAGE_SIZE × 3 URLs, well under the protocol's 50,000; and it is read in a fraction of a second however
 * large the archive (reading all 100,000 articles for one document took tens of seconds).
 */
export const SITEMAP_PAGE_SIZE = 2000

type Localized = Partial<Record<string, null | string>> | null | string | undefined

/** One page of one collection's public items, oldest first (a page keeps its items as new ones are published). */
export type SitemapPage = { collection: CollectionSlug; page: number }

/** Locales an item is written in: those of `contentLocales` with a title of its own (not a fallback). */
const localesOf = (contentLocales: string[], title: Localized): string[] =>
  title && typeof title === 'object'
    ? contentLocales.filter((locale) => Boolean(title[locale]))
    : []

const urlset = (urls: string[]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
  ].join('\n')

/** Where a sitemap page is served: on the website, beside its /sitemap.xml (which the website passes on to this API). */
export const sitemapPageUrl = (
  payload: Pick<Payload, 'config'>,
  { collection, page }: SitemapPage,
): string => `${websiteUrlOf(payload.config)}/sitemap.xml?collection=${collection}&page=${page}`

/**
 * The `<url>` entries of one page: one per item and language it is written in, with `hreflang` alternates.
 * Items are what an anonymous reader may read: `PUBLICLY_VISIBLE`, the very rule `readPublishable` gives anonymous
 * readers. They are read from the database adapter directly: three plain fields of up to 2,000 items need none of
 * the read hooks Payload's find runs on every field of every item (which doubled the time of a page).
 */
const pageUrls = async (
  payload: Payload,
  { collection, page }: SitemapPage,
  pageSize: number,
): Promise<string[]> => {
  const { docs } = await payload.db.find({
    collection,
    limit: pageSize,
    locale: 'all',
    page,
    // (MongoDB's adapter ignores `page` without pagination.)
    pagination: true,
    select: { slug: true, title: true, updatedAt: true },
    // Both keys ascending, as the published-order index stores them: SQLite then reads rows in index order and
    // skips a deep page's offset cheaply (Payload's own tie-break, `createdAt` descending, made it sort every
    // earlier row, with its title, first: a page near the end of 100,000 articles took seconds).
    sort: ['publishedAt', 'createdAt'],
    where: PUBLICLY_VISIBLE,
  })
  const urls: string[] = []
  const contentLocales = contentLocalesOf(payload.config)
  for (const doc of docs as unknown as { slug: string; title: Localized; updatedAt: string }[]) {
    const locales = localesOf(contentLocales, doc.title)
    const alternates = locales
      .map(
        (locale) =>
          `<xhtml:link rel="alternate" hreflang="${locale}" href="${xml(itemUrl(payload.config, collection, doc.slug, locale))}"/>`,
      )
      .join('')
    for (const locale of locales) {
      urls.push(
        `<url><loc>${xml(itemUrl(payload.config, collection, doc.slug, locale))}</loc><lastmod>${xml(new Date(doc.updatedAt).toISOString())}</lastmod>${locales.length > 1 ? alternates : ''}</url>`,
      )
    }
  }
  return urls
}

/** Every page of public items, per collection (counted as an anonymous reader). */
export const sitemapPages = async (
  payload: Payload,
  pageSize = SITEMAP_PAGE_SIZE,
): Promise<{ items: number; pages: SitemapPage[] }> => {
  const counts = await Promise.all(
    deliveryOptionsOf(payload.config).collections.map(async (collection) => ({
      collection,
      ...(await payload.db.count({ collection, where: PUBLICLY_VISIBLE })),
    })),
  )
  const pages = counts.flatMap(({ collection, totalDocs }) =>
    Array.from({ length: Math.ceil(totalDocs / pageSize) }, (_, i) => ({
      collection,
      page: i + 1,
    })),
  )
  return { items: counts.reduce((sum, { totalDocs }) => sum + totalDocs, 0), pages }
}

/**
 * `/sitemap.xml`: while every public item fits on one page, the sitemap itself (a `<urlset>`); past that a
 * `<sitemapindex>` of the pages, each page a `<urlset>` of up to `pageSize` items (sitemapPage).
 */
export const buildSitemap = async (
  payload: Payload,
  { pageSize = SITEMAP_PAGE_SIZE }: { pageSize?: number } = {},
): Promise<string> => {
  const { items, pages } = await sitemapPages(payload, pageSize)
  if (items <= pageSize) {
    const urls = await Promise.all(pages.map((page) => pageUrls(payload, page, pageSize)))
    return urlset(urls.flat())
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...pages.map((page) => `<sitemap><loc>${xml(sitemapPageUrl(payload, page))}</loc></sitemap>`),
    '</sitemapindex>',
  ].join('\n')
}

/** One page of the sitemap index; undefined when the collection has no such page. */
export const buildSitemapPage = async (
  payload: Payload,
  page: SitemapPage,
  { pageSize = SITEMAP_PAGE_SIZE }: { pageSize?: number } = {},
): Promise<string | undefined> => {
  const urls = await pageUrls(payload, page, pageSize)
  if (urls.length === 0 && page.page > 1) return undefined
  return urlset(urls)
}

/** `?collection=<slug>&page=<n>`, both or neither. */
const requestedPage = (url: URL, payload: Payload): SitemapPage | undefined => {
  const collection = url.searchParams.get('collection')
  const page = url.searchParams.get('page')
  if (collection === null && page === null) return undefined
  const collections: readonly string[] = deliveryOptionsOf(payload.config).collections
  if (!collection || !collections.includes(collection)) {
    throw new DeliveryError(
      400,
      'INVALID_PARAMETER.sitemapCollection',
      { allowed: collections.join(', ') },
      { parameter: 'collection' },
    )
  }
  if (!page || !/^[1-9]\d{0,6}$/.test(page))
    throw new DeliveryError(400, 'INVALID_PARAMETER.sitemapPage', {}, { parameter: 'page' })
  return { collection: collection as CollectionSlug, page: Number(page) }
}

/**
 * `GET /sitemap.xml` (the sitemap, or the index of its pages past SITEMAP_PAGE_SIZE public items) and
 * `GET /sitemap.xml?collection=<slug>&page=<n>` (one page): public, cached like the REST API (ETag, 304).
 */
export const sitemapRoute =
  (config: Promise<SanitizedConfig> | SanitizedConfig) =>
  async (request: Request): Promise<Response> => {
    const payload = await getPayload({ config })
    if (SITEMAP_PAGE_SIZE * contentLocalesOf(payload.config).length > SITEMAP_MAX_URLS)
      throw new Error('SITEMAP_PAGE_SIZE: a page could exceed 50,000 URLs')
    let body: string | undefined
    try {
      const page = requestedPage(new URL(request.url), payload)
      body = page ? await buildSitemapPage(payload, page) : await buildSitemap(payload)
      if (body === undefined)
        throw new DeliveryError(404, 'NOT_FOUND.sitemapPage', {
          collection: page!.collection,
          page: page!.page,
        })
    } catch (error) {
      if (!isRefusal(error)) throw error
      return errorResponse(payload, error, languageOfRequest(request, payload.config))
    }
    const headers = new Headers({ 'Content-Type': 'application/xml; charset=utf-8' })
    return publicResponse(request, new TextEncoder().encode(body), headers)
  }
