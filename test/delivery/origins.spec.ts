import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// Before the config is imported: it reads the variables when it loads.
vi.hoisted(() => {
  process.env.CORS_ORIGINS = 'https://kha.example, https://partner.example'
  process.env.CSRF_ORIGINS = 'https://kha.example'
})

import { originsFromEnv } from '../../src/delivery/origins'
import { bootPayload } from '../helpers/payload'
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
    const allowed = await fetch(`${server.baseURL}/api/regions?limit=1`, { headers: { Origin: 'https://partner.example' } })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example')
    const other = await fetch(`${server.baseURL}/api/regions?limit=1`, { headers: { Origin: 'https://elsewhere.example' } })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('refuses a value that is not an origin, naming the variable', () => {
    const before = process.env.CORS_ORIGINS
    process.env.CORS_ORIGINS = 'https://kha.example/news'
    expect(() => originsFromEnv('CORS_ORIGINS')).toThrow(/^CORS_ORIGINS: "https:\/\/kha.example\/news" is not an origin/)
    process.env.CORS_ORIGINS = before
  })
})
