import type { Where } from 'payload'

/**
 * Workflow events and editorial comments name their document by collection and id. SQLite reuses the id of the
 * newest row once it is deleted, so the records of a deleted item would otherwise show up on the next item created.
 * A document's records are those made since it was created; its event keys carry its creation time.
 */
export const recordsOf = (collection: string, doc: { createdAt?: null | string; id: number | string }): Where => ({
  and: [
    { targetCollection: { equals: collection } },
    { docId: { equals: String(doc.id) } },
    ...(doc.createdAt ? [{ createdAt: { greater_than_equal: doc.createdAt } }] : []),
  ],
})

/** The unique key of a document's n-th transition: two requests racing for the same move collide on it. */
export const eventKeyOf = (collection: string, doc: { createdAt?: null | string; id: number | string }, revision: number): string =>
  `${collection}:${doc.id}:${doc.createdAt ? Date.parse(doc.createdAt) : 0}:${revision}`
