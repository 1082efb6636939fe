import type { Payload } from 'payload'

import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, loginToken } from '../helpers/factories'
import { expectInLanguage } from '../helpers/languageChecks'
import { bootPayload } from '../helpers/payload'
import { type ApiServer, startApiServer } from './server'

/**
 * The webhook delivery log stores why an attempt failed as a machine code and its parameters (`errorCode`,
 * `errorParams`); `error` is read in the reader's language — the admin's (language cookie) or the API caller's
 * (Accept-Language) — for every kind of failure: an HTTP error answer, no answer in time, no connection, a refused
 * target. Rows written before the code was stored keep their sentence.
 */

let payload: Payload
let server: ApiServer
let receiver: http.Server
let receiverUrl: string
let adminToken: string
const hooks: Record<string, number> = {}

const DELIVERY = { body: '{}', collection: 'articles', docId: '1', event: 'publish' }

beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_HOSTS = '127.0.0.1'
  process.env.WEBHOOK_TIMEOUT_MS = '300'
  payload = await bootPayload()
  // Webhooks and queued deliveries other specs left behind would run in this spec's job run.
  await payload.update({ collection: 'webhooks', data: { active: false }, where: {} })
  await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'webhooks' } } })
  server = await startApiServer()
  receiver = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      if (req.url === '/slow') return void setTimeout(() => res.end('late'), 3_000).unref()
      res.writeHead(500).end('no')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
  const dead = http.createServer()
  await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve))
  const deadPort = (dead.address() as AddressInfo).port
  await new Promise<void>((resolve) => dead.close(() => resolve()))

  const urls = {
    dead: `http://127.0.0.1:${deadPort}/hook`,
    fail: `${receiverUrl}/fail`,
    refused: 'https://placeholder.example.com/',
    slow: `${receiverUrl}/slow`,
  }
  for (const [name, url] of Object.entries(urls)) {
    const hook = await payload.create({
      collection: 'webhooks',
      data: { events: ['publish'], secret: 'x'.repeat(32), url } as never,
    })
    hooks[name] = hook.id as number
  }
  // Stored before the target rule existed: a name that only resolves inside a network.
  await payload.db.updateOne({
    collection: 'webhooks',
    data: { url: 'https://receiver.internal/hook' },
    id: hooks.refused,
  })
  for (const id of Object.values(hooks))
    await payload.jobs.queue({
      input: { ...DELIVERY, webhook: String(id) } as never,
      queue: 'webhooks',
      task: 'deliverWebhook' as never,
    })
  await payload.jobs.run({ queue: 'webhooks' })
  adminToken = await loginToken(payload, (await createUser(payload, { roles: ['admin'] })).email)
})

afterAll(async () => {
  await payload?.update({ collection: 'webhooks', data: { active: false }, where: {} })
  await payload?.delete({ collection: 'payload-jobs', where: { queue: { equals: 'webhooks' } } })
  delete process.env.WEBHOOK_TIMEOUT_MS
  delete process.env.WEBHOOK_ALLOWED_HOSTS
  await new Promise<void>((resolve) => {
    receiver?.closeAllConnections()
    receiver ? receiver.close(() => resolve()) : resolve()
  })
  await server?.close()
  await payload?.destroy()
})

type Delivery = { error: null | string; errorCode: null | string; errorParams: unknown }

/** The first delivery of a webhook, read over REST by an admin with the given headers. */
const deliveryOf = async (webhook: number, headers: Record<string, string>): Promise<Delivery> => {
  const response = await fetch(
    `${server.baseURL}/api/webhook-deliveries?depth=0&sort=createdAt&where[webhook][equals]=${webhook}`,
    { headers: { Authorization: `JWT ${adminToken}`, ...headers } },
  )
  const body = (await response.json()) as { docs: Delivery[] }
  expect(response.status, JSON.stringify(body)).toBe(200)
  expect(body.docs.length).toBeGreaterThan(0)
  return body.docs[0]
}

const inEachLanguage = async (webhook: number) => ({
  en: await deliveryOf(webhook, { 'Accept-Language': 'en' }),
  kk: await deliveryOf(webhook, { 'Accept-Language': 'kk-KZ' }),
  // The admin's own language: Payload's language cookie, whatever the browser asks for.
  ru: await deliveryOf(webhook, { 'Accept-Language': 'en', Cookie: 'payload-lng=ru' }),
})

describe('the webhook delivery log in the reader’s language', () => {
  it('an HTTP error answer: code, status parameter, text in kk, ru and en', async () => {
    const { en, kk, ru } = await inEachLanguage(hooks.fail)
    for (const row of [en, kk, ru])
      expect(row).toMatchObject({ errorCode: 'WEBHOOK_HTTP_ERROR', errorParams: { status: 500 } })
    expect(en.error).toBe('the receiver answered HTTP 500')
    expect(kk.error).toBe('қабылдаушы HTTP 500 деп жауап берді')
    expect(ru.error).toBe('получатель ответил HTTP 500')
  })

  it('no answer in time', async () => {
    const { en, kk, ru } = await inEachLanguage(hooks.slow)
    for (const row of [en, kk, ru])
      expect(row).toMatchObject({ errorCode: 'WEBHOOK_TIMEOUT', errorParams: { ms: 300 } })
    expect(en.error).toBe('no answer within 300 ms')
    expect(kk.error).toBe('300 мс ішінде жауап болмады')
    expect(ru.error).toBe('нет ответа в течение 300 мс')
  })

  it('no connection: the system’s detail is kept in every language', async () => {
    const { en, kk, ru } = await inEachLanguage(hooks.dead)
    for (const row of [en, kk, ru]) {
      expect(row.errorCode).toBe('WEBHOOK_CONNECTION_FAILED')
      expect(row.error).toMatch(/ECONNREFUSED/)
    }
    expect(kk.error).toMatch(/^қосылу мүмкін болмады: /)
    expect(ru.error).toMatch(/^не удалось подключиться: /)
  })

  it('a refused target: the reason too is in the reader’s language', async () => {
    const { en, kk, ru } = await inEachLanguage(hooks.refused)
    for (const row of [en, kk, ru]) expect(row.errorCode).toBe('WEBHOOK_TARGET_REFUSED')
    expect(en.error).toMatch(/^refused: .*\.internal/)
    expectInLanguage('kk', kk.error, 'kk refusal')
    expectInLanguage('ru', ru.error, 'ru refusal')
    expect(kk.error).toMatch(/^қабылданбады: /)
    expect(ru.error).toMatch(/^отклонено: /)
  })

  it('a row stored before codes keeps its sentence', async () => {
    await payload.db.create({
      collection: 'webhook-deliveries',
      data: {
        attempt: 1,
        error: 'the receiver answered HTTP 502',
        event: 'publish',
        ok: false,
        webhook: hooks.fail,
      },
    })
    const rows = await (
      await fetch(
        `${server.baseURL}/api/webhook-deliveries?depth=0&where[error][equals]=the receiver answered HTTP 502`,
        { headers: { 'Accept-Language': 'kk', Authorization: `JWT ${adminToken}` } },
      )
    ).json()
    expect(rows.docs).toHaveLength(1)
    expect(rows.docs[0]).toMatchObject({ error: 'the receiver answered HTTP 502' })
    expect(rows.docs[0].errorCode ?? null).toBeNull()
  })
})
