import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ResolvedAIEthicsOptions } from '../types'

import { CONTEXT, ENDPOINT_PREFIX, REVIEWS_COLLECTION } from '../constants'
import { scopeOf } from '../collections/reviewScope'
import { type Decision } from '../hooks/flagContent'
import { type AIEthicsMessageKey, aiEthicsMessage, codeOf } from '../messages'

/** A refusal: `{ code, message, errors }`, the message in the caller's language (the `languageOf` option). */
const refusal =
  (options: ResolvedAIEthicsOptions, req: PayloadRequest) =>
  (status: number, key: AIEthicsMessageKey, params: Record<string, number | string> = {}) => {
    const code = codeOf(key)
    const message = aiEthicsMessage(key, params, options.languageOf(req))
    return Response.json({ code, errors: [{ code, message }], message }, { status })
  }

const MAX_NOTE = 5000

const readBody = async (req: PayloadRequest): Promise<Record<string, unknown> | undefined> => {
  try {
    const body = await req.json?.()
    return body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** `POST /api/ai-ethics/review` { collection, id, decision: 'clear' | 'reject', note }: reviewers only. */
export const reviewEndpoint = (options: ResolvedAIEthicsOptions): Endpoint => ({
  method: 'post',
  path: `${ENDPOINT_PREFIX}/review`,
  handler: async (req) => {
    const fail = refusal(options, req)
    if (!req.user) return fail(401, 'AUTHENTICATION_REQUIRED.ethicsReview')
    if (!options.isReviewer(req.user)) return fail(403, 'FORBIDDEN_ACTION.ethicsReview')
    const body = await readBody(req)
    if (!body) return fail(400, 'INVALID_BODY.ethicsReview')
    const { collection, decision, id, note } = body
    if (
      typeof collection !== 'string' ||
      !options.collections.includes(collection as CollectionSlug)
    ) {
      return fail(400, 'INVALID_BODY.ethicsReviewCollection', {
        allowed: options.collections.join(', '),
      })
    }
    if ((typeof id !== 'string' && typeof id !== 'number') || id === '')
      return fail(400, 'INVALID_BODY.ethicsReviewId')
    if (decision !== 'clear' && decision !== 'reject')
      return fail(400, 'INVALID_BODY.ethicsReviewDecision')
    if (typeof note !== 'string' || !note.trim()) return fail(400, 'INVALID_BODY.ethicsReviewNote')
    if (note.length > MAX_NOTE)
      return fail(400, 'INVALID_BODY.ethicsReviewNoteLength', { max: MAX_NOTE })

    const slug = collection as CollectionSlug
    const doc = (await req.payload.findByID({
      collection: slug,
      depth: 0,
      disableErrors: true,
      draft: true,
      id,
      overrideAccess: true,
      req,
    })) as null | Record<string, any>
    if (!doc) return fail(404, 'NOT_FOUND.ethicsReviewDocument', { collection, id: String(id) })
    const status = doc.ethicsReview?.status
    if (!status || status === 'not_required') {
      return fail(409, 'NOTHING_TO_REVIEW')
    }

    const shouldCommit = await initTransaction(req)
    try {
      const context = {
        [CONTEXT.decision]: {
          decision,
          note: note.trim(),
          reviewer: req.user.id,
        } satisfies Decision,
      }
      const updated = (await req.payload.update({
        collection: slug,
        context,
        data: {},
        depth: 0,
        // Decide on the version under review; a published document keeps being the published one.
        draft: doc._status !== 'published',
        id,
        overrideAccess: true,
        req,
        user: req.user,
      })) as Record<string, any>
      const review = await req.payload.create({
        collection: REVIEWS_COLLECTION as CollectionSlug,
        data: {
          decision,
          docId: String(id),
          flags: updated.ethicsReview?.flags ?? [],
          note: note.trim(),
          queuedAt: doc.ethicsReview?.queuedAt ?? null,
          reviewer: req.user.id,
          targetCollection: slug,
          ...(options.reviewAccess.scopeFields.length > 0
            ? { scope: scopeOf(doc, options.reviewAccess.scopeFields) }
            : {}),
        } as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ ethicsReview: updated.ethicsReview, review })
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
})

/**
 * `GET /api/ai-ethics/queue`: documents waiting for a review, across the guarded collections, with their flags.
 * Reviewers decide on them; `queueReaders` (e.g. chief editors) see the same list read-only (`canDecide: false`).
 * Read as the caller (`overrideAccess: false`): nobody sees an item their access does not let them read.
 */
export const queueEndpoint = (options: ResolvedAIEthicsOptions): Endpoint => ({
  method: 'get',
  path: `${ENDPOINT_PREFIX}/queue`,
  handler: async (req) => {
    const fail = refusal(options, req)
    if (!req.user) return fail(401, 'AUTHENTICATION_REQUIRED.ethicsQueue')
    const canDecide = options.isReviewer(req.user)
    if (!canDecide && !options.queueReaders(req.user))
      return fail(403, 'FORBIDDEN_ACTION.ethicsQueue')
    const items = []
    for (const slug of options.collections) {
      const config = req.payload.collections[slug]?.config
      const { docs } = await req.payload.find({
        collection: slug,
        depth: 0,
        draft: true,
        limit: 100,
        overrideAccess: false,
        req,
        sort: '-updatedAt',
        user: req.user,
        where: { 'ethicsReview.status': { equals: 'pending' } },
      })
      for (const doc of docs as Record<string, any>[]) {
        const titleField = config?.admin?.useAsTitle ?? 'id'
        items.push({
          collection: slug,
          flags: doc.ethicsReview?.flags ?? [],
          id: doc.id,
          title: String(doc[titleField] ?? doc.id),
          updatedAt: doc.updatedAt,
        })
      }
    }
    return Response.json({ canDecide, items })
  },
})
