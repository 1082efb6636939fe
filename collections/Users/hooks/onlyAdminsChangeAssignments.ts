import type { FieldHook } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '../../../src/access/roles'
import { relationIds } from '../../../src/utilities/relationId'

const normalise = (value: unknown): string[] => (Array.isArray(value) ? relationIds(value) : []).map(String).sort()

/**
 * Roles and regions decide what a person may do, so only an administrator may change them.
 * Refused with a 403 naming the field rather than silently dropped, so nobody believes a change was saved.
 */
export const onlyAdminsChangeAssignments: FieldHook = ({ field, operation, overrideAccess, previousValue, req, value }) => {
  if (overrideAccess || hasRole(req.user, 'admin') || value === undefined) return value
  const name = 'name' in field ? field.name : 'field'
  const changed =
    operation === 'create' || JSON.stringify(normalise(value)) !== JSON.stringify(normalise(previousValue))
  if (changed) throw new APIError(`${name}: only an administrator can change ${name}.`, 403, null, true)
  return value
}
