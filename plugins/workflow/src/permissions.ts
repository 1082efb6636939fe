import type { PayloadRequest } from 'payload'

import { hasRole, NATIONAL_ROLES, userRegionIds } from '../../../src/access/roles'
import { relationId } from '../../../src/utilities/relationId'
import type { MessageKey } from '../../../src/errors/messages'
import type { Actor } from './states'

type User = NonNullable<PayloadRequest['user']>
type Item = Record<string, unknown> & { createdBy?: unknown; region?: unknown }

/** Chief editors and admins act everywhere; a regional editor acts in the regions they are attached to. */
export const isEditorFor = (user: User, item: Item): boolean => {
  if (hasRole(user, ...NATIONAL_ROLES)) return true
  if (!hasRole(user, 'regional-editor')) return false
  const region = relationId(item.region)
  return region !== undefined && userRegionIds(user).map(String).includes(String(region))
}

export const isAuthorOf = (user: User, item: Item): boolean => {
  const author = relationId(item.createdBy)
  return author !== undefined && String(author) === String(user.id)
}

export const mayAct = (user: User, item: Item, who: Actor): boolean =>
  isEditorFor(user, item) || (who === 'author-or-editor' && isAuthorOf(user, item))

/** Why the user may not act, for a 403 that says what is missing: its catalogue message (the key gives the code). */
export const refusalReason = (user: User, item: Item, who: Actor): MessageKey => {
  const isEditor = hasRole(user, ...NATIONAL_ROLES, 'regional-editor')
  if (isEditor && hasRole(user, 'regional-editor') && !isEditorFor(user, item)) {
    return 'FORBIDDEN_REGION.action'
  }
  return who === 'editor' ? 'FORBIDDEN_ACTION.editor' : 'FORBIDDEN_ACTION.author'
}
