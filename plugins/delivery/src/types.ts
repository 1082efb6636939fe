import type { CollectionSlug, PayloadRequest } from 'payload'

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
  /**
   * Who manages the outgoing webhooks the plugin adds (`webhooks`: create, read with their signing secret, change,
   * delete) and reads their delivery log (`webhook-deliveries`, written only by the delivery job). Collection and
   * field access, so it is given the request alone. @default any signed-in user (Payload's default access)
   */
  manageWebhooks?: (args: { req: PayloadRequest }) => boolean
}

export type ResolvedDeliveryOptions = Required<DeliveryPluginOptions>
