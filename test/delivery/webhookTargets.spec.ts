import type { Payload } from 'payload'

import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { webhookNetwork } from '../../plugins/delivery/src/webhooks/targetPolicy'
import { createItemInState, createDesk, type Desk } from '../workflow/helpers'
import { bootPayload } from '../helpers/payload'
import { type ApiServer, startApiServer } from './server'

/**
 * Finding 10 of the security review: webhook URLs to 169.254.169.254, 127.1, 2130706433 and any loopback port were
 * accepted, and the delivery log told which ports were open. Targets that are not public unicast addresses are
 * refused in every spelling, at save time and again after DNS resolution at delivery time, unless
 * WEBHOOK_ALLOWED_HOSTS names them.
 */
let payload: Payload
let server: ApiServer
let desk: Desk
let receiver: http.Server
let receiverPort: number
const received: string[] = []
const realLookup = webhookNetwork.lookup

beforeAll(async () => {
  delete process.env.WEBHOOK_ALLOWED_HOSTS
  payload = await bootPayload()
  server = await startApiServer()
  desk = await createDesk(payload)
  receiver = http.createServer((req, res) => {
    received.push(req.url ?? '')
    res
      .writeHead(
        req.url === '/redirect' ? 302 : 204,
        req.url === '/redirect' ? { Location: 'http://169.254.169.254/latest/meta-data/' } : {},
      )
      .end()
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverPort = (receiver.address() as AddressInfo).port
})

afterEach(() => {
  delete process.env.WEBHOOK_ALLOWED_HOSTS
  webhookNetwork.lookup = realLookup
})

afterAll(async () => {
  // The suite shares one database: leave no webhook and no delivery job behind for the specs that follow.
  await payload?.delete({ collection: 'webhooks', where: {} })
  await payload?.delete({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'deliverWebhook' } },
  })
  await new Promise<void>(
    (resolve) => (receiver.closeAllConnections(), receiver.close(() => resolve())),
  )
  await server?.close()
  await payload?.destroy()
})

const saveWebhook = (url: string) =>
  fetch(`${server.baseURL}/api/webhooks`, {
    body: JSON.stringify({ events: ['publish'], url }),
    headers: { Authorization: `JWT ${desk.tokens.admin}`, 'Content-Type': 'application/json' },
    method: 'POST',
  })

/** A lookup answering every name with the given addresses: DNS is outside the system, so the test plays it. */
const resolveTo = (...addresses: string[]) => {
  webhookNetwork.lookup = ((
    hostname: string,
    options: unknown,
    callback: (...args: unknown[]) => void,
  ) => {
    const all = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
    if (typeof options === 'object' && options && (options as { all?: boolean }).all)
      callback(null, all)
    else callback(null, all[0].address, all[0].family)
  }) as typeof webhookNetwork.lookup
}

const REFUSED_URLS = [
  // Cloud metadata, loopback and the whole-machine address in the spellings URL parsers accept.
  'https://169.254.169.254/latest/meta-data/',
  'https://127.1/hook',
  'https://2130706433/hook',
  'https://0x7f000001/hook',
  'https://0x7f.1/hook',
  'https://0177.0.0.1/hook',
  'https://127.0.0.1./hook',
  'https://%31%32%37.0.0.1/hook',
  'https://0/hook',
  'https://0.0.0.0/hook',
  'https://[::1]/hook',
  'https://[::]/hook',
  'https://[::ffff:127.0.0.1]/hook',
  'https://[0:0:0:0:0:ffff:a9fe:a9fe]/hook',
  'https://[::ffff:8.8.8.8]/hook',
  'https://[64:ff9b::7f00:1]/hook',
  'https://[2002:7f00:1::]/hook',
  // Private, shared (CGNAT), link-local, unique-local, multicast and reserved ranges.
  'https://10.0.0.5/hook',
  'https://172.16.3.4/hook',
  'https://192.168.1.1/hook',
  'https://100.64.0.1/hook',
  'https://100.100.100.200/latest/meta-data/',
  'https://169.254.0.23/hook',
  'https://[fe80::1]/hook',
  'https://[fd00:ec2::254]/latest/meta-data/',
  'https://[fc00::1]/hook',
  'https://224.0.0.1/hook',
  'https://[ff02::1]/hook',
  'https://255.255.255.255/hook',
  'https://240.0.0.1/hook',
  // Names that only mean something inside a network.
  'https://localhost/hook',
  'https://LOCALHOST./hook',
  'https://receiver.localhost/hook',
  'https://metadata.google.internal/computeMetadata/v1/',
  'https://metadata.google.internal./computeMetadata/v1/',
  'https://metadata/hook',
  'https://printer.local/hook',
  'https://router.home.arpa/hook',
  // User-info tricks.
  'https://evil@127.0.0.1/hook',
  'https://example.com@127.0.0.1/hook',
  // Any loopback port, over plain HTTP too.
  'http://127.0.0.1:6379/',
  'http://127.0.0.1:22/',
]

describe('webhook targets at save time', () => {
  it.each(REFUSED_URLS)('refuses %s with a 400 that names the url', async (url) => {
    const response = await saveWebhook(url)
    const body = await response.json()
    expect(response.status, JSON.stringify(body)).toBe(400)
    expect(JSON.stringify(body)).toMatch(/url/)
  })

  it('refuses a host name whose DNS answer is not public, in any of its addresses', async () => {
    resolveTo('93.184.216.34', '127.0.0.1')
    const response = await saveWebhook('https://mixed.example.com/hook')
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/loopback/)
    resolveTo('169.254.169.254')
    expect((await saveWebhook('https://metadata.example.com/hook')).status).toBe(400)
  })

  it('accepts a public https receiver, and one whose name does not resolve yet', async () => {
    resolveTo('93.184.216.34')
    const ok = await saveWebhook('https://hooks.example.com/newsroom')
    expect(ok.status, JSON.stringify(await ok.clone().json())).toBe(201)
    webhookNetwork.lookup = ((
      _hostname: string,
      _options: unknown,
      callback: (error: Error) => void,
    ) =>
      callback(
        Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
      )) as unknown as typeof webhookNetwork.lookup
    expect((await saveWebhook('https://not-yet.example.com/hook')).status).toBe(201)
  })

  it('accepts loopback and private targets that WEBHOOK_ALLOWED_HOSTS names (name, address or range), plain http included', async () => {
    process.env.WEBHOOK_ALLOWED_HOSTS = '127.0.0.1, receiver.localhost, 10.20.0.0/16'
    expect((await saveWebhook(`http://127.0.0.1:${receiverPort}/hook`)).status).toBe(201)
    expect((await saveWebhook('https://127.1/hook')).status).toBe(201) // the same address, another spelling
    expect((await saveWebhook('http://receiver.localhost/hook')).status).toBe(201)
    expect((await saveWebhook('https://10.20.3.4/hook')).status).toBe(201)
    expect((await saveWebhook('https://10.21.3.4/hook')).status).toBe(400)
    expect((await saveWebhook('https://[::1]/hook')).status).toBe(400)
    expect((await saveWebhook('https://169.254.169.254/hook')).status).toBe(400)
  })
})

describe('webhook targets at delivery time', () => {
  // Only the webhook a test makes is active: the ones saved above must not be sent anything.
  beforeEach(async () => {
    await payload.update({
      collection: 'webhooks',
      data: { active: false },
      where: { active: { equals: true } },
    })
  })

  const deliver = async (url: string, allowed = '') => {
    process.env.WEBHOOK_ALLOWED_HOSTS = allowed
    resolveTo('93.184.216.34')
    const webhook = await payload.create({
      collection: 'webhooks',
      data: { events: ['publish'], secret: 'x'.repeat(32), url },
    })
    const { id } = await createItemInState(payload, desk, 'articles', 'approved')
    return { id, webhook }
  }

  const publishAndRun = async (collectionItem: number) => {
    const res = await fetch(`${server.baseURL}/api/articles/${collectionItem}/workflow`, {
      body: JSON.stringify({ action: 'publish' }),
      headers: { Authorization: `JWT ${desk.tokens.editor}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(res.status).toBe(200)
    // Other specs may have left jobs in the queue (the suite shares one database): run them all.
    await payload.jobs.run({ limit: 500, queue: 'webhooks' })
  }

  const logOf = async (webhook: number | string) =>
    (
      await payload.find({
        collection: 'webhook-deliveries',
        depth: 0,
        sort: 'createdAt',
        where: { webhook: { equals: webhook } },
      })
    ).docs

  const jobsOf = async (webhook: number | string) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        depth: 0,
        limit: 100,
        where: { taskSlug: { equals: 'deliverWebhook' } },
      })
    ).docs.filter((job) => String((job.input as { webhook?: string })?.webhook) === String(webhook))

  it('checks the address again after DNS: a name that now resolves to loopback is refused, never connected, never retried', async () => {
    const { id, webhook } = await deliver('https://rebinding.example.com/hook')
    // Saved while the name pointed at a public address; now it points at this machine (DNS rebinding).
    resolveTo('127.0.0.1')
    const before = received.length
    await publishAndRun(id)
    const [log] = await logOf(webhook.id)
    expect(log).toMatchObject({ attempt: 1, ok: false, statusCode: null })
    expect(log.error).toMatch(/^refused: .*loopback/)
    expect(received.length).toBe(before)
    // A refusal is final: the job is done (Payload deletes finished jobs), none waits for a retry.
    expect((await jobsOf(webhook.id)).filter((job) => !job.completedAt)).toEqual([])
  })

  it('refuses a stored target whose address is not allowed, without telling whether its port is open', async () => {
    // Written by trusted server code before the rule existed, to two loopback ports: one open, one closed.
    delete process.env.WEBHOOK_ALLOWED_HOSTS
    const open = await payload.create({
      collection: 'webhooks',
      data: {
        events: ['publish'],
        secret: 'x'.repeat(32),
        url: 'https://placeholder.example.com/',
      },
    })
    const closed = await payload.create({
      collection: 'webhooks',
      data: {
        events: ['publish'],
        secret: 'x'.repeat(32),
        url: 'https://placeholder.example.com/',
      },
    })
    await payload.db.updateOne({
      collection: 'webhooks',
      data: { url: `http://127.0.0.1:${receiverPort}/open` },
      id: open.id,
    })
    await payload.db.updateOne({
      collection: 'webhooks',
      data: { url: 'http://127.0.0.1:1/closed' },
      id: closed.id,
    })
    const { id } = await createItemInState(payload, desk, 'articles', 'approved')
    const before = received.length
    await publishAndRun(id)
    const [openLog] = await logOf(open.id)
    const [closedLog] = await logOf(closed.id)
    expect(received.length).toBe(before)
    expect(openLog.error).toMatch(/^refused: /)
    expect({ error: openLog.error, ok: openLog.ok, statusCode: openLog.statusCode }).toEqual({
      error: closedLog.error,
      ok: closedLog.ok,
      statusCode: closedLog.statusCode,
    })
  })

  it('does not follow redirects: a 3xx is a failed attempt, and its Location is never requested', async () => {
    const { id, webhook } = await deliver(`http://127.0.0.1:${receiverPort}/redirect`, '127.0.0.1')
    await publishAndRun(id)
    const [log] = await logOf(webhook.id)
    expect(log).toMatchObject({
      error: 'the receiver answered HTTP 302',
      ok: false,
      statusCode: 302,
    })
  })

  it('delivers to an allowlisted name at the address it resolved to', async () => {
    const { id, webhook } = await deliver(
      `http://hooks.allowed.example:${receiverPort}/allowed`,
      'hooks.allowed.example',
    )
    resolveTo('127.0.0.1')
    await publishAndRun(id)
    const [log] = await logOf(webhook.id)
    expect(log, JSON.stringify(log)).toMatchObject({ ok: true, statusCode: 204 })
    expect(received).toContain('/allowed')
  })
})
