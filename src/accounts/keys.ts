import type { Payload } from 'payload'

import crypto from 'node:crypto'

/** The form of an e-mail address Payload signs in with (lower case, trimmed). */
export const normaliseEmail = (value: unknown): string =>
  typeof value === 'string' ? value.toLowerCase().trim() : ''

/**
 * A keyed hash naming an account, address or device in the throttle table and the device cookie: stable for the
 * server's secret, useless without it (the table never holds an e-mail or an IP address).
 */
export const keyedHash = (payload: Payload, kind: string, value: string): string =>
  crypto.createHmac('sha256', payload.secret).update(`${kind}:${value}`).digest('hex').slice(0, 40)
