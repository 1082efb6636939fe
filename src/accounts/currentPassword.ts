import type { FieldHook, TextField } from 'payload'

import { APIError } from 'payload'

import { label } from '../i18n/locales'
import { ACCOUNT_CODES } from './constants'
import { normaliseEmail } from './keys'
import { passwordMatches } from './passwordCheck'
import { countPasswordTry } from './signInGuard'

/**
 * Changing one's own password or e-mail needs the current password, over REST, GraphQL and the admin alike: a
 * session left open (or stolen) must not be enough to take the account over (new password, or a new e-mail and
 * then "forgot password"). An administrator changing someone else's password or e-mail does not need that
 * person's password (the usual case: a colleague forgot hers); an administrator's own account follows the rule.
 * Trusted server code (`overrideAccess`) is not asked.
 */
const requireCurrentPassword: FieldHook = async ({ data, operation, originalDoc, overrideAccess, req, value }) => {
  if (operation !== 'update' || overrideAccess || !req.user || !originalDoc) return undefined
  if (String(req.user.id) !== String(originalDoc.id) || req.user.collection !== 'users') return undefined
  const changesPassword = typeof data?.password === 'string' && data.password !== ''
  const changesEmail = typeof data?.email === 'string' && normaliseEmail(data.email) !== normaliseEmail(originalDoc.email)
  if (!changesPassword && !changesEmail) return undefined
  if (typeof value !== 'string' || value === '') {
    throw new APIError(
      `currentPassword: required to change your ${changesPassword ? 'password' : 'e-mail'}; send your current password with the change.`,
      400,
      { code: ACCOUNT_CODES.currentPasswordRequired },
      true,
    )
  }
  const passwordWasRight = await countPasswordTry(req, originalDoc.email)
  const stored = await req.payload.db.findOne({ collection: 'users', req, where: { id: { equals: originalDoc.id } } })
  if (!stored || !(await passwordMatches(stored as { hash?: unknown; salt?: unknown }, value))) {
    throw new APIError('currentPassword: that is not your current password.', 403, { code: ACCOUNT_CODES.currentPasswordWrong }, true)
  }
  await passwordWasRight()
  return undefined // never stored
}

/**
 * The `currentPassword` field: virtual (no column) and never read back (afterRead drops it). Readable by access,
 * or the admin would not render its input; shown there only while it is needed.
 */
export const currentPasswordField: TextField = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label: label('Қазіргі құпиясөз', 'Текущий пароль', 'Current password'),
  admin: { components: { Field: '/src/accounts/admin/CurrentPasswordField#CurrentPasswordField' } },
  hooks: { afterRead: [() => undefined], beforeValidate: [requireCurrentPassword] },
}
