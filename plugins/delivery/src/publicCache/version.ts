import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'crypto'

import { afterCommit } from '../../../shared/afterCommit'

/**
 * The public content version lives in Payload's key-value store (`payload.kv`, the `payload-kv` collection: one
 * row with a unique key, in every database adapter), so every server process — on this machine or another one
 * behind the same load balancer — reads the same value. Any change of what anonymous readers can see writes a new
 * random value; a process serves a cached response only when it was computed under the value read now.
 */
export const PUBLIC_VERSION_KEY = 'public-content-version'

type VersionRecord = { changedAt: string; version: string }

type SqlAdapter = {
  drizzle: unknown
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  name: string
  tableNameMap?: Map<string, string>
}

/** The key-value store's table on the SQL adapters (the `payload-kv` collection's table). */
const KV_TABLE = 'payload_kv'

/**
 * The version row's record. On the SQL adapters one plain statement reads it (the key is this module's constant,
 * so it is written into the statement): `payload.kv.get` reads the same row through Payload's `findOne`, which
 * builds a relational query and transforms the row, about three times the CPU for a read every cacheable request
 * makes. MongoDB reads it through `payload.kv`.
 */
const readVersionRecord = async (payload: Payload): Promise<null | VersionRecord> => {
  const db = payload.db as unknown as SqlAdapter
  if (db.name !== 'postgres' && db.name !== 'sqlite')
    return payload.kv.get<VersionRecord>(PUBLIC_VERSION_KEY)
  const table = db.tableNameMap?.get(KV_TABLE) ?? KV_TABLE
  const result = (await db.execute({
    drizzle: db.drizzle,
    raw: `select "data" from "${table}" where "key" = '${PUBLIC_VERSION_KEY}' limit 1`,
  })) as { rows?: { data?: unknown }[] }
  const data = result.rows?.[0]?.data
  // SQLite keeps JSON as text, PostgreSQL's driver parses it.
  return (typeof data === 'string' ? JSON.parse(data) : (data ?? null)) as null | VersionRecord
}

/** The current public content version: one indexed row read per cacheable request. */
export const readPublicVersion = async (payload: Payload): Promise<string> => {
  const record = await readVersionRecord(payload)
  return record?.version ?? 'none'
}

const writeNewVersion = (payload: Payload) =>
  payload.kv.set(PUBLIC_VERSION_KEY, {
    changedAt: new Date().toISOString(),
    version: randomUUID(),
  } satisfies VersionRecord)

/**
 * Writes a new version. The write is outside any transaction (the key-value store never joins one), so it is
 * visible to every process as soon as this returns. A failure is logged, not thrown: the content change it follows
 * is already committed, and the entries' time limit bounds how long a stale answer can live.
 */
export const bumpPublicVersion = async (payload: Payload): Promise<void> => {
  try {
    await writeNewVersion(payload)
  } catch (first) {
    // Two processes creating the row at once collide on its unique key; the second attempt updates it.
    try {
      await writeNewVersion(payload)
    } catch (err) {
      payload.logger.error({
        err,
        firstError: String(first),
        msg: 'Could not change the public content version: anonymous reads may be stale until the cache time limit',
      })
    }
  }
}

/** Creates the version row at start-up, so that request-time writes only ever update it. */
export const ensurePublicVersion = async (payload: Payload): Promise<void> => {
  if (!(await payload.kv.get<VersionRecord>(PUBLIC_VERSION_KEY))) await bumpPublicVersion(payload)
}

/**
 * Invalidates every process's cached anonymous reads, for a change made with `req`.
 *
 * The new version must not become visible before the change itself: a process reading it would otherwise fetch
 * the old content under the new version and keep serving it. So inside a transaction the bump waits for the
 * commit (src/db/afterCommit.ts); without one (MongoDB without a replica set) the change is already written
 * and the bump happens now. Either way it is done before the request that made the change answers, which is what
 * makes a publish visible on the very next request to any process.
 */
export const invalidatePublicReads = (req: PayloadRequest): Promise<void> =>
  afterCommit(req, PUBLIC_VERSION_KEY, () => bumpPublicVersion(req.payload))
