import type { CollectionConfig } from 'payload'

import { label } from '../src/i18n/locales'
import { CONTRIBUTION_FACTS } from '../src/reports/constants'
import { PUBLISHABLE_COLLECTIONS } from './shared/publishableCollection'

const serverOnly = () => false

/**
 * One flat row per published item and publication day, kept by the publishable collections' hooks
 * (src/reports/facts/syncContributionFact.ts). When an item is unpublished, deleted or re-dated, its row is not
 * removed but marked `counted: false` with a new `syncedAt`, so the report's day cache sees that the day changed.
 * Derived data: server-only, never in the admin, REST or GraphQL; `rebuildContributionFacts` rebuilds it.
 */
export const ContributionFacts: CollectionConfig = {
  slug: CONTRIBUTION_FACTS,
  labels: {
    plural: label('Үлес деректері', 'Данные о вкладе', 'Contribution facts'),
    singular: label('Үлес дерегі', 'Данные о вкладе', 'Contribution fact'),
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
    // `YYYY-MM-DD` of publication in Kazakhstan time (src/reports/timeZone.ts).
    { name: 'day', type: 'text', required: true, index: true },
    { name: 'counted', type: 'checkbox', index: true },
    // When this row last changed: the day cache trusts a day only if nothing of it changed since it was built.
    { name: 'syncedAt', type: 'date', required: true, index: true },
    { name: 'type', type: 'select', required: true, options: [...PUBLISHABLE_COLLECTIONS] },
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
}
