import type { CollectionConfig } from 'payload'

import { CONTRIBUTION_FACTS } from '../constants'

const serverOnly = () => false

/**
 * One flat row per published item and publication day, kept by the publishable collections' hooks
 * (../facts/syncContributionFact.ts). When an item is unpublished, deleted or re-dated, its row is not
 * removed but marked `counted: false` with a new `syncedAt`, so the report's day cache sees that the day changed.
 * Derived data: server-only, never in the admin, REST or GraphQL; `rebuildContributionFacts` rebuilds it.
 */
export const contributionFactsCollection = (counted: string[]): CollectionConfig => ({
  slug: CONTRIBUTION_FACTS,
  labels: {
    plural: { en: 'Contribution facts', kk: 'Үлес деректері', ru: 'Данные о вкладе' },
    singular: { en: 'Contribution fact', kk: 'Үлес дерегі', ru: 'Данные о вкладе' },
  },
  access: { create: serverOnly, delete: serverOnly, read: serverOnly, update: serverOnly },
  admin: { hidden: true },
  graphQL: false,
  timestamps: false,
  fields: [
    // `{collection}:{id}@{day}`.
    { name: 'key', type: 'text', required: true, unique: true },
    // `{collection}:{id}`: the item.
    { name: 'itemKey', type: 'text', required: true, index: true },
    // `YYYY-MM-DD` of publication in the report zone (../timeZone.ts).
    { name: 'day', type: 'text', required: true, index: true },
    { name: 'counted', type: 'checkbox', index: true },
    // When this row last changed: the day cache trusts a day only if nothing of it changed since it was built.
    { name: 'syncedAt', type: 'date', required: true, index: true },
    { name: 'type', type: 'select', required: true, options: [...counted] },
    // Ids as text: the same on every adapter, and a report never needs to populate them.
    { name: 'region', type: 'text' },
    { name: 'rubric', type: 'text' },
    { name: 'contributors', type: 'json' },
    { name: 'publishedAt', type: 'date', required: true, index: true },
    { name: 'participants', type: 'number' },
    { name: 'usedAI', type: 'checkbox' },
    // From the first `submit` workflow event to `publishedAt`; empty when the item never went through review.
    { name: 'hoursToPublish', type: 'number' },
  ],
})
