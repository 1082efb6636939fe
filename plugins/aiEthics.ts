import type { Plugin } from 'payload'

import { PUBLISHABLE_COLLECTIONS } from '../collections'
import { ETHICS_REVIEWER_ROLES } from '../src/access/roles'
import { aiEthicsPlugin } from './ai-ethics/src'

/** AI-ethics review on every publishable collection; ethics reviewers (and admins) decide. */
export const aiEthics: Plugin = aiEthicsPlugin({
  collections: [...PUBLISHABLE_COLLECTIONS],
  externalDetector: process.env.AI_DETECTOR_URL
    ? {
        onError: process.env.AI_DETECTOR_ON_ERROR === 'ignore' ? 'ignore' : 'flag',
        timeoutMs: Number(process.env.AI_DETECTOR_TIMEOUT_MS || 5000),
        url: process.env.AI_DETECTOR_URL,
      }
    : undefined,
  mediaCollection: 'media',
  reviewerRoles: ETHICS_REVIEWER_ROLES,
})
