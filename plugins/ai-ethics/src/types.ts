import type { Access, CollectionSlug, PayloadRequest, TypedUser } from 'payload'

import type { SigningCredentials } from './signing/credentials'

/** What a text detector found in one text: a score from 0 to 1 and the signals behind it. */
export type DetectionSignal = { detail: string; signal: string; weight?: number }
export type DetectionResult = { score: number; signals: DetectionSignal[] }

/** A pluggable detector of AI-written text. `detect` may be async; it receives one text in one locale. */
export type TextDetector = {
  key: string
  detect: (text: string, locale: string) => DetectionResult | Promise<DetectionResult>
  /**
   * Work done once when Payload starts (the plugin's `onInit`), so that the first saves do not pay for it while
   * serving — compiling regular expressions, loading a model.
   */
  warmUp?: () => void | Promise<void>
}

/** An optional external HTTP detector: POST { text, locale } → { score: number, signals?: [...] }. */
export type ExternalDetectorOptions = {
  /** Extra request headers, e.g. an API key. */
  headers?: Record<string, string>
  /** What a failure or timeout means: `flag` holds the item for review, `ignore` lets it pass. @default 'flag' */
  onError?: 'flag' | 'ignore'
  /** @default 5000 */
  timeoutMs?: number
  url: string
}

export type AIEthicsPluginOptions = {
  /** Slugs of the collections whose documents are checked and gated. */
  collections: CollectionSlug[]
  /** Set to false to switch the behaviour off; fields and collections stay, so the schema is stable. @default true */
  enabled?: boolean
  /** An external AI-text detector. @default undefined (none) */
  externalDetector?: ExternalDetectorOptions
  /**
   * The language (kk, ru, en) the plugin's error answers are written in for a request. @default Payload's choice
   * for the request (`req.i18n.language`)
   */
  languageOf?: (req: PayloadRequest) => string
  /** Visible labels shown to readers, by locale. @default Kazakh, Russian and English labels */
  labels?: Record<string, { assisted: string; generated: string }>
  /** The upload collection whose files get a `provenance` reading (XMP and C2PA). @default undefined (none) */
  mediaCollection?: CollectionSlug
  /**
   * Tell reviewers when an item becomes flagged (its review turns `pending`): once per flagging, not per save, in
   * each recipient's language, after the change is committed. `false` or absent: nobody is told.
   */
  notifyReviewers?: false | NotifyReviewersOptions
  /**
   * Who may see the review queue (`GET /api/ai-ethics/queue`, the admin's ethics queue) without deciding: read-only.
   * Reviewers always see it. @default nobody else
   */
  queueReaders?: (user: null | TypedUser | undefined) => boolean
  /** Who may clear or reject flagged content. Overrides `reviewerRoles` when given. */
  isReviewer?: (user: null | TypedUser | undefined) => boolean
  /** Users with one of these values in `user.roles` may review. @default ['admin'] */
  reviewerRoles?: string[]
  /** Who may read the internal review of a document: flags that quote its text, the reviewer's note, the decisions. */
  reviewAccess?: ReviewAccessOptions
  /**
   * Signs the resized copies of every published picture with a C2PA manifest (Content Credentials) under the
   * organisation's certificate. Needs `mediaCollection`. `false` or absent: no signing and no fields for it.
   */
  signing?: false | SigningOptions
  /** Text detectors run over every localized text and rich-text field. @default [chatbotBoilerplateDetector] */
  textDetectors?: TextDetector[]
  /** A detector score at or above this flags the document. @default 0.5 */
  threshold?: number
}

/** One person told about a flagged item: the address and, when known, the interface language (kk, ru, en). */
export type ReviewerRecipient = { email: string; language?: null | string }

export type NotifyReviewersOptions = {
  /**
   * Runs the sending once the save that flagged the item is committed (an app with an after-commit hook passes
   * it); the plugin never waits for the mail server either way. @default right after the save, before the commit
   */
  afterCommit?: (req: PayloadRequest, key: string, effect: () => Promise<void>) => Promise<void>
  /** The language of recipients who chose none. @default the admin's fallback language, else 'en' */
  defaultLanguage?: string
  /**
   * Who is told about this item (read with at least its `createdBy`, region and other top-level fields).
   * @default users whose `roles` include one of `reviewerRoles`
   */
  recipients?: (args: {
    collection: string
    doc: Record<string, any>
    req: PayloadRequest
  }) => Promise<ReviewerRecipient[]>
  /** The public address of the admin's server, for links. @default `config.serverURL` */
  serverURL?: () => string
}

/**
 * Read access to the internal review, on the guarded documents (the `ethicsReview` group) and on the
 * `ethics-reviews` records. An app with its own notion of who works on a document (a region, an author) passes it
 * here; the plugin itself knows only users.
 */
export type ReviewAccessOptions = {
  /**
   * Whether the user may read the `ethicsReview` group of a guarded document, given as `doc` (a version's data when
   * versions are read). `doc` is undefined when a query or sort names the field: answer for queries in general.
   * @default any signed-in user
   */
  document?: (args: { doc?: Record<string, unknown>; req: PayloadRequest }) => boolean
  /**
   * Read access on the `ethics-reviews` records: a boolean, or a Where on the record's fields, including the
   * `scope.*` copies named in `scopeFields`. @default any signed-in user
   */
  records?: Access
  /**
   * Fields of the reviewed document copied onto each record, as `scope.<name>`, when the decision is recorded, so
   * `records` can filter without a join (e.g. `['region', 'createdBy']`). Each must be a top-level data field with
   * the same shape on every guarded collection. @default []
   */
  scopeFields?: string[]
}

/**
 * Content Credentials for what the organisation publishes. The certificate and key are PEM text or paths of PEM
 * files; with neither, signing is off (the admin says so on each media file) and nothing else changes. They are
 * checked when the config is built: a bad path, a key that is not the certificate's, a CA certificate, an expired
 * one or one without an extended key usage C2PA accepts stop the start with an error that says what to fix.
 */
export type SigningOptions = {
  /**
   * The signer's certificate chain in PEM, the signer's certificate first, then the CAs that issued it. It must be
   * an end-entity certificate with an extended key usage C2PA accepts (e.g. e-mail protection or document signing).
   * @default undefined (signing off)
   */
  certificate?: string
  /** What errors call the two credentials, e.g. the environment variables they come from. @default `signing.certificate`, `signing.privateKey` */
  names?: { certificate?: string; privateKey?: string }
  /** The publisher named in each manifest. @default the certificate's organisation (O), else its common name */
  organization?: string
  /** The certificate's private key in PEM (unencrypted PKCS#8, SEC1 or PKCS#1). @default undefined (signing off) */
  privateKey?: string
  /**
   * The media document's field that is `true` while the public gets its files; the app keeps it. A picture is
   * signed when it turns true through a media write, or when the app reports it through
   * `config.custom.afterMediaPublic` (see README).
   */
  publishedField: string
  /** The name of the editor whose action published a picture, for the manifest; never an e-mail. @default `user.name` */
  publisherName?: (user: null | TypedUser | undefined) => string | undefined
  /**
   * Sign the original upload too, in place (after the sizes, which name it as it came as their ingredient): for apps
   * that serve the original file to the public. @default false (the original, the archive copy, stays as uploaded)
   */
  signOriginal?: boolean
  /** The jobs queue the signing runs in. @default 'ai-ethics-signing' */
  queue?: string
  /** The cron by which the plugin runs that queue (`false`: the app runs it). @default every 5 seconds */
  queueCron?: false | string
  /**
   * How many pictures one job of the start-up sweep signs (pictures that were public before a certificate was
   * configured, so never signed); a job that leaves more queues the next. @default 20
   */
  sweepBatchSize?: number
}

export type ResolvedSigningOptions = Required<
  Omit<SigningOptions, 'certificate' | 'names' | 'organization' | 'privateKey'>
> & {
  /** The checked certificate chain and key; undefined: signing is off. */
  credentials?: SigningCredentials
  organization?: string
}

/** What an app calls (through `config.custom.afterMediaPublic`) when it made media public without a media write. */
export type AfterMediaPublic = (args: {
  ids: (number | string)[]
  req: PayloadRequest
}) => Promise<void>

export type ResolvedAIEthicsOptions = Required<
  Omit<
    AIEthicsPluginOptions,
    | 'externalDetector'
    | 'isReviewer'
    | 'mediaCollection'
    | 'notifyReviewers'
    | 'queueReaders'
    | 'reviewAccess'
    | 'signing'
  >
> & {
  notifyReviewers?: NotifyReviewersOptions
  queueReaders: (user: null | TypedUser | undefined) => boolean
  externalDetector?: Required<Omit<ExternalDetectorOptions, 'headers'>> &
    Pick<ExternalDetectorOptions, 'headers'>
  isReviewer: (user: null | TypedUser | undefined) => boolean
  mediaCollection?: CollectionSlug
  reviewAccess: Required<ReviewAccessOptions>
  signing?: ResolvedSigningOptions
}

export type FlagSource = 'disclosure' | 'external' | 'image' | 'text'
export type EthicsFlag = {
  at: string
  detail: string
  locale?: string
  signal: string
  source: FlagSource
}
export type ReviewStatus = 'cleared' | 'not_required' | 'pending' | 'rejected'

export type ProvenanceClass = 'generative-ai' | 'not-ai' | 'synthetic' | 'unknown'

export type ReviewRequestArgs = { req: PayloadRequest }
