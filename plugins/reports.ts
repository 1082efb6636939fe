import type { Plugin } from 'payload'

import { PUBLISHABLE_COLLECTIONS } from '../collections'
import { NATIONAL_ROLES } from '../src/access/roles'
import { languageOf } from '../src/errors/language'
import { NEWSROOM_TIME_ZONE } from '../src/i18n/locales'
import { aiUse, publiclyVisible, reviewActivity } from './ai-ethics/src'
import { reportsPlugin } from './reports/src'
import { firstSubmissionOf } from './workflow/src'

/**
 * Contribution reports over every publishable collection: an item counts while the public may see it (the
 * AI-ethics review's rule), AI use as the ethics plugin reads it, submit → publish from the workflow's records.
 * National editors read every region, regional editors their own; the ethics section from the ethics review queue.
 */
export const reports: Plugin = reportsPlugin({
  aiUse,
  collections: [...PUBLISHABLE_COLLECTIONS],
  counts: publiclyVisible,
  firstSubmission: firstSubmissionOf,
  // Its refusals and the CSV in the caller's language, chosen as for every other error answer (kk, ru, en).
  languageOf,
  participants: { 'ethno-events': 'participantsCount' },
  readers: { national: [...NATIONAL_ROLES], regional: ['regional-editor'] },
  // The ethics section: the review queue as the ethics plugin records it (each stay's region is `scope.region`).
  reviews: reviewActivity,
  timeZone: NEWSROOM_TIME_ZONE,
})
