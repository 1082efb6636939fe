import type {
  CollectionSlug,
  Endpoint,
  LivePreviewConfig,
  Payload,
  PayloadRequest,
  TypedLocale,
} from 'payload'

import { createHmac, timingSafeEqual } from 'crypto'
import { NotFound } from 'payload'

import type { MessageParams } from '../../shared/messages'
import type { DeliveryMessageKey } from './messages'

import { DeliveryError, errorResponse, languageOf } from './errors'
import { deliveryOptionsOf } from './options'
import { contentLocalesOf, defaultLocaleOf, serverUrlOf, websiteUrlOf } from './site'
import { SIGNED_PREVIEW, type SignedPreviewContext } from './publicReads'

/** How long a preview link stays valid. */
export const PREVIEW_TTL_SECONDS = 60 * 60

type PreviewTarget = { collection: string; id: number | string }

/** HMAC-SHA256 over collection, id and expiry, keyed by Payload's secret (derived from PAYLOAD_SECRET). */
export const previewSignature = (
  secret: string,
  { collection, id }: PreviewTarget,
  expires: number,
): string =>
  createHmac('sha256', secret).update(`preview:${collection}:${id}:${expires}`).digest('hex')

/** `expires` (Unix seconds) and `sig` for a link to the latest draft of one document. */
export const signPreview = (
  secret: string,
  target: PreviewTarget,
  ttlSeconds = PREVIEW_TTL_SECONDS,
  now = Date.now(),
) => {
  const expires = Math.floor(now / 1000) + ttlSeconds
  return { expires, sig: previewSignature(secret, target, expires) }
}

/** Why a preview request is refused, or undefined when its signature is valid and unexpired. */
export const previewRefusal = (
  secret: string,
  target: PreviewTarget,
  expires: unknown,
  sig: unknown,
  now = Date.now(),
): DeliveryMessageKey | undefined => {
  const expiry =
    typeof expires === 'string' && /^\d{1,12}$/.test(expires) ? Number(expires) : Number.NaN
  if (!Number.isFinite(expiry) || typeof sig !== 'string' || !/^[0-9a-f]{64}$/.test(sig)) {
    return 'FORBIDDEN.previewUnsigned'
  }
  const expected = Buffer.from(previewSignature(secret, target, expiry), 'hex')
  if (!timingSafeEqual(expected, Buffer.from(sig, 'hex'))) return 'FORBIDDEN.previewSignature'
  if (expiry * 1000 <= now) return 'FORBIDDEN.previewExpired'
  return undefined
}

/** One of the plugin's `collections` of this app. */
export const isPublishable = (req: PayloadRequest, slug: unknown): slug is CollectionSlug =>
  (deliveryOptionsOf(req.payload.config).collections as unknown[]).includes(slug)

/** The API URL that returns the draft: what the website fetches with the signature it was given. */
export const previewApiUrl = (
  payload: Pick<Payload, 'config' | 'secret'>,
  target: PreviewTarget,
  locale: string = defaultLocaleOf(payload.config),
) => {
  const { expires, sig } = signPreview(payload.secret, target)
  return `${serverUrlOf(payload.config)}/api/preview/${target.collection}/${target.id}?locale=${locale}&expires=${expires}&sig=${sig}`
}

/** The website's preview page for a document: it passes `expires` and `sig` on to `GET /api/preview/...`. */
export const websitePreviewUrl = (
  payload: Pick<Payload, 'config' | 'secret'>,
  target: PreviewTarget,
  locale: string = defaultLocaleOf(payload.config),
) => {
  const { expires, sig } = signPreview(payload.secret, target)
  return `${websiteUrlOf(payload.config)}/preview/${target.collection}/${target.id}?locale=${locale}&expires=${expires}&sig=${sig}`
}

/** Payload live preview for the publishable collections: the website's preview page, signed for this document. */
export const livePreview: LivePreviewConfig = {
  url: ({ collectionConfig, data, locale, req }) =>
    collectionConfig && data?.id
      ? websitePreviewUrl(
          req.payload,
          { collection: collectionConfig.slug, id: data.id },
          locale?.code,
        )
      : websiteUrlOf(req.payload.config),
}

const json = (body: unknown, status = 200) =>
  Response.json(body, {
    headers: { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' },
    status,
  })
const refusal = (
  req: PayloadRequest,
  status: number,
  key: DeliveryMessageKey,
  params?: MessageParams,
) =>
  errorResponse(req.payload, new DeliveryError(status, key, params), languageOf(req), {
    'Cache-Control': 'private, no-store',
    'X-Robots-Tag': 'noindex',
  })

export const localeOf = (req: PayloadRequest): string | undefined => {
  const locale = req.query?.locale
  return typeof locale === 'string' && contentLocalesOf(req.payload.config).includes(locale)
    ? locale
    : undefined
}

/**
 * `GET /api/preview/{collection}/{id}?expires=…&sig=…[&locale=kk]`: the latest draft of one document, for the
 * website's preview page. No login: the signature is the credential. The draft is read as an anonymous reader
 * with a grant for this one document, so field access still hides staff-only fields (workflow, ethics review,
 * audit users) and related documents are populated as the public sees them.
 */
export const previewEndpoint: Endpoint = {
  method: 'get',
  path: '/preview/:collection/:id',
  handler: async (req) => {
    const collection = req.routeParams?.collection
    const id = String(req.routeParams?.id ?? '')
    if (!isPublishable(req, collection))
      return refusal(req, 404, 'NOT_FOUND.previewCollection', { collection: String(collection) })
    const problem = previewRefusal(
      req.payload.secret,
      { collection, id },
      req.query?.expires,
      req.query?.sig,
    )
    if (problem) return refusal(req, 403, problem)
    const locale = localeOf(req)
    try {
      const doc = await req.payload.findByID({
        collection,
        context: { [SIGNED_PREVIEW]: { collection, id } satisfies SignedPreviewContext },
        depth: 1,
        draft: true,
        id,
        locale: (locale ?? defaultLocaleOf(req.payload.config)) as TypedLocale,
        overrideAccess: false,
      })
      return json(doc)
    } catch (error) {
      if (error instanceof NotFound)
        return refusal(req, 404, 'NOT_FOUND.previewItem', { collection, id })
      throw error
    }
  },
}

/**
 * Whether `user` may read the drafts of one item: whoever may read its latest version (`readVersions`,
 * src/access/publishable.ts: its author, the editors of its region, chief editors, admins, ethics reviewers) — not
 * staff who can only read the public item. What a preview link is given to, and what the reader preview page asks.
 */
export const mayReadDrafts = async (
  payload: Payload,
  user: PayloadRequest['user'],
  collection: CollectionSlug,
  id: number | string,
  req?: PayloadRequest,
): Promise<boolean> => {
  if (!user) return false
  // An id the database could not even compare (a word where ids are numbers) names no item.
  if (payload.db.defaultIDType === 'number' && !/^\d{1,15}$/.test(String(id))) return false
  const { totalDocs } = await payload.countVersions({
    collection,
    overrideAccess: false,
    req,
    user,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
  })
  return totalDocs > 0
}

/**
 * `GET /api/preview-link/{collection}/{id}[?locale=kk]`: a fresh signed link (website page and API URL) to share
 * with the website team. The link shows whatever draft is saved while it lives, so only people who may read the
 * item's drafts get one: whoever may read its latest version (`readVersions`, src/access/publishable.ts) — not
 * staff who can only read the public item.
 */
export const previewLinkEndpoint: Endpoint = {
  method: 'get',
  path: '/preview-link/:collection/:id',
  handler: async (req) => {
    if (!req.user) return refusal(req, 401, 'UNAUTHORIZED.previewLink')
    const collection = req.routeParams?.collection
    const id = String(req.routeParams?.id ?? '')
    if (!isPublishable(req, collection))
      return refusal(req, 404, 'NOT_FOUND.previewCollection', { collection: String(collection) })
    // An id the database could not even compare (a word where ids are numbers) names no item.
    if (req.payload.db.defaultIDType === 'number' && !/^\d{1,15}$/.test(id))
      return refusal(req, 404, 'NOT_FOUND.previewItem', { collection, id })
    const { totalDocs } = await req.payload.countVersions({
      collection,
      overrideAccess: false,
      req,
      user: req.user,
      where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    })
    if (totalDocs === 0) return refusal(req, 404, 'NOT_FOUND.itemDrafts', { collection, id })
    const locale = localeOf(req) ?? defaultLocaleOf(req.payload.config)
    const target = { collection, id }
    return json({
      apiUrl: previewApiUrl(req.payload, target, locale),
      expiresAt: new Date(signPreview(req.payload.secret, target).expires * 1000).toISOString(),
      websiteUrl: websitePreviewUrl(req.payload, target, locale),
    })
  },
}
