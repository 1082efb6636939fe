import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { unique } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { type ApiServer, startApiServer } from '../delivery/server'
import { createDesk, createItemInState, type Desk } from '../workflow/helpers'
import { rawRequest } from './rawHttp'

// The default configuration: neither SERVER_URL nor CSRF_ORIGINS (Payload's `csrf` list is empty).
let payload: Payload
let server: ApiServer
let desk: Desk
let draftId: number

beforeAll(async () => {
  expect(process.env.SERVER_URL ?? '').toBe('')
  expect(process.env.CSRF_ORIGINS ?? '').toBe('')
  payload = await bootPayload()
  server = await startApiServer()
  desk = await createDesk(payload)
  draftId = (await createItemInState(payload, desk, 'articles', 'draft')).id
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const cookie = () => `Cookie: payload-token=${desk.tokens.author}`
const own = () => server.baseURL
const nameOf = async () =>
  (await payload.findByID({ collection: 'users', id: desk.people.author.id })).name

const request = (method: string, path: string, lines: string[], body?: unknown) =>
  rawRequest(server.baseURL, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headerLines: [...lines, ...(body === undefined ? [] : ['Content-Type: application/json'])],
    method,
    path,
  })

const rename = (lines: string[]) => {
  const name = `Renamed ${unique()}`
  return request('PATCH', `/api/users/${desk.people.author.id}`, lines, { name }).then(
    (response) => ({ name, response }),
  )
}

/** How a browser on another site (or a sandboxed frame, or an old browser) may send the cookie. */
const CROSS_SITE: [string, () => string[]][] = [
  ['Origin of another site', () => ['Origin: https://evil.example']],
  ['Origin: null (sandboxed frame, file:, cross-site redirect)', () => ['Origin: null']],
  ['Origin on another port of the same host', () => [`Origin: ${own().replace(/:\d+$/, ':1')}`]],
  ['Origin with another scheme', () => [`Origin: ${own().replace('http:', 'https:')}`]],
  ['Origin that only starts like ours', () => [`Origin: ${own()}.evil.example`]],
  ['no Origin, Sec-Fetch-Site: cross-site', () => ['Sec-Fetch-Site: cross-site']],
  [
    'no Origin, Sec-Fetch-Site: same-site (a sibling subdomain)',
    () => ['Sec-Fetch-Site: same-site'],
  ],
  ['only a Referer from another site', () => ['Referer: https://evil.example/page']],
]

describe('without configured origins, only same-origin requests may use the login cookie', () => {
  it.each(CROSS_SITE)(
    'a write with the cookie and %s is refused with 403 CROSS_SITE_COOKIE, and nothing changes',
    async (_, lines) => {
      const before = await nameOf()
      const { response } = await rename([cookie(), ...lines()])
      expect(response.status, response.body).toBe(403)
      const body = JSON.parse(response.body)
      expect(body.code).toBe('CROSS_SITE_COOKIE')
      expect(body.errors[0].message).toMatch(/Authorization: JWT/)
      expect(await nameOf()).toBe(before)
    },
  )

  it('every write method and endpoint is covered: delete, a workflow action, logout', async () => {
    const { id } = await createItemInState(payload, desk, 'articles', 'in_review')
    const evil = ['Origin: https://evil.example']
    const writes = [
      request('DELETE', `/api/articles/${id}`, [
        `Cookie: payload-token=${desk.tokens.admin}`,
        ...evil,
      ]),
      request(
        'POST',
        `/api/articles/${id}/workflow`,
        [`Cookie: payload-token=${desk.tokens.editor}`, ...evil],
        { action: 'approve' },
      ),
      request(
        'PUT',
        `/api/articles/${id}`,
        [`Cookie: payload-token=${desk.tokens.admin}`, ...evil],
        { title: 'Replaced' },
      ),
      request('POST', '/api/users/logout', [cookie(), ...evil]),
    ]
    for (const response of await Promise.all(writes)) {
      expect(response.status, response.body).toBe(403)
      expect(JSON.parse(response.body).code).toBe('CROSS_SITE_COOKIE')
    }
    const item = await payload.findByID({ collection: 'articles', draft: true, id })
    expect(item.workflowStatus).toBe('in_review')
  })

  it('a write with the cookie and no browser headers at all (not a browser) is refused too', async () => {
    const { response } = await rename([cookie()])
    expect(response.status).toBe(403)
    expect(JSON.parse(response.body).code).toBe('CROSS_SITE_COOKIE')
  })

  it.each(CROSS_SITE)('a read with the cookie and %s gets the anonymous view', async (_, lines) => {
    const me = await request('GET', '/api/users/me', [cookie(), ...lines()])
    expect(me.status).toBe(200)
    expect(JSON.parse(me.body).user).toBeNull()
    const draft = await request('GET', `/api/articles/${draftId}?draft=true`, [
      cookie(),
      ...lines(),
    ])
    expect(draft.status).toBe(404)
  })

  it.each(CROSS_SITE)('GraphQL with the cookie and %s is refused', async (_, lines) => {
    const query = await request('POST', '/api/graphql', [cookie(), ...lines()], {
      query: '{ meUser { user { email } } }',
    })
    expect(query.status).toBe(403)
    expect(JSON.parse(query.body).code).toBe('CROSS_SITE_COOKIE')
    const before = await nameOf()
    const mutation = await request('POST', '/api/graphql', [cookie(), ...lines()], {
      query: `mutation { updateUser(id: ${desk.people.author.id}, data: { name: "Renamed by GraphQL" }) { name } }`,
    })
    expect(mutation.status).toBe(403)
    expect(await nameOf()).toBe(before)
  })

  it.each([
    ['its own Origin', () => [`Origin: ${own()}`]],
    ['Sec-Fetch-Site: same-origin', () => ['Sec-Fetch-Site: same-origin']],
    ['Sec-Fetch-Site: none (typed URL, bookmark)', () => ['Sec-Fetch-Site: none']],
    ['a Referer from its own pages', () => [`Referer: ${own()}/admin/account`]],
    [
      'its own Origin spelled with the Host it was addressed by',
      () => [
        `Origin: http://localhost:${new URL(own()).port}`,
        `Host: localhost:${new URL(own()).port}`,
      ],
    ],
  ] as [string, () => string[]][])(
    'same-origin requests with %s keep working with the cookie',
    async (_, lines) => {
      const { name, response } = await rename([cookie(), ...lines()])
      expect(response.status, response.body).toBe(200)
      expect(await nameOf()).toBe(name)
      const draft = await request('GET', `/api/articles/${draftId}?draft=true`, [
        cookie(),
        ...lines(),
      ])
      expect(draft.status).toBe(200)
      const query = await request('POST', '/api/graphql', [cookie(), ...lines()], {
        query: '{ meUser { user { email } } }',
      })
      expect(JSON.parse(query.body).data.meUser.user.email).toBe(desk.people.author.email)
    },
  )

  it('a read with the cookie and no browser headers (a script, a test client) keeps the cookie', async () => {
    const me = await request('GET', '/api/users/me', [cookie()])
    expect(JSON.parse(me.body).user.email).toBe(desk.people.author.email)
  })

  it('the Authorization header is not a cross-site vector: it signs in from any origin, and wins over a cross-site cookie', async () => {
    const { name, response } = await rename([
      `Authorization: JWT ${desk.tokens.author}`,
      'Origin: https://evil.example',
    ])
    expect(response.status, response.body).toBe(200)
    expect(await nameOf()).toBe(name)
    // The cookie of someone else comes along from another site: the header alone decides who this is.
    const both = await request('GET', '/api/users/me', [
      `Authorization: JWT ${desk.tokens.author}`,
      `Cookie: payload-token=${desk.tokens.admin}`,
      'Origin: https://evil.example',
    ])
    expect(JSON.parse(both.body).user.email).toBe(desk.people.author.email)
  })
})
