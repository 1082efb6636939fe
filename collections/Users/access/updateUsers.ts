import type { Access } from 'payload'

import { hasRole } from '../../../src/access/roles'

/** Administrators edit any account; everyone else only their own. */
export const updateUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
