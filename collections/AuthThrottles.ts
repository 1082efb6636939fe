import type { CollectionConfig } from 'payload'

import { AUTH_THROTTLES } from '../src/accounts/constants'
import { label } from '../src/i18n/locales'

const serverOnly = () => false

/**
 * Counters of failed sign-ins and password-reset requests, per client address, per account and per known device
 * (src/accounts/throttle.ts). In the database, so every server process (`npm start` runs several) and every
 * machine on the same database counts together; rows expire and are pruned. Keys are keyed hashes, never
 * e-mail addresses. Server-only.
 */
export const AuthThrottles: CollectionConfig = {
  slug: AUTH_THROTTLES,
  labels: {
    plural: label('Кіру шектеулері', 'Ограничения входа', 'Sign-in throttles'),
    singular: label('Кіру шектеуі', 'Ограничение входа', 'Sign-in throttle'),
  },
  access: { create: serverOnly, delete: serverOnly, read: serverOnly, update: serverOnly },
  admin: { hidden: true },
  graphQL: false,
  // Never edited in the admin: no document locks (and no column for it in the locks table).
  lockDocuments: false,
  timestamps: false,
  fields: [
    // `{kind}:{hash}`: what is counted (src/accounts/throttle.ts).
    { name: 'key', type: 'text', required: true, unique: true },
    // Attempts counted since `windowStart`.
    { name: 'count', type: 'number', required: true },
    { name: 'windowStart', type: 'date', required: true },
    // The last counted attempt: the account and device delays run from it.
    { name: 'lastAt', type: 'date', required: true },
    // When the row no longer matters (window over, delay long past): pruned after.
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
