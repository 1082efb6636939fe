import type { CollectionBeforeOperationHook, FieldHook, PayloadRequest, TextField } from 'payload'

import { RequestError } from '../errors/RequestError'
import { label } from '../i18n/locales'
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
type Change = {
  data: Record<string, unknown> | undefined
  originalDoc: { email?: unknown; id: number | string } | undefined
  overrideAccess?: boolean
  req: PayloadRequest
  /** The account's stored row (hash and salt), when the caller has already read it. */
  stored?: null | { hash?: unknown; salt?: unknown }
  value: unknown
}

/** The ids whose change this request has already checked (so the field hook below does not count the try twice). */
const CHECKED = 'accounts:currentPasswordChecked'

const checkCurrentPassword = async ({
  data,
  originalDoc,
  overrideAccess,
  req,
  stored: known,
  value,
}: Change): Promise<void> => {
  if (overrideAccess || !req.user || !originalDoc) return
  if (String(req.user.id) !== String(originalDoc.id) || req.user.collection !== 'users') return
  const email = String(originalDoc.email ?? '')
  const changesPassword = typeof data?.password === 'string' && data.password !== ''
  const changesEmail =
    typeof data?.email === 'string' && normaliseEmail(data.email) !== normaliseEmail(email)
  if (!changesPassword && !changesEmail) return
  if (typeof value !== 'string' || value === '') {
    throw new RequestError(
      400,
      changesPassword ? 'CURRENT_PASSWORD_REQUIRED.password' : 'CURRENT_PASSWORD_REQUIRED.email',
      {},
      { data: {} },
    )
  }
  const passwordWasRight = await countPasswordTry(req, email)
  const stored =
    known ??
    ((await req.payload.db.findOne({
      collection: 'users',
      where: { id: { equals: originalDoc.id } },
    })) as null | { hash?: unknown; salt?: unknown })
  if (!stored || !(await passwordMatches(stored, value))) {
    throw new RequestError(403, 'CURRENT_PASSWORD_INCORRECT', {}, { data: {} })
  }
  await passwordWasRight()
}

/**
 * The check, for a change of one account by id (REST, GraphQL, the admin, the Local API), before the operation
 * writes anything. The try is counted outside the request's transaction (it must stay counted when the change
 * is refused and rolled back); on SQLite the request's transaction holds the one write lock from its first write
 * (Payload's document-lock cleanup comes first of all), so counting after that would wait for the request itself.
 */
export const checkCurrentPasswordFirst: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  const { data, id, overrideAccess } = args as {
    data?: Record<string, unknown>
    id?: number | string
    overrideAccess?: boolean
  }
  if (operation !== 'update' || id === undefined || id === null || !data) return args
  // The stored row, hash and salt included: read once for the account and its password.
  const originalDoc = (await req.payload.db.findOne({
    collection: 'users',
    where: { id: { equals: id } },
  })) as (NonNullable<Change['originalDoc']> & NonNullable<Change['stored']>) | null
  await checkCurrentPassword({
    data,
    originalDoc: originalDoc ?? undefined,
    overrideAccess,
    req,
    stored: originalDoc,
    value: data.currentPassword,
  })
  req.context[CHECKED] = [...((req.context[CHECKED] as string[] | undefined) ?? []), String(id)]
  return args
}

/** The same check for changes the hook above did not see (an update of several accounts by a query). */
const requireCurrentPassword: FieldHook = async ({
  data,
  operation,
  originalDoc,
  overrideAccess,
  req,
  value,
}) => {
  if (operation !== 'update' || !originalDoc) return undefined
  if (((req.context[CHECKED] as string[] | undefined) ?? []).includes(String(originalDoc.id)))
    return undefined
  await checkCurrentPassword({ data, originalDoc, overrideAccess, req, value })
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
