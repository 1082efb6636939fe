export { ERROR_CODE as ETHICS_REVIEW_REQUIRED } from './constants'
export { DEFAULT_LABELS } from './defaults'
export { chatbotBoilerplateDetector } from './detectors/chatbotBoilerplate'
export { backfillQueuedAt, backfillReviewScope } from './backfill'
export { aiEthicsPlugin } from './plugin'
export { type EthicsRefusal, ethicsPrePublishCheck } from './prePublishCheck'
export { AIEthicsError } from './errors'
export { AI_ETHICS_MESSAGES, type AIEthicsMessageKey } from './messages'
export { classifySourceType } from './provenance/classify'
export { readProvenance } from './provenance/readProvenance'
export { type ReviewActivity, reviewActivity, type ReviewQueueEntry } from './reviewActivity'
export type {
  AIEthicsPluginOptions,
  DetectionResult,
  ExternalDetectorOptions,
  FlagSource,
  ReviewAccessOptions,
  TextDetector,
} from './types'
export {
  aiUse,
  PUBLIC_REVIEW_STATUSES,
  type PublicVisibility,
  publiclyVisible,
  REVIEW_STATUS_COLUMN,
  REVIEW_STATUS_PATH,
  reviewAllowsPublication,
} from './visibility'
