import type { CollectionConfig, Config, Field, PayloadRequest } from 'payload'

import type { AIEthicsPluginOptions } from './types'

import { ethicsReviewsCollection } from './collections/ethicsReviews'
import { reviewScopeFields } from './collections/reviewScope'
import { queueEndpoint, reviewEndpoint } from './endpoints/review'
import {
  aiDisclosureField,
  contentCredentialsField,
  ethicsHoldField,
  ethicsReviewField,
  HOLD_FIELD,
  provenanceField,
  readerDisclosureField,
} from './fields/ethicsFields'
import { resolveOptions } from './defaults'
import { flagContent } from './hooks/flagContent'
import { notifyReviewersOnFlag } from './hooks/notifyReviewers'
import {
  markImageSizes,
  readUploadProvenance,
  storeUploadProvenance,
} from './hooks/mediaProvenance'
import { withSigning } from './signing/config'

const EXPORTS = '/plugins/ai-ethics/src/exports'

/**
 * The notice that the review holds the item back goes first in the form: at the top of the first tab when the
 * collection's form opens with tabs (as with the SEO plugin's tabbed layout), else above every field.
 */
const withHoldNotice = (fields: Field[]): Field[] => {
  const [first, ...rest] = fields
  if (first?.type === 'tabs' && first.tabs.length > 0) {
    const [tab, ...tabs] = first.tabs
    return [
      { ...first, tabs: [{ ...tab, fields: [ethicsHoldField(), ...tab.fields] }, ...tabs] },
      ...rest,
    ]
  }
  return [ethicsHoldField(), ...fields]
}

/**
 * Flags AI-generated content for an ethics review, blocks publishing until a reviewer clears it, and discloses
 * AI use to readers (a visible label in the reader's locale and a schema.org `digitalSourceType` mark).
 *
 * Works on plain Payload drafts (any write with `_status: 'published'` is gated) and exports, for the rest of the
 * app, what "held back by the review" means (`publiclyVisible`) and a check an editorial workflow runs before
 * publishing or scheduling (`ethicsPrePublishCheck`).
 */
export const aiEthicsPlugin =
  (input: AIEthicsPluginOptions) =>
  (config: Config): Config => {
    const options = resolveOptions(input)
    const usersSlug = config.admin?.user ?? 'users'
    const slugs = new Set((config.collections ?? []).map((collection) => collection.slug))
    const missing = [
      ...options.collections,
      ...(options.mediaCollection ? [options.mediaCollection] : []),
    ].filter((slug) => !slugs.has(slug))
    if (missing.length > 0) {
      throw new Error(
        `aiEthicsPlugin: no collection with slug ${missing.map((s) => `"${s}"`).join(', ')}; add it before the plugin or fix the option.`,
      )
    }

    const guard = (collection: CollectionConfig): CollectionConfig => ({
      ...collection,
      admin: options.enabled
        ? {
            ...collection.admin,
            components: {
              ...collection.admin?.components,
              // A link to the items the review holds back, for whoever may filter on the review.
              beforeListTable: [
                ...(collection.admin?.components?.beforeListTable ?? []),
                {
                  path: `${EXPORTS}/rsc#EthicsHoldFilter`,
                  serverProps: {
                    collectionSlug: collection.slug,
                    mayQuery: (req: PayloadRequest) => options.reviewAccess.document({ req }),
                  },
                },
              ],
            },
            // The column saying "held" is shown by default where the collection chose its columns.
            ...(collection.admin?.defaultColumns
              ? { defaultColumns: [...collection.admin.defaultColumns, HOLD_FIELD] }
              : {}),
          }
        : collection.admin,
      fields: [
        ...withHoldNotice(collection.fields),
        aiDisclosureField(),
        readerDisclosureField(options),
        ethicsReviewField(options, usersSlug),
      ],
      hooks: options.enabled
        ? {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), notifyReviewersOnFlag(options)],
            beforeChange: [...(collection.hooks?.beforeChange ?? []), flagContent(options)],
          }
        : collection.hooks,
    })

    const withProvenance = (collection: CollectionConfig): CollectionConfig => ({
      ...collection,
      fields: [
        ...collection.fields,
        provenanceField(),
        ...(options.signing ? [contentCredentialsField(Boolean(options.signing.credentials))] : []),
      ],
      hooks: options.enabled
        ? {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), markImageSizes],
            beforeChange: [...(collection.hooks?.beforeChange ?? []), storeUploadProvenance],
            beforeOperation: [...(collection.hooks?.beforeOperation ?? []), readUploadProvenance],
          }
        : collection.hooks,
    })

    const collections = (config.collections ?? []).map((collection) =>
      options.collections.includes(collection.slug as never)
        ? guard(collection)
        : collection.slug === options.mediaCollection
          ? withProvenance(collection)
          : collection,
    )
    const guardedCollections = (config.collections ?? []).filter((collection) =>
      options.collections.includes(collection.slug as never),
    )
    collections.push(
      ethicsReviewsCollection(
        options,
        usersSlug,
        reviewScopeFields(options.reviewAccess.scopeFields, guardedCollections),
      ),
    )

    if (!options.enabled) return { ...config, collections }

    return withSigning(options, {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            {
              path: `${EXPORTS}/rsc#EthicsQueueNavLink`,
              serverProps: {
                isQueueReader: options.queueReaders,
                isReviewer: options.isReviewer,
              },
            },
          ],
          views: {
            ...config.admin?.components?.views,
            ethicsQueue: {
              Component: {
                path: `${EXPORTS}/rsc#EthicsQueueView`,
                serverProps: options.signing
                  ? { signing: options.signing.credentials ? 'on' : 'off' }
                  : {},
              },
              path: '/ethics-queue',
            },
          },
        },
      },
      collections,
      endpoints: [...(config.endpoints ?? []), reviewEndpoint(options), queueEndpoint(options)],
      onInit: async (payload) => {
        await config.onInit?.(payload)
        // Before the server takes requests: the text detectors' one-time work (see TextDetector.warmUp).
        for (const detector of options.textDetectors) await detector.warmUp?.()
      },
    })
  }
