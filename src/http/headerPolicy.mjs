// @ts-check
// Plain JavaScript: next.config.mjs loads it with Node before anything is compiled, and the API route wrappers
// (./withSecurityHeaders.ts) use the same values.

/** Headers every response carries: the admin, the API, files, pages and Next's assets. */
export const SECURITY_HEADERS = Object.freeze({
  // Browsers take the declared Content-Type at its word: JSON or an upload is never sniffed into HTML or script.
  'X-Content-Type-Options': 'nosniff',
  // Admin URLs name unpublished documents: other sites learn nothing, not even that a link came from here.
  'Referrer-Policy': 'same-origin',
  // Nothing here is meant to be framed by another site (clickjacking); `frame-ancestors` says it to newer browsers.
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
})

/** For API answers that set no policy of their own: they are data, never a page that loads or runs anything. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'"

/**
 * The admin's Content-Security-Policy. Next inlines its bootstrap scripts and Payload's UI inline styles, so both
 * allow 'unsafe-inline' (development also needs 'unsafe-eval' for React's tooling); everything else is this
 * origin only: no other site's scripts, styles, images, fonts or connections, no plugins, no <base> or form
 * redirection, never framed. Live preview frames the website: https sites and WEBSITE_URL as set when building.
 *
 * @param {{ development: boolean; websiteUrl?: string }} options
 */
export const adminContentSecurityPolicy = ({ development, websiteUrl }) => {
  let website = ''
  try {
    website = websiteUrl ? new URL(websiteUrl).origin : ''
  } catch {
    // an invalid WEBSITE_URL is reported by the app at start-up; the policy just leaves it out
  }
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': [
      "'self'",
      'https:',
      ...(website && !website.startsWith('https:') ? [website] : []),
    ],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}
