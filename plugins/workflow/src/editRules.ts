import type {
  Access,
  CollectionBeforeOperationHook,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import { appendVersionToQueryKey, combineQueries } from 'payload'

import type { WorkflowMessageKey } from './messages'
import type { WorkflowDesk } from './types'

import { WORKFLOW_CONTEXT } from './context'
import { workflowOptionsOf } from './defaults'
import { WorkflowError } from './errors'
import { isAuthorOf, isEditorFor } from './permissions'
import { withRecordedState } from './recordedState'
import { AUTHOR_EDITABLE_STATES, authorStates, stateName, type WorkflowState } from './states'

type Id = number | string
type Item = Record<string, any> & { id: Id }
type User = NonNullable<PayloadRequest['user']>

/** The version an edit changes: the latest one (a draft revision, or the published version), with the recorded state. */
export const latestVersionOf = async (
  req: PayloadRequest,
  collection: string,
  id: Id,
): Promise<Item | undefined> => {
  const latest = (await req.payload.findByID({
    collection: collection as never,
    depth: 0,
    disableErrors: true,
    draft: true,
    id,
    overrideAccess: true,
    req,
  })) as Item | null
  return latest ? withRecordedState(req, collection, latest) : undefined
}

const LATEST = (id: Id): Where => ({
  and: [{ parent: { equals: id } }, { latest: { equals: true } }],
})

/** Whether an access query matches the item's latest version (its main row when it has no versions at all). */
const matchesLatestVersion = async (
  req: PayloadRequest,
  collection: string,
  id: Id,
  where: Where,
): Promise<boolean> => {
  const { db } = req.payload
  const slug = collection as never
  const matching = await db.countVersions({
    collection: slug,
    req,
    where: combineQueries(appendVersionToQueryKey(where), LATEST(id)),
  })
  if (matching.totalDocs > 0) return true
  if ((await db.countVersions({ collection: slug, req, where: LATEST(id) })).totalDocs > 0)
    return false
  return (
    (
      await db.count({
        collection: slug,
        req,
        where: combineQueries(where, { id: { equals: id } }),
      })
    ).totalDocs > 0
  )
}

/**
 * Update access decided on the item's latest version. For one item Payload applies a `where` to its main row and,
 * when the latest draft does not match, falls back to that row: but draft saves never update the main row, so an
 * author whose item has moved on to review still matched "own item, in draft" there, and edited a stale copy of it
 * (finding 2 of #12). For one item (`id` given) this answers true or false from the latest version; lists and bulk
 * updates keep the `where`, which Payload applies to the latest versions itself.
 */
export const decideOnLatestVersion =
  (collection: string, access: Access): Access =>
  async (args) => {
    const result = await access(args)
    if (args.id === undefined || args.id === null || typeof result === 'boolean') return result
    return matchesLatestVersion(args.req, collection, args.id, result)
  }

/** A bulk edit refused for some items: the one-item refusal's code, and which items (./editRules.ts). */
const BULK_REFUSAL = {
  FORBIDDEN_ACTION: 'FORBIDDEN_ACTION.bulk',
  FORBIDDEN_REGION: 'FORBIDDEN_REGION.bulk',
  NOT_EDITABLE_IN_STATE: 'NOT_EDITABLE_IN_STATE.bulk',
} as const satisfies Record<string, WorkflowMessageKey>

/** Why this user may not edit this item: a 403 with a code and what would make it possible. */
const editRefusal = (
  desk: WorkflowDesk,
  user: null | undefined | User,
  item: Item,
): WorkflowError => {
  const state = (item.workflowStatus ?? 'draft') as WorkflowState
  if (
    user &&
    desk.isWriter(user) &&
    isAuthorOf(user, item) &&
    !AUTHOR_EDITABLE_STATES.includes(state)
  ) {
    return new WorkflowError(403, 'NOT_EDITABLE_IN_STATE', {
      state: stateName(state),
      states: authorStates,
    })
  }
  if (user && desk.isRegionalEditor(user) && !isEditorFor(desk, user, item)) {
    return new WorkflowError(403, 'FORBIDDEN_REGION')
  }
  return new WorkflowError(403, 'FORBIDDEN_ACTION.edit', { states: authorStates })
}

/** Refuses, with a code, an edit of one item that the collection's update access does not allow on its latest version. */
export const assertMayEdit = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: Id,
  data?: unknown,
): Promise<void> => {
  const allowed = await collection.access.update({ data, id, req } as never)
  if (allowed === true) return
  const latest = await latestVersionOf(req, collection.slug, id)
  if (!latest) return // Payload answers 404
  throw editRefusal(workflowOptionsOf(req.payload.config).desk, req.user, latest)
}

/** A bulk edit is refused as a whole, before anything is written, when it targets an item the user may read but not edit. */
const assertMayEditAll = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  where: Where,
  data?: unknown,
) => {
  const access = await collection.access.update({ data, req } as never)
  if (access === true) return
  const slug = collection.slug as never
  const idsOf = (docs: { id: Id }[]) => docs.map((doc) => String(doc.id))
  const find = (query: Where, overrideAccess: boolean) =>
    req.payload.find({
      collection: slug,
      depth: 0,
      draft: true,
      overrideAccess,
      pagination: false,
      req,
      select: { createdAt: true } as never,
      user: req.user,
      where: query,
    })
  const targeted = idsOf((await find(where, false)).docs as { id: Id }[])
  const editable = new Set(
    access === false
      ? []
      : idsOf((await find(combineQueries(where, access), true)).docs as { id: Id }[]),
  )
  const refused = targeted.filter((id) => !editable.has(id))
  if (refused.length === 0) return
  const latest = await latestVersionOf(req, collection.slug, refused[0])
  const reason = editRefusal(
    workflowOptionsOf(req.payload.config).desk,
    req.user,
    latest ?? { id: refused[0] },
  )
  throw new WorkflowError(403, BULK_REFUSAL[reason.code as keyof typeof BULK_REFUSAL], {
    collection: collection.slug,
    ids: refused.join(', '),
    reason: { en: reason.messageIn('en'), kk: reason.messageIn('kk'), ru: reason.messageIn('ru') },
  })
}

/**
 * Edits the item's state does not allow are refused with a 403 and a code, through every entry point that updates
 * (REST, GraphQL, the admin, the Local API with enforced access; one item or a bulk `where`). Trusted server code
 * (`overrideAccess`) and the workflow's own writes pass. Restores are checked in ./restore.ts.
 */
export const refuseEditsTheStateDoesNotAllow: CollectionBeforeOperationHook = async ({
  args,
  collection,
  context,
  operation,
  req,
}) => {
  if (operation !== 'update' || args.overrideAccess === true || context?.[WORKFLOW_CONTEXT])
    return args
  // One operation name for both: updateByID's arguments carry the id, a bulk update's the where.
  const { data, id, where } = args as { data?: unknown; id?: Id; where?: Where }
  if (id !== undefined && id !== null) await assertMayEdit(req, collection, id, data)
  else if (where) await assertMayEditAll(req, collection, where, data)
  return args
}
