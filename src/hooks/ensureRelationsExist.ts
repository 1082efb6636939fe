import type { CollectionBeforeChangeHook, CollectionSlug, Field } from 'payload'

import { ValidationError } from 'payload'

import { languageOf } from '../errors/language'
import { renderMessage } from '../errors/messages'
import { relationIds } from '../utilities/relationId'
type Relation = { name: string; relationTo: CollectionSlug }

/** Top-level relationship and upload fields with a single target, looking through layout-only fields. */
const collectRelations = (fields: Field[]): Relation[] =>
  fields.flatMap((field): Relation[] => {
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string'
    ) {
      return [{ name: field.name, relationTo: field.relationTo as CollectionSlug }]
    }
    if (field.type === 'row' || field.type === 'collapsible') return collectRelations(field.fields)
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [] : collectRelations(tab.fields),
      )
    }
    return []
  })

/**
 * Refuses a write that points at documents which do not exist, with a 400 naming the field,
 * instead of a database constraint error (SQL) or a dangling reference (MongoDB).
 * Runs for drafts too, where Payload skips field validation.
 */
export const ensureRelationsExist: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const errors: { message: string; path: string }[] = []
  for (const { name, relationTo } of collectRelations(collection.fields)) {
    const previous = new Set(relationIds(originalDoc?.[name]).map(String))
    const ids = relationIds(data[name]).filter((id) => !previous.has(String(id)))
    if (ids.length === 0) continue
    const found = await req.payload.find({
      collection: relationTo,
      depth: 0,
      limit: ids.length,
      overrideAccess: true,
      pagination: false,
      req,
      select: {},
      where: { id: { in: ids } },
    })
    const existing = new Set(found.docs.map((doc) => String(doc.id)))
    const missing = ids.filter((id) => !existing.has(String(id)))
    if (missing.length > 0) {
      const params = { field: name, ids: missing.join(', '), relationTo }
      errors.push({
        message: renderMessage('VALIDATION_FAILED.missingRelation', params, languageOf(req)),
        path: name,
      })
    }
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return data
}
