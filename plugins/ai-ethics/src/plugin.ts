import type { CollectionConfig, Config } from 'payload'

import type { AIEthicsPluginOptions } from './types'

import { ethicsReviewsCollection } from './collections/ethicsReviews'
import { reviewScopeFields } from './collections/reviewScope'
import { queueEndpoint, reviewEndpoint } from './endpoints/review'
import {
  aiDisclosureField,
  contentCredentialsField,
  ethicsReviewField,
  provenanceField,
  readerDisclosureField,
} from './fields/ethicsFields'
import { resolveOptions } from './defaults'
import { flagContent } from './hooks/flagContent'
import {
  markImageSizes,
  readUploadProvenance,
  storeUploadProvenance,
} from './hooks/mediaProvenance'
import { withSigning } from './signing/config'

const EXPORTS = '/plugins/ai-ethics/src/exports'

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
      fields: [
        ...collection.fields,
        aiDisclosureField(),
        readerDisclosureField(options),
        ethicsReviewField(options, usersSlug),
      ],
      hooks: options.enabled
        ? {
            ...collection.hooks,
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
              serverProps: { isReviewer: options.isReviewer },
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
    })
  }
