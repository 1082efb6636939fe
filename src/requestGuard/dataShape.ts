import type { FlattenedField } from 'payload'

import type { ExpectedValue } from '../errors/messages'

/** A value of the wrong JSON type for its field: `path` as Payload names field paths (`seo.title`, `gallery.0.image`). */
export type ShapeProblem = { expected: ExpectedValue; got: string; path: string }

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)
const kindOf = (value: unknown): string =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value
const isNumberLike = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

type IdType = 'number' | 'text'

/** A document id as the database stores it: a whole number on the SQL adapters, a non-empty string otherwise. */
const isId = (value: unknown, idType: IdType) =>
  idType === 'number'
    ? (typeof value === 'number' && Number.isSafeInteger(value)) ||
      (typeof value === 'string' && /^\d{1,15}$/.test(value))
    : (typeof value === 'string' && value !== '') || typeof value === 'number'

/** One relationship value: an id, a populated document (`{ id, … }`), or for several targets `{ relationTo, value }`. */
const isRelationValue = (value: unknown, polymorphic: boolean, idType: IdType): boolean => {
  if (polymorphic)
    return (
      isObject(value) &&
      typeof value.relationTo === 'string' &&
      isRelationValue(value.value, false, idType)
    )
  return isId(value, idType) || (isObject(value) && isId(value.id, idType))
}

/** What a scalar field must hold, or undefined when Payload's own validation judges it (dates, options). */
const scalarRule = (
  field: FlattenedField,
  idType: IdType,
): undefined | { expected: ExpectedValue; fits: (value: unknown) => boolean } => {
  switch (field.type) {
    case 'relationship':
    case 'upload': {
      const polymorphic = Array.isArray(field.relationTo)
      return { expected: 'id', fits: (value) => isRelationValue(value, polymorphic, idType) }
    }
    case 'checkbox':
      return { expected: 'boolean', fits: (value) => typeof value === 'boolean' }
    case 'code':
    case 'email':
    case 'radio':
    case 'text':
    case 'textarea':
      return { expected: 'text', fits: (value) => typeof value === 'string' }
    case 'number':
      return { expected: 'number', fits: isNumberLike }
    case 'point':
      return {
        expected: 'point',
        fits: (value) => Array.isArray(value) && value.length === 2 && value.every(isNumberLike),
      }
    default:
      return undefined
  }
}

/**
 * The values in `data` whose JSON type cannot belong to their field: text that is a list, a group that is a
 * string, rows that are not objects, a list of ids for a single relationship… Payload's field validation checks
 * lengths, options and that related documents exist, but stores a list sent for a text field as its JSON text,
 * drops a group sent as a string, and hands two ids for one relationship to the database (a 500). Only keys present are
 * checked (a partial update is fine); `null` clears a field. A localized field may carry one value per locale.
 */
export const dataShapeProblems = (
  fields: FlattenedField[],
  data: Record<string, unknown>,
  localeCodes: string[],
  idType: IdType,
  prefix = '',
): ShapeProblem[] => {
  const problems: ShapeProblem[] = []
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    if (value === null || value === undefined) continue
    const path = `${prefix}${field.name}`
    const perLocale =
      field.localized &&
      isObject(value) &&
      Object.keys(value).length > 0 &&
      Object.keys(value).every((key) => localeCodes.includes(key))
    const values =
      perLocale && field.type !== 'group' && field.type !== 'tab'
        ? Object.values(value as object)
        : [value]
    for (const entry of values) {
      if (entry === null || entry === undefined) continue
      if (field.type === 'group' || field.type === 'tab') {
        if (!isObject(entry)) problems.push({ expected: 'object', got: kindOf(entry), path })
        else
          problems.push(
            ...dataShapeProblems(field.flattenedFields, entry, localeCodes, idType, `${path}.`),
          )
        continue
      }
      if (field.type === 'array' || field.type === 'blocks') {
        // The admin sends an untouched list as its row count, which Payload reads as "no change".
        if (typeof entry === 'number') continue
        if (!Array.isArray(entry) || !entry.every(isObject)) {
          problems.push({ expected: 'rows', got: kindOf(entry), path })
        } else if (field.type === 'array') {
          entry.forEach((row, index) =>
            problems.push(
              ...dataShapeProblems(
                field.flattenedFields,
                row as Record<string, unknown>,
                localeCodes,
                idType,
                `${path}.${index}.`,
              ),
            ),
          )
        }
        continue
      }
      const rule = scalarRule(field, idType)
      if (!rule) continue
      const hasMany = 'hasMany' in field && field.hasMany === true
      const fits = hasMany ? Array.isArray(entry) && entry.every(rule.fits) : rule.fits(entry)
      if (!fits)
        problems.push({ expected: hasMany ? 'list' : rule.expected, got: kindOf(entry), path })
    }
  }
  return problems
}
