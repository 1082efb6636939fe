import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { deliveryOptionsOf } from '../options'
import { invalidatePublicReads } from '../publicCache/version'
import { MEDIA, mediaRefsOf } from './mediaRefs'
import { USED_MEDIA } from './usedMedia'
import { mediaShowingCollections, syncMediaVisibility } from './visibility'

const PAGE = 200

/**
 * For data written before media visibility was kept (the migration that added it runs this): lists the media each
 * document uses, then sets every upload's `isPublic` from them, and invalidates the cache of anonymous reads.
 * Idempotent; reads every locale of every document. Versions keep no list: a later save writes it.
 */
export const backfillPublicMedia = async (
  payload: Payload,
  req?: PayloadRequest,
): Promise<void> => {
  const publishable = deliveryOptionsOf(payload.config).collections
  for (const slug of Object.keys(mediaShowingCollections(publishable))) {
    const config = payload.collections[slug as CollectionSlug]?.config
    if (!config) continue
    const fields = config.flattenedFields.filter(
      (field) => !('name' in field && field.name === USED_MEDIA),
    )
    for (let page = 1; ; page++) {
      const found = await payload.find({
        collection: slug as CollectionSlug,
        depth: 0,
        limit: PAGE,
        locale: 'all',
        overrideAccess: true,
        page,
        req,
        sort: 'id',
      })
      for (const doc of found.docs as unknown as Record<string, unknown>[]) {
        await payload.db.updateOne({
          collection: slug as CollectionSlug,
          data: { [USED_MEDIA]: mediaRefsOf(fields, doc) },
          id: doc.id as number | string,
          req,
        })
      }
      if (!found.hasNextPage) break
    }
  }
  const request = req ?? ({ payload } as PayloadRequest)
  for (let page = 1; ; page++) {
    const found = await payload.find({
      collection: MEDIA as CollectionSlug,
      depth: 0,
      limit: PAGE,
      overrideAccess: true,
      page,
      req,
      select: {},
      sort: 'id',
    })
    await syncMediaVisibility(
      request,
      found.docs.map((doc) => doc.id),
    )
    if (!found.hasNextPage) break
  }
  // Cached anonymous answers were made without the flags.
  await invalidatePublicReads(request)
}
