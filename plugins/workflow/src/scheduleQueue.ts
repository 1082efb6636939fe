import type { CollectionSlug, PayloadRequest } from 'payload'

export const PUBLISH_SCHEDULED_TASK = 'publishScheduled'

export type PublishScheduledInput = {
  collection: string
  docId: string
  revision: number
  scheduledBy: number | string
}

/** Queues the job that publishes the item at `publishAt` (./scheduling.ts runs it). */
export const queueScheduledPublish = async ({
  collection,
  id,
  publishAt,
  queue,
  req,
  revision,
}: {
  collection: CollectionSlug
  id: number | string
  publishAt: Date
  queue: string
  req: PayloadRequest
  revision: number
}) => {
  await req.payload.jobs.queue({
    // Task slugs are typed from generated types; the input matches the task's inputSchema.
    input: {
      collection,
      docId: String(id),
      revision,
      scheduledBy: req.user!.id,
    } satisfies PublishScheduledInput as never,
    queue,
    req,
    task: PUBLISH_SCHEDULED_TASK as never,
    waitUntil: publishAt,
  })
}
