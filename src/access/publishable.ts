import type { Access, Where } from 'payload'

import { AUTHOR_ROLES, hasRole, NATIONAL_ROLES, userRegionIds } from './roles'

/** Staff read everything; everyone else only what is published. */
export const readPublishedOrStaff: Access = ({ req: { user } }) =>
  user ? true : { _status: { equals: 'published' } }

export const canCreateContent: Access = ({ req: { user } }) => hasRole(user, ...AUTHOR_ROLES)

/** National editors edit everything, regional editors their regions, journalists their own items. */
export const canUpdateContent: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, ...NATIONAL_ROLES)) return true
  const scopes: Where[] = []
  if (hasRole(user, 'regional-editor')) scopes.push({ region: { in: userRegionIds(user) } })
  if (hasRole(user, 'journalist')) scopes.push({ createdBy: { equals: user.id } })
  return scopes.length > 0 ? { or: scopes } : false
}

export const canDeleteContent: Access = ({ req: { user } }) => hasRole(user, ...NATIONAL_ROLES)
