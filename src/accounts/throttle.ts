import type { Payload, PayloadRequest, Where } from 'payload'

import { AUTH_THROTTLES } from './constants'

/**
 * Attempt counters shared by every server process through the database (`auth-throttles`). Each write is one
 * atomic statement (`updateOne` with `atomic: true` on SQL, findOneAndUpdate on MongoDB), so parallel requests,
 * in one process or several, cannot slip past a limit between reading and writing. The calls take no `req`:
 * a counter must stay written when the sign-in's own transaction is rolled back.
 */

export type Counter = { count: number; lastAt: number; windowStart: number }

type Row = {
  count: number
  expiresAt: string
  id: number | string
  key: string
  lastAt: string
  windowStart: string
}

const iso = (ms: number) => new Date(ms).toISOString()
const toCounter = (row: Row): Counter => ({
  count: row.count,
  lastAt: Date.parse(row.lastAt),
  windowStart: Date.parse(row.windowStart),
})

const PRUNE_EVERY_MS = 60_000
let lastPrune = 0

/** Removes rows nobody needs any more, at most once a minute per process; never fails the caller. */
const pruneExpired = (payload: Payload) => {
  const now = Date.now()
  if (now - lastPrune < PRUNE_EVERY_MS) return
  lastPrune = now
  payload.db
    .deleteMany({ collection: AUTH_THROTTLES, where: { expiresAt: { less_than: iso(now) } } })
    .catch((err: unknown) =>
      payload.logger.error({ err, msg: 'Could not prune expired sign-in throttle rows' }),
    )
}

const update = (payload: Payload, where: Where, data: Record<string, unknown>) =>
  payload.db.updateOne({
    collection: AUTH_THROTTLES,
    data,
    options: { atomic: true },
    where,
  }) as unknown as Promise<null | Row>

const create = async (
  payload: Payload,
  key: string,
  now: number,
  keepMs: number,
): Promise<null | Row> => {
  try {
    return (await payload.db.create({
      collection: AUTH_THROTTLES,
      data: {
        count: 1,
        expiresAt: iso(now + keepMs),
        key,
        lastAt: iso(now),
        windowStart: iso(now),
      },
    })) as Row
  } catch {
    return null // another request created the row a moment ago (unique key): count on it instead
  }
}

/** The counter under `key`, or undefined when there is none or its window is over. */
export const readCounter = async (
  payload: Payload,
  key: string,
  windowMs: number,
): Promise<Counter | undefined> => {
  const row = (await payload.db.findOne({
    collection: AUTH_THROTTLES,
    where: { key: { equals: key } },
  })) as null | Row
  if (!row) return undefined
  const counter = toCounter(row)
  return Date.now() - counter.windowStart < windowMs ? counter : undefined
}

/**
 * Counts one attempt in a fixed window of `windowMs` and returns the counter with it. `keepMs` is how long the row
 * is kept after this attempt (at least the window).
 */
export const countAttempt = async (
  payload: Payload,
  key: string,
  windowMs: number,
  keepMs = windowMs,
): Promise<Counter> => {
  pruneExpired(payload)
  for (let tries = 0; tries < 5; tries++) {
    const now = Date.now()
    const data = { expiresAt: iso(now + keepMs), lastAt: iso(now) }
    const counted = await update(
      payload,
      { and: [{ key: { equals: key } }, { windowStart: { greater_than: iso(now - windowMs) } }] },
      { ...data, count: { $inc: 1 } },
    )
    if (counted) return toCounter(counted)
    // No row, or its window is over: start a new window (only one of several racing requests can).
    const restarted = await update(
      payload,
      {
        and: [{ key: { equals: key } }, { windowStart: { less_than_equal: iso(now - windowMs) } }],
      },
      { ...data, count: 1, windowStart: iso(now) },
    )
    if (restarted) return toCounter(restarted)
    const created = await create(payload, key, now, keepMs)
    if (created) return toCounter(created)
  }
  throw new Error(`sign-in throttle: could not count an attempt under ${key}`)
}

/**
 * Counts one attempt only if nobody counted one since `seen` was read (compare-and-set on count and window), so
 * a delay that just ended lets exactly one of several parallel attempts through. Returns false when another
 * attempt came first.
 */
export const countAfter = async (
  payload: Payload,
  key: string,
  seen: Counter | undefined,
  windowMs: number,
  keepMs: number,
): Promise<boolean> => {
  pruneExpired(payload)
  const now = Date.now()
  const data = { expiresAt: iso(now + keepMs), lastAt: iso(now) }
  if (seen) {
    return Boolean(
      await update(
        payload,
        {
          and: [
            { key: { equals: key } },
            { count: { equals: seen.count } },
            { windowStart: { equals: iso(seen.windowStart) } },
          ],
        },
        { ...data, count: seen.count + 1 },
      ),
    )
  }
  const restarted = await update(
    payload,
    { and: [{ key: { equals: key } }, { windowStart: { less_than_equal: iso(now - windowMs) } }] },
    { ...data, count: 1, windowStart: iso(now) },
  )
  if (restarted) return true
  return Boolean(await create(payload, key, now, keepMs))
}

/**
 * Takes back one counted attempt (a sign-in that turned out right). `req` when called inside the sign-in's
 * transaction: a write on another connection would wait for that transaction's lock (SQLite).
 */
export const uncount = async (
  payload: Payload,
  key: string,
  req?: PayloadRequest,
): Promise<void> => {
  await payload.db.updateOne({
    collection: AUTH_THROTTLES,
    data: { count: { $inc: -1 } },
    options: { atomic: true },
    req,
    where: { and: [{ key: { equals: key } }, { count: { greater_than: 0 } }] },
  })
}

/** Forgets a counter (a successful sign-in, an admin's unlock); `req` as for `uncount`. */
export const clearCounter = async (
  payload: Payload,
  key: string,
  req?: PayloadRequest,
): Promise<void> => {
  await payload.db.deleteMany({ collection: AUTH_THROTTLES, req, where: { key: { equals: key } } })
}
