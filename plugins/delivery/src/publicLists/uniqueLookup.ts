import type { SanitizedCollectionConfig, Where } from 'payload'

/** A condition `{ field: { equals: value } }` on the id or on a top-level, unlocalized unique field. */
const isUniqueEquality = (collection: SanitizedCollectionConfig, condition: Where): boolean => {
  const entries = Object.entries(condition)
  if (entries.length !== 1) return false
  const [path, operators] = entries[0]
  if (!operators || typeof operators !== 'object' || Array.isArray(operators)) return false
  const ops = Object.entries(operators as Record<string, unknown>)
  if (
    ops.length !== 1 ||
    ops[0][0] !== 'equals' ||
    ops[0][1] === null ||
    typeof ops[0][1] === 'object'
  )
    return false
  if (path === 'id') return true
  const field = collection.flattenedFields.find((candidate) => candidate.name === path)
  return Boolean(
    field &&
    'unique' in field &&
    field.unique &&
    !('localized' in field && field.localized) &&
    !('hasMany' in field && field.hasMany),
  )
}

/**
 * Whether `where` can match at most one document: it is, or ANDs in, an equality on the id or a unique field (a
 * lookup by slug). Such a list needs no count: its total is the number of documents it returns. A website reads
 * every article page this way, so the count it saves is one statement of four on each uncached article view.
 */
export const matchesAtMostOne = (
  collection: SanitizedCollectionConfig,
  where: undefined | Where,
): boolean => {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return false
  // The keys of a where are ANDed: one that matches at most one document is enough.
  return Object.entries(where).some(([key, value]) => {
    if (key === 'and')
      return (
        Array.isArray(value) &&
        value.some((condition) => matchesAtMostOne(collection, condition as Where))
      )
    if (key === 'or') return false
    return isUniqueEquality(collection, { [key]: value } as Where)
  })
}
