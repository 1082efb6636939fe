import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import { switchSetting, wholeNumberSetting } from './db/settings'
import { orStopStart } from './db/startupError'

/**
 * E-mail through SMTP when SMTP_HOST is set (production, and the test suite's local SMTP receiver);
 * otherwise Payload writes messages to the console, which is what development wants. Read as the config is built:
 * a bad SMTP_PORT or SMTP_SECURE (used only with SMTP_HOST) stops the start with one line in the operator's language.
 */
export const emailAdapter = (): Promise<EmailAdapter> | undefined => {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  const { port, secure } = orStopStart(() => ({
    port: wholeNumberSetting('SMTP_PORT', 587, { max: 65_535, min: 1 }),
    secure: switchSetting('SMTP_SECURE', false),
  }))
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
      secure: secure || port === 465,
      socketTimeout: 20_000,
    },
  })
}
