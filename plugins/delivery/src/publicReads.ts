import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import type { MessageParams } from '../../shared/messages'
import type { DeliveryMessageKey } from './messages'

import { SIGNED_PREVIEW_GRANT } from './publicVisibility'
import { DeliveryError } from './errors'

/** Bounds on what one anonymous request may ask for: websites page through content, they never dump it. */
export const PUBLIC_READ_LIMITS = {
  /** Most documents per page (`limit`). */
  maxLimit: 100,
  /** Deepest relationship population (`depth`). */
  maxDepth: 2,
} as const

/** Request context key the signed preview endpoint sets: `{ collection, id }` of the one draft it may show. */
export const SIGNED_PREVIEW = 'signedPreview'
export type SignedPreviewContext = { collection: string; id: number | string }

const refuse = (
  key: DeliveryMessageKey & `PUBLIC_LIMIT_EXCEEDED.${string}`,
  params?: MessageParams,
) => new DeliveryError(400, key, params, { data: {} })

/** Checks a numeric query parameter against its bound (Payload's REST handlers turn numeric strings into numbers in place). */
const checkBound = (name: 'depth' | 'limit', value: unknown, min: number, max: number) => {
  if (value === undefined) return
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^-?\d+$/.test(value.trim())
        ? Number(value)
        : Number.NaN
  if (!Number.isInteger(number))
    throw refuse('PUBLIC_LIMIT_EXCEEDED.wholeNumber', { max, min, parameter: name })
  if (number < min || number > max) {
    throw refuse('PUBLIC_LIMIT_EXCEEDED.range', { got: number, max, min, parameter: name })
  }
}

/**
 * The query of an anonymous REST request: `limit` 1..100, `depth` 0..2, pagination on, `locale` a content locale.
 * It is the request that is bounded, not the operations server code runs for it (an endpoint may read more).
 */
const checkPublicQuery = (req: PayloadRequest) => {
  const query = (req.query ?? {}) as Record<string, unknown>
  checkBound('limit', query.limit, 1, PUBLIC_READ_LIMITS.maxLimit)
  checkBound('depth', query.depth, 0, PUBLIC_READ_LIMITS.maxDepth)
  if (query.pagination !== undefined && String(query.pagination) === 'false') {
    throw refuse('PUBLIC_LIMIT_EXCEEDED.pagination')
  }
  const localization = req.payload.config.localization
  if (
    query.locale !== undefined &&
    localization &&
    !(
      typeof query.locale === 'string' &&
      [...localization.localeCodes, 'all'].includes(query.locale)
    )
  ) {
    throw refuse('PUBLIC_LIMIT_EXCEEDED.locale', { allowed: localization.localeCodes.join(', ') })
  }
}

/**
 * Reads by anonymous callers (collection `beforeOperation`, operation `read`):
 * - over REST, the request's `limit`, `depth`, `pagination` and `locale` are bounded (checkPublicQuery): past a
 *   bound the answer is a 400 that names the parameter. GraphQL has its own rule (graphqlLimits.ts); server code
 *   (Local API without an HTTP request) is not bounded.
 * - on collections with drafts, `draft=true` reads the published version, except for the one document a
 *   signed preview link was verified for (the grant is reset on every read, so it never leaks to other reads).
 */
export const boundPublicReads: CollectionBeforeOperationHook = ({
  args: operationArgs,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'read' || req.user || operationArgs.overrideAccess === true)
    return operationArgs
  // find and findByID arguments: the union type has no common `id`.
  const args = operationArgs as typeof operationArgs & {
    currentDepth?: number
    draft?: boolean
    id?: number | string
  }

  // Once per request: the finds that populate relationships (`currentDepth` set) carry the same query.
  if (req.payloadAPI === 'REST' && !args.currentDepth) checkPublicQuery(req)

  if (collection.versions?.drafts) {
    const preview = req.context?.[SIGNED_PREVIEW] as SignedPreviewContext | undefined
    const granted = Boolean(
      preview &&
      preview.collection === collection.slug &&
      args.id !== undefined &&
      String(preview.id) === String(args.id),
    )
    req.context[SIGNED_PREVIEW_GRANT] = granted
    args.draft = granted
  }
  return args
}
