import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '../access/roles'
import { ACCOUNT_CODES } from './constants'
import { normaliseEmail } from './keys'
import { clearAccountFailures } from './signInGuard'

/**
 * Unlock: an administrator clears an account's failed sign-ins so its owner need not wait. Payload's unlock let
 * any signed-in user reset any account's counter (unlimited guessing) and answered 403 for an unknown e-mail;
 * here only administrators may, and the answer is the same for every e-mail.
 */
export const unlockAccount = async (req: PayloadRequest, emailInput: unknown): Promise<void> => {
  if (!hasRole(req.user, 'admin')) {
    throw new APIError(
      'Only an administrator can unlock accounts.',
      req.user ? 403 : 401,
      { code: ACCOUNT_CODES.unlockForbidden },
      true,
    )
  }
  const email = normaliseEmail(emailInput)
  if (!email)
    throw new APIError(
      'email: required, the address of the account to unlock.',
      400,
      { code: ACCOUNT_CODES.emailRequired },
      true,
    )
  await clearAccountFailures(req, email)
}
