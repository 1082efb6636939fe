import type { Plugin } from 'payload'

import { PUBLISHABLE_COLLECTIONS } from '../collections'
import { hasRole, isAdmin, NATIONAL_ROLES, userRegionIds } from '../src/access/roles'
import { serverUrl, websiteUrl } from '../src/env'
import { errorResponse } from '../src/errors/describeError'
import { languageOfRequest } from '../src/errors/language'
import { deliveryPlugin } from './delivery/src'
import { PUBLIC_REFERENCE_COLLECTIONS } from './delivery/src/publicCache/invalidation'

/**
 * Headless delivery (README, "Headless delivery"): the public reads the publishable collections' published items
 * the AI-ethics review lets through, and the reference collections shown inside them (bylines, rubrics, regions,
 * images). After the workflow in `plugins`: its hooks run right after each collection's own, before the other plugins'.
 */
export const delivery: Plugin = deliveryPlugin({
  collections: [...PUBLISHABLE_COLLECTIONS],
  // Its refusals answered as every other error of the app, in the caller's language (kk, ru, en).
  errorResponse,
  languageOfRequest,
  // Admins manage the outgoing webhooks (and only they read a webhook's secret) and read the delivery log.
  manageWebhooks: isAdmin,
  referenceCollections: [...PUBLIC_REFERENCE_COLLECTIONS],
  serverURL: serverUrl,
  // Editors mark uploads public; a new upload belongs to its uploader's regions (src/access/roles.ts).
  uploads: {
    marksPublic: (user) => hasRole(user, ...NATIONAL_ROLES, 'regional-editor'),
    regionsOf: userRegionIds,
  },
  website: {
    name: {
      en: "Journalists' Club of the Assembly of People of Kazakhstan",
      kk: 'ҚХА журналистер клубы',
      ru: 'Клуб журналистов АНК',
    },
    url: websiteUrl,
  },
})
