import type { PublishableCollectionSlug } from '../../collections/shared/publishableCollection'

/** Slug of the per-item fact rows (collections/ContributionFacts.ts). */
export const CONTRIBUTION_FACTS = 'contribution-facts'

/** Slug of the per-day cache the reports read (collections/ContributionDays.ts). */
export const CONTRIBUTION_DAYS = 'contribution-days'

/**
 * Request-context flag: bulk jobs set it to skip the per-item fact sync and call `rebuildContributionFacts`
 * once at the end.
 */
export const SKIP_CONTRIBUTION_FACTS = 'skipContributionFacts'

/** How each content type is named in report columns (JSON keys and CSV headers). */
export const TYPE_KEYS = {
  articles: 'articles',
  'ethno-events': 'ethnoEvents',
  'podcast-episodes': 'podcastEpisodes',
  'tv-segments': 'tvSegments',
  videos: 'videos',
} as const satisfies Record<PublishableCollectionSlug, string>

export type TypeKey = (typeof TYPE_KEYS)[PublishableCollectionSlug]
