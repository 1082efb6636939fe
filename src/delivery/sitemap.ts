import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { PUBLISHABLE_COLLECTIONS } from '../../collections/shared/publishableCollection'
import { CONTENT_LOCALES } from '../i18n/locales'
import { publicResponse } from './httpCaching'
import { itemUrl, xml } from './xml'

/** The sitemap protocol's limit for one file. */
export const SITEMAP_MAX_URLS = 50_000

type Localized = Partial<Record<string, null | string>> | null | string | undefined

/** Locales an item is written in: those with a title of their own (not a fallback). */
const localesOf = (title: Localized): string[] =>
  title && typeof title === 'object' ? CONTENT_LOCALES.filter((locale) => Boolean(title[locale])) : []

/**
 * The sitemap of every public item, one `<url>` per item and language it is written in, each listing its
 * other languages as `hreflang` alternates. Items are read as an anonymous reader (published, ethics review
 * not pending or rejected).
 */
export const buildSitemap = async (payload: Payload): Promise<{ truncated: boolean; xml: string }> => {
  const urls: string[] = []
  let truncated = false
  for (const collection of PUBLISHABLE_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      locale: 'all',
      overrideAccess: false,
      pagination: false,
      select: { slug: true, title: true, updatedAt: true },
      sort: '-publishedAt',
    })
    for (const doc of docs as unknown as { slug: string; title: Localized; updatedAt: string }[]) {
      const locales = localesOf(doc.title)
      const alternates = locales
        .map((locale) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${xml(itemUrl(collection, doc.slug, locale))}"/>`)
        .join('')
      for (const locale of locales) {
        if (urls.length >= SITEMAP_MAX_URLS) {
          truncated = true
          break
        }
        urls.push(
          `<url><loc>${xml(itemUrl(collection, doc.slug, locale))}</loc><lastmod>${xml(new Date(doc.updatedAt).toISOString())}</lastmod>${locales.length > 1 ? alternates : ''}</url>`,
        )
      }
    }
  }
  return {
    truncated,
    xml: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
      ...urls,
      '</urlset>',
    ].join('\n'),
  }
}

/** `GET /sitemap.xml`: public, cached like the REST API (ETag, 304). */
export const sitemapRoute =
  (config: Promise<SanitizedConfig> | SanitizedConfig) =>
  async (request: Request): Promise<Response> => {
    const payload = await getPayload({ config })
    const { truncated, xml: body } = await buildSitemap(payload)
    if (truncated) payload.logger.warn({ msg: `sitemap.xml: more than ${SITEMAP_MAX_URLS} URLs; the oldest were left out.` })
    const headers = new Headers({ 'Content-Type': 'application/xml; charset=utf-8' })
    return publicResponse(request, new TextEncoder().encode(body), headers)
  }
