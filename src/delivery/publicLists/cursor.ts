import type { FlattenedField, SanitizedCollectionConfig, Where } from 'payload'

import { RequestError } from '../../errors/RequestError'

/**
 * Keyset ("cursor") pagination for public lists: `?after=<cursor>` continues a list after the last document of the
 * previous page, in a total order (the sort key, then the id in the same direction). The cursor names that order
 * and the last document's key, so the next page is one indexed range read however far into the list it is.
 *
 * A cursor is opaque to callers (base64url JSON); it carries no secret: the public rules are applied to every
 * page whatever the cursor says, so a hand-made cursor can only choose where a public list starts.
 */

/** The order a list is read in: one key and the id (the tiebreak that makes it total). */
export type ListOrder = { direction: 'asc' | 'desc'; key: string }

type CursorPayload = { i: number | string; k: string; v: boolean | number | string }

/** Field types whose values compare the same way in SQL on every adapter (dates are stored as ISO instants). */
const KEYSET_TYPES = new Set<FlattenedField['type']>(['date', 'email', 'number', 'select', 'text'])

/** Fields every document has a value in: `null` sorts first on one database and last on another. */
const ALWAYS_SET = new Set(['createdAt', 'updatedAt'])

/**
 * The list's order, from the request's `sort` (or the collection's default), when it can be paged by cursor: one
 * top-level, unlocalized field of a comparable type that every listed document has (required, a timestamp, or
 * `publishedAt`, which every published item carries), or the id; `undefined` otherwise.
 */
export const listOrderOf = (collection: SanitizedCollectionConfig, sort: unknown): ListOrder | undefined => {
  const given = sort === undefined || sort === null || sort === '' ? collection.defaultSort ?? '-createdAt' : sort
  const entries = (Array.isArray(given) ? given : String(given).split(',')).map((entry) => String(entry).trim()).filter(Boolean)
  const parse = (entry: string): ListOrder => ({ direction: entry.startsWith('-') ? 'desc' : 'asc', key: entry.replace(/^-/, '') })
  if (entries.length === 0) return undefined
  const first = parse(entries[0])
  // The id is unique: nothing after it changes the order.
  if (first.key === 'id') return first
  // `key,id` in one direction is the order this module gives Payload anyway.
  if (entries.length > 2) return undefined
  if (entries.length === 2) {
    const second = parse(entries[1])
    if (second.key !== 'id' || second.direction !== first.direction) return undefined
  }
  const field = collection.flattenedFields.find((candidate) => candidate.name === first.key)
  if (!field || !KEYSET_TYPES.has(field.type) || ('localized' in field && field.localized) || ('hasMany' in field && field.hasMany)) return undefined
  const alwaysSet = ALWAYS_SET.has(first.key) || ('required' in field && field.required) || (first.key === 'publishedAt' && Boolean(collection.versions?.drafts))
  return alwaysSet ? first : undefined
}

/** The sort Payload is given for a list in this order: the key, then the id the same way (a total order). */
export const sortOf = (order: ListOrder): string[] => {
  const sign = order.direction === 'desc' ? '-' : ''
  return order.key === 'id' ? [`${sign}id`] : [`${sign}${order.key}`, `${sign}id`]
}

export const encodeCursor = (order: ListOrder, doc: Record<string, unknown>): string | null => {
  const value = order.key === 'id' ? doc.id : doc[order.key]
  if (value === null || value === undefined || typeof doc.id === 'object') return null
  const payload: CursorPayload = { i: doc.id as number | string, k: `${order.direction === 'desc' ? '-' : ''}${order.key}`, v: value as CursorPayload['v'] }
  return Buffer.from(JSON.stringify(payload)).toString('base64url')
}

export const invalidCursor = (key: 'INVALID_CURSOR' | 'INVALID_CURSOR.order' | 'INVALID_CURSOR.unsupported' | 'INVALID_CURSOR.withPage', params: Record<string, string> = {}) =>
  new RequestError(400, key, params, { parameter: 'after' })

const isValue = (value: unknown): value is CursorPayload['v'] =>
  (typeof value === 'string' && value.length <= 1000) || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean'

/**
 * Reads `after` for a list in `order`: the last document's key and id. A cursor that does not decode, or that was
 * issued for another order (another `sort`), is a 400 `INVALID_CURSOR` naming the parameter.
 */
export const decodeCursor = (raw: unknown, order: ListOrder | undefined, idType: 'number' | 'text'): CursorPayload => {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048 || !/^[\w-]+$/.test(raw)) throw invalidCursor('INVALID_CURSOR')
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
  } catch {
    throw invalidCursor('INVALID_CURSOR')
  }
  const cursor = parsed as Partial<CursorPayload> | null
  if (!cursor || typeof cursor !== 'object' || typeof cursor.k !== 'string' || !isValue(cursor.v)) throw invalidCursor('INVALID_CURSOR')
  const idValid = idType === 'number' ? typeof cursor.i === 'number' && Number.isSafeInteger(cursor.i) && cursor.i > 0 : typeof cursor.i === 'string' && cursor.i.length > 0
  if (!idValid) throw invalidCursor('INVALID_CURSOR')
  if (!order) throw invalidCursor('INVALID_CURSOR.unsupported')
  const expected = sortOf(order)[0]
  if (cursor.k !== expected) throw invalidCursor('INVALID_CURSOR.order', { expected, got: cursor.k.slice(0, 60) })
  if (order.key === 'id' && cursor.v !== cursor.i) throw invalidCursor('INVALID_CURSOR')
  return cursor as CursorPayload
}

/** The documents after the cursor in `order`: a greater (or smaller) key, or the same key and a greater (smaller) id. */
export const afterCursorWhere = (order: ListOrder, cursor: CursorPayload, field?: FlattenedField): Where => {
  const beyond = order.direction === 'desc' ? 'less_than' : 'greater_than'
  if (order.key === 'id') return { id: { [beyond]: cursor.i } }
  // A date key is compared as the instant it names, whatever spelling of it the cursor carries.
  const value = field?.type === 'date' && typeof cursor.v === 'string' ? validDate(cursor.v) : cursor.v
  return {
    or: [{ [order.key]: { [beyond]: value } }, { and: [{ [order.key]: { equals: value } }, { id: { [beyond]: cursor.i } }] }],
  }
}

const validDate = (value: string): string => {
  const time = Date.parse(value)
  if (Number.isNaN(time)) throw invalidCursor('INVALID_CURSOR')
  return new Date(time).toISOString()
}
