import type { Payload } from 'payload'

import { PayloadSDK } from '@payloadcms/sdk'

import type { Config } from '../../src/payload-types'
import { createRubric, richText, unique, uploadFile, wavBuffer } from '../helpers/factories'

export type PublishableSlug =
  'articles' | 'ethno-events' | 'podcast-episodes' | 'tv-segments' | 'videos'
export const PUBLISHABLE: PublishableSlug[] = [
  'articles',
  'ethno-events',
  'podcast-episodes',
  'tv-segments',
  'videos',
]

/** The official REST client against the test server; a token makes it a signed-in caller. */
export const sdkFor = (baseURL: string, token?: string) =>
  new PayloadSDK<Config>({
    baseURL: `${baseURL}/api`,
    baseInit: token ? { headers: { Authorization: `JWT ${token}` } } : {},
  })

/** What each content type needs beyond the editorial core to be valid. */
export const contentFor = async (
  payload: Payload,
  collection: PublishableSlug,
): Promise<Record<string, unknown>> => {
  switch (collection) {
    case 'articles':
      return { body: richText('Мәтін.') }
    case 'ethno-events':
      return { eventDate: '2026-03-22T10:00:00.000Z' }
    case 'podcast-episodes': {
      const audio = await uploadFile(payload, {
        data: wavBuffer(),
        mimetype: 'audio/wav',
        name: `episode-${unique()}.wav`,
      })
      return {
        audio: audio.id,
        episodeNumber: 1,
        rubric: (await createRubric(payload, { format: 'podcast' })).id,
      }
    }
    case 'tv-segments':
      return {
        airDate: '2026-03-22T10:00:00.000Z',
        externalUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        rubric: (await createRubric(payload, { format: 'tv-programme' })).id,
      }
    case 'videos':
      return { videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }
  }
}

export type ItemOptions = {
  /** `live` = published; `draft` = never published. */
  status: 'draft' | 'live'
  /** The AI-ethics review status the live row carries. */
  ethics?: 'cleared' | 'not_required' | 'pending' | 'rejected'
  region: number
  data?: Record<string, unknown>
  /** Who wrote it (`createdBy`, set by the server as for any save); none by default. */
  author?: { collection: 'users'; id: number }
}

/**
 * An item put straight into a state by trusted server code (no workflow, no detectors, no webhooks): the public
 * API is what is tested, not how the item got there.
 */
export const createItem = async (
  payload: Payload,
  collection: PublishableSlug,
  { author, data = {}, ethics = 'not_required', region, status }: ItemOptions,
) => {
  const id = unique()
  const doc = await payload.create({
    collection,
    context: { aiEthicsSkip: true, disableWebhooks: true },
    data: {
      excerpt: `Қысқаша ${id}`,
      region,
      slug: `item-${id}`,
      title: `Тақырып ${id}`,
      ...(await contentFor(payload, collection)),
      _status: status === 'live' ? 'published' : 'draft',
      ethicsReview: { status: ethics },
      workflowStatus: status === 'live' ? 'published' : 'draft',
      ...data,
    } as never,
    draft: status !== 'live',
    ...(author ? { user: author as never } : {}),
  })
  return doc as unknown as { id: number; slug: string }
}
