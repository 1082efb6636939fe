import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// Before the config is imported: it reads the variables when it loads.
vi.hoisted(() => {
  process.env.CORS_ORIGINS = 'https://kha.example, https://partner.example'
  process.env.CSRF_ORIGINS = 'https://kha.example'
  // The public address behind a proxy that does not pass the addressed host on.
  process.env.SERVER_URL = 'https://cms.kha.example'
})

import { originsFromEnv } from '../../plugins/delivery/src/origins'
import { createUser, loginToken, type SignedInUser, unique } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { rawRequest } from '../http/rawHttp'
import { type ApiServer, startApiServer } from './server'

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

describe('CORS and CSRF origins from the environment', () => {
  it('configures Payload with the listed origins', () => {
    expect(payload.config.cors).toEqual(['https://kha.example', 'https://partner.example'])
    expect(payload.config.csrf).toEqual(expect.arrayContaining(['https://kha.example']))
  })

  it('answers a listed website with its origin, and others without', async () => {
    const allowed = await fetch(`${server.baseURL}/api/regions?limit=1`, {
      headers: { Origin: 'https://partner.example' },
    })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example')
    const other = await fetch(`${server.baseURL}/api/regions?limit=1`, {
      headers: { Origin: 'https://elsewhere.example' },
    })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('refuses a value that is not an origin, naming the variable', () => {
    const before = process.env.CORS_ORIGINS
    process.env.CORS_ORIGINS = 'https://kha.example/news'
    expect(() => originsFromEnv('CORS_ORIGINS')).toThrow(
      /^CORS_ORIGINS: "https:\/\/kha.example\/news" is not an origin/,
    )
    process.env.CORS_ORIGINS = before
  })
})

describe('the login cookie with configured origins', () => {
  let user: SignedInUser
  let token: string
  beforeAll(async () => {
    user = await createUser(payload)
    token = await loginToken(payload, user.email)
  })

  const renameFrom = async (origin: string) => {
    const name = `Renamed ${unique()}`
    const response = await rawRequest(server.baseURL, {
      body: JSON.stringify({ name }),
      headerLines: [
        `Cookie: payload-token=${token}`,
        `Origin: ${origin}`,
        'Content-Type: application/json',
      ],
      method: 'PATCH',
      path: `/api/users/${user.id}`,
    })
    const stored = (await payload.findByID({ collection: 'users', id: user.id })).name
    return { changed: stored === name, status: response.status }
  }

  it('works from CSRF_ORIGINS and from SERVER_URL', async () => {
    expect(payload.config.csrf).toEqual(
      expect.arrayContaining(['https://kha.example', 'https://cms.kha.example']),
    )
    for (const origin of ['https://kha.example', 'https://cms.kha.example']) {
      expect(await renameFrom(origin), origin).toEqual({ changed: true, status: 200 })
    }
  })

  it('is refused from any other origin: a CORS-allowed website, and an address of this server other than SERVER_URL', async () => {
    for (const origin of [
      'https://partner.example',
      'https://evil.example',
      'null',
      server.baseURL,
    ]) {
      expect(await renameFrom(origin), origin).toEqual({ changed: false, status: 403 })
    }
  })
})
