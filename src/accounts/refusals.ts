import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { ACCOUNT_CODES } from './constants'

/**
 * 429 with `Retry-After` (whole seconds) and `{ code: TOO_MANY_ATTEMPTS, retryAfter }`: the same answer whichever
 * limit was reached and whether or not the account exists.
 */
export const tooManyAttempts = (
  req: PayloadRequest,
  retryAfterMs: number,
  what: string,
): APIError => {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(seconds))
  return new APIError(
    `Too many ${what}. Try again in ${seconds} s.`,
    429,
    { code: ACCOUNT_CODES.throttled, retryAfter: seconds },
    true,
  )
}
