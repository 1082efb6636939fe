import type { CollectionConfig, Config } from 'payload'

import type { ReportsPluginOptions } from './types'

import { contributionDaysCollection } from './collections/contributionDays'
import { contributionFactsCollection } from './collections/contributionFacts'
import { ADMIN_PATH } from './constants'
import { resolveOptions } from './defaults'
import { contributionReportEndpoint } from './endpoint'
import {
  removeContributionFactAfterDelete,
  syncContributionFactAfterChange,
} from './facts/syncContributionFact'
import { withReportsOptions } from './options'

const EXPORTS = '/plugins/reports/src/exports'

/**
 * Contribution reports: how much each region (contributor, rubric, month, type) published in a period.
 *
 * Keeps a flat fact row per published item of the counted collections (afterChange/afterDelete, in the change's
 * transaction), a per-day cache the report reads, `GET /api/reports/contributions` (JSON or CSV) and the admin
 * view `/admin/reports` with its navigation link. Its two collections stay in the schema when it is disabled.
 */
export const reportsPlugin =
  (input: ReportsPluginOptions) =>
  (config: Config): Config => {
    const options = resolveOptions(input, config)
    const slugs = new Set((config.collections ?? []).map((collection) => collection.slug))
    const missing = [
      options.regionsCollection,
      options.contributorsCollection,
      options.rubricsCollection,
      ...options.collections,
    ].filter((slug) => !slugs.has(slug))
    if (missing.length > 0) {
      throw new Error(
        `reportsPlugin: no collection with slug ${missing.map((slug) => `"${slug}"`).join(', ')}; add it before the plugin or fix the option.`,
      )
    }

    const counted = (collection: CollectionConfig): CollectionConfig => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), syncContributionFactAfterChange],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), removeContributionFactAfterDelete],
      },
    })
    const collections = [
      ...(config.collections ?? []).map((collection) =>
        options.enabled && options.collections.includes(collection.slug as never)
          ? counted(collection)
          : collection,
      ),
      contributionFactsCollection(options.collections),
      contributionDaysCollection,
    ]
    const custom = withReportsOptions(config.custom, options)
    if (!options.enabled) return { ...config, collections, custom }

    const readers = [...options.readers.national, ...options.readers.regional]
    return {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            { clientProps: { readers }, path: `${EXPORTS}/client#ReportsNavLink` },
          ],
          views: {
            ...config.admin?.components?.views,
            reports: { Component: `${EXPORTS}/rsc#ReportsView`, path: ADMIN_PATH },
          },
        },
      },
      collections,
      custom,
      endpoints: [...(config.endpoints ?? []), contributionReportEndpoint(options)],
    }
  }
