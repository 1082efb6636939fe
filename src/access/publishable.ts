import type { Access, Where } from 'payload'

import { AUTHOR_EDITABLE_STATES } from '../workflow/states'
import { AUTHOR_ROLES, hasRole, NATIONAL_ROLES, userRegionIds } from './roles'

const published: Where = { _status: { equals: 'published' } }

/**
 * The public and journalists read what is published; journalists also their own items, regional editors
 * everything in their regions; national editors and ethics reviewers everything.
 */
export const readPublishable: Access = ({ req: { user } }) => {
  if (!user) return published
  if (hasRole(user, ...NATIONAL_ROLES, 'ethics-reviewer')) return true
  const scopes: Where[] = [published]
  if (hasRole(user, 'regional-editor')) scopes.push({ region: { in: userRegionIds(user) } })
  if (hasRole(user, 'journalist')) scopes.push({ createdBy: { equals: user.id } })
  return { or: scopes }
}

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
    scopes.push({ and: [{ createdBy: { equals: user.id } }, { workflowStatus: { in: AUTHOR_EDITABLE_STATES } }] })
  }
  return scopes.length > 0 ? { or: scopes } : false
}

export const canDeleteContent: Access = ({ req: { user } }) => hasRole(user, ...NATIONAL_ROLES)
