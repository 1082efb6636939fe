import type { Plugin } from 'payload'

import { PUBLISHABLE_COLLECTIONS } from '../collections'
import { isItemStaff, itemStaffWhere } from '../src/access/itemStaff'
import { ETHICS_REVIEWER_ROLES, hasRole, NATIONAL_ROLES } from '../src/access/roles'
import { afterCommit } from './shared/afterCommit'
import { choiceSetting, wholeNumberSetting } from '../src/db/settings'
import { orStopStart } from '../src/db/startupError'
import { serverUrl } from '../src/env'
import { languageOf } from '../src/errors/language'
import { aiEthicsPlugin } from './ai-ethics/src'

/**
 * The external AI detector when AI_DETECTOR_URL is set: AI_DETECTOR_TIMEOUT_MS (default 5 s, from 100 ms to 10 min)
 * bounds each call, AI_DETECTOR_ON_ERROR (flag, the default, or ignore) says what an unanswered call does; a bad
 * value stops the start as the config is built, with one line in the operator's language.
 */
export const externalDetectorOptions = () => {
  const url = process.env.AI_DETECTOR_URL
  if (!url) return undefined
  return {
    onError: choiceSetting('AI_DETECTOR_ON_ERROR', 'flag', ['flag', 'ignore'] as const),
    timeoutMs: wholeNumberSetting('AI_DETECTOR_TIMEOUT_MS', 5000, { max: 600_000, min: 100 }),
    url,
  }
}

/** The item's fields copied onto each ethics-reviews record, so its read access can filter by region and author. */
export const REVIEW_SCOPE_FIELDS = ['region', 'createdBy']

/**
 * AI-ethics review on every publishable collection; ethics reviewers (and admins) decide. The review of an item
 * (flags quoting its text, the note, the decisions) is read by the item's staff (src/access/itemStaff.ts): ethics
 * reviewers, national editors, the editors of its region and its author. Queries on it: editors and reviewers.
 */
const ethicsPlugin = (): Plugin =>
  aiEthicsPlugin({
    collections: [...PUBLISHABLE_COLLECTIONS],
    externalDetector: externalDetectorOptions(),
    // Its refusals in the caller's language, chosen as for every other error answer (kk, ru, en).
    languageOf,
    mediaCollection: 'media',
    // When a save flags an item, its ethics reviewers hear of it by e-mail, each in their interface language (Kazakh
    // when they chose none), once the save is committed; who reviews which item is src/access's rule (isItemStaff).
    notifyReviewers: {
      afterCommit,
      defaultLanguage: 'kk',
      recipients: async ({ doc, req }) => {
        const { docs } = await req.payload.find({
          collection: 'users',
          depth: 0,
          limit: 500,
          overrideAccess: true,
          pagination: false,
          where: { roles: { contains: 'ethics-reviewer' } },
        })
        return docs
          .filter((user) => isItemStaff({ ...user, collection: 'users' }, doc))
          .map((user) => ({ email: user.email, language: user.language }))
      },
      serverURL: serverUrl,
    },
    // Chief editors see the ethics queue read-only; ethics reviewers and admins decide.
    queueReaders: (user) => hasRole(user, 'chief-editor'),
    reviewAccess: {
      document: ({ doc, req }) =>
        doc
          ? isItemStaff(req.user, doc)
          : hasRole(req.user, ...NATIONAL_ROLES, 'regional-editor', 'ethics-reviewer'),
      records: ({ req }) =>
        itemStaffWhere(req.user, { author: 'scope.createdBy', region: 'scope.region' }),
      scopeFields: REVIEW_SCOPE_FIELDS,
    },
    reviewerRoles: ETHICS_REVIEWER_ROLES,
    // Content Credentials on the pictures readers get (README, "AI ethics"): off, with a notice in the admin, until
    // both are set. `isPublic` is kept by plugins/delivery/src/publicMedia, which also reports the media it makes public.
    signing: {
      certificate: process.env.C2PA_SIGN_CERT,
      names: { certificate: 'C2PA_SIGN_CERT', privateKey: 'C2PA_SIGN_KEY' },
      organization: process.env.C2PA_SIGN_ORGANIZATION || undefined,
      privateKey: process.env.C2PA_SIGN_KEY,
      publishedField: 'isPublic',
      // A public upload's original file is served too (collections/Media/access.ts), so it is signed as well.
      signOriginal: true,
    },
  })

/** The plugin checks its options (a signing certificate that cannot sign among them) as the config is built: one line for the operator. */
export const aiEthics: Plugin = (config) => orStopStart(() => ethicsPlugin()(config))
