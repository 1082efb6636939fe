import type { Access, Where } from 'payload'

import { PUBLICLY_VISIBLE, SIGNED_PREVIEW_GRANT } from '../../plugins/delivery/src'
import { AUTHOR_EDITABLE_STATES } from '../../plugins/workflow/src/states'
import { itemStaffWhere } from './itemStaff'
import { AUTHOR_ROLES, hasRole, NATIONAL_ROLES, userRegionIds } from './roles'

/**
 * What anyone may read (published, and not held back by the AI-ethics review) and the grant of a signed preview
 * are the delivery plugin's (plugins/delivery/src/publicVisibility.ts): what the public reads is its business.
 */
export { PUBLICLY_VISIBLE, SIGNED_PREVIEW_GRANT }

/**
 * The public reads what is publicly visible (or the one draft a signed preview link names); signed-in staff read
 * that too, and the items they work on (src/access/itemStaff.ts): their own, a regional editor everything in their
 * regions, national editors and ethics reviewers everything. An item held by the ethics review is never shown to
 * staff of other regions: it is not public.
 */
export const readPublishable: Access = ({ req: { context, user } }) => {
  if (!user) return context?.[SIGNED_PREVIEW_GRANT] ? true : PUBLICLY_VISIBLE
  const staff = itemStaffWhere(user, { author: 'createdBy', region: 'region' })
  return staff === true
    ? true
    : staff === false
      ? PUBLICLY_VISIBLE
      : { or: [PUBLICLY_VISIBLE, staff] }
}

/**
 * An item's versions are its work in progress (drafts, revisions, texts held by the ethics review, reviewer notes):
 * only the item's staff read them, whatever the public may read of the item. Each version is judged by the region
 * and author it records; anonymous callers are refused.
 */
export const readPublishableVersions: Access = ({ req: { user } }) =>
  itemStaffWhere(user, { author: 'version.createdBy', region: 'version.region' })

/** Journalists, editors and admins create content (in their own regions: see the region field). */
export const canCreateContent: Access = ({ req: { user } }) => hasRole(user, ...AUTHOR_ROLES)

/**
 * National editors edit everything, regional editors their regions, journalists their own items while the
 * items are still theirs to change (draft or changes requested). Ethics reviewers edit nothing.
 */
export const canUpdateContent: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, ...NATIONAL_ROLES)) return true
  const scopes: Where[] = []
  if (hasRole(user, 'regional-editor')) scopes.push({ region: { in: userRegionIds(user) } })
  if (hasRole(user, 'journalist')) {
    scopes.push({
      and: [{ createdBy: { equals: user.id } }, { workflowStatus: { in: AUTHOR_EDITABLE_STATES } }],
    })
  }
  return scopes.length > 0 ? { or: scopes } : false
}

export const canDeleteContent: Access = ({ req: { user } }) => hasRole(user, ...NATIONAL_ROLES)
