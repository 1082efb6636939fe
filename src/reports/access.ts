import type { PayloadRequest } from 'payload'

import { hasRole, NATIONAL_ROLES, userRegionIds } from '../access/roles'
import { ReportError } from './errors'

/** Who may read contribution reports: national editors for every region, regional editors for theirs. */
export type ReportAudience = { kind: 'national' } | { kind: 'regional'; regionIds: string[] }

export const reportAudience = (user: PayloadRequest['user']): ReportAudience => {
  if (!user) throw new ReportError(401, 'AUTHENTICATION_REQUIRED', 'Log in to read contribution reports.')
  if (hasRole(user, ...NATIONAL_ROLES)) return { kind: 'national' }
  if (hasRole(user, 'regional-editor')) return { kind: 'regional', regionIds: userRegionIds(user).map(String) }
  throw new ReportError(403, 'FORBIDDEN', 'Contribution reports are for admins, chief editors and regional editors.')
}

export const mayReadReports = (user: PayloadRequest['user']): boolean =>
  hasRole(user, ...NATIONAL_ROLES, 'regional-editor')
