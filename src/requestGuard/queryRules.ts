import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

import { buildVersionCollectionFields, getLocalizedPaths } from 'payload'
import { validOperatorSet } from 'payload/shared'

import type { ExpectedValue, MessageKey, MessageParams } from '../errors/messages'

import { RequestError } from '../errors/RequestError'

/** What the list parameters of one collection (or its versions) are checked against. */
export type QueryTarget = {
  collectionSlug: string
  /** The fields `where` and `sort` may name: the collection's, or its version fields for `/versions`. */
  fields: FlattenedField[]
  payload: Payload
}

const versionFields = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()

/** What `where` and `sort` may name on a collection's list, or on its versions (`version.title`, `updatedAt`…). */
export const queryTargetOf = (
  payload: Payload,
  collection: SanitizedCollectionConfig,
  versions: boolean,
): QueryTarget => {
  if (!versions)
    return { collectionSlug: collection.slug, fields: collection.flattenedFields, payload }
  let fields = versionFields.get(collection)
  if (!fields) {
    fields = buildVersionCollectionFields(payload.config, collection, true)
    versionFields.set(collection, fields)
  }
  return { collectionSlug: collection.slug, fields, payload }
}

/** Operators whose operand is a list (`in=a,b` or `in[]=a&in[]=b`). */
const LIST_OPERATORS = new Set(['all', 'in', 'not_in'])
/** Operators that only make sense on point fields; their operands are coordinates or GeoJSON. */
const GEO_OPERATORS = new Set(['intersects', 'near', 'within'])
/** Query parameters Payload reads as booleans ("true"/"false"). */
const BOOLEAN_PARAMS = [
  'autosave',
  'draft',
  'flattenLocales',
  'overrideLock',
  'pagination',
  'publishAllLocales',
  'trash',
  'unpublishAllLocales',
]

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** A short, printable form of what the caller sent. */
const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

const invalid = (key: MessageKey, parameter: string, params: MessageParams = {}) =>
  new RequestError(400, key, { parameter, ...params }, { parameter })

/** A parameter given once: `page=1&page=2` or `page[x]=1` are lists and objects, not a page. */
const single = (name: string, value: unknown): string => {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value) // GraphQL arguments are typed
  if (typeof value !== 'string') throw invalid('INVALID_PARAMETER.single', name)
  return value
}

const wholeNumber = (name: string, value: unknown, min: number, max?: number): void => {
  const text = single(name, value).trim()
  const number = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN
  if (Number.isSafeInteger(number) && number >= min && (max === undefined || number <= max)) return
  if (max === undefined)
    throw invalid('INVALID_PARAMETER.wholeNumber', name, { got: shown(value), min })
  throw invalid('INVALID_PARAMETER.wholeNumberRange', name, { got: shown(value), max, min })
}

const oneOf = (name: string, value: unknown, allowed: string[]): void => {
  if (!allowed.includes(single(name, value)))
    throw invalid('INVALID_PARAMETER.oneOf', name, {
      allowed: allowed.join(', '),
      got: shown(value),
    })
}

const isBooleanLike = (value: unknown): boolean =>
  value === true || value === false || value === 'true' || value === 'false'

/** The field a where/sort path names (through relationships to the related collection's field), if any. */
const fieldAt = (
  target: QueryTarget,
  path: string,
): { field?: FlattenedField | { name: string; type: string }; known: boolean } => {
  try {
    const paths = getLocalizedPaths({
      collectionSlug: target.collectionSlug,
      fields: target.fields,
      incomingPath: path,
      overrideAccess: true,
      payload: target.payload,
    })
    const last = paths[paths.length - 1]
    return {
      field: last?.field,
      known: paths.every((entry) => !entry.invalid) && Boolean(last?.field),
    }
  } catch {
    return { known: false }
  }
}

/** What a scalar operand of this field must look like, or undefined when any scalar will do. */
const expectedFor = (
  field: { name: string; relationTo?: unknown; type: string },
  idType: 'number' | 'text',
): ExpectedValue | undefined => {
  switch (field.type) {
    case 'checkbox':
      return 'boolean'
    case 'date':
      return 'date'
    case 'number':
      return 'number'
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string' && idType === 'number' ? 'id' : undefined
    default:
      return field.name === 'id' && idType === 'number' && field.type === 'number'
        ? 'id'
        : undefined
  }
}

const fitsExpected = (value: unknown, expected: ExpectedValue): boolean => {
  if (value === null || value === 'null') return true // "is empty"
  switch (expected) {
    case 'boolean':
      return isBooleanLike(value)
    case 'date':
      return (
        (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Date.parse(value)))
      )
    case 'id':
      return (
        (typeof value === 'number' && Number.isSafeInteger(value)) ||
        (typeof value === 'string' && /^\d{1,15}$/.test(value.trim()))
      )
    case 'number':
      return (
        (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
      )
    default:
      return true
  }
}

const isScalar = (value: unknown): boolean =>
  value === null || ['boolean', 'number', 'string'].includes(typeof value)

const checkOperand = (
  target: QueryTarget,
  path: string,
  operator: string,
  operand: unknown,
  parameter: string,
): void => {
  const { field, known } = fieldAt(target, path)
  // An unknown path or operator is Payload's to refuse (400 naming the path, with field access taken into account).
  if (!known || !field || !validOperatorSet.has(operator as never)) return
  if (GEO_OPERATORS.has(operator)) {
    if (field.type !== 'point') throw invalid('INVALID_PARAMETER.nearNotPoint', parameter)
    if (operator === 'near') {
      const parts = Array.isArray(operand)
        ? operand
        : typeof operand === 'string'
          ? operand.split(',')
          : []
      if (
        parts.length < 2 ||
        parts.length > 4 ||
        !parts.every((part) => fitsExpected(part, 'number'))
      ) {
        throw invalid('INVALID_PARAMETER.whereValue', parameter, {
          expected: 'point',
          got: shown(operand),
        })
      }
    } else if (!isPlainObject(operand)) {
      throw invalid('INVALID_PARAMETER.whereShape', parameter)
    }
    return
  }
  if (operator === 'exists') {
    if (!isBooleanLike(operand))
      throw invalid('INVALID_PARAMETER.boolean', parameter, { got: shown(operand) })
    return
  }
  // JSON and rich-text fields are queried by sub-path; their operands may be anything scalar.
  if (field.type === 'json' || field.type === 'richText') {
    if (!isScalar(operand) && !(LIST_OPERATORS.has(operator) && Array.isArray(operand)))
      throw invalid('INVALID_PARAMETER.single', parameter)
    return
  }
  const idType = target.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  const expected = expectedFor(field as { name: string; type: string }, idType)
  let values: unknown[]
  if (LIST_OPERATORS.has(operator)) {
    values = Array.isArray(operand)
      ? operand
      : typeof operand === 'string'
        ? operand.split(',')
        : [operand]
    if (!values.every(isScalar))
      throw invalid('INVALID_PARAMETER.whereValue', parameter, {
        expected: 'list',
        got: shown(operand),
      })
  } else {
    // A polymorphic relationship is matched by { relationTo, value }; everything else by one value.
    const polymorphic =
      (field.type === 'relationship' || field.type === 'upload') &&
      Array.isArray((field as { relationTo?: unknown }).relationTo)
    if (!isScalar(operand) && !(polymorphic && isPlainObject(operand)))
      throw invalid('INVALID_PARAMETER.single', parameter)
    values = [operand]
  }
  if (!expected || operator === 'like' || operator === 'not_like' || operator === 'contains') return
  const wrong = values.find((value) => !fitsExpected(value, expected))
  if (wrong !== undefined)
    throw invalid('INVALID_PARAMETER.whereValue', parameter, { expected, got: shown(wrong) })
}

/** Walks a `where` tree: `and`/`or` lists of conditions, `{ path: { operator: operand } }` everywhere else. */
const checkWhere = (target: QueryTarget, where: unknown, parameter: string): void => {
  if (!isPlainObject(where)) throw invalid('INVALID_PARAMETER.whereShape', parameter)
  for (const [key, value] of Object.entries(where)) {
    const at = `${parameter}[${key}]`
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      if (!Array.isArray(value)) throw invalid('INVALID_PARAMETER.whereList', at)
      value.forEach((condition, index) => checkWhere(target, condition, `${at}[${index}]`))
      continue
    }
    if (!isPlainObject(value)) throw invalid('INVALID_PARAMETER.whereShape', at)
    for (const [operator, operand] of Object.entries(value))
      checkOperand(target, key, operator, operand, `${at}[${operator}]`)
  }
}

const checkSort = (target: QueryTarget, sort: unknown): void => {
  const entries = Array.isArray(sort) ? sort : [sort]
  if (!entries.every((entry) => typeof entry === 'string'))
    throw invalid('INVALID_PARAMETER.single', 'sort')
  for (const entry of (entries as string[]).flatMap((value) => value.split(','))) {
    const path = entry.trim().replace(/^-/, '').replace(/__/g, '.')
    if (path === '') continue
    if (path === 'id' || path === '_id') continue
    if (!fieldAt(target, path).known) {
      throw invalid('INVALID_PARAMETER.unknownField', 'sort', {
        collection: target.collectionSlug,
        field: path,
      })
    }
  }
}

/**
 * Checks the query parameters of a REST request (or the arguments of a GraphQL read) before anything runs:
 * `page` ≥ 1, `limit` ≥ 0, `depth` within the configured maximum, booleans true/false, `locale` and
 * `fallback-locale` from the configuration, `sort` on fields that exist, and `where` values that fit their fields
 * (a date where a date goes, a whole-number id where an id goes). Throws a 400 naming the parameter.
 * Unknown parameters are left alone; unknown `where` paths and operators are Payload's to refuse.
 */
export const checkQuery = (query: Record<string, unknown>, target: QueryTarget): void => {
  const { config } = target.payload
  if (query.page !== undefined) wholeNumber('page', query.page, 1)
  if (query.limit !== undefined) wholeNumber('limit', query.limit, 0)
  if (query.depth !== undefined) wholeNumber('depth', query.depth, 0, config.maxDepth)
  for (const name of BOOLEAN_PARAMS) {
    if (query[name] !== undefined && !isBooleanLike(single(name, query[name]))) {
      throw invalid('INVALID_PARAMETER.boolean', name, { got: shown(query[name]) })
    }
  }
  const localeCodes = config.localization ? config.localization.localeCodes : []
  if (query.locale !== undefined && config.localization)
    oneOf('locale', query.locale, [...localeCodes, 'all', '*'])
  for (const name of ['fallback-locale', 'fallbackLocale']) {
    const value = query[name]
    if (value === undefined || !config.localization) continue
    const allowed = [...localeCodes, 'none', 'null', 'false']
    if (
      Array.isArray(value)
        ? !value.every((code) => typeof code === 'string' && localeCodes.includes(code))
        : !allowed.includes(single(name, value))
    ) {
      throw invalid('INVALID_PARAMETER.oneOf', name, {
        allowed: allowed.join(', '),
        got: shown(value),
      })
    }
  }
  if (query.sort !== undefined) checkSort(target, query.sort)
  if (query.where !== undefined) {
    let where = query.where
    if (typeof where === 'string') {
      try {
        where = JSON.parse(where)
      } catch {
        throw invalid('INVALID_PARAMETER.json', 'where')
      }
    }
    checkWhere(target, where, 'where')
  }
}
