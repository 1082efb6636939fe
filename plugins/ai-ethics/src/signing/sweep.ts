import type { CollectionSlug, Payload, TaskConfig, Where } from 'payload'

import type { ResolvedSigningOptions } from '../types'

import { CONTENT_CREDENTIALS } from '../fields/ethicsFields'
import { signMedia } from './signMedia'

export const SIGN_SWEEP_TASK = 'aiEthicsSignSweep'

/**
 * Public pictures the signing never looked at: no `contentCredentials.status` (signed, failed and unsupported ones
 * have one). They were made public while no certificate was configured, so nothing queued their signing then.
 */
const unsignedPublic = (signing: ResolvedSigningOptions): Where => ({
  and: [
    { [signing.publishedField]: { equals: true } },
    { [`${CONTENT_CREDENTIALS}.status`]: { exists: false } },
  ],
})

const queueSweep = (payload: Payload, signing: ResolvedSigningOptions, after?: string) =>
  payload.jobs.queue({
    input: { after: after ?? null } as never,
    queue: signing.queue,
    task: SIGN_SWEEP_TASK as never,
  })

/**
 * The sweep: one job signs up to `sweepBatchSize` such pictures, in id order after the previous job's last one,
 * then queues the next job if more remain. The cursor makes the chain end even if a picture stays without a status;
 * each picture is signed by signMedia, which skips what it already signed, so a sweep run twice changes nothing.
 */
export const signSweepTask = (
  collection: CollectionSlug,
  signing: ResolvedSigningOptions,
): TaskConfig => ({
  slug: SIGN_SWEEP_TASK as TaskConfig['slug'],
  inputSchema: [{ name: 'after', type: 'text' }],
  outputSchema: [
    { name: 'signed', type: 'number' },
    { name: 'failed', type: 'number' },
    { name: 'other', type: 'number' },
    { name: 'next', type: 'text' },
  ],
  retries: 2,
  handler: async ({ input, req }) => {
    const { after } = input as { after?: null | string }
    const numeric = req.payload.db.defaultIDType === 'number'
    const batch = await req.payload.find({
      collection,
      depth: 0,
      limit: signing.sweepBatchSize,
      overrideAccess: true,
      req,
      select: {},
      sort: 'id',
      where: after
        ? {
            and: [
              unsignedPublic(signing),
              { id: { greater_than: numeric ? Number(after) : after } },
            ],
          }
        : unsignedPublic(signing),
    })
    const counts = { failed: 0, other: 0, signed: 0 }
    for (const doc of batch.docs) {
      const result = await signMedia(req, { collection, id: doc.id, signing })
      if (result === 'signed' || result === 'failed') counts[result]++
      else counts.other++
    }
    const last = batch.docs.at(-1)?.id
    const next = batch.hasNextPage && last !== undefined ? String(last) : null
    if (next) await queueSweep(req.payload, signing, next)
    return { output: { ...counts, next } }
  },
})

/**
 * At start-up (the plugin's onInit, with a certificate configured): queues the sweep when public pictures were never
 * signed and no sweep is waiting or running already, so restarts do not pile up sweeps. Never throws: a start does
 * not fail because old pictures could not be queued; it is logged and the next start tries again.
 */
export const queueSweepAtStart = async (
  payload: Payload,
  collection: CollectionSlug,
  signing: ResolvedSigningOptions,
): Promise<void> => {
  if (!signing.credentials) return
  try {
    const unsigned = await payload.count({
      collection,
      overrideAccess: true,
      where: unsignedPublic(signing),
    })
    if (unsigned.totalDocs === 0) return
    const pending = await payload.count({
      collection: 'payload-jobs' as CollectionSlug,
      overrideAccess: true,
      where: {
        and: [
          { taskSlug: { equals: SIGN_SWEEP_TASK } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
    })
    if (pending.totalDocs > 0) return
    await queueSweep(payload, signing)
    payload.logger.info(
      `ai-ethics: ${unsigned.totalDocs} public ${collection} were never signed; queued their signing (${signing.sweepBatchSize} a job, queue "${signing.queue}")`,
    )
  } catch (err) {
    payload.logger.error({
      err,
      msg: 'ai-ethics: could not queue the signing of public media that were never signed',
    })
  }
}
