export const USAGES = ['none', 'assisted', 'generated'] as const
export const SCOPES = [
  'translation',
  'transcription',
  'summarising',
  'drafting-text',
  'generating-images',
  'editing-images',
  'audio-video',
] as const

export const REVIEWS_COLLECTION = 'ethics-reviews'
export const ENDPOINT_PREFIX = '/ai-ethics'

/** Request-context keys the plugin reads. */
export const CONTEXT = {
  /** A reviewer's decision being applied by the review endpoint. */
  decision: 'aiEthicsDecision',
  /** The provenance of the file in this upload request, read before resizing. */
  provenance: 'aiEthicsProvenance',
  /** Skip flagging (bulk jobs that know what they do). */
  skip: 'aiEthicsSkip',
} as const

export const ERROR_CODE = 'ETHICS_REVIEW_REQUIRED'
