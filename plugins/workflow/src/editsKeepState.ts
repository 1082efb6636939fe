import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { WORKFLOW_CONTEXT } from './context'
import { WorkflowError } from './errors'
import { withRecordedState } from './recordedState'
import { isEventKeyClash, workflowEventData } from './records'

const PLANNED_REOPEN = 'workflowReopenByEdit'

type Item = Record<string, any> & { createdAt?: null | string; id: number | string }
type PlannedReopen = Item & { revision: number }

/**
 * An edit or a restore saves content: the workflow fields are the item's current ones (as its audit trail records
 * them), whatever the client sent or the restored version carried, and only transitions change them. One edit does
 * move the state, and is recorded as a transition: saving a draft over a published item starts a revision
 * (`reopen`: published → draft, live version unchanged), the same as the workflow action.
 * Trusted code that sets `workflowStatus` itself (imports, fixtures) is left alone; the field's own hook refuses
 * that from anyone else (./fields.ts).
 */
export const keepWorkflowStateOnEdit: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || context?.[WORKFLOW_CONTEXT]) return data
  const restoring = Boolean(context?.isRestoringVersion)
  if (
    !restoring &&
    data.workflowStatus !== undefined &&
    data.workflowStatus !== originalDoc.workflowStatus
  )
    return data

  const current = await withRecordedState(req, collection.slug, originalDoc as Item)
  data.workflowStatus = current.workflowStatus ?? 'draft'
  data.workflowRevision = Number(current.workflowRevision ?? 0)
  data.scheduledFor = originalDoc.scheduledFor ?? null
  if (restoring) data.assignee = originalDoc.assignee ?? null

  // Restores are always saved as drafts (./restore.ts); an edit saves a draft unless trusted code publishes.
  const savesDraft = restoring || (data._status ?? originalDoc._status) !== 'published'
  if (data.workflowStatus === 'published' && savesDraft && req.user) {
    data.workflowStatus = 'draft'
    data.workflowRevision += 1
    // On req.context: the `context` a beforeChange hook gets is not always the object afterChange hooks get.
    const planned = (req.context[PLANNED_REOPEN] ??= {}) as Record<string, PlannedReopen>
    planned[String(originalDoc.id)] = {
      ...(originalDoc as PlannedReopen),
      revision: data.workflowRevision,
    }
  }
  return data
}

/** Records the `reopen` an edit of a published item made, once the edit is saved (in its transaction). */
export const recordReopenByEdit: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const plannedByItem = req.context[PLANNED_REOPEN] as Record<string, PlannedReopen> | undefined
  const planned = plannedByItem?.[String(doc.id)]
  if (!planned || !req.user) return doc
  delete plannedByItem![String(doc.id)]
  try {
    await req.payload.create({
      collection: 'workflow-events',
      context: { [WORKFLOW_CONTEXT]: true },
      data: workflowEventData({
        action: 'reopen',
        actor: req.user.id,
        collection: collection.slug,
        from: 'published',
        item: planned,
        revision: planned.revision,
        to: 'draft',
      }) as never,
      overrideAccess: true,
      req,
    })
  } catch (error) {
    if (isEventKeyClash(error)) {
      throw new WorkflowError(409, 'CONCURRENT_TRANSITION')
    }
    throw error
  }
  return doc
}
