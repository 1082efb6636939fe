import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { scopeOf } from './collections/reviewScope'
import { REVIEWS_COLLECTION } from './constants'

/**
 * For records written before `reviewAccess.scopeFields` named these fields (a migration runs this): copies them from
 * each reviewed document onto its records. Records whose document is gone keep an empty scope.
 */
export const backfillReviewScope = async (
  payload: Payload,
  scopeFields: string[],
  req?: PayloadRequest,
): Promise<void> => {
  if (scopeFields.length === 0) return
  for (let page = 1; ; page++) {
    const found = await payload.find({
      collection: REVIEWS_COLLECTION as CollectionSlug,
      depth: 0,
      limit: 200,
      overrideAccess: true,
      page,
      req,
      sort: 'id',
    })
    for (const record of found.docs as unknown as {
      docId: string
      id: number | string
      targetCollection: string
    }[]) {
      const doc = (await payload.findByID({
        collection: record.targetCollection as CollectionSlug,
        depth: 0,
        disableErrors: true,
        draft: true,
        id: record.docId,
        overrideAccess: true,
        req,
      })) as null | Record<string, unknown>
      if (doc)
        await payload.db.updateOne({
          collection: REVIEWS_COLLECTION as CollectionSlug,
          data: { scope: scopeOf(doc, scopeFields) },
          id: record.id,
          req,
        })
    }
    if (!found.hasNextPage) break
  }
}
