import type { Payload } from 'payload'

import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import fs from 'fs'
import path from 'path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createRegion, createUser, loginToken, unique } from './helpers/factories'
import { mediaFiles, spooledFiles } from './helpers/mediaDir'
import { bootPayload } from './helpers/payload'
import { uploadForm } from './helpers/rest'

// Issue #15 part 2: the formats photographers send besides JPEG. TIFF is accepted (sharp reads and resizes it) and its
// XMP DigitalSourceType is read; HEIC/HEIF (iPhone photos, HEVC-coded), which this server's sharp cannot decode, is
// refused with 415 UNSUPPORTED_IMAGE_FORMAT in the caller's language, nothing written. Fixtures: the ethics plugin's
// formats (plugins/ai-ethics/test/fixtures/formats/README.md), 16×16 pictures.
const FORMATS = path.resolve('plugins/ai-ethics/test/fixtures/formats')
const fixture = (name: string) => fs.readFileSync(path.join(FORMATS, name))
const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/'

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await bootPayload()
  const region = await createRegion(payload)
  const journalist = await createUser(payload, { regions: [region.id], roles: ['journalist'] })
  token = await loginToken(payload, journalist.email)
})

afterAll(async () => {
  await payload.destroy()
})

const handlePost = REST_POST(config)

/** An upload over REST, as the admin sends it, in the caller's language. */
const upload = async (file: { data: Buffer; name: string; type: string }, language = 'kk') => {
  const url = new URL('/api/media', 'http://localhost:3000')
  const response = await handlePost(
    new Request(url, {
      body: uploadForm(file, { alt: 'Фото' }),
      headers: { 'Accept-Language': language, Authorization: `JWT ${token}` },
      method: 'POST',
    }),
    { params: Promise.resolve({ slug: ['media'] }) },
  )
  return { body: await response.json(), status: response.status }
}

describe('TIFF uploads', () => {
  it('an AI picture in TIFF is stored as image/tiff, and its XMP reads as generative AI', async () => {
    const { body, status } = await upload({
      data: fixture('xmp-ai.tif'),
      name: `scan-${unique()}.tif`,
      type: 'image/tiff',
    })
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.doc).toMatchObject({ height: 16, mimeType: 'image/tiff', width: 16 })
    expect(body.doc.provenance).toMatchObject({
      classification: 'generative-ai',
      xmpDigitalSourceType: `${IPTC}trainedAlgorithmicMedia`,
    })
  })

  it('a TIFF without metadata is accepted, provenance unknown', async () => {
    const { body, status } = await upload({
      data: fixture('plain.tif'),
      name: `plain-${unique()}.tif`,
      type: 'image/tiff',
    })
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.doc.mimeType).toBe('image/tiff')
    expect(body.doc.provenance.classification).toBe('unknown')
  })
})

describe('HEIC uploads', () => {
  it.each([
    ['kk', /HEIC форматындағы сурет/],
    ['ru', /фото в формате HEIC/],
    ['en', /is a HEIC photo/],
  ])(
    '%s: 415 UNSUPPORTED_IMAGE_FORMAT with a message in that language; nothing written',
    async (language, message) => {
      const [filesBefore, countBefore] = [
        mediaFiles(),
        (await payload.count({ collection: 'media' })).totalDocs,
      ]
      const name = `iphone-${unique()}.heic`
      const { body, status } = await upload(
        { data: fixture('xmp-ai.heic'), name, type: 'image/heic' },
        language,
      )
      expect(status).toBe(415)
      expect(body.code ?? body.errors?.[0]?.data?.code).toBe('UNSUPPORTED_IMAGE_FORMAT')
      expect(JSON.stringify(body)).toMatch(message)
      expect(JSON.stringify(body)).toContain(name)
      expect((await payload.count({ collection: 'media' })).totalDocs).toBe(countBefore)
      expect(mediaFiles()).toEqual(filesBefore)
      expect(spooledFiles()).toEqual([])
    },
  )
})
