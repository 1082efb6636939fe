import type { PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { RequestError } from '../errors/RequestError'
import { normaliseEmail } from './keys'
import { clearAccountFailures } from './signInGuard'

/**
 * Unlock: an administrator clears an account's failed sign-ins so its owner need not wait. Payload's unlock let
 * any signed-in user reset any account's counter (unlimited guessing) and answered 403 for an unknown e-mail;
 * here only administrators may, and the answer is the same for every e-mail.
 */
export const unlockAccount = async (req: PayloadRequest, emailInput: unknown): Promise<void> => {
  if (!hasRole(req.user, 'admin')) {
    throw new RequestError(req.user ? 403 : 401, 'UNLOCK_FORBIDDEN', {}, { data: {} })
  }
  const email = normaliseEmail(emailInput)
  if (!email) throw new RequestError(400, 'EMAIL_REQUIRED.unlock', {}, { data: {} })
  await clearAccountFailures(req, email)
}
