import type { CollectionConfig } from 'payload'

import { CONTRIBUTION_DAYS } from '../constants'

const serverOnly = () => false

/**
 * The contribution report's cache: per calendar day of the report zone, the facts of that day's published items packed
 * into one row, so a one-year report reads at most 366 rows. Built and refreshed by the report itself
 * (../dayCache.ts) from `contribution-facts`; never written by the publishing path. Server-only.
 */
export const contributionDaysCollection: CollectionConfig = {
  slug: CONTRIBUTION_DAYS,
  labels: {
    plural: { en: 'Contribution days', kk: 'Үлес күндері', ru: 'Дни вклада' },
    singular: { en: 'Contribution day', kk: 'Үлес күні', ru: 'День вклада' },
  },
  access: { create: serverOnly, delete: serverOnly, read: serverOnly, update: serverOnly },
  admin: { hidden: true },
  graphQL: false,
  timestamps: false,
  fields: [
    { name: 'day', type: 'text', required: true, unique: true },
    // The instant the day begins, for range queries.
    { name: 'startsAt', type: 'date', required: true, index: true },
    // Taken before the facts were read: facts synced since (minus a settling margin) make the row stale.
    { name: 'builtAt', type: 'date', required: true },
    { name: 'items', type: 'number', required: true },
    // [type, region, rubric, contributors[], participants, usedAI (0/1), hoursToPublish] per item.
    { name: 'facts', type: 'json', required: true },
  ],
}
