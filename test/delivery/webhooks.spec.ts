import type { Payload } from 'payload'

import { createHmac } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  WEBHOOK_BACKOFF_BASE_MS,
  WEBHOOK_RETRIES,
} from '../../plugins/delivery/src/webhooks/deliverTask'
import { createItemInState, createDesk, type Desk } from '../workflow/helpers'
import { bootPayload } from '../helpers/payload'
import { sdkFor } from './fixtures'
import { type ApiServer, startApiServer } from './server'

type Received = { body: string; headers: http.IncomingHttpHeaders; path: string }

/** A real HTTP receiver: `/ok` answers 204 at once, `/slow` after `slowMs`, `/fail` with 500. */
const startReceiver = async () => {
  const received: Received[] = []
  const state = { slowMs: 5_000 }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({
        body: Buffer.concat(chunks).toString('utf8'),
        headers: req.headers,
        path: req.url ?? '',
      })
      if (req.url === '/fail') return void res.writeHead(500).end('no')
      if (req.url === '/slow')
        return void setTimeout(() => res.writeHead(200).end('ok'), state.slowMs).unref()
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    close: () =>
      new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
    received,
    state,
    url,
  }
}

/** A port nothing listens on: connections are refused at once. */
const deadUrl = async () => {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}/hook`
}

let payload: Payload
let server: ApiServer
let receiver: Awaited<ReturnType<typeof startReceiver>>
let desk: Desk

beforeAll(async () => {
  // The receivers of this spec listen on this machine: name it, as a local development setup would.
  process.env.WEBHOOK_ALLOWED_HOSTS = '127.0.0.1'
  payload = await bootPayload()
  // The suite shares one database: webhooks other specs left active, and the deliveries queued for them, would
  // run in this spec's job runs (a run takes ten jobs, oldest first) and push this spec's own deliveries out.
  await payload.update({ collection: 'webhooks', data: { active: false }, where: {} })
  await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'webhooks' } } })
  server = await startApiServer()
  receiver = await startReceiver()
  desk = await createDesk(payload)
})

afterAll(async () => {
  await receiver?.close()
  await server?.close()
  await payload?.destroy()
})

const act = async (
  collection: 'articles',
  id: number,
  token: string,
  body: Record<string, unknown>,
) => {
  const started = performance.now()
  const response = await fetch(`${server.baseURL}/api/${collection}/${id}/workflow`, {
    body: JSON.stringify(body),
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const json = await response.json()
  expect(response.status, JSON.stringify(json)).toBe(200)
  return performance.now() - started
}

const createWebhook = (data: {
  active?: boolean
  events: ('publish' | 'unpublish' | 'update-published')[]
  url: string
}) =>
  // The secret is generated when none is given.
  sdkFor(server.baseURL, desk.tokens.admin).create({
    collection: 'webhooks',
    data: data as typeof data & { secret: string },
  })

const runWebhookJobs = () => payload.jobs.run({ queue: 'webhooks' })

const deliveriesOf = async (webhook: number) =>
  (
    await payload.find({
      collection: 'webhook-deliveries',
      depth: 0,
      limit: 100,
      sort: 'createdAt',
      where: { webhook: { equals: webhook } },
    })
  ).docs

const jobOf = async (webhook: number) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    limit: 100,
    where: { taskSlug: { equals: 'deliverWebhook' } },
  })
  return docs.find(
    (job) => String((job.input as { webhook?: string })?.webhook) === String(webhook),
  )
}

/** Makes a job waiting for its backoff due now: the wait itself is what the test measures, not what it sits through. */
const fastForward = async (jobId: number | string) => {
  await payload.update({
    collection: 'payload-jobs',
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    id: jobId,
  })
}

const signatureOf = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`

describe('the webhooks collection', () => {
  it('is managed by admins only; the secret is generated and only admins read it back', async () => {
    const webhook = await createWebhook({ events: ['publish'], url: `${receiver.url}/ok` })
    expect(webhook.secret).toMatch(/^[0-9a-f]{64}$/)
    expect(webhook.active).toBe(true)

    const chief = await fetch(`${server.baseURL}/api/webhooks/${webhook.id}`, {
      headers: { Authorization: `JWT ${desk.tokens.chief}` },
    })
    expect(chief.status).toBe(403)
    const anonymous = await fetch(`${server.baseURL}/api/webhooks`)
    expect(anonymous.status).toBe(403)
    const create = await fetch(`${server.baseURL}/api/webhooks`, {
      body: JSON.stringify({ events: ['publish'], url: 'https://example.test/hook' }),
      headers: { Authorization: `JWT ${desk.tokens.chief}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(create.status).toBe(403)
    await payload.update({ collection: 'webhooks', data: { active: false }, id: webhook.id })
  })

  it.each([
    ['http://example.test/hook', /https:\/\//],
    ['ftp://127.0.0.1/hook', /https:\/\//],
    ['https://user:pass@example.test/hook', /user name or password/],
    ['not a url', /not an absolute URL/],
  ])('refuses url %s', async (url, message) => {
    const response = await fetch(`${server.baseURL}/api/webhooks`, {
      body: JSON.stringify({ events: ['publish'], url }),
      headers: { Authorization: `JWT ${desk.tokens.admin}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(message)
  })

  it('the delivery log is read-only, for admins', async () => {
    expect(
      (
        await fetch(`${server.baseURL}/api/webhook-deliveries`, {
          headers: { Authorization: `JWT ${desk.tokens.admin}` },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await fetch(`${server.baseURL}/api/webhook-deliveries`, {
          headers: { Authorization: `JWT ${desk.tokens.chief}` },
        })
      ).status,
    ).toBe(403)
    const forged = await fetch(`${server.baseURL}/api/webhook-deliveries`, {
      body: JSON.stringify({ attempt: 1, event: 'publish' }),
      headers: { Authorization: `JWT ${desk.tokens.admin}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(forged.status).toBe(403)
  })
})

describe('events', () => {
  it('publish, update-published and unpublish are POSTed as signed JSON, through the jobs queue', async () => {
    const all = await createWebhook({
      events: ['publish', 'update-published', 'unpublish'],
      url: `${receiver.url}/ok?all`,
    })
    const onlyUnpublish = await createWebhook({
      events: ['unpublish'],
      url: `${receiver.url}/ok?unpublish`,
    })
    const inactive = await createWebhook({
      active: false,
      events: ['publish', 'update-published', 'unpublish'],
      url: `${receiver.url}/ok?inactive`,
    })
    const { id } = await createItemInState(payload, desk, 'articles', 'approved')
    const seen = () => receiver.received.filter((request) => request.path.startsWith('/ok?'))
    const before = seen().length

    await act('articles', id, desk.tokens.editor, { action: 'publish' })
    expect(seen()).toHaveLength(before) // queued, not sent during the editor's request
    await runWebhookJobs()
    const [published] = seen().slice(before)
    expect(published.path).toBe('/ok?all')
    expect(published.headers['content-type']).toBe('application/json')
    expect(published.headers['x-newsroom-signature']).toBe(signatureOf(all.secret, published.body))
    const body = JSON.parse(published.body)
    expect(body).toEqual({
      collection: 'articles',
      event: 'publish',
      id,
      locale: 'kk',
      occurredAt: expect.any(String),
      slug: expect.any(String),
    })
    expect(new Date(body.occurredAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
    const [logged] = await deliveriesOf(all.id)
    expect(logged).toMatchObject({
      attempt: 1,
      docId: String(id),
      event: 'publish',
      ok: true,
      statusCode: 204,
      targetCollection: 'articles',
    })

    // An edit of the live item is a draft revision: nothing public changed, nothing is sent.
    const edit = await fetch(`${server.baseURL}/api/articles/${id}`, {
      body: JSON.stringify({ excerpt: 'Түзетілген анонс' }),
      headers: { Authorization: `JWT ${desk.tokens.editor}`, 'Content-Type': 'application/json' },
      method: 'PATCH',
    })
    expect(edit.status).toBe(200)
    await runWebhookJobs()
    expect(seen().length).toBe(before + 1)

    // Publishing the revision replaces the live version: update-published.
    await act('articles', id, desk.tokens.editor, { action: 'submit' })
    await act('articles', id, desk.tokens.editor, { action: 'approve' })
    await act('articles', id, desk.tokens.editor, { action: 'publish' })
    await runWebhookJobs()
    const updated = seen().slice(before + 1)
    expect(updated.map((request) => [request.path, JSON.parse(request.body).event])).toEqual([
      ['/ok?all', 'update-published'],
    ])

    await act('articles', id, desk.tokens.editor, { action: 'unpublish' })
    await runWebhookJobs()
    const unpublished = seen().slice(before + 2)
    expect(
      unpublished.map((request) => [request.path, JSON.parse(request.body).event]).sort(),
    ).toEqual([
      ['/ok?all', 'unpublish'],
      ['/ok?unpublish', 'unpublish'],
    ])
    const toUnpublishOnly = unpublished.find((request) => request.path === '/ok?unpublish')!
    expect(toUnpublishOnly.headers['x-newsroom-signature']).toBe(
      signatureOf(onlyUnpublish.secret, toUnpublishOnly.body),
    )
    expect(await deliveriesOf(inactive.id)).toHaveLength(0)

    for (const webhook of [all, onlyUnpublish])
      await payload.update({ collection: 'webhooks', data: { active: false }, id: webhook.id })
  })
})

describe('what the public sees decides the event', () => {
  it('a live item held back by the ethics review is announced as unpublished; deleting a public item too', async () => {
    const hook = await createWebhook({
      events: ['publish', 'unpublish', 'update-published'],
      url: `${receiver.url}/ok?held`,
    })
    const events = () =>
      receiver.received
        .filter((request) => request.path === '/ok?held')
        .map((request) => JSON.parse(request.body).event)
    const { id } = await createItemInState(payload, desk, 'articles', 'published')
    await runWebhookJobs()
    expect(events()).toEqual(['publish'])

    // Trusted server code rejects the live version: readers no longer see it.
    await payload.update({
      collection: 'articles',
      context: { aiEthicsSkip: true },
      data: { ethicsReview: { status: 'rejected' } } as never,
      id,
    })
    expect((await fetch(`${server.baseURL}/api/articles/${id}`)).status).toBe(404)
    await runWebhookJobs()
    expect(events()).toEqual(['publish', 'unpublish'])

    await payload.update({
      collection: 'articles',
      context: { aiEthicsSkip: true },
      data: { ethicsReview: { status: 'cleared' } } as never,
      id,
    })
    await payload.delete({ collection: 'articles', id })
    await runWebhookJobs()
    // Both jobs run in one parallel batch: arrival order is not guaranteed, `occurredAt` gives the order.
    const ordered = receiver.received
      .filter((request) => request.path === '/ok?held')
      .map((request) => JSON.parse(request.body) as { event: string; occurredAt: string })
      .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
      .map((body) => body.event)
    expect(ordered).toEqual(['publish', 'unpublish', 'publish', 'unpublish'])
    await payload.update({ collection: 'webhooks', data: { active: false }, id: hook.id })
  })
})

describe('slow and dead receivers', () => {
  it("never slow down or fail the editor's publish; failures are logged and retried with exponential backoff", async () => {
    process.env.WEBHOOK_TIMEOUT_MS = '500'
    receiver.state.slowMs = 5_000
    const dead = await createWebhook({ events: ['publish'], url: await deadUrl() })
    const slow = await createWebhook({ events: ['publish'], url: `${receiver.url}/slow` })
    const failing = await createWebhook({ events: ['publish'], url: `${receiver.url}/fail` })
    const { id } = await createItemInState(payload, desk, 'articles', 'approved')

    const publishMs = await act('articles', id, desk.tokens.editor, { action: 'publish' })
    // The publish returns long before the slow receiver would answer, and nothing was sent yet.
    expect(publishMs).toBeLessThan(2_000)
    expect(receiver.received.filter((request) => request.path === '/slow')).toHaveLength(0)

    const started = Date.now()
    await runWebhookJobs()
    expect(Date.now() - started).toBeLessThan(3_000) // bounded by the 500 ms timeout, not the receiver

    const [deadLog] = await deliveriesOf(dead.id)
    expect(deadLog).toMatchObject({ attempt: 1, ok: false, statusCode: null })
    expect(deadLog.error).toMatch(/ECONNREFUSED|fetch failed/)
    const [slowLog] = await deliveriesOf(slow.id)
    expect(slowLog).toMatchObject({ attempt: 1, error: 'no answer within 500 ms', ok: false })
    expect(slowLog.durationMs).toBeGreaterThanOrEqual(450)
    const [failingLog] = await deliveriesOf(failing.id)
    expect(failingLog).toMatchObject({
      attempt: 1,
      error: 'the receiver answered HTTP 500',
      ok: false,
      statusCode: 500,
    })

    // Retries wait: the first for the base delay, each next one twice as long.
    const waits: number[] = []
    for (let attempt = 2; attempt <= WEBHOOK_RETRIES + 1; attempt++) {
      const job = (await jobOf(dead.id))!
      expect(job.hasError).toBeFalsy()
      waits.push(
        new Date(job.waitUntil as string).getTime() -
          new Date((await deliveriesOf(dead.id)).at(-1)!.createdAt).getTime(),
      )
      await fastForward(job.id)
      await runWebhookJobs()
      expect(await deliveriesOf(dead.id)).toHaveLength(attempt)
    }
    expect(waits[0]).toBeGreaterThanOrEqual(WEBHOOK_BACKOFF_BASE_MS * 0.9)
    for (let i = 1; i < waits.length; i++) expect(waits[i] / waits[i - 1]).toBeGreaterThan(1.7)
    // After the last retry the job gives up: no more attempts.
    const final = await jobOf(dead.id)
    expect(final?.hasError).toBe(true)
    const deadLogs = await deliveriesOf(dead.id)
    expect(deadLogs.map((log) => log.attempt)).toEqual(
      Array.from({ length: WEBHOOK_RETRIES + 1 }, (_, i) => i + 1),
    )
    expect(deadLogs.every((log) => log.ok === false)).toBe(true)

    // A receiver that recovers gets the same signed body on the retry.
    receiver.state.slowMs = 0
    await fastForward((await jobOf(slow.id))!.id)
    await runWebhookJobs()
    const slowLogs = await deliveriesOf(slow.id)
    expect(slowLogs.map((log) => [log.attempt, log.ok])).toEqual([
      [1, false],
      [2, true],
    ])
    const attempts = receiver.received.filter((request) => request.path === '/slow')
    expect(attempts).toHaveLength(2)
    expect(attempts[1].body).toBe(attempts[0].body)
    expect(attempts[1].headers['x-newsroom-signature']).toBe(
      signatureOf(slow.secret, attempts[1].body),
    )
    delete process.env.WEBHOOK_TIMEOUT_MS
  })
})
