import type { Payload } from 'payload'

import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_REQUEST_LIMITS, requestLimits } from '../../src/requestGuard'
import { type ApiServer, startApiServer } from '../delivery/server'
import { createUser, loginToken, wavBuffer } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'

/**
 * Request body limits over real HTTP: a body past its route's limit is answered 413 with a code before it has
 * been read into memory or parsed, so the answer arrives while the client is still sending.
 */

const MB = 1024 * 1024

let payload: Payload
let server: ApiServer
let adminToken: string

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  const admin = await createUser(payload, { roles: ['admin'] })
  adminToken = await loginToken(payload, admin.email)
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

type BigBodyResult = { body: any; bytesSent: number; status: number; total: number }

/**
 * Sends `total` bytes of `filler` (JSON-looking text) in 64 KB chunks, respecting backpressure, and stops as soon
 * as the answer arrives. `announce`: send a Content-Length (else the body is chunked, its size unknown upfront).
 */
const sendBigBody = ({
  announce,
  contentType = 'application/json',
  headers = {},
  path,
  total,
}: {
  announce: boolean
  contentType?: string
  headers?: Record<string, string>
  path: string
  total: number
}) =>
  new Promise<BigBodyResult>((resolve, reject) => {
    const url = new URL(path, server.baseURL)
    let bytesSent = 0
    let answered = false
    const request = http.request(url, {
      headers: {
        'content-type': contentType,
        ...(announce ? { 'content-length': String(total) } : { 'transfer-encoding': 'chunked' }),
        ...headers,
      },
      method: 'POST',
    })
    request.on('response', (response) => {
      answered = true
      const sentWhenAnswered = bytesSent
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        request.destroy()
        const text = Buffer.concat(chunks).toString('utf8')
        let body: unknown = text
        try {
          body = JSON.parse(text)
        } catch {
          // not JSON
        }
        resolve({ body, bytesSent: sentWhenAnswered, status: response.statusCode ?? 0, total })
      })
    })
    request.on('error', (error) => {
      if (!answered) reject(error)
    })
    const chunk = Buffer.alloc(64 * 1024, 'a')
    const pump = () => {
      while (!answered && bytesSent < total) {
        const piece =
          bytesSent === 0
            ? Buffer.concat([Buffer.from('{"query":"'), chunk.subarray(10)])
            : chunk.subarray(0, Math.min(chunk.length, total - bytesSent))
        bytesSent += piece.length
        if (!request.write(piece)) {
          request.once('drain', pump)
          return
        }
      }
      if (!answered && bytesSent >= total) request.end()
    }
    pump()
  })

describe('body limits', () => {
  it('a 50 MB JSON body with its length announced is refused 413 before it is read', async () => {
    const result = await sendBigBody({
      announce: true,
      headers: { authorization: `JWT ${adminToken}` },
      path: '/api/articles',
      total: 50 * MB,
    })
    expect(result.status, JSON.stringify(result.body)).toBe(413)
    expect(result.body.code).toBe('BODY_TOO_LARGE')
    expect(result.body.message).toMatch(/1 MB/)
    // Answered while the client was still sending: the server never waited for (or held) the body.
    expect(result.bytesSent).toBeLessThan(result.total)
  })

  it('a 200 MB GraphQL body sent chunked (no length) is refused 413 once it passes the limit', async () => {
    const result = await sendBigBody({ announce: false, path: '/api/graphql', total: 200 * MB })
    expect(result.status, JSON.stringify(result.body)).toBe(413)
    expect(result.body.errors[0].extensions).toMatchObject({
      code: 'BODY_TOO_LARGE',
      statusCode: 413,
    })
    expect(result.bytesSent).toBeLessThan(result.total)
  })

  it('a 50 MB JSON body sent chunked to a REST route is refused the same way', async () => {
    const result = await sendBigBody({
      announce: false,
      headers: { authorization: `JWT ${adminToken}` },
      path: '/api/regions',
      total: 50 * MB,
    })
    expect(result.status).toBe(413)
    expect(result.body.code).toBe('BODY_TOO_LARGE')
    expect(result.bytesSent).toBeLessThan(result.total)
  })

  it('auth routes take much less: a 64 KB login is refused', async () => {
    const response = await fetch(`${server.baseURL}/api/users/login`, {
      body: JSON.stringify({ email: 'x@example.test', password: 'p'.repeat(64 * 1024) }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const body = await response.json()
    expect(response.status).toBe(413)
    expect(body).toMatchObject({ code: 'BODY_TOO_LARGE' })
    expect(body.message).toMatch(/16 KB/)
  })

  it('a body just under the limit is read and judged on its content', async () => {
    const response = await fetch(`${server.baseURL}/api/regions`, {
      body: JSON.stringify({ name: 'я'.repeat(400 * 1024) }), // ~800 KB of UTF-8
      headers: { authorization: `JWT ${adminToken}`, 'content-type': 'application/json' },
      method: 'POST',
    })
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(body.code).toBe('VALIDATION_FAILED')
  })

  it('uploads keep their own large limit: a 2 MB audio file is accepted', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(wavBuffer(250))], { type: 'audio/wav' }),
      'long-silence.wav',
    )
    form.append('_payload', JSON.stringify({ alt: 'Тыныштық' }))
    const response = await fetch(`${server.baseURL}/api/media`, {
      body: form,
      headers: { authorization: `JWT ${adminToken}` },
      method: 'POST',
    })
    const body = await response.json()
    expect(response.status, JSON.stringify(body)).toBe(201)
    expect(body.doc.filesize).toBeGreaterThan(1.5 * MB)
  })

  it('an upload announcing more than the upload limit is refused before it is read', async () => {
    const limit = payload.config.upload.requestSizeLimit as number
    const result = await sendBigBody({
      announce: true,
      contentType: 'multipart/form-data; boundary=XyZ',
      headers: { authorization: `JWT ${adminToken}` },
      path: '/api/media',
      total: limit + MB,
    })
    expect(result.status).toBe(413)
    expect(result.body.code).toBe('BODY_TOO_LARGE')
    expect(result.bytesSent).toBeLessThan(result.total)
  })
})

describe('limit settings', () => {
  const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv

  it('have defaults and read REQUEST_MAX_BODY_BYTES, REQUEST_MAX_AUTH_BODY_BYTES, REQUEST_MAX_JSON_DEPTH', () => {
    expect(requestLimits(env({}))).toEqual(DEFAULT_REQUEST_LIMITS)
    expect(DEFAULT_REQUEST_LIMITS).toEqual({
      maxAuthBodyBytes: 16 * 1024,
      maxBodyBytes: MB,
      maxJsonDepth: 64,
    })
    expect(
      requestLimits(
        env({
          REQUEST_MAX_AUTH_BODY_BYTES: '2048',
          REQUEST_MAX_BODY_BYTES: '5000000',
          REQUEST_MAX_JSON_DEPTH: '20',
        }),
      ),
    ).toEqual({
      maxAuthBodyBytes: 2048,
      maxBodyBytes: 5_000_000,
      maxJsonDepth: 20,
    })
  })

  it('refuse a value that is not a positive whole number, naming the variable', () => {
    expect(() => requestLimits(env({ REQUEST_MAX_BODY_BYTES: '1mb' }))).toThrow(
      /REQUEST_MAX_BODY_BYTES: must be a whole number/,
    )
    expect(() => requestLimits(env({ REQUEST_MAX_JSON_DEPTH: '0' }))).toThrow(
      /REQUEST_MAX_JSON_DEPTH/,
    )
  })
})
