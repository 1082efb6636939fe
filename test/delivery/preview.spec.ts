import type { Payload, PayloadRequest } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { previewSignature, signPreview } from '../../plugins/delivery/src/preview'
import { createRegion, createUser, loginToken } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { createItem } from './fixtures'
import { type ApiServer, startApiServer } from './server'

let payload: Payload
let server: ApiServer
let region: { id: number }
let editorToken: string
let outsiderToken: string
let revisedId: number
let draftId: number

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  region = await createRegion(payload)
  const otherRegion = await createRegion(payload)
  editorToken = await loginToken(
    payload,
    (await createUser(payload, { regions: [region.id], roles: ['regional-editor'] })).email,
  )
  outsiderToken = await loginToken(
    payload,
    (await createUser(payload, { regions: [otherRegion.id], roles: ['journalist'] })).email,
  )
  revisedId = (
    await createItem(payload, 'articles', {
      data: { title: 'Жарияланған нұсқа' },
      region: region.id,
      status: 'live',
    })
  ).id
  await payload.update({
    collection: 'articles',
    context: { aiEthicsSkip: true, disableWebhooks: true },
    data: { title: 'Түзетілген жоба' },
    draft: true,
    id: revisedId,
  })
  draftId = (
    await createItem(payload, 'articles', {
      data: { title: 'Ешқашан жарияланбаған' },
      region: region.id,
      status: 'draft',
    })
  ).id
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

/** The API answers at the test server, whatever SERVER_URL the link was built with. */
const onTestServer = (url: string) =>
  `${server.baseURL}${new URL(url).pathname}${new URL(url).search}`
const previewPath = (
  id: number,
  { expires, sig }: { expires: number | string; sig: string },
  collection = 'articles',
) => `${server.baseURL}/api/preview/${collection}/${id}?expires=${expires}&sig=${sig}`

describe('signed draft preview', () => {
  it('staff get a signed link; with it, anyone reads the latest draft — without staff-only fields, never cached', async () => {
    const link = await fetch(`${server.baseURL}/api/preview-link/articles/${revisedId}?locale=kk`, {
      headers: { Authorization: `JWT ${editorToken}` },
    })
    expect(link.status).toBe(200)
    const { apiUrl, expiresAt, websiteUrl } = await link.json()
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now())
    expect(websiteUrl).toMatch(
      new RegExp(`/preview/articles/${revisedId}\\?locale=kk&expires=\\d+&sig=[0-9a-f]{64}$`),
    )

    const preview = await fetch(onTestServer(apiUrl))
    expect(preview.status).toBe(200)
    expect(preview.headers.get('cache-control')).toBe('private, no-store')
    const doc = await preview.json()
    expect(doc.title).toBe('Түзетілген жоба')
    for (const field of ['workflowStatus', 'assignee', 'ethicsReview', 'createdBy', 'updatedBy'])
      expect(doc, field).not.toHaveProperty(field)
    // Related documents are populated as the public sees them.
    expect(doc.region).toMatchObject({ id: region.id })

    // The public API still serves the published version.
    expect(
      (await (await fetch(`${server.baseURL}/api/articles/${revisedId}?draft=true`)).json()).title,
    ).toBe('Жарияланған нұсқа')
  })

  it('previews a draft that was never published', async () => {
    const response = await fetch(
      previewPath(draftId, signPreview(payload.secret, { collection: 'articles', id: draftId })),
    )
    expect(response.status).toBe(200)
    expect((await response.json()).title).toBe('Ешқашан жарияланбаған')
    expect((await fetch(`${server.baseURL}/api/articles/${draftId}`)).status).toBe(404)
  })

  it.each([
    [
      'a wrong signature',
      () => ({ expires: Math.floor(Date.now() / 1000) + 600, sig: '0'.repeat(64) }),
      /does not match/,
    ],
    [
      'a signature for another document',
      () => signPreview(payload.secret, { collection: 'articles', id: revisedId }),
      /does not match/,
    ],
    [
      'an expired link',
      () => signPreview(payload.secret, { collection: 'articles', id: draftId }, -5),
      /expired/,
    ],
    [
      'a changed expiry',
      () => ({
        ...signPreview(payload.secret, { collection: 'articles', id: draftId }),
        expires: Math.floor(Date.now() / 1000) + 999_999,
      }),
      /does not match/,
    ],
    ['no signature', () => ({ expires: '', sig: '' }), /needs `expires`/],
  ])('403 for %s', async (_case, link, message) => {
    const response = await fetch(previewPath(draftId, link()))
    expect(response.status).toBe(403)
    const body = await response.json()
    expect(body.code).toBe('FORBIDDEN')
    expect(body.errors[0].message).toMatch(message)
  })

  it('a signature made with another secret is refused', async () => {
    const expires = Math.floor(Date.now() / 1000) + 600
    const sig = previewSignature('not-the-secret', { collection: 'articles', id: draftId }, expires)
    expect((await fetch(previewPath(draftId, { expires, sig }))).status).toBe(403)
  })

  it('preview links are for staff who can read the item', async () => {
    expect((await fetch(`${server.baseURL}/api/preview-link/articles/${draftId}`)).status).toBe(401)
    const outsider = await fetch(`${server.baseURL}/api/preview-link/articles/${draftId}`, {
      headers: { Authorization: `JWT ${outsiderToken}` },
    })
    expect(outsider.status).toBe(404)
    expect(
      (
        await fetch(`${server.baseURL}/api/preview-link/users/1`, {
          headers: { Authorization: `JWT ${editorToken}` },
        })
      ).status,
    ).toBe(404)
  })

  it('live preview in the admin opens the website with a link signed for the document', async () => {
    const collection = payload.collections.articles.config
    const url = collection.admin.livePreview?.url
    expect(url).toBeTypeOf('function')
    const built = await (url as (args: unknown) => Promise<string> | string)({
      collectionConfig: collection,
      data: { id: draftId },
      locale: { code: 'ru', label: 'Русский' },
      payload,
      req: { payload } as PayloadRequest,
    })
    const parsed = new URL(built)
    expect(`${parsed.origin}${parsed.pathname}`).toBe(
      `${process.env.WEBSITE_URL || process.env.SERVER_URL || 'http://localhost:3000'}/preview/articles/${draftId}`,
    )
    expect(parsed.searchParams.get('locale')).toBe('ru')
    // The website passes the signature on to the API.
    const { expires, sig } = Object.fromEntries(parsed.searchParams) as {
      expires: string
      sig: string
    }
    const response = await fetch(`${previewPath(draftId, { expires, sig })}&locale=ru`)
    expect(response.status).toBe(200)
  })
})
