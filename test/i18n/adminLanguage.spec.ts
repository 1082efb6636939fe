/**
 * The admin's interface language: negotiated from Accept-Language among kk, ru and en (Kazakh for a browser that
 * asks for none of them), handed to Payload as its language cookie by src/proxy.ts; a user's stored language is
 * given to her browser at sign-in, over the app's real REST route.
 */
import { getRequestLanguage, type Payload, parseCookies } from 'payload'
import { NextRequest } from 'next/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { negotiateLanguage } from '../../src/i18n/adminLanguage'
import { proxy } from '../../src/proxy'
import { type ApiServer, startApiServer } from '../delivery/server'
import { createUser, PASSWORD } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'

/** The language Payload's admin renders a page in, for the request as the proxy forwards it. */
const adminLanguageFor = (payload: Payload, url: string, headers: Record<string, string>) => {
  const request = new NextRequest(new URL(url, 'http://localhost'), { headers })
  const response = proxy(request)
  // NextResponse.next({ request: { headers } }) marks each overridden request header as x-middleware-request-*.
  const forwarded = new Headers(request.headers)
  for (const [key, value] of response.headers) {
    if (key.startsWith('x-middleware-request-'))
      forwarded.set(key.slice('x-middleware-request-'.length), value)
  }
  const language = getRequestLanguage({
    config: payload.config,
    cookies: parseCookies(forwarded),
    headers: forwarded,
  })
  return { language, setCookie: response.headers.get('set-cookie') }
}

let payload: Payload
let server: ApiServer

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

describe('negotiating the language', () => {
  it.each([
    ['kk', 'kk'],
    ['kk-KZ', 'kk'],
    ['kk-KZ,kk;q=0.9,ru;q=0.8,en-US;q=0.7', 'kk'],
    ['ru-RU,ru;q=0.9,en;q=0.5', 'ru'],
    ['en-US,en;q=0.9', 'en'],
    ['ru;q=0.5,kk-KZ;q=0.9', 'kk'],
    ['de-DE,fr;q=0.8', undefined],
    ['kk;q=0,ru', 'ru'],
    ['', undefined],
  ])('Accept-Language %j → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected)
  })
})

describe('the admin on a first visit (no language cookie)', () => {
  it.each([
    [{ 'accept-language': 'kk-KZ' }, 'kk'],
    [{ 'accept-language': 'kk' }, 'kk'],
    [{ 'accept-language': 'kk-KZ,kk;q=0.9,ru;q=0.8,en-US;q=0.7' }, 'kk'],
    [{ 'accept-language': 'ru-RU,ru;q=0.9' }, 'ru'],
    [{ 'accept-language': 'en-US,en;q=0.9' }, 'en'],
    [{ 'accept-language': 'de-DE' }, 'kk'],
    [{}, 'kk'],
  ])('%j → %s, and the browser keeps it', (headers, expected) => {
    const { language, setCookie } = adminLanguageFor(payload, '/admin/login', headers)
    expect(language).toBe(expected)
    expect(setCookie).toMatch(new RegExp(`payload-lng=${expected}`))
  })

  it('a language already chosen in this browser wins over the header', () => {
    const { language, setCookie } = adminLanguageFor(payload, '/admin', {
      'accept-language': 'kk-KZ',
      cookie: 'payload-lng=ru',
    })
    expect(language).toBe('ru')
    expect(setCookie).toBeNull()
  })

  it('API callers choose with Accept-Language; without a match they keep the fallback (English)', () => {
    expect(
      adminLanguageFor(payload, '/api/articles', { 'accept-language': 'kk-KZ,ru;q=0.8' }).language,
    ).toBe('kk')
    expect(adminLanguageFor(payload, '/api/articles', {}).language).toBe('en')
    expect(
      adminLanguageFor(payload, '/api/articles', { 'accept-language': 'kk-KZ' }).setCookie,
    ).toBeNull()
  })
})

describe('a user’s stored language follows her', () => {
  const signIn = (email: string) =>
    fetch(`${server.baseURL}/api/users/login`, {
      body: JSON.stringify({ email, password: PASSWORD }),
      headers: { 'accept-language': 'kk-KZ', 'content-type': 'application/json' },
      method: 'POST',
    })

  it('sign-in sets the browser’s language to the stored one', async () => {
    const user = await createUser(payload, { roles: ['journalist'] })
    await payload.update({ collection: 'users', data: { language: 'ru' } as never, id: user.id })
    const response = await signIn(user.email)
    expect(response.status).toBe(200)
    const cookies = response.headers.getSetCookie()
    expect(cookies.some((cookie) => cookie.startsWith('payload-token='))).toBe(true)
    expect(cookies.find((cookie) => cookie.startsWith('payload-lng='))).toMatch(
      /^payload-lng=ru; Path=\/; Max-Age=\d+; SameSite=Lax$/,
    )
  })

  it('without a stored language the browser keeps its own', async () => {
    const user = await createUser(payload, { roles: ['journalist'] })
    const response = await signIn(user.email)
    expect(response.status).toBe(200)
    expect(
      response.headers.getSetCookie().some((cookie) => cookie.startsWith('payload-lng=')),
    ).toBe(false)
  })

  it('she may store her own language; not another user’s', async () => {
    const journalist = await createUser(payload, { roles: ['journalist'] })
    const colleague = await createUser(payload, { roles: ['journalist'] })
    const own = await payload.update({
      collection: 'users',
      data: { language: 'en' } as never,
      id: journalist.id,
      overrideAccess: false,
      user: journalist,
    })
    expect((own as { language?: string }).language).toBe('en')
    await expect(
      payload.update({
        collection: 'users',
        data: { language: 'en' } as never,
        id: colleague.id,
        overrideAccess: false,
        user: journalist,
      }),
    ).rejects.toThrow()
  })
})
