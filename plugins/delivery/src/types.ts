import type { CollectionSlug } from 'payload'

export type DeliveryPluginOptions = {
  /**
   * The publishable collections (with drafts): the public reads their published items that the AI-ethics review
   * does not hold back. A write that changes what the public sees of one of them is announced (public media
   * flags, the public read cache, webhooks); they get the admin's signed live preview, `GET /api/preview/…`, the
   * RSS feed and the sitemap.
   */
  collections: CollectionSlug[]
  /**
   * Always-public collections whose documents are shown inside public items or listed on their own (bylines,
   * rubrics, regions, images): any write to them invalidates the public read cache. @default []
   */
  referenceCollections?: CollectionSlug[]
}

export type ResolvedDeliveryOptions = Required<DeliveryPluginOptions>
