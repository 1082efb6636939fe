export { mayReadReports, type ReportAudience, reportAudience } from './access'
export { type ReportNumbers } from './aggregate'
export { CONTRIBUTION_DAYS, CONTRIBUTION_FACTS, SKIP_CONTRIBUTION_FACTS } from './constants'
export { type ContributionReport, contributionReport, type ReportGroup } from './contributionReport'
export { rebuildContributionFacts } from './facts/syncContributionFact'
export { reportsOptionsOf } from './options'
export { type ReportParams } from './params'
export { reportsPlugin } from './plugin'
export type {
  AIUse,
  CountedItems,
  FirstSubmission,
  ReportsPluginOptions,
  ResolvedReportsOptions,
} from './types'
