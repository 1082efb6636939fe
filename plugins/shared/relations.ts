/** The id behind a relationship value, populated (`{ id, ... }`) or not; undefined when empty. */
export const relationId = (value: unknown): number | string | undefined => {
  const id =
    value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  return typeof id === 'number' || (typeof id === 'string' && id !== '') ? id : undefined
}

/** The ids of a single or has-many relationship value, empty entries left out. */
export const relationIds = (value: unknown): (number | string)[] =>
  (Array.isArray(value) ? value : [value])
    .map(relationId)
    .filter((id): id is number | string => id !== undefined)
