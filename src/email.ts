import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/**
 * E-mail through SMTP when SMTP_HOST is set (production, and the test suite's local SMTP receiver);
 * otherwise Payload writes messages to the console, which is what development wants.
 */
export const emailAdapter = (): Promise<EmailAdapter> | undefined => {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  const port = Number(process.env.SMTP_PORT || 587)
  return nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM || 'newsroom@localhost',
    defaultFromName: process.env.EMAIL_FROM_NAME || 'ҚХА журналистер клубы',
    skipVerify: true,
    transportOptions: {
      auth: process.env.SMTP_USER
        ? { pass: process.env.SMTP_PASS, user: process.env.SMTP_USER }
        : undefined,
      connectionTimeout: 10_000,
      host,
      port,
      secure: process.env.SMTP_SECURE === 'true' || port === 465,
      socketTimeout: 20_000,
    },
  })
}
