/**
 * Errors that mean "the database cannot serve this request right now" rather than "this request is wrong": the
 * caller should try again shortly (HTTP 503 with Retry-After, see ./unavailableResponse.ts).
 */

export type UnavailableCode = 'DATABASE_BUSY' | 'DATABASE_UNAVAILABLE'

/** Thrown when a request waited its limit for a connection or a transaction (PostgreSQL) or the write lock (SQLite). */
export class DatabaseBusyError extends Error {
  readonly code = 'DATABASE_BUSY'

  constructor(what: string, waitedMs: number, options?: { cause?: unknown }) {
    super(`${what}: none free within ${waitedMs} ms (DATABASE_POOL_TIMEOUT_MS)`, options)
    this.name = 'DatabaseBusyError'
  }
}

/** A transaction whose connection was lost before it finished: nothing of it was written. */
export class TransactionLostError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE'

  constructor(cause?: unknown) {
    super('The database connection of this transaction was lost; nothing of it was written', {
      cause,
    })
    this.name = 'TransactionLostError'
  }
}

// PostgreSQL SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html).
/** The server is restarting, shutting down, out of connections or resources, or the connection broke. */
const UNAVAILABLE_STATES = /^(08...|57P0[1-4]|53...|58...|25P03)$/
/** The statement waited or ran past a limit, or lost a concurrency conflict: retrying is the remedy. */
const BUSY_STATES = new Set(['57014', '55P03', '40001', '40P01'])

/** Errors of the Node driver and the network, which carry no SQLSTATE. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
])
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /not queryable/i,
  /Cannot use a pool after calling end/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection/i,
]
const BUSY_MESSAGES = [/timeout exceeded when trying to connect/i]
const SQLITE_BUSY_CODES = /^SQLITE_(BUSY|LOCKED)/

const causes = function* (error: unknown): Generator<Record<string, any>> {
  const seen = new Set<unknown>()
  let current = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    yield current as Record<string, any>
    current = (current as { cause?: unknown }).cause
  }
}

/** Why the database could not serve, if that is what `error` (or any error it wraps) says; undefined otherwise. */
export const unavailabilityOf = (error: unknown): UnavailableCode | undefined => {
  for (const cause of causes(error)) {
    const code = typeof cause.code === 'string' ? cause.code : undefined
    const message = typeof cause.message === 'string' ? cause.message : ''
    if (code === 'DATABASE_BUSY' || code === 'DATABASE_UNAVAILABLE') return code
    if (code && SQLITE_BUSY_CODES.test(code)) return 'DATABASE_BUSY'
    if (code && BUSY_STATES.has(code)) return 'DATABASE_BUSY'
    if (code && (UNAVAILABLE_STATES.test(code) || NETWORK_CODES.has(code)))
      return 'DATABASE_UNAVAILABLE'
    if (BUSY_MESSAGES.some((pattern) => pattern.test(message))) return 'DATABASE_BUSY'
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return 'DATABASE_UNAVAILABLE'
    if (/^SQLITE_BUSY|database is locked/i.test(message)) return 'DATABASE_BUSY'
  }
  return undefined
}
