import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  FieldHook,
  RelationshipField,
  Validate,
} from 'payload'

import { fieldMessage } from '../errors'
import { relationIds } from '../../../shared/relations'
import { MEDIA, mediaRefsOf } from './mediaRefs'
import { syncMediaVisibility } from './visibility'

export const USED_MEDIA = 'usedMedia'

/** Computed on every save from the document as stored (every locale): what the field's own value cannot be. */
const listUsedMedia: FieldHook = ({ collection, req, siblingData, siblingDocWithLocales }) => {
  const fields = (collection?.flattenedFields ?? []).filter(
    (field) => !('name' in field && field.name === USED_MEDIA),
  )
  return mediaRefsOf(fields, siblingData, siblingDocWithLocales, req.locale)
}

/**
 * A document may only start using media its writer can read: otherwise a journalist could put another region's
 * embargoed upload into her item, and publishing the item would make it public. Media the document already used
 * stay allowed (an editor may keep a picture a national editor chose). Trusted server code is not checked.
 */
const onlyReadableMedia: Validate = async (value, { overrideAccess, previousValue, req }) => {
  if (overrideAccess === true || !req.user) return true
  const before = new Set(relationIds(previousValue).map(String))
  const added = relationIds(value).filter((id) => !before.has(String(id)))
  if (added.length === 0) return true
  const { docs } = await req.payload.find({
    collection: MEDIA as CollectionSlug,
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    select: {},
    where: { id: { in: added } },
  })
  const readable = new Set(docs.map((doc) => String(doc.id)))
  const unreadable = added.filter((id) => !readable.has(String(id)))
  return unreadable.length === 0
    ? true
    : fieldMessage(req, 'VALIDATION_FAILED.unreadableMedia', { ids: unreadable.join(', ') })
}

/**
 * The media a document uses, in any field and locale (plugins/delivery/src/publicMedia/mediaRefs.ts), kept by the server
 * on every save: one indexed relation the public-media check can query, rich text included. Never populated.
 */
export const usedMediaField = (): RelationshipField => ({
  name: USED_MEDIA,
  type: 'relationship',
  relationTo: MEDIA as CollectionSlug,
  hasMany: true,
  index: true,
  maxDepth: 0,
  access: { create: () => false, read: ({ req }) => Boolean(req.user), update: () => false },
  admin: { hidden: true },
  hooks: { beforeChange: [listUsedMedia] },
  validate: onlyReadableMedia as never,
})

/**
 * afterChange/afterDelete of documents that are always public (contributor profiles, rubrics): the media they
 * stopped or started using may change visibility.
 */
export const syncMediaAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  await syncMediaVisibility(req, [
    ...relationIds(previousDoc?.[USED_MEDIA]),
    ...relationIds(doc?.[USED_MEDIA]),
  ])
  return doc
}

export const syncMediaAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await syncMediaVisibility(req, relationIds(doc?.[USED_MEDIA]))
  return doc
}
