import type { PayloadRequest } from 'payload'

import { recordsOf } from './records'
import type { WorkflowState } from './states'

type Item = Record<string, any> & { createdAt?: null | string; id: number | string }

/** The revision an event recorded: the last part of its key (`collection:id:created:revision`, see `eventKeyOf`). */
export const revisionOfEvent = (event: { eventKey?: null | string }): number =>
  Number(
    String(event.eventKey ?? '')
      .split(':')
      .pop(),
  ) || 0

/** The item's most recent workflow event, or undefined when it never moved. */
export const lastEventOf = async (req: PayloadRequest, collection: string, item: Item) =>
  (
    await req.payload.find({
      collection: 'workflow-events',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      select: { eventKey: true, to: true },
      sort: ['-createdAt', '-id'],
      where: recordsOf(collection, item),
    })
  ).docs[0]

/**
 * The item with the state and revision its audit trail records. Each transition writes its event and the item's
 * `workflowRevision` together; when the events are ahead of the item (an item saved over by the bug fixed in
 * #12, or an edit that raced a transition), the events are what happened: the next transition continues from the
 * last of them, and the next save writes them back onto the item.
 */
export const withRecordedState = async <T extends Item>(
  req: PayloadRequest,
  collection: string,
  item: T,
): Promise<T> => {
  const last = await lastEventOf(req, collection, item)
  if (!last) return item
  const recorded = revisionOfEvent(last)
  if (recorded <= Number(item.workflowRevision ?? 0)) return item
  return { ...item, workflowRevision: recorded, workflowStatus: last.to as WorkflowState }
}
