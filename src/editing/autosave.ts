import type { CollectionBeforeOperationHook } from 'payload'

/** Fields only the workflow changes (plugins/workflow/src/fields.ts); editors set `assignee` by a deliberate save. */
const WORKFLOW_FIELDS = ['workflowStatus', 'workflowRevision', 'scheduledFor', 'assignee'] as const

/**
 * An autosave (Payload's `?autosave=true`, sent by the edit view while someone types) saves content only: whatever
 * workflow values the form still holds are dropped, so an autosave can neither move the item's state nor trip the
 * workflow's refusal of a changed `workflowStatus` (the form may hold the state it loaded before a transition).
 */
export const autosaveKeepsWorkflowFields: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'update' || !(args as { autosave?: boolean }).autosave) return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (data) for (const field of WORKFLOW_FIELDS) delete data[field]
  return args
}
