import type { Config, SanitizedConfig } from 'payload'

import type { DeliveryPluginOptions, ResolvedDeliveryOptions } from './types'

import { FALLBACK_LANGUAGE } from '../../shared/messages'
import { plainErrorResponse } from '../../shared/refusal'

/** Where the plugin keeps its resolved options on the config (read through `deliveryOptionsOf` only). */
const KEY = 'deliveryPlugin'

const list = (slugs: string[]) => slugs.map((slug) => `"${slug}"`).join(', ')

/**
 * Checks the options against the config the plugin is given: every slug names a collection, the publishable ones
 * have drafts (the public reads their published version), no collection is both, none twice.
 */
export const resolveOptions = (
  input: DeliveryPluginOptions,
  config: Config,
): ResolvedDeliveryOptions => {
  const collections = [...(input?.collections ?? [])]
  const referenceCollections = [...(input?.referenceCollections ?? [])]
  if (collections.length === 0)
    throw new Error(
      'deliveryPlugin: `collections` must list at least one collection slug whose published items the public reads.',
    )
  const all = [...collections, ...referenceCollections]
  const twice = all.filter((slug, index) => all.indexOf(slug) !== index)
  if (twice.length > 0)
    throw new Error(
      `deliveryPlugin: ${list([...new Set(twice)])} is listed twice; a collection is either in \`collections\` or in \`referenceCollections\`, once.`,
    )
  const bySlug = new Map(
    (config.collections ?? []).map((collection) => [collection.slug, collection]),
  )
  const missing = all.filter((slug) => !bySlug.has(slug))
  if (missing.length > 0)
    throw new Error(
      `deliveryPlugin: no collection with slug ${list(missing)}; add it before the plugin or fix the option.`,
    )
  const hasDrafts = (slug: string) => {
    const versions = bySlug.get(slug)?.versions
    return typeof versions === 'object' && versions !== null && Boolean(versions.drafts)
  }
  const withoutDrafts = collections.filter((slug) => !hasDrafts(slug))
  if (withoutDrafts.length > 0)
    throw new Error(
      `deliveryPlugin: ${list(withoutDrafts)} has no drafts (\`versions.drafts\`); the public reads the published version of a collection in \`collections\`; list an always-public collection in \`referenceCollections\`.`,
    )
  const manageWebhooks = input.manageWebhooks ?? (({ req }) => Boolean(req.user))
  const serverURL = input.serverURL ?? (() => config.serverURL ?? '')
  return {
    collections,
    errorResponse: input.errorResponse ?? plainErrorResponse,
    languageOfRequest:
      input.languageOfRequest ??
      ((_request, sanitized) => sanitized.i18n?.fallbackLanguage ?? FALLBACK_LANGUAGE),
    manageWebhooks,
    referenceCollections,
    serverURL,
    uploads: input.uploads ?? { marksPublic: () => true, regionsOf: () => [] },
    website: input.website ?? { name: {}, url: serverURL },
  }
}

export const withDeliveryOptions = (
  custom: Record<string, unknown> | undefined,
  options: ResolvedDeliveryOptions,
) => ({ ...custom, [KEY]: options })

/** The resolved options of the delivery plugin in this config, if it has the plugin. */
export const deliveryOptionsIn = (
  config: Pick<SanitizedConfig, 'custom'>,
): ResolvedDeliveryOptions | undefined =>
  config.custom?.[KEY] as ResolvedDeliveryOptions | undefined

/** The resolved options of the delivery plugin in this config. */
export const deliveryOptionsOf = (
  config: Pick<SanitizedConfig, 'custom'>,
): ResolvedDeliveryOptions => {
  const options = config.custom?.[KEY] as ResolvedDeliveryOptions | undefined
  if (!options)
    throw new Error('deliveryPlugin: not in this config; add deliveryPlugin(...) to `plugins`.')
  return options
}
