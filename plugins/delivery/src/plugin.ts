import type { CollectionConfig, Config, JobsConfig } from 'payload'

import type { DeliveryPluginOptions } from './types'

import { rssFeedEndpoint } from './feeds/rss'
import { withPublicGraphQL } from './graphql'
import { resolveOptions, withDeliveryOptions } from './options'
import { livePreview, previewEndpoint, previewLinkEndpoint } from './preview'
import {
  invalidateOnReferenceChange,
  invalidateOnReferenceDelete,
} from './publicCache/invalidation'
import { preparePublicCache } from './publicCache/prepare'
import { readReferencesOnce } from './publicCache/referenceDocs'
import { readPublicPageIdsFirst, restorePublicPage } from './publicLists/pageIdsFirst'
import { syncMediaAfterChange, syncMediaAfterDelete, usedMediaField } from './publicMedia/usedMedia'
import { showsMedia } from './publicMedia/visibility'
import { boundPublicReads } from './publicReads'
import { webhookDeliveriesCollection, webhooksCollection } from './webhooks/collections'
import { WEBHOOKS_QUEUE } from './webhooks/constants'
import { checkWebhookSettings, deliverWebhookTask } from './webhooks/deliverTask'
import { announcePublicChange, announcePublicDeletion, rememberLiveState } from './webhooks/events'

/**
 * The hooks the plugin appends, by collection kind, in the order they are appended (after the hooks the collection
 * and earlier plugins put there). test/delivery/plugin.spec.ts checks the built config against it.
 */
export const DELIVERY_HOOKS = {
  /**
   * Every collection of the config when the plugin runs: anonymous reads are bounded; a miss of the response cache
   * populates reference documents from the store of the current public version.
   */
  every: { beforeOperation: [boundPublicReads, readReferencesOnce] },
  /** `collections` and `referenceCollections`: anonymous lists past the first page read their ids first. */
  listed: {
    afterOperation: [restorePublicPage],
    beforeOperation: [readPublicPageIdsFirst],
  },
  /** `collections`: a change of what the public sees is announced (media flags, cache, webhooks). */
  publishable: {
    afterChange: [announcePublicChange],
    afterDelete: [announcePublicDeletion],
    beforeChange: [rememberLiveState],
  },
  /** `referenceCollections`: every write invalidates the public cache (after the media they show are synced). */
  reference: {
    afterChange: [invalidateOnReferenceChange],
    afterDelete: [invalidateOnReferenceDelete],
  },
} as const

type Hooks = NonNullable<CollectionConfig['hooks']>

/** Appends hooks to a collection's, never replacing any. */
const appendHooks = (
  hooks: Hooks | undefined,
  more: Partial<Record<keyof Hooks, readonly unknown[]>>,
): Hooks => {
  const merged: Record<string, unknown[]> = { ...(hooks as Record<string, unknown[]>) }
  for (const [name, added] of Object.entries(more)) {
    if (added?.length) merged[name] = [...(merged[name] ?? []), ...added]
  }
  return merged as Hooks
}

/** Adds the webhook delivery task and the cron that runs its queue to the app's jobs. */
const withWebhookJobs = (jobs: JobsConfig | undefined): JobsConfig => {
  // Webhook deliveries go out within seconds of the event (cron with a seconds field).
  const cron = { cron: '*/5 * * * * *', limit: 20, queue: WEBHOOKS_QUEUE }
  const autoRun = jobs?.autoRun
  return {
    ...jobs,
    autoRun:
      typeof autoRun === 'function'
        ? async (payload) => [...(await autoRun(payload)), cron]
        : [...(autoRun ?? []), cron],
    tasks: [...(jobs?.tasks ?? []), deliverWebhookTask],
  }
}

/**
 * Headless delivery: what anonymous readers (websites, apps) get over REST and GraphQL, and how they hear of changes.
 *
 * - anonymous reads on every collection are bounded (limit, depth, pagination, locale; published versions only,
 *   except the one draft a signed preview names) — publicReads.ts;
 * - anonymous lists of `collections` and `referenceCollections` read deep pages ids first and give cursors, over
 *   REST (`?after=`) and GraphQL (`after:`) — publicLists/, graphql.ts;
 * - a change of what the public sees (publish, update of the live version, unpublish, delete) flags the media the
 *   public may now read, invalidates every process's public read cache and queues webhooks — webhooks/events.ts;
 *   writes to `referenceCollections` invalidate the cache — publicCache/invalidation.ts;
 * - the admin's live preview and signed preview links, `GET /api/preview/…`, `GET /api/preview-link/…`, the RSS
 *   feed `GET /api/feeds/rss` — preview.ts, feeds/rss.ts;
 * - the outgoing webhooks: the `webhooks` and `webhook-deliveries` collections (managed by `manageWebhooks`), the
 *   deliveries in the jobs queue — webhooks/;
 * - GraphQL: public bounds and the complexity limit — graphqlLimits.ts.
 *
 * The HTTP layer (the cache of anonymous reads, Cache-Control/ETag, GraphQL request errors) wraps Payload's route
 * handlers, which a plugin cannot reach: the app's route files call `withPublicReadCache`, `withHttpCaching` and the
 * GraphQL wrappers exported here (src/http/withNewsroomHttp.ts), and the sitemap route `sitemapRoute`.
 */
export const deliveryPlugin =
  (input: DeliveryPluginOptions) =>
  (config: Config): Config => {
    const options = resolveOptions(input, config)
    const publishable = new Set<string>(options.collections)
    const reference = new Set<string>(options.referenceCollections)

    const deliver = (collection: CollectionConfig): CollectionConfig => {
      const slug = collection.slug
      const isPublishable = publishable.has(slug)
      const isReference = reference.has(slug)
      // Always-public documents that show media: what they use is public (publishable items decide in events.ts).
      const mediaOfReference = isReference && showsMedia(slug, options.collections)
      return {
        ...collection,
        ...(isPublishable ? { admin: { ...collection.admin, livePreview } } : {}),
        ...(showsMedia(slug, options.collections)
          ? { fields: [...collection.fields, usedMediaField()] }
          : {}),
        hooks: appendHooks(collection.hooks, {
          afterChange: [
            ...(isPublishable ? DELIVERY_HOOKS.publishable.afterChange : []),
            ...(mediaOfReference ? [syncMediaAfterChange] : []),
            ...(isReference ? DELIVERY_HOOKS.reference.afterChange : []),
          ],
          afterDelete: [
            ...(isPublishable ? DELIVERY_HOOKS.publishable.afterDelete : []),
            ...(mediaOfReference ? [syncMediaAfterDelete] : []),
            ...(isReference ? DELIVERY_HOOKS.reference.afterDelete : []),
          ],
          afterOperation: isPublishable || isReference ? DELIVERY_HOOKS.listed.afterOperation : [],
          beforeChange: isPublishable ? DELIVERY_HOOKS.publishable.beforeChange : [],
          beforeOperation: [
            ...DELIVERY_HOOKS.every.beforeOperation,
            ...(isPublishable || isReference ? DELIVERY_HOOKS.listed.beforeOperation : []),
          ],
        }),
      }
    }

    const onInit = config.onInit
    return {
      ...config,
      // The webhooks and their delivery log are the plugin's own collections; their anonymous reads are bounded too.
      collections: [
        ...(config.collections ?? []),
        webhooksCollection(options),
        webhookDeliveriesCollection(options),
      ].map(deliver),
      custom: withDeliveryOptions(config.custom, options),
      endpoints: [
        ...(config.endpoints ?? []),
        rssFeedEndpoint,
        previewEndpoint,
        previewLinkEndpoint,
      ],
      graphQL: withPublicGraphQL(config.graphQL, [
        ...options.collections,
        ...options.referenceCollections,
      ]),
      jobs: withWebhookJobs(config.jobs),
      // The cache and webhook settings are checked and the version row exists before the app's own start-up work.
      onInit: async (payload) => {
        checkWebhookSettings()
        await preparePublicCache(payload)
        await onInit?.(payload)
      },
    }
  }
