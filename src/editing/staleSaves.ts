import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { lockDocumentForWrite } from '../db/documentWriteLock'
import { RequestError } from '../errors/RequestError'
import { WORKFLOW_CONTEXT } from '../../plugins/workflow/src/context'

type Id = number | string

/** On `req.context`: the base each pending save stated, by `collection:id` (`collection:*` for a bulk update). */
const STATED_BASES = 'staleSaves.statedBases'

/**
 * The version a save is based on, as the client states it: the `updatedAt` it read (in the body — the admin's form
 * sends it, GraphQL and the Local API take it as data) or an `If-Match: "<updatedAt>"` header. Undefined: the
 * client states no base, and the save is last-write-wins as before.
 */
export const baseOfSave = (
  data: Record<string, unknown>,
  req: PayloadRequest,
): string | undefined => {
  if (typeof data.updatedAt === 'string' && data.updatedAt) return data.updatedAt
  const ifMatch = req.headers?.get?.('if-match')?.trim()
  if (!ifMatch || ifMatch === '*') return undefined
  return ifMatch.replace(/^W\//, '').replace(/^"(.*)"$/, '$1')
}

/**
 * When the item's current version was saved: what a client reads as its `updatedAt` (with `draft`, as the admin
 * does) — the newest version, or the item's row when it has none. Read inside the save's transaction.
 */
export const currentVersionTime = async (
  req: PayloadRequest,
  collection: string,
  id: Id,
): Promise<string | undefined> => {
  const { docs } = await req.payload.db.findVersions({
    collection: collection as never,
    limit: 1,
    pagination: false,
    req,
    sort: '-updatedAt',
    where: { parent: { equals: id } },
  })
  const version = docs[0] as undefined | { updatedAt?: string; version?: { updatedAt?: string } }
  if (version) return version.version?.updatedAt ?? version.updatedAt
  const row = await req.payload.db.findOne<{ id: Id; updatedAt?: string }>({
    collection: collection as never,
    req,
    where: { id: { equals: id } },
  })
  return row?.updatedAt
}

const sameInstant = (a: string, b: string) => {
  const [left, right] = [Date.parse(a), Date.parse(b)]
  return Number.isFinite(left) && left === right
}

/**
 * Notes the base the client stated, before Payload fills in the item's own `updatedAt` (by the time `beforeChange`
 * runs, `data.updatedAt` is there whether the client sent it or not).
 */
export const rememberStatedBase: CollectionBeforeOperationHook = ({
  args,
  collection,
  context,
  operation,
  req,
}) => {
  if (operation !== 'update' || context?.[WORKFLOW_CONTEXT]) return args
  const { data, id } = args as { data?: Record<string, unknown>; id?: Id }
  const base = baseOfSave(data ?? {}, req)
  if (base === undefined) return args
  const bases = (req.context[STATED_BASES] ??= {}) as Record<string, string>
  bases[`${collection.slug}:${id ?? '*'}`] = base
  return args
}

const takeStatedBase = (req: PayloadRequest, collection: string, id: Id): string | undefined => {
  const bases = req.context[STATED_BASES] as Record<string, string> | undefined
  if (!bases) return undefined
  const key = `${collection}:${id}`
  const base = bases[key] ?? bases[`${collection}:*`]
  delete bases[key]
  return base
}

/**
 * Refuses a save based on an older version than the current one: 409 `STALE_DOCUMENT`, nothing written. Two tabs
 * (or two people) that loaded the same version cannot overwrite each other: the first save wins, the second is told
 * to reload. The check holds the document's write lock (src/db/documentWriteLock.ts), so of two saves on the same
 * base at the same moment exactly one succeeds. Workflow transitions and restores are not edits of a loaded form.
 */
export const refuseStaleSaves: CollectionBeforeChangeHook = async ({
  collection,
  context,
  operation,
  originalDoc,
  req,
  data,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  if (context?.[WORKFLOW_CONTEXT] || context?.isRestoringVersion) return data
  const base = takeStatedBase(req, collection.slug, originalDoc.id)
  if (!base) return data
  await lockDocumentForWrite(req, collection.slug, originalDoc.id)
  const current = await currentVersionTime(req, collection.slug, originalDoc.id)
  if (current && !sameInstant(base, current)) throw new RequestError(409, 'STALE_DOCUMENT')
  return data
}
