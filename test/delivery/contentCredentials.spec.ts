// First, before anything loads the app's config: the throwaway certificate goes into C2PA_SIGN_CERT / C2PA_SIGN_KEY.
import { clubIdentity } from './signingEnv'

import type { Payload } from 'payload'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../src/payload-types'
import { verifyWithC2paTs } from '../../plugins/ai-ethics/test/c2paVerify'
import {
  createNewsroom,
  type HttpClient,
  httpClient,
  type Newsroom,
  type Persona,
} from '../access/newsroom'
import { jpegBuffer, unique } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { createItem } from './fixtures'
import { type ApiServer, startApiServer } from './server'

// Content Credentials in the newsroom: when a picture becomes public (an item using it is published, or an editor
// marks it public), the sizes the websites fetch carry the Club's signed C2PA manifest, made by a background job.
// Verified with @trustnxt/c2pa-ts over the files anonymous readers download. Runs on SQLite and PostgreSQL.

const QUEUE = 'ai-ethics-signing'
let payload: Payload
let server: ApiServer
let newsroom: Newsroom
let http: HttpClient

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  newsroom = await createNewsroom(payload)
  http = httpClient(server, newsroom)
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const upload = async (
  marker: string,
  format: 'avif' | 'gif' | 'jpeg' | 'png' | 'tiff' | 'webp' = 'jpeg',
): Promise<Media> => {
  const jpeg = await jpegBuffer(1400, 800)
  const data = format === 'jpeg' ? jpeg : await sharp(jpeg)[format]().toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: `${marker}-ALT-${unique()}` },
    file: {
      data,
      mimetype: `image/${format}`,
      name: `${marker.toLowerCase()}-${unique()}.${format === 'jpeg' ? 'jpg' : format}`,
      size: data.length,
    },
    overrideAccess: false,
    user: newsroom.people.journalistA,
  })
}

/** The bytes of one file of an upload as the given persona downloads it. */
const download = async (persona: Persona, filename: string) => {
  const response = await fetch(`${server.baseURL}/api/media/file/${encodeURIComponent(filename)}`, {
    headers: newsroom.tokens[persona as 'chief']
      ? { Authorization: `JWT ${newsroom.tokens[persona as 'chief']}` }
      : {},
  })
  expect(response.status, `${persona} GET ${filename}`).toBe(200)
  return new Uint8Array(await response.arrayBuffer())
}

const sizesOf = (media: Media) =>
  Object.entries(media.sizes ?? {}).filter(([, size]) => size?.filename) as [
    string,
    { filename: string },
  ][]
const runSigning = () => payload.jobs.run({ queue: QUEUE })
const reread = (media: Media) => payload.findByID({ collection: 'media', depth: 0, id: media.id })

const act = async (collection: string, id: number, persona: Persona, action: string) => {
  const res = await http.post(persona, `/api/${collection}/${id}/workflow`, { action })
  expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200)
}

it('runs the signing queue in the background (Payload jobs, every few seconds)', () => {
  expect(payload.config.jobs.autoRun).toEqual(
    expect.arrayContaining([expect.objectContaining({ queue: QUEUE })]),
  )
})

describe('a picture whose item an editor publishes', () => {
  let media: Media
  let article: { id: number }

  beforeAll(async () => {
    media = await upload('SIGNED')
    article = await createItem(payload, 'articles', {
      author: newsroom.people.journalistA,
      data: { heroImage: media.id, workflowStatus: 'approved' },
      region: newsroom.regionA.id,
      status: 'draft',
    })
  })

  it('is not signed while the item is a draft', async () => {
    await runSigning()
    for (const [name, size] of sizesOf(media))
      expect(await verifyWithC2paTs(await download('chief', size.filename)), name).toBeUndefined()
    expect((await reread(media)).contentCredentials?.status ?? null).toBeNull()
  })

  it('has every size readers download signed by the Club: valid for c2pa-ts, the editor who published, the resize (and crop) actions', async () => {
    await act('articles', article.id, 'editorA', 'publish')
    await runSigning()
    const sizes = sizesOf(media)
    expect(sizes.map(([name]) => name).sort()).toEqual(['card', 'og', 'thumbnail'])
    for (const [name, size] of sizes) {
      const manifest = await verifyWithC2paTs(await download('anonymous', size.filename))
      expect(manifest, name).toMatchObject({ errors: [], manifests: 1, valid: true })
      expect(manifest!.signer).toContain('KazPress Journalists Club')
      expect(manifest!.creativeWork).toMatchObject({
        editor: [{ name: newsroom.people.editorA.name }],
        publisher: { name: 'Journalists Club of Kazakhstan' },
      })
      expect(
        manifest!.actions.map((action) => action.action),
        name,
      ).toEqual(
        name === 'og'
          ? ['c2pa.opened', 'c2pa.cropped', 'c2pa.resized', 'c2pa.published']
          : ['c2pa.opened', 'c2pa.resized', 'c2pa.published'],
      )
      expect(manifest!.ingredient).toMatchObject({
        relationship: 'parentOf',
        title: media.filename,
      })
    }
    // The original is served to readers too: signed as published, not resized, itself as it came the ingredient.
    const originalBytes = await download('anonymous', media.filename!)
    const original = await verifyWithC2paTs(originalBytes)
    expect(original).toMatchObject({ errors: [], manifests: 1, valid: true })
    expect(original!.actions.map((action) => action.action)).toEqual([
      'c2pa.opened',
      'c2pa.published',
    ])
    const stored = await reread(media)
    expect(stored.contentCredentials).toMatchObject({
      publisher: newsroom.people.editorA.name,
      status: 'signed',
    })
    // The sizes in bytes the API gives follow the signed files.
    expect(stored.filesize).toBe(originalBytes.length)
    for (const [name, size] of sizesOf(stored))
      expect(stored.sizes![name as 'og']!.filesize, name).toBe(
        (await download('anonymous', size.filename)).length,
      )
    expect(stored.sizes!.thumbnail!.url).toBe(media.sizes!.thumbnail!.url)
  })

  it('is not signed again when the item is taken down and published again', async () => {
    const before = (await reread(media)).contentCredentials?.signedAt
    await act('articles', article.id, 'editorA', 'unpublish')
    await payload.update({
      collection: 'articles',
      data: { workflowStatus: 'approved' } as never,
      id: article.id,
    })
    await act('articles', article.id, 'editorA', 'publish')
    await runSigning()
    expect((await reread(media)).contentCredentials).toMatchObject({
      signedAt: before,
      status: 'signed',
    })
  })
})

it('signs a picture an editor marks public', async () => {
  const media = await upload('MARKED')
  const res = await http.patch('editorA', `/api/media/${media.id}`, { markedPublic: true })
  expect(res.status).toBe(200)
  await runSigning()
  const [, thumbnail] = sizesOf(media).find(([name]) => name === 'thumbnail')!
  const manifest = await verifyWithC2paTs(await download('anonymous', thumbnail.filename))
  expect(manifest).toMatchObject({ errors: [], valid: true })
  expect(manifest!.creativeWork).toMatchObject({ editor: [{ name: newsroom.people.editorA.name }] })
  expect(clubIdentity.certPath).toBeTruthy()
})

// Every picture format the newsroom takes (collections/Media/uploadLimits.ts) keeps its format in its sizes, the og
// card among them: each file readers download is signed (c2pa-ts reads WebP, GIF and TIFF through the C2PA
// container readers of plugins/ai-ethics/test/c2paVerify.ts).
it.each(['png', 'webp', 'avif', 'gif', 'tiff'] as const)(
  'signs every file readers download of a %s picture an editor marks public',
  async (format) => {
    const media = await upload(`FORMAT-${format.toUpperCase()}`, format)
    const res = await http.patch('editorA', `/api/media/${media.id}`, { markedPublic: true })
    expect(res.status).toBe(200)
    await runSigning()
    const stored = await reread(media)
    expect(
      sizesOf(stored)
        .map(([name]) => name)
        .sort(),
    ).toEqual(['card', 'og', 'thumbnail'])
    for (const [name, size] of [
      ...sizesOf(stored),
      ['(original)', { filename: media.filename! }],
    ] as const) {
      const bytes = await download('anonymous', size.filename)
      expect((await sharp(bytes).metadata()).format, name).toBe(format === 'avif' ? 'heif' : format)
      const manifest = await verifyWithC2paTs(bytes)
      expect(manifest, `${format} ${name}`).toMatchObject({ errors: [], manifests: 1, valid: true })
      expect(manifest!.signer).toContain('KazPress Journalists Club')
    }
    expect(stored.contentCredentials).toMatchObject({ status: 'signed' })
  },
)

it('signs, at start-up, the pictures that were public before the certificate was configured', async () => {
  // Public while signing was off: written past the media hooks, so nothing was queued for them.
  const old = [await upload('OLD-A'), await upload('OLD-B', 'png')]
  for (const media of old)
    await payload.db.updateOne({
      collection: 'media',
      data: { isPublic: true },
      id: media.id,
      returning: false,
    })
  const sweep = payload.config.custom.aiEthicsSignSweep as (payload: Payload) => Promise<void>
  const sweeps = async () =>
    (
      await payload.count({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'aiEthicsSignSweep' } },
      })
    ).totalDocs
  await sweep(payload)
  await sweep(payload)
  expect(await sweeps()).toBe(1)
  for (let round = 0; round < 5 && (await sweeps()) > 0; round++) await runSigning()
  expect(await sweeps()).toBe(0)
  for (const media of old) {
    expect((await reread(media)).contentCredentials).toMatchObject({
      publisher: null,
      status: 'signed',
    })
    const [, thumbnail] = sizesOf(media).find(([name]) => name === 'thumbnail')!
    expect(await verifyWithC2paTs(await download('anonymous', thumbnail.filename))).toMatchObject({
      errors: [],
      valid: true,
    })
  }
  await sweep(payload)
  expect(await sweeps()).toBe(0)
})
