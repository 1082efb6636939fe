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

/** The current public content version: one indexed row read per cacheable request. */
export const readPublicVersion = async (payload: Payload): Promise<string> => {
  const record = await payload.kv.get<VersionRecord>(PUBLIC_VERSION_KEY)
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
