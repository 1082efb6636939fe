import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { EthicsFlag, ResolvedAIEthicsOptions, ReviewerRecipient } from '../types'

import { CONTEXT } from '../constants'
import { FLAG_SOURCE_LABELS, FLAGGED_MAIL, textIn } from '../labels'

type Doc = Record<string, any>

const reviewStatus = (doc: Doc | null | undefined): unknown =>
  (doc?.ethicsReview as undefined | { status?: unknown })?.status

/** A config label (a string or one per language) in a language. */
const labelIn = (label: unknown, language: string): string | undefined =>
  typeof label === 'string'
    ? label
    : label && typeof label === 'object'
      ? ((label as Record<string, string>)[language] ?? (label as Record<string, string>).en)
      : undefined

/** Everyone whose roles include a reviewer role, when the app does not say who reviews what. */
const defaultRecipients =
  (options: ResolvedAIEthicsOptions) =>
  async ({ req }: { req: PayloadRequest }): Promise<ReviewerRecipient[]> => {
    const usersSlug = req.payload.config.admin.user
    const { docs } = await req.payload.find({
      collection: usersSlug as never,
      depth: 0,
      limit: 200,
      overrideAccess: true,
      pagination: false,
      req,
      where: { or: options.reviewerRoles.map((role) => ({ roles: { contains: role } })) },
    })
    return (docs as Doc[]).map((user) => ({ email: user.email, language: user.language }))
  }

/** The e-mail in one language: what was flagged, why (each signal once), where to open it and the queue. */
const message = (
  language: string,
  args: { flags: EthicsFlag[]; itemUrl: string; queueUrl: string; title: string; type: string },
) => {
  const params = { title: args.title, type: args.type }
  const signals = [
    ...new Set(
      args.flags.map(
        (flag) =>
          `- ${textIn(FLAG_SOURCE_LABELS[flag.source] ?? { en: flag.source, kk: flag.source, ru: flag.source }, language)}: ${flag.signal}${flag.locale ? ` (${flag.locale})` : ''}`,
      ),
    ),
  ]
  return {
    subject: textIn(FLAGGED_MAIL.subject, language, params),
    text: [
      textIn(FLAGGED_MAIL.intro, language, params),
      '',
      textIn(FLAGGED_MAIL.signals, language),
      ...signals,
      '',
      `${textIn(FLAGGED_MAIL.open, language)} ${args.itemUrl}`,
      `${textIn(FLAGGED_MAIL.queue, language)} ${args.queueUrl}`,
    ].join('\n'),
  }
}

/**
 * After a save that made an item's review `pending` (it was not pending before: a new item with flags, new flags
 * on an item that had none or was cleared, a rejected item changed): e-mails the item's reviewers, each in their
 * language. Saves of an item that stays pending tell nobody again; a reviewer's decision never does. Sending is
 * never awaited by the save, and a failure is logged, never the save's.
 */
export const notifyReviewersOnFlag =
  (options: ResolvedAIEthicsOptions): CollectionAfterChangeHook =>
  async ({ collection, context, doc, previousDoc, req }) => {
    const notify = options.notifyReviewers
    // `disableNotifications`: the request asks for no e-mails (bulk imports, the seed), as the workflow honours it.
    if (
      !notify ||
      context?.[CONTEXT.decision] ||
      context?.[CONTEXT.skip] ||
      context?.disableNotifications
    )
      return doc
    if (reviewStatus(doc) !== 'pending' || reviewStatus(previousDoc) === 'pending') return doc
    const { payload } = req
    const item = { ...(doc as Doc) }
    const send = async () => {
      const recipients = (
        await (notify.recipients ?? defaultRecipients(options))({
          collection: collection.slug,
          doc: item,
          req: { payload } as PayloadRequest,
        })
      ).filter((recipient) => Boolean(recipient.email))
      if (recipients.length === 0) return
      const fallback =
        notify.defaultLanguage ?? (payload.config.i18n?.fallbackLanguage as string) ?? 'en'
      const byLanguage = new Map<string, string[]>()
      for (const { email, language } of recipients) {
        const key = language || fallback
        byLanguage.set(key, [...(byLanguage.get(key) ?? []), email])
      }
      const base = (notify.serverURL?.() ?? payload.config.serverURL ?? '').replace(/\/$/, '')
      const admin = payload.config.routes.admin
      const titleField = collection.admin?.useAsTitle ?? 'id'
      const title = String(item[titleField] ?? item.id)
      for (const [language, to] of byLanguage) {
        const mail = message(language, {
          flags: ((item.ethicsReview as { flags?: EthicsFlag[] })?.flags ?? []) as EthicsFlag[],
          itemUrl: `${base}${admin}/collections/${collection.slug}/${item.id}`,
          queueUrl: `${base}${admin}/ethics-queue`,
          title,
          type: labelIn(collection.labels?.singular, language) ?? collection.slug,
        })
        await payload.sendEmail({ ...mail, to })
      }
    }
    const fireAndLog = async () => {
      void send().catch((err: unknown) =>
        payload.logger.error({
          err,
          msg: `AI-ethics notification for ${collection.slug}/${String(item.id)} failed`,
        }),
      )
    }
    if (notify.afterCommit)
      await notify.afterCommit(
        req,
        `ai-ethics-flagged:${collection.slug}:${String(item.id)}`,
        fireAndLog,
      )
    else await fireAndLog()
    return doc
  }
