import { AsyncLocalStorage } from 'async_hooks'

import { unavailabilityOf, type UnavailableCode } from './errors'

/**
 * What the database did wrong while one HTTP request was being served, even where Payload catches the error:
 * its JWT strategy treats a failed read of the user like a bad token, so the request goes on anonymous and
 * is refused (401/403) or answered as if nobody were signed in. The route wrapper
 * (./unavailableResponse.ts) reads this to answer 503 instead.
 */
type Trouble = { code?: UnavailableCode }

// One store per process, whichever bundle (instrumentation, route handlers) loaded this module.
const KEY = Symbol.for('newsroom.db.requestTrouble')
const holder = globalThis as { [KEY]?: AsyncLocalStorage<Trouble> }
const storage = (holder[KEY] ??= new AsyncLocalStorage<Trouble>())

/** Runs `serve` with a record of the database errors it meets; returns both. */
export const withTroubleRecord = async <T>(
  serve: () => Promise<T>,
): Promise<{ result: T; trouble: Trouble }> => {
  const trouble: Trouble = {}
  const result = await storage.run(trouble, serve)
  return { result, trouble }
}

/**
 * The request being served now, if any: call synchronously where a database call starts, and hand the error to
 * the returned function if it fails.
 */
export const troubleRecorder = (): ((error: unknown) => void) | undefined => {
  const trouble = storage.getStore()
  if (!trouble) return undefined
  return (error) => {
    trouble.code ??= unavailabilityOf(error)
  }
}
