/** Slug of the per-item fact rows (./collections/contributionFacts.ts). */
export const CONTRIBUTION_FACTS = 'contribution-facts'

/** Slug of the per-day cache the reports read (./collections/contributionDays.ts). */
export const CONTRIBUTION_DAYS = 'contribution-days'

/**
 * Request-context flag: bulk jobs set it to skip the per-item fact sync and call `rebuildContributionFacts`
 * once at the end.
 */
export const SKIP_CONTRIBUTION_FACTS = 'skipContributionFacts'

export const ENDPOINT_PATH = '/reports/contributions'
export const ADMIN_PATH = '/reports'
