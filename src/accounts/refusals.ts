import type { PayloadRequest } from 'payload'

import { RequestError } from '../errors/RequestError'

/**
 * 429 with `Retry-After` (whole seconds) and `{ code: TOO_MANY_ATTEMPTS, retryAfter }`: the same answer whichever
 * limit was reached and whether or not the account exists.
 */
export const tooManyAttempts = (
  req: PayloadRequest,
  retryAfterMs: number,
  what: 'passwordReset' | 'signIn',
): RequestError => {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(seconds))
  return new RequestError(
    429,
    `TOO_MANY_ATTEMPTS.${what}`,
    { seconds },
    { data: { retryAfter: seconds } },
  )
}
