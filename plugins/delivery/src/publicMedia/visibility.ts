import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { PUBLICLY_VISIBLE } from '../publicVisibility'
import { relationIds } from '../../../shared/relations'
import { deliveryOptionsOf } from '../options'
import { MEDIA } from './mediaRefs'

/**
 * The collections whose documents show media to anonymous readers, with the documents of each that are public:
 * items that are publicly visible (published, review cleared), every contributor profile and rubric. Their
 * `usedMedia` field lists the media each document uses. test/access/mediaVisibility.spec.ts checks that every
 * collection with a relation to media is either here or never read anonymously.
 */
export const mediaShowingCollections = (
  publishable: readonly string[],
): Record<string, true | Where> => ({
  // The delivery plugin's `collections` (deliveryOptionsOf(config).collections).
  ...Object.fromEntries(publishable.map((slug) => [slug, PUBLICLY_VISIBLE])),
  contributors: true,
  rubrics: true,
})

export const showsMedia = (slug: string, publishable: readonly string[]): boolean =>
  slug in mediaShowingCollections(publishable)

type Ref = number | string

/** Of the given media, those a public document uses (as ids in text form); editors' marks are not looked at. */
export const usedByPublicDocuments = async (
  req: PayloadRequest,
  ids: Ref[],
): Promise<Set<string>> => {
  const wanted = new Set(ids.map(String))
  const found = new Set<string>()
  const publishable = deliveryOptionsOf(req.payload.config).collections
  for (const [slug, publicDocuments] of Object.entries(mediaShowingCollections(publishable))) {
    const open = ids.filter((id) => !found.has(String(id)))
    if (open.length === 0) break
    const using = { usedMedia: { in: open } }
    const { docs } = await req.payload.find({
      collection: slug as CollectionSlug,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { usedMedia: true } as never,
      where: publicDocuments === true ? using : { and: [publicDocuments, using] },
    })
    for (const doc of docs as { usedMedia?: unknown }[]) {
      for (const id of relationIds(doc.usedMedia)) if (wanted.has(String(id))) found.add(String(id))
    }
  }
  return found
}

/** Of the given media, those a public document uses or an editor marked public (as ids in text form). */
const publicMediaAmong = async (req: PayloadRequest, ids: Ref[]): Promise<Set<string>> => {
  if (ids.length === 0) return new Set()
  const marked = await req.payload.find({
    collection: MEDIA as CollectionSlug,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: { and: [{ id: { in: ids } }, { markedPublic: { equals: true } }] },
  })
  const found = new Set(marked.docs.map((doc) => String(doc.id)))
  for (const id of await usedByPublicDocuments(
    req,
    ids.filter((id) => !found.has(String(id))),
  ))
    found.add(id)
  return found
}

/**
 * Brings the stored `isPublic` flag of the given media in line with what uses them now. Called in the transaction
 * of the write that changed what is public (an item published or taken down, a profile's photo replaced), before
 * the public read cache is invalidated. Writes the flag directly: it is derived data, and media hooks (cache,
 * og card) have nothing to do for it.
 */
export const syncMediaVisibility = async (req: PayloadRequest, ids: Ref[]): Promise<void> => {
  const unique = [...new Map(ids.map((id) => [String(id), id])).values()]
  if (unique.length === 0) return
  const open = await publicMediaAmong(req, unique)
  const toPublic = unique.filter((id) => open.has(String(id)))
  const toPrivate = unique.filter((id) => !open.has(String(id)))
  const madePublic = await notYetPublic(req, toPublic)
  for (const [targets, isPublic] of [
    [toPublic, true],
    [toPrivate, false],
  ] as const) {
    if (targets.length === 0) continue
    await req.payload.db.updateMany({
      collection: MEDIA as CollectionSlug,
      data: { isPublic },
      req,
      returning: false,
      where: { id: { in: targets } },
    })
  }
  await reportMediaMadePublic(req, madePublic)
}

/**
 * The flag is written without media hooks, so plugins that act on a picture going public (the ai-ethics plugin
 * signs it) register in `config.custom.afterMediaPublic` and are told here. A listener's failure is logged and
 * never fails the write that published.
 */
type AfterMediaPublic = (args: { ids: Ref[]; req: PayloadRequest }) => Promise<void>
const listenersOf = (req: PayloadRequest) =>
  (req.payload.config.custom?.afterMediaPublic as AfterMediaPublic[] | undefined) ?? []

/** Of the media about to be flagged public, those that are not yet (looked up only when someone listens). */
const notYetPublic = async (req: PayloadRequest, ids: Ref[]): Promise<Ref[]> => {
  if (ids.length === 0 || listenersOf(req).length === 0) return []
  const { docs } = await req.payload.find({
    collection: MEDIA as CollectionSlug,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: { and: [{ id: { in: ids } }, { isPublic: { not_equals: true } }] },
  })
  return docs.map((doc) => doc.id)
}

const reportMediaMadePublic = async (req: PayloadRequest, ids: Ref[]): Promise<void> => {
  if (ids.length === 0) return
  for (const listener of listenersOf(req)) {
    await listener({ ids, req }).catch((err: unknown) =>
      req.payload.logger.error({ err, msg: 'afterMediaPublic listener failed' }),
    )
  }
}
