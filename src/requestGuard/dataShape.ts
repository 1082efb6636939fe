import type { FlattenedField } from 'payload'

import type { ExpectedValue } from '../errors/messages'

/** A value of the wrong JSON type for its field: `path` as Payload names field paths (`seo.title`, `gallery.0.image`). */
export type ShapeProblem = { expected: ExpectedValue; got: string; path: string }

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value)
const kindOf = (value: unknown): string => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value)
const isNumberLike = (value: unknown) => (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

/** What a scalar field must hold, or undefined when Payload's own validation judges it (dates, options, relations). */
const scalarRule = (field: FlattenedField): undefined | { expected: ExpectedValue; fits: (value: unknown) => boolean } => {
  switch (field.type) {
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
      return { expected: 'point', fits: (value) => Array.isArray(value) && value.length === 2 && value.every(isNumberLike) }
    default:
      return undefined
  }
}

/**
 * The values in `data` whose JSON type cannot belong to their field: text that is a list, a group that is a
 * string, rows that are not objects… Payload's field validation checks lengths, options and relations, but
 * stores a list sent for a text field as its JSON text and drops a group sent as a string. Only keys present are
 * checked (a partial update is fine); `null` clears a field. A localized field may carry one value per locale.
 */
export const dataShapeProblems = (fields: FlattenedField[], data: Record<string, unknown>, localeCodes: string[], prefix = ''): ShapeProblem[] => {
  const problems: ShapeProblem[] = []
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    if (value === null || value === undefined) continue
    const path = `${prefix}${field.name}`
    const perLocale = field.localized && isObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => localeCodes.includes(key))
    const values = perLocale && field.type !== 'group' && field.type !== 'tab' ? Object.values(value as object) : [value]
    for (const entry of values) {
      if (entry === null || entry === undefined) continue
      if (field.type === 'group' || field.type === 'tab') {
        if (!isObject(entry)) problems.push({ expected: 'object', got: kindOf(entry), path })
        else problems.push(...dataShapeProblems(field.flattenedFields, entry, localeCodes, `${path}.`))
        continue
      }
      if (field.type === 'array' || field.type === 'blocks') {
        // The admin sends an untouched list as its row count, which Payload reads as "no change".
        if (typeof entry === 'number') continue
        if (!Array.isArray(entry) || !entry.every(isObject)) {
          problems.push({ expected: 'rows', got: kindOf(entry), path })
        } else if (field.type === 'array') {
          entry.forEach((row, index) => problems.push(...dataShapeProblems(field.flattenedFields, row as Record<string, unknown>, localeCodes, `${path}.${index}.`)))
        }
        continue
      }
      const rule = scalarRule(field)
      if (!rule) continue
      const hasMany = 'hasMany' in field && field.hasMany === true
      const fits = hasMany ? Array.isArray(entry) && entry.every(rule.fits) : rule.fits(entry)
      if (!fits) problems.push({ expected: hasMany ? 'list' : rule.expected, got: kindOf(entry), path })
    }
  }
  return problems
}
