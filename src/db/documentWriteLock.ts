import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

type SqlSession = { db: { execute: (query: unknown) => Promise<unknown> } }

/**
 * Holds one document's write lock until the request's transaction ends, so that a check made after it (is this save
 * based on the current version?) cannot race another save of the same document.
 * - PostgreSQL: a transaction-scoped advisory lock on `collection:id` (READ COMMITTED: the statements after it see
 *   what the other save committed).
 * - SQLite: nothing to do, every write transaction already holds the database's write lock from its BEGIN
 *   (src/db/sqliteClient.ts).
 * - MongoDB, or no transaction: no lock; the check still refuses saves on an older base, only not two at once.
 */
export const lockDocumentForWrite = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<void> => {
  const adapter = req.payload.db as unknown as {
    name: string
    sessions?: Record<string, SqlSession>
  }
  if (adapter.name !== 'postgres') return
  const transactionID =
    req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session =
    transactionID === undefined || transactionID === null
      ? undefined
      : adapter.sessions?.[String(transactionID)]
  if (!session) return
  await session.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`${collection}:${id}`}))`)
}
