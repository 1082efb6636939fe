import type { AuthStrategy, Payload } from 'payload'

import { decodeJwt, SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload'
import { type ApiServer, startApiServer } from '../delivery/server'
import { createDesk, createItemInState, type Desk } from '../workflow/helpers'
import { type RawResponse, rawRequest } from './rawHttp'

let payload: Payload
let server: ApiServer
let desk: Desk
let draftId: number
let token: string

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  desk = await createDesk(payload)
  // The author's own draft: she sees it in her region's list, anonymous readers never do.
  draftId = (await createItemInState(payload, desk, 'articles', 'draft')).id
  await createItemInState(payload, desk, 'articles', 'published')
  token = desk.tokens.author
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

let variantCounter = 0
/** The region's list as a website asks for it; `tag` makes each variant its own cache entry. */
const list = (tag: string) =>
  `/api/articles?limit=100&depth=1&locale=kk&where[region][equals]=${desk.region.id}&variant=${tag}`

const get = (path: string, headerLines: string[] = []) =>
  rawRequest(server.baseURL, { headerLines, path })

const ids = (response: RawResponse): number[] => {
  expect(response.status, response.body.slice(0, 300)).toBe(200)
  return (JSON.parse(response.body) as { docs: { id: number }[] }).docs.map((doc) => doc.id)
}

/** The token re-signed with the same claims but an expiry in the past. */
const expiredToken = async () => {
  const claims = decodeJwt(token)
  return new SignJWT({
    ...claims,
    exp: Math.floor(Date.now() / 1000) - 60,
    iat: Math.floor(Date.now() / 1000) - 3600,
  })
    .setProtectedHeader({ alg: 'HS256', authVersion: 1, typ: 'JWT' } as never)
    .sign(new TextEncoder().encode(payload.secret))
}

type Variant = {
  name: string
  lines: () => Promise<string[]> | string[]
  /** Payload reads it as the author. */ signsIn: boolean
}

const SAME_ORIGIN = 'Sec-Fetch-Site: same-origin'

/**
 * Every way found in Payload's cookie and header parsing (payload/dist/utilities/parseCookies.js: names trimmed,
 * the last duplicate wins, values URI-decoded; auth/extractJWT.js: `JWT ` and `Bearer ` headers; strategies/apiKey.js)
 * to hand it credentials, plus spellings it does not accept today but a cache must not bet on.
 */
const VARIANTS: Variant[] = [
  {
    lines: () => [`Cookie: payload-token=${token}`, SAME_ORIGIN],
    name: 'the cookie as browsers send it',
    signsIn: true,
  },
  {
    lines: () => [`Cookie: payload-token =${token}`, SAME_ORIGIN],
    name: 'a space before =',
    signsIn: true,
  },
  {
    lines: () => [`Cookie: payload-token\t=${token}`, SAME_ORIGIN],
    name: 'a tab before =',
    signsIn: true,
  },
  {
    lines: () => [`Cookie: \u00a0payload-token=${token}`, SAME_ORIGIN],
    name: 'a no-break space before the name',
    signsIn: true,
  },
  {
    lines: () => [`Cookie: theme=dark;payload-token=${token}`, SAME_ORIGIN],
    name: 'no space after ;',
    signsIn: true,
  },
  {
    lines: () => [`Cookie: theme=dark ;  payload-token  =${token}`, SAME_ORIGIN],
    name: 'spaces around everything',
    signsIn: true,
  },
  {
    lines: () => [`Cookie: payload-token=stale; payload-token=${token}`, SAME_ORIGIN],
    name: 'a duplicate, the good one last',
    signsIn: true,
  },
  {
    lines: () => [`Cookie: payload-token=${token}; payload-token=stale`, SAME_ORIGIN],
    name: 'a duplicate, the good one first',
    signsIn: false,
  },
  {
    lines: () => ['Cookie: theme=dark', `Cookie: payload-token=${token}`, SAME_ORIGIN],
    name: 'two Cookie header lines',
    signsIn: true,
  },
  {
    lines: () => [
      `Cookie: payload-token=%${token.charCodeAt(0).toString(16)}${token.slice(1)}`,
      SAME_ORIGIN,
    ],
    name: 'a percent-encoded value',
    signsIn: true,
  },
  {
    lines: () => [`Cookie: payload-token="${token}"`, SAME_ORIGIN],
    name: 'a quoted value',
    signsIn: false,
  },
  {
    lines: () => [`Cookie: Payload-Token=${token}`, SAME_ORIGIN],
    name: 'another case',
    signsIn: false,
  },
  {
    lines: () => [`Cookie: payload-token=${token}`, `Origin: ${server.baseURL}`],
    name: 'the cookie with its own Origin',
    signsIn: true,
  },
  {
    lines: () => [`Cookie: payload-token =${token}`, 'Origin: https://evil.example'],
    name: 'a spaced cookie from another site',
    signsIn: false,
  },
  {
    lines: () => [`Cookie: payload-token=${token}`, 'Sec-Fetch-Site: cross-site'],
    name: 'the cookie from another site',
    signsIn: false,
  },
  {
    lines: async () => [`Cookie: payload-token=${await expiredToken()}`, SAME_ORIGIN],
    name: 'an expired token in the cookie',
    signsIn: false,
  },
  {
    lines: () => ['Cookie: payload-token=not-a-token', SAME_ORIGIN],
    name: 'garbage in the cookie',
    signsIn: false,
  },
  { lines: () => [`Authorization: JWT ${token}`], name: 'Authorization: JWT', signsIn: true },
  { lines: () => [`Authorization: Bearer ${token}`], name: 'Authorization: Bearer', signsIn: true },
  { lines: () => [`authorization: JWT ${token}`], name: 'a lower-case header name', signsIn: true },
  { lines: () => [`Authorization: jwt ${token}`], name: 'a lower-case scheme', signsIn: false },
  { lines: () => [`Authorization: BEARER ${token}`], name: 'an upper-case scheme', signsIn: false },
  {
    lines: () => ['Authorization: users API-Key 0123456789abcdef'],
    name: 'an API key',
    signsIn: false,
  },
  { lines: () => ['Authorization: Basic dXNlcjpwYXNz'], name: 'Basic credentials', signsIn: false },
  { lines: () => ['Authorization:'], name: 'an empty Authorization header', signsIn: false },
  {
    lines: async () => [`Authorization: JWT ${await expiredToken()}`],
    name: 'an expired token in the header',
    signsIn: false,
  },
  {
    lines: () => [`Authorization: JWT ${token.slice(0, -4)}AAAA`],
    name: 'a tampered signature',
    signsIn: false,
  },
]

describe('requests carrying credentials in any form never reach the public cache', () => {
  it.each(VARIANTS)(
    '$name: private, not stored, and the next anonymous caller never gets the signed-in view',
    async ({ lines, signsIn }) => {
      const path = list(String(++variantCounter))
      const signed = await get(path, await lines())
      const anonymous = await get(path)
      const again = await get(path)
      // The leak itself first: the next anonymous callers never get the signed-in view…
      expect(ids(anonymous)).not.toContain(draftId)
      expect(ids(again)).not.toContain(draftId)
      // …because it was never stored: the first anonymous read went to the database, the second was served from it.
      expect(anonymous.header('x-cache')).toBe('MISS')
      expect(anonymous.header('cache-control')).toMatch(/^public/)
      expect(again.header('x-cache')).toBe('HIT')

      expect(signed.header('cache-control')).toBe('private, no-store')
      expect(signed.header('x-cache')).toBe('BYPASS')
      expect(signed.header('etag')).toBeNull()
      expect(signed.header('vary')).toMatch(/Authorization/)
      expect(signed.header('vary')).toMatch(/Cookie/)
      // Proves the variant is (or is not) read as the author by Payload: her draft is in the list only then.
      expect(ids(signed).includes(draftId)).toBe(signsIn)
    },
  )

  it('a signed-in request is never answered from an entry an anonymous caller stored', async () => {
    const path = list('warm')
    await get(path)
    expect((await get(path)).header('x-cache')).toBe('HIT')
    for (const variant of VARIANTS) {
      const signed = await get(path, await variant.lines())
      expect(signed.header('x-cache'), variant.name).toBe('BYPASS')
      expect(ids(signed).includes(draftId), variant.name).toBe(variant.signsIn)
    }
  })
})

describe('public is decided from the user Payload resolves, not from header patterns', () => {
  /** A sign-in a future plugin might add: a header no pattern in the cache knows. */
  const headerStrategy: AuthStrategy = {
    name: 'test-desk-header',
    authenticate: async ({ headers }) =>
      headers.get('x-desk-user') === 'author'
        ? {
            user: {
              ...desk.people.author,
              _strategy: 'test-desk-header',
              collection: 'users',
            } as never,
          }
        : { user: null },
  }

  it('a request signed in by any auth strategy is private and never stored', async () => {
    payload.authStrategies.push(headerStrategy)
    try {
      const path = list('strategy')
      const signed = await get(path, ['X-Desk-User: author'])
      expect(ids(signed)).toContain(draftId)
      expect(signed.header('cache-control')).toBe('private, no-store')
      expect(signed.header('x-cache')).toBe('BYPASS')
      const anonymous = await get(path)
      expect(ids(anonymous)).not.toContain(draftId)
      expect(anonymous.header('x-cache')).toBe('MISS')
      // …and once an anonymous answer is stored, the strategy's user is not served from it either.
      const again = await get(path, ['X-Desk-User: author'])
      expect(again.header('x-cache')).toBe('BYPASS')
      expect(ids(again)).toContain(draftId)
    } finally {
      payload.authStrategies.splice(payload.authStrategies.indexOf(headerStrategy), 1)
    }
  })

  it('an anonymous hit reads nothing from the database but the public version row', async () => {
    const path = list('no-extra-reads')
    await get(path)
    const touched: string[] = []
    const db = payload.db as unknown as Record<
      string,
      (args: { collection?: string; raw?: string }) => Promise<unknown>
    >
    const methods = [
      'count',
      'execute',
      'find',
      'findGlobal',
      'findOne',
      'findVersions',
      'queryDrafts',
    ] as const
    const originals = methods.map((method) => [method, db[method]] as const)
    for (const [method, original] of originals) {
      db[method] = (args) => {
        // The SQL adapters read the version row with one plain statement (publicCache/version.ts).
        touched.push(`${method}:${args?.collection ?? args?.raw ?? ''}`)
        return original.call(payload.db, args)
      }
    }
    try {
      const hit = await get(path)
      expect(hit.header('x-cache')).toBe('HIT')
    } finally {
      for (const [method, original] of originals) db[method] = original
    }
    expect(touched).toHaveLength(1)
    expect(touched[0]).toMatch(
      /^findOne:payload-kv$|^execute:select "data" from "payload_kv" where "key" = 'public-content-version'/,
    )
  })
})
