import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { publiclyVisible } from '../../../ai-ethics/src'
import { relationIds } from '../../../shared/relations'
import { invalidatePublicReads } from '../publicCache/version'
import { syncMediaVisibility } from '../publicMedia/visibility'
import {
  DELIVER_WEBHOOK_TASK,
  DISABLE_WEBHOOKS,
  type WebhookEvent,
  WEBHOOKS_COLLECTION,
  WEBHOOKS_QUEUE,
} from './constants'

/** What the delivery job gets: the body is fixed when the event happens, so every retry sends (and signs) the same bytes. */
export type DeliverWebhookInput = {
  body: string
  collection: string
  docId: string
  event: WebhookEvent
  webhook: string
}

type LiveState = { updatedAt?: null | string; usedMedia: (number | string)[]; visible: boolean }

const LIVE_BEFORE = 'webhookLiveBefore'
const keyOf = (collection: string, id: number | string) => `${collection}:${id}`

/**
 * What the public API serves of a document: its live (non-draft) row, visible when published and not held by the
 * AI-ethics review (the plugin's `publiclyVisible`, as `PUBLICLY_VISIBLE` in ../publicVisibility.ts).
 */
const liveState = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<LiveState | undefined> => {
  const row = await req.payload.db.findOne<{
    _status?: string
    ethicsReview?: { status?: string }
    id: number | string
    updatedAt?: string
    usedMedia?: unknown
  }>({
    collection: collection as never,
    req,
    select: { _status: true, ...publiclyVisible.select, updatedAt: true, usedMedia: true },
    where: { id: { equals: id } },
  })
  if (!row) return undefined
  return {
    updatedAt: row.updatedAt ?? null,
    usedMedia: relationIds(row.usedMedia),
    visible: row._status === 'published' && publiclyVisible.isVisible(row),
  }
}

/** Queues one delivery job per active webhook subscribed to the event. Never throws: an editor's action must not fail for it. */
export const queueWebhookDeliveries = async ({
  collection,
  doc,
  event,
  req,
}: {
  collection: string
  doc: { id: number | string; slug?: unknown }
  event: WebhookEvent
  req: PayloadRequest
}): Promise<void> => {
  try {
    const { docs: webhooks } = (await req.payload.find({
      collection: WEBHOOKS_COLLECTION as never,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { and: [{ active: { equals: true } }, { events: { in: [event] } }] },
    })) as unknown as { docs: { id: number | string }[] }
    if (webhooks.length === 0) return
    const locale = req.locale && req.locale !== 'all' ? req.locale : undefined
    const body = JSON.stringify({
      event,
      collection,
      id: doc.id,
      slug: typeof doc.slug === 'string' ? doc.slug : null,
      ...(locale ? { locale } : {}),
      occurredAt: new Date().toISOString(),
    })
    for (const webhook of webhooks) {
      await req.payload.jobs.queue({
        input: {
          body,
          collection,
          docId: String(doc.id),
          event,
          webhook: String(webhook.id),
        } satisfies DeliverWebhookInput as never,
        queue: WEBHOOKS_QUEUE,
        req,
        task: DELIVER_WEBHOOK_TASK as never,
      })
    }
  } catch (err) {
    req.payload.logger.error({
      err,
      msg: `Could not queue ${event} webhooks for ${collection}/${doc.id}`,
    })
  }
}

/**
 * What a change means for anonymous readers, decided once here (from the live row before and after the write)
 * and acted on three times: the media the live versions before and after use are made public or private
 * (plugins/delivery/src/publicMedia), every process's cache of public reads is invalidated, always — bulk imports
 * included —, and webhooks are queued unless the write passes `context: { disableWebhooks: true }`.
 */
const announce = async ({
  collection,
  context,
  doc,
  event,
  media,
  req,
}: {
  collection: string
  context: Record<string, unknown> | undefined
  doc: { id: number | string; slug?: unknown }
  event: WebhookEvent
  media: (number | string)[]
  req: PayloadRequest
}): Promise<void> => {
  await syncMediaVisibility(req, media)
  await invalidatePublicReads(req)
  if (!context?.[DISABLE_WEBHOOKS]) await queueWebhookDeliveries({ collection, doc, event, req })
}

/** beforeChange: remember what the public saw before this write, to tell the event apart afterwards. */
export const rememberLiveState: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  const states = (req.context[LIVE_BEFORE] ??= {}) as Record<string, LiveState | undefined>
  states[keyOf(collection.slug, originalDoc.id)] = await liveState(
    req,
    collection.slug,
    originalDoc.id,
  )
  return data
}

/**
 * afterChange: announces a change of what the public sees (invalidates the public cache, queues webhooks):
 * - `publish`: an item becomes public that was not (first publication, or again after an unpublish);
 * - `update-published`: the live version of a public item is replaced — with the desk workflow, a revision (edits
 *   are saved as drafts) being published; with trusted server code, any non-draft write;
 * - `unpublish`: a public item is taken down (the workflow's `unpublish`, a live version held by the ethics review,
 *   or deletion — see `announcePublicDeletion`).
 * Draft saves change nothing public and announce nothing.
 */
export const announcePublicChange: CollectionAfterChangeHook = async ({
  collection,
  context,
  data,
  doc,
  operation,
  req,
}) => {
  let event: undefined | WebhookEvent
  const media: (number | string)[] = []
  if (operation === 'create') {
    const after =
      doc._status === 'published' ? await liveState(req, collection.slug, doc.id) : undefined
    if (after?.visible) {
      event = 'publish'
      media.push(...after.usedMedia)
    }
  } else {
    const key = keyOf(collection.slug, doc.id)
    const states = req.context[LIVE_BEFORE] as Record<string, LiveState | undefined> | undefined
    const before = states?.[key]
    if (states) delete states[key]
    // A draft save leaves the live row alone: only look again when the write could have changed it.
    if (before?.visible || data?._status === 'published') {
      const after = await liveState(req, collection.slug, doc.id)
      if (after?.visible) {
        if (!before?.visible) event = 'publish'
        else if (after.updatedAt !== before.updatedAt) event = 'update-published'
      } else if (before?.visible) {
        event = 'unpublish'
      }
      media.push(...(before?.usedMedia ?? []), ...(after?.usedMedia ?? []))
    }
  }
  if (event) await announce({ collection: collection.slug, context, doc, event, media, req })
  return doc
}

/** afterDelete: deleting a public item takes it down. */
export const announcePublicDeletion: CollectionAfterDeleteHook = async ({
  collection,
  context,
  doc,
  req,
}) => {
  if (doc?._status !== 'published' || !publiclyVisible.isVisible(doc)) return doc
  await announce({
    collection: collection.slug,
    context,
    doc,
    event: 'unpublish',
    media: relationIds(doc.usedMedia),
    req,
  })
  return doc
}
