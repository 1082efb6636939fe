import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest, TaskConfig } from 'payload'

import type { AfterMediaPublic, ResolvedSigningOptions } from '../types'

import { signMedia } from './signMedia'

export const SIGN_MEDIA_TASK = 'aiEthicsSignMedia'

/** The job that signs one picture's public files (./signMedia.ts); its output says what it found to do. */
// The app's generated types know only its own task slugs, not those a plugin adds.
export const signMediaTask = (
  collection: CollectionSlug,
  signing: ResolvedSigningOptions,
): TaskConfig => ({
  slug: SIGN_MEDIA_TASK as TaskConfig['slug'],
  inputSchema: [
    { name: 'media', type: 'text', required: true },
    { name: 'publisher', type: 'text' },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  handler: async ({ input, req }) => {
    const { media, publisher } = input as { media: string; publisher?: null | string }
    const id = req.payload.db.defaultIDType === 'number' ? Number(media) : media
    return {
      output: {
        result: await signMedia(req, {
          collection,
          id,
          publisher: publisher ?? undefined,
          signing,
        }),
      },
    }
  },
})

/**
 * Queues the signing of the given media in the request's transaction: the job exists only if the write that made
 * them public is committed. Never throws: a publication does not fail because its pictures could not be queued.
 */
export const queueSigning = async (
  req: PayloadRequest,
  ids: (number | string)[],
  signing: ResolvedSigningOptions,
): Promise<void> => {
  if (!signing.credentials) return
  const publisher = signing.publisherName(req.user)
  for (const id of new Set(ids.map(String))) {
    try {
      await req.payload.jobs.queue({
        input: { media: id, publisher } as never,
        queue: signing.queue,
        req,
        task: SIGN_MEDIA_TASK as never,
      })
    } catch (err) {
      req.payload.logger.error({
        err,
        msg: `ai-ethics: could not queue the signing of media ${id}`,
      })
    }
  }
}

/** What the app calls when it made media public by writing the flag directly (no media hooks run then). */
export const afterMediaPublic =
  (signing: ResolvedSigningOptions): AfterMediaPublic =>
  ({ ids, req }) =>
    queueSigning(req, ids, signing)

/**
 * afterChange of the media collection: a picture that is public after this write is queued when it just became
 * public or its file was replaced (its sizes made again). The job itself skips files it already signed.
 */
export const queueSigningOnChange =
  (signing: ResolvedSigningOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (!signing.credentials || doc?.[signing.publishedField] !== true) return doc
    const becamePublic = previousDoc?.[signing.publishedField] !== true
    const fileChanged =
      Boolean(req.file) ||
      doc.filename !== previousDoc?.filename ||
      JSON.stringify(doc.sizes) !== JSON.stringify(previousDoc?.sizes)
    const focalMoved = doc.focalX !== previousDoc?.focalX || doc.focalY !== previousDoc?.focalY
    if (becamePublic || fileChanged || focalMoved) await queueSigning(req, [doc.id], signing)
    return doc
  }
