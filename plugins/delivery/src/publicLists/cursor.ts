import type { FlattenedField, SanitizedCollectionConfig, Where } from 'payload'

import { DeliveryError } from '../errors'

/**
 * Keyset ("cursor") pagination for public lists: `?after=<cursor>` continues a list after the last document of the
 * previous page, in a total order (the sort key, then the creation time and the id in the same direction: Payload's
 * own tiebreak, which the published-order index already holds, then the id). The cursor names that order and the
 * last document's keys, so the next page is one indexed range read however far into the list it is.
 *
 * A cursor is opaque to callers (base64url JSON); it carries no secret: the public rules are applied to every
 * page whatever the cursor says, so a hand-made cursor can only choose where a public list starts.
 */

/** The order a list is read in: one key, then `createdAt` (when the key is another field), then the id. */
export type ListOrder = { byCreation: boolean; direction: 'asc' | 'desc'; key: string }

type CursorPayload = { c?: string; i: number | string; k: string; v: boolean | number | string }

/** Field types whose values compare the same way in SQL on every adapter (dates are stored as ISO instants). */
const KEYSET_TYPES = new Set<FlattenedField['type']>(['date', 'email', 'number', 'select', 'text'])

/** Fields every document has a value in: `null` sorts first on one database and last on another. */
const ALWAYS_SET = new Set(['createdAt', 'updatedAt'])

/**
 * The list's order, from the request's `sort` (or the collection's default), when it can be paged by cursor: one
 * top-level, unlocalized field of a comparable type that every listed document has (required, a timestamp, or
 * `publishedAt`, which every published item carries), or the id; `undefined` otherwise.
 */
export const listOrderOf = (
  collection: SanitizedCollectionConfig,
  sort: unknown,
): ListOrder | undefined => {
  const given =
    sort === undefined || sort === null || sort === ''
      ? (collection.defaultSort ?? '-createdAt')
      : sort
  const entries = (Array.isArray(given) ? given : String(given).split(','))
    .map((entry) => String(entry).trim())
    .filter(Boolean)
  if (entries.length === 0) return undefined
  const direction = entries[0].startsWith('-') ? 'desc' : 'asc'
  const key = entries[0].replace(/^-/, '')
  const hasCreatedAt = collection.flattenedFields.some((field) => field.name === 'createdAt')
  const first: ListOrder = {
    byCreation: hasCreatedAt && key !== 'createdAt' && key !== 'id',
    direction,
    key,
  }
  // The id is unique: nothing after it changes the order.
  if (key === 'id') return first
  // A sort the caller gave on several fields is theirs: it pages by number.
  if (entries.length > 1) return undefined
  const field = collection.flattenedFields.find((candidate) => candidate.name === first.key)
  if (
    !field ||
    !KEYSET_TYPES.has(field.type) ||
    ('localized' in field && field.localized) ||
    ('hasMany' in field && field.hasMany)
  )
    return undefined
  const alwaysSet =
    ALWAYS_SET.has(first.key) ||
    ('required' in field && field.required) ||
    (first.key === 'publishedAt' && Boolean(collection.versions?.drafts))
  return alwaysSet ? first : undefined
}

/** The sort Payload is given for a list in this order: the key, the creation time, the id, one way (a total order). */
export const sortOf = (order: ListOrder): string[] => {
  const sign = order.direction === 'desc' ? '-' : ''
  if (order.key === 'id') return [`${sign}id`]
  return [`${sign}${order.key}`, ...(order.byCreation ? [`${sign}createdAt`] : []), `${sign}id`]
}

/** The fields a document must carry for its cursor to be made (besides the id). */
export const cursorFieldsOf = (order: ListOrder): string[] => [
  ...(order.key === 'id' ? [] : [order.key]),
  ...(order.byCreation ? ['createdAt'] : []),
]

export const encodeCursor = (order: ListOrder, doc: Record<string, unknown>): string | null => {
  const value = order.key === 'id' ? doc.id : doc[order.key]
  if (value === null || value === undefined || typeof doc.id === 'object') return null
  if (order.byCreation && typeof doc.createdAt !== 'string') return null
  const payload: CursorPayload = {
    ...(order.byCreation ? { c: doc.createdAt as string } : {}),
    i: doc.id as number | string,
    k: `${order.direction === 'desc' ? '-' : ''}${order.key}`,
    v: value as CursorPayload['v'],
  }
  return Buffer.from(JSON.stringify(payload)).toString('base64url')
}

export const invalidCursor = (
  key:
    | 'INVALID_CURSOR'
    | 'INVALID_CURSOR.order'
    | 'INVALID_CURSOR.unsupported'
    | 'INVALID_CURSOR.withPage',
  params: Record<string, string> = {},
) => new DeliveryError(400, key, params, { parameter: 'after' })

const isValue = (value: unknown): value is CursorPayload['v'] =>
  (typeof value === 'string' && value.length <= 1000) ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  typeof value === 'boolean'

/**
 * Reads `after` for a list in `order`: the last document's key and id. A cursor that does not decode, or that was
 * issued for another order (another `sort`), is a 400 `INVALID_CURSOR` naming the parameter.
 */
export const decodeCursor = (
  raw: unknown,
  order: ListOrder | undefined,
  idType: 'number' | 'text',
): CursorPayload => {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048 || !/^[\w-]+$/.test(raw))
    throw invalidCursor('INVALID_CURSOR')
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
  } catch {
    throw invalidCursor('INVALID_CURSOR')
  }
  const cursor = parsed as Partial<CursorPayload> | null
  if (!cursor || typeof cursor !== 'object' || typeof cursor.k !== 'string' || !isValue(cursor.v))
    throw invalidCursor('INVALID_CURSOR')
  const idValid =
    idType === 'number'
      ? typeof cursor.i === 'number' && Number.isSafeInteger(cursor.i) && cursor.i > 0
      : typeof cursor.i === 'string' && cursor.i.length > 0
  if (!idValid) throw invalidCursor('INVALID_CURSOR')
  if (!order) throw invalidCursor('INVALID_CURSOR.unsupported')
  const expected = sortOf(order)[0]
  if (cursor.k !== expected)
    throw invalidCursor('INVALID_CURSOR.order', { expected, got: cursor.k.slice(0, 60) })
  if (order.key === 'id' && cursor.v !== cursor.i) throw invalidCursor('INVALID_CURSOR')
  if (order.byCreation && typeof cursor.c !== 'string') throw invalidCursor('INVALID_CURSOR')
  return cursor as CursorPayload
}

/**
 * The documents after the cursor in `order`, compared key by key: a greater (or, descending, smaller) key; or the
 * same key and a later (earlier) creation time; or both the same and a greater (smaller) id.
 */
export const afterCursorWhere = (
  order: ListOrder,
  cursor: CursorPayload,
  field?: FlattenedField,
): Where => {
  const beyond = order.direction === 'desc' ? 'less_than' : 'greater_than'
  if (order.key === 'id') return { id: { [beyond]: cursor.i } }
  // A date is compared as the instant it names, whatever spelling of it the cursor carries.
  const value =
    field?.type === 'date' && typeof cursor.v === 'string' ? validDate(cursor.v) : cursor.v
  const keys: [string, unknown][] = [
    [order.key, value],
    ...(order.byCreation ? [['createdAt', validDate(cursor.c!)] as [string, unknown]] : []),
    ['id', cursor.i],
  ]
  return {
    or: keys.map(([name, bound], index) => ({
      and: [
        ...keys.slice(0, index).map(([before, equal]) => ({ [before]: { equals: equal } })),
        { [name]: { [beyond]: bound } },
      ],
    })),
  }
}

const validDate = (value: string): string => {
  const time = Date.parse(value)
  if (Number.isNaN(time)) throw invalidCursor('INVALID_CURSOR')
  return new Date(time).toISOString()
}
