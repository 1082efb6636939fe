import type { PayloadRequest } from 'payload'

import type { WorkflowMessageKey } from './messages'
import type { Actor } from './states'
import type { WorkflowDesk } from './types'

import { relationId } from '../../shared/relations'

type User = NonNullable<PayloadRequest['user']>
type Item = Record<string, unknown> & { createdBy?: unknown; region?: unknown }

/** National editors act everywhere; a regional editor acts in the regions they are attached to. */
export const isEditorFor = (desk: WorkflowDesk, user: User, item: Item): boolean => {
  if (desk.isNationalEditor(user)) return true
  if (!desk.isRegionalEditor(user)) return false
  const region = relationId(item.region)
  return region !== undefined && desk.regionsOf(user).map(String).includes(String(region))
}

export const isAuthorOf = (user: User, item: Item): boolean => {
  const author = relationId(item.createdBy)
  return author !== undefined && String(author) === String(user.id)
}

export const mayAct = (desk: WorkflowDesk, user: User, item: Item, who: Actor): boolean =>
  isEditorFor(desk, user, item) || (who === 'author-or-editor' && isAuthorOf(user, item))

/** Why the user may not act, for a 403 that says what is missing: its catalogue message (the key gives the code). */
export const refusalReason = (
  desk: WorkflowDesk,
  user: User,
  item: Item,
  who: Actor,
): WorkflowMessageKey => {
  const isEditor = desk.isNationalEditor(user) || desk.isRegionalEditor(user)
  if (isEditor && desk.isRegionalEditor(user) && !isEditorFor(desk, user, item)) {
    return 'FORBIDDEN_REGION.action'
  }
  return who === 'editor' ? 'FORBIDDEN_ACTION.editor' : 'FORBIDDEN_ACTION.author'
}
