import { failStartup } from './db/startupError'

const DEV_SECRET = 'newsroom-dev-secret-not-for-production'

/** The secret that signs auth tokens: required in production, a fixed development value elsewhere. */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (
    process.env.NODE_ENV === 'production' &&
    process.env.NEXT_PHASE !== 'phase-production-build'
  ) {
    return failStartup({
      key: 'INVALID_SETTING.secretRequired',
      params: { name: 'PAYLOAD_SECRET' },
    })
  }
  return DEV_SECRET
}

/** Where this server is reachable (admin links, e-mails). */
export const serverUrl = (): string => process.env.SERVER_URL || 'http://localhost:3000'

/** The public website that renders the content (SEO canonical URLs, previews). */
export const websiteUrl = (): string => process.env.WEBSITE_URL || serverUrl()
