import type { CollectionSlug, PayloadRequest, SanitizedConfig } from 'payload'

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
   * The JSON answer of an error on the plugin's own routes (feed, preview, sitemap), in `language`, as the app
   * answers errors; `headers` default to `Cache-Control: no-store`. @default Payload's `errors` shape with the
   * refusal's `code` (plugins/shared/refusal.ts `plainErrorResponse`)
   */
  errorResponse?: (error: unknown, language: string, headers?: HeadersInit) => Response
  /**
   * The caller's language for messages (kk, ru or en) from a request's headers, as the app chooses it for every
   * error answer. @default the config's fallback language
   */
  languageOfRequest?: (request: Pick<Request, 'headers'>, config: SanitizedConfig) => string
  /**
   * Who manages the outgoing webhooks the plugin adds (`webhooks`: create, read with their signing secret, change,
   * delete) and reads their delivery log (`webhook-deliveries`, written only by the delivery job). Collection and
   * field access, so it is given the request alone. @default any signed-in user (Payload's default access)
   */
  manageWebhooks?: (args: { req: PayloadRequest }) => boolean
  /** This server's address: the feed's own link, the signed preview links. @default the config's `serverURL` */
  serverURL?: () => string
  /**
   * Who may mark an upload public (the media collection's `markedPublic`, ./publicMedia/mediaFields.ts) and the
   * regions a new upload belongs to (its uploader's). @default any signed-in user marks; no regions
   */
  uploads?: {
    marksPublic: (user: NonNullable<PayloadRequest['user']>) => boolean
    regionsOf: (user: NonNullable<PayloadRequest['user']>) => (number | string)[]
  }
  /**
   * The public website that renders the content: its address (links in the feed and the sitemap, the preview page)
   * and its name in each content locale (the feed's title). @default the server's address; no name
   */
  website?: { name: Record<string, string>; url: () => string }
}

export type ResolvedDeliveryOptions = Required<DeliveryPluginOptions>
