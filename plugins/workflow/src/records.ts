import type { PayloadRequest, Where } from 'payload'

import { ValidationError } from 'payload'

/**
 * Workflow events and editorial comments name their document by collection and id. SQLite reuses the id of the
 * newest row once it is deleted, so the records of a deleted item would otherwise show up on the next item created.
 * A document's records are those made since it was created; its event keys carry its creation time.
 */
export const recordsOf = (
  collection: string,
  doc: { createdAt?: null | string; id: number | string },
): Where => ({
  and: [
    { targetCollection: { equals: collection } },
    { docId: { equals: String(doc.id) } },
    ...(doc.createdAt ? [{ createdAt: { greater_than_equal: doc.createdAt } }] : []),
  ],
})

/** The unique key of a document's n-th transition: two requests racing for the same move collide on it. */
export const eventKeyOf = (
  collection: string,
  doc: { createdAt?: null | string; id: number | string },
  revision: number,
): string => `${collection}:${doc.id}:${doc.createdAt ? Date.parse(doc.createdAt) : 0}:${revision}`

type RecordedItem = {
  createdAt?: null | string
  createdBy?: unknown
  id: number | string
  region?: unknown
}

/** The append-only record of one transition of `item` to `revision`, as `workflow-events` stores it. */
export const workflowEventData = ({
  action,
  actor,
  collection,
  comment,
  from,
  item,
  publishAt,
  revision,
  to,
}: {
  action: string
  actor: number | string
  collection: string
  comment?: string
  from: string
  item: RecordedItem
  publishAt?: string
  revision: number
  to: string
}) => ({
  action,
  actor,
  comment,
  docId: String(item.id),
  docOwner: item.createdBy ?? undefined,
  eventKey: eventKeyOf(collection, { createdAt: item.createdAt, id: item.id }, revision),
  from,
  publishAt,
  region: item.region ?? undefined,
  targetCollection: collection,
  to,
})

/** The database refused a second event with the same key: someone else moved the item at the same moment. */
export const isEventKeyClash = (error: unknown): boolean =>
  error instanceof ValidationError &&
  Boolean(error.data?.errors?.some((e: { path?: string }) => e.path === 'eventKey'))

/**
 * When an item was first submitted for review (its first `submit` event), or null: where the contribution
 * reports measure submit → publish from. Not limited to records made since the item was created (as timelines
 * are): imported items carry their older history, and the first submit of that history is what counts.
 */
export const firstSubmissionOf = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<null | string> => {
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    select: { createdAt: true },
    sort: 'createdAt',
    where: { and: [recordsOf(collection, { id }), { action: { equals: 'submit' } }] },
  })
  return docs[0]?.createdAt ?? null
}
