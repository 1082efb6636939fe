import { type NextRequest, NextResponse } from 'next/server'

import {
  DEFAULT_ADMIN_LANGUAGE,
  isAdminLanguage,
  LANGUAGE_COOKIE,
  LANGUAGE_COOKIE_MAX_AGE,
  negotiateLanguage,
} from './i18n/adminLanguage'

/**
 * The interface language of a browser that has not chosen one yet (no `payload-lng` cookie).
 *
 * Payload's own `Accept-Language` lookup cannot match Kazakh (src/i18n/adminLanguage.ts), so the language is
 * negotiated here and handed to Payload as its language cookie on the request. Admin pages default to Kazakh and
 * the browser keeps the answer (so the admin's own API calls answer in the same language); API callers without a
 * matching header keep Payload's fallback (English). A chosen language (the cookie: the account view's picker, or
 * the user's stored language set at sign-in, src/i18n/userLanguage.ts) always wins.
 */
export function proxy(request: NextRequest): NextResponse {
  if (isAdminLanguage(request.cookies.get(LANGUAGE_COOKIE)?.value)) return NextResponse.next()
  const isAdminPage = request.nextUrl.pathname.startsWith('/admin')
  const language =
    negotiateLanguage(request.headers.get('accept-language')) ??
    (isAdminPage ? DEFAULT_ADMIN_LANGUAGE : undefined)
  if (!language) return NextResponse.next()

  const headers = new Headers(request.headers)
  headers.set(
    'cookie',
    [request.headers.get('cookie'), `${LANGUAGE_COOKIE}=${language}`].filter(Boolean).join('; '),
  )
  const response = NextResponse.next({ request: { headers } })
  if (isAdminPage) {
    response.cookies.set({
      maxAge: LANGUAGE_COOKIE_MAX_AGE,
      name: LANGUAGE_COOKIE,
      path: '/',
      sameSite: 'lax',
      value: language,
    })
  }
  return response
}

export const config = { matcher: ['/admin/:path*', '/admin', '/api/:path*'] }
