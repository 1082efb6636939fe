import type { CollectionSlug, Endpoint, Payload, PayloadRequest, TypedLocale, Where } from 'payload'

import { isRefusal } from '../../../shared/refusal'
import { DeliveryError, errorResponse, languageOf } from '../errors'
import {
  contentLocalesOf,
  defaultLocaleOf,
  itemUrl,
  serverUrlOf,
  siteNameOf,
  websiteUrlOf,
} from '../site'
import { deliveryOptionsOf } from '../options'
import { xml } from '../xml'

/** Items per feed: the newest across every publishable collection. */
export const FEED_SIZE = 50
/** Namespace of the machine-readable AI disclosure on feed items (Kazakhstan's AI law, Art. 21). */
export const AI_NOTICE_NS = 'urn:x-newsroom:ai-notice'

type Named = { id: number | string; name?: null | string; slug?: null | string }
type FeedItem = {
  aiNotice?: {
    digitalSourceType?: null | string
    kind?: null | string
    label?: null | string
  } | null
  collection: CollectionSlug
  excerpt?: null | string
  id: number | string
  publishedAt?: null | string
  rubric?: Named | null | number | string
  slug: string
  title?: null | string
  updatedAt: string
}

const single = (req: PayloadRequest, name: string): string | undefined => {
  const value = req.query?.[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value.trim() === '')
    throw new DeliveryError(
      400,
      'INVALID_PARAMETER.feedSlug',
      { parameter: name },
      { parameter: name },
    )
  return value.trim()
}

const bySlug = async (
  payload: Payload,
  collection: 'regions' | 'rubrics',
  slug: string,
  locale: string,
): Promise<Named> => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 1,
    locale: locale as TypedLocale,
    overrideAccess: false,
    select: { name: true, slug: true },
    where: { slug: { equals: slug } },
  })
  if (!docs[0])
    throw new DeliveryError(
      400,
      collection === 'regions'
        ? 'INVALID_PARAMETER.feedNoRegion'
        : 'INVALID_PARAMETER.feedNoRubric',
      { value: slug },
      { parameter: collection === 'regions' ? 'region' : 'rubric' },
    )
  return docs[0] as Named
}

/** The newest public items of every publishable collection (the plugin's `collections`), read as an anonymous reader would. */
const newestPublicItems = async (
  payload: Payload,
  where: Where,
  locale: string,
): Promise<FeedItem[]> => {
  const perCollection = await Promise.all(
    deliveryOptionsOf(payload.config).collections.map(async (collection) => {
      const { docs } = await payload.find({
        collection: collection as 'articles',
        depth: 1,
        limit: FEED_SIZE,
        locale: locale as TypedLocale,
        overrideAccess: false,
        populate: { rubrics: { name: true, slug: true } },
        select: {
          aiNotice: true,
          excerpt: true,
          publishedAt: true,
          rubric: true,
          slug: true,
          title: true,
          updatedAt: true,
        },
        sort: '-publishedAt',
        where,
      })
      return docs.map((doc) => ({
        ...(doc as unknown as Omit<FeedItem, 'collection'>),
        collection,
      }))
    }),
  )
  const time = (item: FeedItem) => new Date(item.publishedAt ?? item.updatedAt).getTime()
  return perCollection
    .flat()
    .sort((a, b) => time(b) - time(a))
    .slice(0, FEED_SIZE)
}

const itemXml = (payload: Payload, item: FeedItem, locale: string): string => {
  const link = itemUrl(payload.config, item.collection, item.slug, locale)
  const label = item.aiNotice?.label
  // The visible warning goes first in the description; the mark travels in its own element for machines.
  const description = [label, item.excerpt].filter(Boolean).join('\n\n')
  const rubric = item.rubric && typeof item.rubric === 'object' ? item.rubric : undefined
  return [
    '<item>',
    `<title>${xml(item.title ?? item.slug)}</title>`,
    `<link>${xml(link)}</link>`,
    `<guid isPermaLink="true">${xml(link)}</guid>`,
    `<pubDate>${new Date(item.publishedAt ?? item.updatedAt).toUTCString()}</pubDate>`,
    description ? `<description>${xml(description)}</description>` : '',
    rubric?.name
      ? `<category domain="${xml(`${websiteUrlOf(payload.config)}/${locale}/rubrics`)}">${xml(rubric.name)}</category>`
      : '',
    label
      ? `<ai:notice kind="${xml(item.aiNotice?.kind)}"${item.aiNotice?.digitalSourceType ? ` digitalSourceType="${xml(item.aiNotice.digitalSourceType)}"` : ''}>${xml(label)}</ai:notice>`
      : '',
    '</item>',
  ].join('')
}

/**
 * `GET /api/feeds/rss?region=<slug>&rubric=<slug>&locale=kk|ru|en`: RSS 2.0 of the newest public items (all
 * publishable collections), optionally of one region and/or one rubric. Items made with AI carry the reader's
 * warning (`aiNotice.label`) in the description and an `<ai:notice>` element. Unknown region, rubric or locale: 400.
 */
export const rssFeedEndpoint: Endpoint = {
  method: 'get',
  path: '/feeds/rss',
  handler: async (req) => {
    try {
      const { config } = req.payload
      const locales = contentLocalesOf(config)
      const locale = single(req, 'locale') ?? defaultLocaleOf(config)
      if (!locales.includes(locale)) {
        throw new DeliveryError(
          400,
          'INVALID_PARAMETER.feedLocale',
          { allowed: locales.join(', ') },
          { parameter: 'locale' },
        )
      }
      const regionSlug = single(req, 'region')
      const rubricSlug = single(req, 'rubric')
      const region = regionSlug
        ? await bySlug(req.payload, 'regions', regionSlug, locale)
        : undefined
      const rubric = rubricSlug
        ? await bySlug(req.payload, 'rubrics', rubricSlug, locale)
        : undefined

      const where: Where = {
        and: [
          ...(region ? [{ region: { equals: region.id } }] : []),
          ...(rubric ? [{ rubric: { equals: rubric.id } }] : []),
        ],
      }
      const items = await newestPublicItems(req.payload, where, locale)
      const title = [siteNameOf(config, locale), region?.name, rubric?.name]
        .filter(Boolean)
        .join(' — ')
      const query = new URLSearchParams({
        locale,
        ...(regionSlug ? { region: regionSlug } : {}),
        ...(rubricSlug ? { rubric: rubricSlug } : {}),
      })
      const newest = items.reduce(
        (max, item) => Math.max(max, new Date(item.updatedAt).getTime()),
        0,
      )
      const body = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:ai="${AI_NOTICE_NS}">`,
        '<channel>',
        `<title>${xml(title)}</title>`,
        `<link>${xml(`${websiteUrlOf(config)}/${locale}`)}</link>`,
        `<description>${xml(title)}</description>`,
        `<language>${locale}</language>`,
        // From the content, not the clock, so an unchanged feed keeps its ETag.
        newest ? `<lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>` : '',
        `<atom:link href="${xml(`${serverUrlOf(config)}/api/feeds/rss?${query}`)}" rel="self" type="application/rss+xml"/>`,
        ...items.map((item) => itemXml(req.payload, item, locale)),
        '</channel>',
        '</rss>',
      ].join('\n')
      return new Response(body, {
        headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
      })
    } catch (error) {
      if (isRefusal(error)) return errorResponse(req.payload, error, languageOf(req), {})
      throw error
    }
  },
}
