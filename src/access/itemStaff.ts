import type { PayloadRequest, Where } from 'payload'

import { relationId } from '../utilities/relationId'
import { hasRole, NATIONAL_ROLES, userRegionIds } from './roles'

type UserLike = PayloadRequest['user'] | null | undefined

/** Where an item keeps the two facts the rule needs: its region and its author. */
export type ItemScopePaths = { author: string; region: string }

/**
 * The people who work on an item and so may read its work in progress — drafts and revisions, versions, the
 * AI-ethics review (flags, reviewer's note, decisions), preview links, editorial records: chief editors, admins and
 * ethics reviewers everywhere, a regional editor in their regions, and the author on her own items. Everyone else
 * reads at most what the public reads.
 */
export const isItemStaff = (
  user: UserLike,
  item: { createdBy?: unknown; region?: unknown } | null | undefined,
): boolean => {
  if (!user) return false
  if (hasRole(user, ...NATIONAL_ROLES, 'ethics-reviewer')) return true
  if (!item) return false
  const region = relationId(item.region)
  if (
    hasRole(user, 'regional-editor') &&
    region !== undefined &&
    userRegionIds(user).map(String).includes(String(region))
  )
    return true
  const author = relationId(item.createdBy)
  return author !== undefined && String(author) === String(user.id)
}

/**
 * The same rule as a query, for documents that carry the item's region and author at `paths` (an item itself,
 * `version.*` in its versions, copies on records about it): `true` for everything, `false` for nothing.
 */
export const itemStaffWhere = (user: UserLike, paths: ItemScopePaths): boolean | Where => {
  if (!user) return false
  if (hasRole(user, ...NATIONAL_ROLES, 'ethics-reviewer')) return true
  const scopes: Where[] = [{ [paths.author]: { equals: user.id } }]
  if (hasRole(user, 'regional-editor')) scopes.push({ [paths.region]: { in: userRegionIds(user) } })
  return { or: scopes }
}
