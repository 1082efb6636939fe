import type { Access } from 'payload'

import { hasRole, NATIONAL_ROLES, userRegionIds } from '../../../src/access/roles'

/**
 * Workflow events and editorial comments are for staff: national editors and ethics reviewers see all,
 * regional editors those of their regions, anyone those about their own items or written by them.
 */
export const readEditorialRecords =
  (ownField: 'actor' | 'author'): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (hasRole(user, ...NATIONAL_ROLES, 'ethics-reviewer')) return true
    const own = [{ docOwner: { equals: user.id } }, { [ownField]: { equals: user.id } }]
    return hasRole(user, 'regional-editor')
      ? { or: [...own, { region: { in: userRegionIds(user) } }] }
      : { or: own }
  }

export const nobody: Access = () => false
