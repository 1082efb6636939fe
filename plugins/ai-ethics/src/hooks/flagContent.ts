import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { AIEthicsError } from '../errors'

import type { EthicsFlag, ResolvedAIEthicsOptions, ReviewStatus } from '../types'

import { CONTEXT } from '../constants'
import { callExternalDetector } from '../detectors/external'
import { isAIClass, schemaOrgSourceType, sourceTypeTerm } from '../provenance/classify'
import { reviewAllowsPublication } from '../visibility'
import { collectContent } from './collectContent'

type Review = {
  flags?: EthicsFlag[]
  note?: null | string
  queuedAt?: null | string
  reviewedAt?: null | string
  reviewedFlags?: null | string[]
  reviewer?: unknown
  status?: ReviewStatus
}

export type Decision = { decision: 'clear' | 'reject'; note: string; reviewer: number | string }

// An external detector's detail is its score and wording, which move with every edit: a reviewer clears its verdict
// on a locale, not one score, or any typo fix would send the item back to the queue.
export const fingerprint = (flag: EthicsFlag) =>
  [flag.source, flag.signal, flag.source === 'external' ? '' : flag.detail, flag.locale ?? ''].join(
    '|',
  )

const TERM_FOR_USAGE = {
  assisted: 'compositeWithTrainedAlgorithmicMedia',
  generated: 'trainedAlgorithmicMedia',
} as const
const TERM_RANK = [
  'compositeSynthetic',
  'algorithmicMedia',
  'compositeWithTrainedAlgorithmicMedia',
  'trainedAlgorithmicMedia',
]

/** Texts of this locale through every detector, and through the external one when configured. */
const detectText = async (
  options: ResolvedAIEthicsOptions,
  texts: { path: string; text: string }[],
  locale: string,
  at: string,
) => {
  const flags: EthicsFlag[] = []
  for (const { path, text } of texts) {
    for (const detector of options.textDetectors) {
      const result = await detector.detect(text, locale)
      if (result.score >= options.threshold) {
        const signals = result.signals.length
          ? result.signals
          : [{ detail: `score ${result.score}`, signal: 'score' }]
        for (const signal of signals) {
          flags.push({
            at,
            detail: `${path}: ${signal.detail}`,
            locale,
            signal: `${detector.key}:${signal.signal}`,
            source: 'text',
          })
        }
      }
    }
  }
  if (options.externalDetector && texts.length > 0) {
    const outcome = await callExternalDetector(
      options.externalDetector,
      texts.map((t) => t.text).join('\n\n'),
      locale,
    )
    if (outcome.ok && outcome.result.score >= options.threshold) {
      flags.push({
        at,
        detail: `score ${outcome.result.score}${outcome.result.signals.map((s) => `; ${s.detail}`).join('')}`,
        locale,
        signal: 'score',
        source: 'external',
      })
    } else if (!outcome.ok && options.externalDetector.onError === 'flag') {
      flags.push({
        at,
        detail: outcome.error,
        locale,
        signal: 'detector-unavailable',
        source: 'external',
      })
    }
  }
  return flags
}

const mediaFlags = async (
  options: ResolvedAIEthicsOptions,
  ids: (number | string)[],
  req: PayloadRequest,
  at: string,
) => {
  if (!options.mediaCollection || ids.length === 0)
    return { flags: [] as EthicsFlag[], terms: [] as string[] }
  const { docs } = await req.payload.find({
    collection: options.mediaCollection,
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { in: ids } },
  })
  const flags: EthicsFlag[] = []
  const terms: string[] = []
  for (const doc of docs as Record<string, any>[]) {
    const provenance = doc.provenance ?? {}
    if (provenance.c2paValidation === 'invalid') {
      // Content credentials that do not validate were altered after signing or signed with a bad certificate: what
      // they claim cannot be relied on, so a human looks at the file, whatever it claims.
      const errors: string[] = provenance.c2paValidationErrors ?? []
      flags.push({
        at,
        detail: `${doc.filename ?? doc.id}: C2PA manifest does not validate${errors.length ? ` (${errors.join('; ')})` : ''}`,
        signal: 'c2pa-invalid',
        source: 'image',
      })
    }
    if (!isAIClass(provenance.classification)) continue
    const sourceTypes: string[] = [
      provenance.xmpDigitalSourceType,
      ...(provenance.c2paDigitalSourceTypes ?? []),
    ].filter(Boolean)
    terms.push(...sourceTypes.map(sourceTypeTerm))
    flags.push({
      at,
      detail: `${doc.filename ?? doc.id}: ${sourceTypes.map(sourceTypeTerm).join(', ')}`,
      signal: provenance.classification,
      source: 'image',
    })
  }
  return { flags, terms }
}

/** The review status after a save: new flags reopen a cleared review; a changed rejected item is reviewed again. */
const nextStatus = (previous: Review, flags: EthicsFlag[]): ReviewStatus => {
  if (flags.length === 0) return 'not_required'
  const prints = flags.map(fingerprint)
  const reviewed = new Set(previous.reviewedFlags ?? [])
  const unchanged = prints.every((print) => reviewed.has(print))
  if (previous.status === 'cleared' && unchanged) return 'cleared'
  // Compare distinct prints: the same sentence twice is two flags with one print.
  if (previous.status === 'rejected' && unchanged && new Set(prints).size === reviewed.size)
    return 'rejected'
  return 'pending'
}

/**
 * On every save of a guarded document: flags it from the author's disclosure, the text detectors (in the locale
 * being saved; other locales keep their earlier flags) and the provenance of the media it shows; derives the
 * review status and the notice for readers; and refuses to publish while a review is pending or rejected.
 */
export const flagContent =
  (options: ResolvedAIEthicsOptions): CollectionBeforeChangeHook =>
  async ({ collection, context, data, originalDoc, req }) => {
    if (context?.[CONTEXT.skip]) return data
    const decision = context?.[CONTEXT.decision] as Decision | undefined
    if (decision) {
      // A reviewer decides on the flags stored with the content (the ones the queue showed); nothing is re-detected.
      const flags = ((originalDoc?.ethicsReview as Review | undefined)?.flags ?? []) as EthicsFlag[]
      data.ethicsReview = {
        flags,
        note: decision.note,
        queuedAt: (originalDoc?.ethicsReview as Review | undefined)?.queuedAt ?? null,
        reviewedAt: new Date().toISOString(),
        reviewedFlags: [...new Set(flags.map(fingerprint))],
        reviewer: decision.reviewer,
        status: decision.decision === 'clear' ? 'cleared' : 'rejected',
      } satisfies Review
      return data
    }
    const at = new Date().toISOString()
    const locale =
      req.locale && req.locale !== 'all'
        ? req.locale
        : req.payload.config.localization
          ? req.payload.config.localization.defaultLocale
          : 'default'
    const previous: Review = (originalDoc?.ethicsReview as Review) ?? {}
    const disclosure = (data.aiDisclosure ?? originalDoc?.aiDisclosure ?? {}) as {
      scope?: string[]
      tools?: string[]
      usage?: string
    }

    const flags: EthicsFlag[] = (previous.flags ?? []).filter(
      (flag) =>
        (flag.source === 'text' || flag.source === 'external') &&
        flag.locale &&
        flag.locale !== locale,
    )
    if (disclosure.usage && disclosure.usage !== 'none') {
      const detail = [
        disclosure.tools?.length ? `tools: ${disclosure.tools.join(', ')}` : '',
        disclosure.scope?.length ? `scope: ${disclosure.scope.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ')
      flags.push({
        at,
        detail: detail || 'declared by the author',
        signal: disclosure.usage,
        source: 'disclosure',
      })
    }
    const { texts, uploads } = collectContent(
      collection.fields,
      data as Record<string, unknown>,
      options.mediaCollection,
    )
    flags.push(...(await detectText(options, texts, locale, at)))
    const media = await mediaFlags(options, uploads, req, at)
    flags.push(...media.flags)

    const status = nextStatus(previous, flags)
    const kept = status === previous.status && (status === 'cleared' || status === 'rejected')
    const review: Review = {
      flags,
      note: kept ? previous.note : null,
      // Entering the queue starts the wait; edits while it waits do not restart it. A decided document keeps the
      // time it was queued (its decision record holds the wait).
      queuedAt:
        status === 'not_required'
          ? null
          : status === 'pending' && previous.status !== 'pending'
            ? at
            : (previous.queuedAt ?? at),
      reviewedAt: kept ? previous.reviewedAt : null,
      reviewedFlags: kept ? previous.reviewedFlags : null,
      reviewer: kept ? previous.reviewer : null,
      status,
    }
    data.ethicsReview = review

    // What readers are told: any declared use or AI media, with the strongest IPTC source type as the mark.
    const usage =
      disclosure.usage === 'assisted' || disclosure.usage === 'generated'
        ? disclosure.usage
        : undefined
    const terms = [...(usage ? [TERM_FOR_USAGE[usage]] : []), ...media.terms].filter((term) =>
      TERM_RANK.includes(term),
    )
    const strongest = terms.sort((a, b) => TERM_RANK.indexOf(b) - TERM_RANK.indexOf(a))[0]
    data.aiNotice = strongest
      ? {
          digitalSourceType: schemaOrgSourceType(strongest),
          kind:
            usage === 'generated' ||
            strongest === 'trainedAlgorithmicMedia' ||
            strongest === 'algorithmicMedia'
              ? 'generated'
              : 'assisted',
        }
      : { digitalSourceType: null, kind: null }

    if (data._status === 'published' && !reviewAllowsPublication(review.status)) {
      throw new AIEthicsError(
        409,
        review.status === 'pending'
          ? 'ETHICS_REVIEW_REQUIRED.publishPending'
          : 'ETHICS_REVIEW_REQUIRED.publishRejected',
        {},
        { status: review.status },
      )
    }
    return data
  }
