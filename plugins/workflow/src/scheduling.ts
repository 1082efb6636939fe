import type { CollectionSlug, TaskConfig } from 'payload'

import { WorkflowError } from './errors'
import { PUBLISH_SCHEDULED_TASK, type PublishScheduledInput } from './scheduleQueue'
import { performTransition } from './transition'
import type { ResolvedWorkflowOptions } from './types'

/**
 * Publishes a scheduled item when its time comes, through the same transition (and pre-publish checks) as a
 * person would, acting as the editor who scheduled it. If the item moved on meanwhile (unscheduled,
 * rescheduled, reopened), its revision no longer matches and the job does nothing.
 */
export const publishScheduledTask = (options: ResolvedWorkflowOptions): TaskConfig => ({
  slug: PUBLISH_SCHEDULED_TASK,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'docId', type: 'text', required: true },
    { name: 'revision', type: 'number', required: true },
    { name: 'scheduledBy', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: 0,
  handler: async ({ input, req }) => {
    const { collection, docId, revision, scheduledBy } = input as unknown as PublishScheduledInput
    const item = (await req.payload.findByID({
      collection: collection as CollectionSlug,
      depth: 0,
      disableErrors: true,
      draft: true,
      id: docId,
      overrideAccess: true,
      req,
    })) as null | Record<string, unknown>
    if (
      !item ||
      item.workflowStatus !== 'scheduled' ||
      Number(item.workflowRevision) !== Number(revision)
    ) {
      return { output: { result: 'skipped: the item is no longer scheduled as it was' } }
    }
    const editor = await req.payload.findByID({
      collection: 'users',
      depth: 0,
      disableErrors: true,
      id: scheduledBy,
      overrideAccess: true,
      req,
    })
    if (!editor) return { output: { result: 'skipped: the scheduling editor no longer exists' } }
    try {
      await performTransition({
        collection: collection as CollectionSlug,
        id: docId,
        options,
        req: Object.assign(req, { user: { ...editor, collection: 'users' } }),
        request: { action: 'publish' },
      })
      return { output: { result: 'published' } }
    } catch (error) {
      if (error instanceof WorkflowError) {
        req.payload.logger.warn({
          msg: `Scheduled publish of ${collection}/${docId} refused: ${error.code} ${error.message}`,
        })
        return { output: { result: `refused: ${error.code}` } }
      }
      throw error
    }
  },
})
