import type { FieldHook } from 'payload'

import type { MessageKey, MessageParams } from '../errors/messages'

import { hasRole, NATIONAL_ROLES, type Role, userRegionIds } from '../access/roles'
import { RequestError } from '../errors/RequestError'
import { relationId, relationIds } from '../utilities/relationId'

// Field-level write rules that refuse with a 403 naming the field rather than dropping the value silently, so
// nobody believes a change was saved. Trusted server code (overrideAccess) is never refused. Each rule looks only
// at a real change: a form that sends a field back unchanged passes.

const refuse = (key: MessageKey, params?: MessageParams) => new RequestError(403, key, params)
const nameOf = (field: Parameters<FieldHook>[0]['field']) =>
  ('name' in field && field.name) || 'field'

/** Ids of a relationship value (single or has-many), sorted, for comparison. */
const idsOf = (value: unknown): string[] => relationIds(value).map(String).sort()

/**
 * A relationship only an administrator may set or change: roles, regions and account links decide what a person
 * may do, or whose profile is whose.
 */
export const onlyAdminsChange: FieldHook = ({
  field,
  operation,
  overrideAccess,
  previousValue,
  req,
  value,
}) => {
  if (overrideAccess || hasRole(req.user, 'admin') || value === undefined) return value
  const before = operation === 'create' ? [] : idsOf(previousValue)
  if (JSON.stringify(idsOf(value)) !== JSON.stringify(before)) {
    const name = nameOf(field)
    throw refuse('FORBIDDEN.adminOnlyField', { field: name })
  }
  return value
}

/**
 * The region of an item or a profile: national editors choose any, everyone else one of their own regions.
 * `refusal` is the catalogue message that says so ("region: you can only file content in your own region(s).").
 */
export const ownRegionOnly =
  (refusal: MessageKey): FieldHook =>
  ({ operation, overrideAccess, previousValue, req, value }) => {
    if (overrideAccess || !req.user || hasRole(req.user, ...NATIONAL_ROLES)) return value
    const regionId = relationId(value)
    if (regionId === undefined) return value
    if (operation === 'update' && String(relationId(previousValue)) === String(regionId))
      return value
    if (!userRegionIds(req.user).map(String).includes(String(regionId))) {
      throw refuse(refusal)
    }
    return value
  }

const timeOf = (value: unknown): null | number => {
  if (value === null || value === undefined || value === '') return null
  const time = new Date(value as string).getTime()
  return Number.isNaN(time) ? Number.NaN : time
}

/**
 * A date only the given roles may set or change (collection access already limits regional editors to their
 * regions). Used for `publishedAt`: the server stamps it on publication; editors may backdate archive material.
 */
export const onlyRolesSetDate =
  (roles: Role[], refusal: MessageKey): FieldHook =>
  ({ field, operation, overrideAccess, previousValue, req, value }) => {
    if (overrideAccess || value === undefined || hasRole(req.user, ...roles)) return value
    const before = operation === 'create' ? null : timeOf(previousValue)
    if (timeOf(value) !== before) throw refuse(refusal, { field: nameOf(field) })
    return value
  }
