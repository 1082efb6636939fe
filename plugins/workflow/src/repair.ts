import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { WORKFLOW_CONTEXT } from './context'
import { revisionOfEvent } from './recordedState'

type NewestEvent = { collection: string; created: number; id: string; revision: number; to: string }

/**
 * Writes the state and revision that each item's audit trail records back onto items whose stored fields fell
 * behind it: the items an author's edit had saved over while they were in review (#12, finding 2). Until then the
 * workflow already reads such an item right (./recordedState.ts), but lists, filters and the dashboard read the
 * stored fields. Run once by a migration; safe to run again. Returns the number of items repaired. `context` goes
 * with each repairing write, for the app's other hooks (e.g. to announce nothing: the content does not change).
 */
export const repairWorkflowCounters = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
  context: Record<string, unknown> = {},
): Promise<number> => {
  const newest = new Map<string, NewestEvent>()
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'workflow-events',
      depth: 0,
      limit: 1000,
      overrideAccess: true,
      page,
      req,
      select: { docId: true, eventKey: true, targetCollection: true, to: true },
      sort: 'id',
    })
    for (const event of docs) {
      // `collection:id:created:revision`: the first three parts name one item (ids can be reused after a delete).
      const [collection, , created] = String(event.eventKey).split(':')
      const item = String(event.eventKey).replace(/:[^:]*$/, '')
      const revision = revisionOfEvent(event)
      if ((newest.get(item)?.revision ?? -1) < revision) {
        newest.set(item, {
          collection,
          created: Number(created),
          id: event.docId,
          revision,
          to: event.to,
        })
      }
    }
    if (!hasNextPage) break
  }

  let repaired = 0
  for (const last of newest.values()) {
    const collection = last.collection as CollectionSlug
    // Records whose key names no collection of this config (a removed collection, hand-made rows) have nothing to
    // repair: skipped, never a failed migration.
    if (!payload.collections[collection]) continue
    const latest = (await payload.findByID({
      collection,
      depth: 0,
      disableErrors: true,
      draft: true,
      id: last.id,
      overrideAccess: true,
      req,
    })) as null | Record<string, any>
    if (
      !latest ||
      Date.parse(latest.createdAt) !== last.created ||
      Number(latest.workflowRevision ?? 0) >= last.revision
    )
      continue
    await payload.update({
      collection,
      context: { ...context, [WORKFLOW_CONTEXT]: true },
      data: { workflowRevision: last.revision, workflowStatus: last.to } as never,
      depth: 0,
      // The repair is saved as the version it repairs is: a draft revision stays a draft.
      draft: latest._status !== 'published',
      id: last.id,
      overrideAccess: true,
      req,
    })
    repaired++
  }
  if (repaired > 0)
    payload.logger.info({
      msg: `Workflow: repaired the state and revision of ${repaired} item(s) from their audit trail`,
    })
  return repaired
}
