import type { PayloadRequest } from 'payload'

import type { ResolvedReportsOptions } from './types'

import { ReportError } from './errors'
import { hasAnyRole, regionIdsOf } from './users'

/** Who may read contribution reports: national readers for every region, regional readers for theirs. */
export type ReportAudience = { kind: 'national' } | { kind: 'regional'; regionIds: string[] }

type Readers = ResolvedReportsOptions['readers']

export const reportAudience = (user: PayloadRequest['user'], readers: Readers): ReportAudience => {
  if (!user) throw new ReportError(401, 'AUTHENTICATION_REQUIRED.report')
  if (hasAnyRole(user, readers.national)) return { kind: 'national' }
  if (hasAnyRole(user, readers.regional)) return { kind: 'regional', regionIds: regionIdsOf(user) }
  throw new ReportError(403, 'FORBIDDEN.report', {
    roles: [...readers.national, ...readers.regional].join(', '),
  })
}

export const mayReadReports = (user: PayloadRequest['user'], readers: Readers): boolean =>
  hasAnyRole(user, [...readers.national, ...readers.regional])
