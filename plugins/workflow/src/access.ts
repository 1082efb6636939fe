import type { Access } from 'payload'

import type { WorkflowDesk } from './types'

/**
 * Workflow events and editorial comments are for staff: those who read every record (national editors and ethics
 * reviewers, as the app's `desk` says) see all, regional editors those of their regions, anyone those about their
 * own items or written by them.
 */
export const readEditorialRecords =
  (desk: WorkflowDesk, ownField: 'actor' | 'author'): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (desk.readsEveryRecord(user)) return true
    const own = [{ docOwner: { equals: user.id } }, { [ownField]: { equals: user.id } }]
    return desk.isRegionalEditor(user)
      ? { or: [...own, { region: { in: desk.regionsOf(user) } }] }
      : { or: own }
  }

export const nobody: Access = () => false
