import type { Payload } from 'payload'

import { crc32, deflateSync } from 'node:zlib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from './delivery/server'
import { createRegion, createUser, loginToken, unique } from './helpers/factories'
import { mediaFiles, spooledFiles } from './helpers/mediaDir'
import { bootPayload } from './helpers/payload'

let payload: Payload
let server: ApiServer
let token: string

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  const region = await createRegion(payload)
  const journalist = await createUser(payload, { regions: [region.id], roles: ['journalist'] })
  token = await loginToken(payload, journalist.email)
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

/** An upload over HTTP, multipart as the admin sends it. */
const upload = async (
  file: { data: Buffer; name: string; type: string },
  fields: Record<string, unknown>,
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  const response = await fetch(`${server.baseURL}/api/media`, {
    body: form,
    headers: { Authorization: `JWT ${token}` },
    method: 'POST',
  })
  return { body: await response.json(), status: response.status }
}

/** Read as the uploader: an upload is staff-only until an item using it is published (plugins/delivery/src/publicMedia). */
const download = async (url: string) => {
  const response = await fetch(url.startsWith('http') ? url : `${server.baseURL}${url}`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(response.status, url).toBe(200)
  return Buffer.from(await response.arrayBuffer())
}

const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

/** Each file of a media document: the original and every size (Payload's and the og card). */
const filesOf = (doc: { filename: string; sizes: Record<string, { filename?: null | string }> }) =>
  [doc.filename, ...Object.values(doc.sizes).map((size) => size.filename)].filter(
    Boolean,
  ) as string[]

describe('same-name uploads at once (finding 4)', () => {
  const colours = Array.from({ length: 12 }, (_, i) => ({
    b: (i * 53 + 100) % 256,
    g: (i * 91 + 50) % 256,
    r: (i * 37 + 20) % 256,
  }))

  it('twelve concurrent uploads of same-name.png all succeed, each serving its own bytes and sizes; refused ones leave nothing', async () => {
    const pictures = await Promise.all(
      colours.map((background) =>
        sharp({ create: { background, channels: 3, height: 900, width: 1700 } })
          .png()
          .toBuffer(),
      ),
    )
    const filesBefore = new Set(mediaFiles())
    const countBefore = await mediaCount()

    const [accepted, refused] = await Promise.all([
      Promise.all(
        pictures.map((data, i) =>
          upload({ data, name: 'same-name.png', type: 'image/png' }, { alt: `Сурет ${i}` }),
        ),
      ),
      // Refused (no alt text) in the same burst: they must neither leave files nor overwrite the others'.
      Promise.all(
        pictures
          .slice(0, 3)
          .map((data) => upload({ data, name: 'same-name.png', type: 'image/png' }, {})),
      ),
    ])
    expect(
      accepted.map((res) => res.status),
      JSON.stringify(accepted.map((res) => res.body.errors)),
    ).toEqual(Array(12).fill(201))
    expect(refused.map((res) => res.status)).toEqual([400, 400, 400])

    const docs = accepted.map((res) => res.body.doc)
    expect(new Set(docs.map((doc) => doc.filename)).size, 'twelve different file names').toBe(12)
    for (const doc of docs) expect(doc.filename).toMatch(/^same-name-[0-9a-f]{8}\.png$/)

    for (const [i, doc] of docs.entries()) {
      expect(
        (await download(doc.url)).equals(pictures[i]),
        `upload ${i} serves the bytes it sent`,
      ).toBe(true)
      for (const name of ['thumbnail', 'card', 'hero', 'og']) {
        const size = doc.sizes[name]
        expect(size?.url, `${name} of upload ${i}`).toBeTruthy()
        const { channels } = await sharp(await download(size.url)).stats()
        const mean = channels.slice(0, 3).map((channel) => Math.round(channel.mean))
        const { b, g, r } = colours[i]
        for (const [index, expected] of [r, g, b].entries()) {
          expect(
            Math.abs(mean[index] - expected),
            `${name} of upload ${i} is its own picture: ${mean} vs ${[r, g, b]}`,
          ).toBeLessThanOrEqual(3)
        }
      }
    }

    // Exactly the accepted uploads' files were added; nothing of the refused ones, nothing spooled left.
    const added = mediaFiles().filter((file) => !filesBefore.has(file))
    expect(added.sort()).toEqual(docs.flatMap(filesOf).sort())
    expect(await mediaCount()).toBe(countBefore + 12)
    expect(spooledFiles()).toEqual([])
  })
})

/**
 * A complete, valid PNG of `width` × `height` black pixels at one bit per pixel: the zeros compress to almost
 * nothing (16,000 × 16,000 is about 31 KB), but decoding it means 256 million pixels. What a pixel bomb is.
 */
const pngBomb = (width: number, height: number) => {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body) >>> 0)
    return Buffer.concat([length, body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([1, 0, 0, 0, 0], 8) // 1-bit greyscale, no interlace
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8))) // each row: filter byte 0, then the pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** An animated GIF of `frames` different frames. */
const animatedGif = async (frames: number, side: number) =>
  sharp(
    await Promise.all(
      Array.from({ length: frames }, (_, i) =>
        sharp({
          create: {
            background: { b: 40, g: 80, r: (i * 13) % 256 },
            channels: 3,
            height: side,
            width: side,
          },
        })
          .png()
          .toBuffer(),
      ),
    ),
    { join: { animated: true } },
  )
    .gif()
    .toBuffer()

describe('pixel bombs are refused from their header (finding 7)', () => {
  const expectRefusedLeavingNothing = async (
    data: Buffer,
    name: string,
    type: string,
    message: RegExp,
  ) => {
    const [filesBefore, countBefore] = [mediaFiles(), await mediaCount()]
    const res = await upload({ data, name, type }, { alt: 'Үлкен сурет' })
    expect(res.status, JSON.stringify(res.body)).toBe(413)
    expect(res.body.errors[0].data.code).toBe('IMAGE_TOO_LARGE')
    expect(res.body.errors[0].message).toMatch(message)
    expect(mediaFiles()).toEqual(filesBefore)
    expect(await mediaCount()).toBe(countBefore)
    expect(spooledFiles()).toEqual([])
  }

  it('a 31 KB PNG of 16,000 × 16,000 pixels: 413 IMAGE_TOO_LARGE, nothing decoded or written', async () => {
    const bomb = pngBomb(16_000, 16_000)
    expect(bomb.length).toBeLessThan(64 * 1024)
    expect(await sharp(bomb).metadata()).toMatchObject({
      format: 'png',
      height: 16_000,
      width: 16_000,
    })
    await expectRefusedLeavingNothing(
      bomb,
      `bomb-${unique()}.png`,
      'image/png',
      /is 16000 × 16000 pixels \(256 MP\); images may have at most 80 MP/,
    )
  })

  it('a picture longer than the longest side allowed, though small in pixels: 413', async () => {
    await expectRefusedLeavingNothing(
      pngBomb(20_000, 50),
      `strip-${unique()}.png`,
      'image/png',
      /16384 pixels a side/,
    )
  })

  it('an animated GIF counts every frame against the budget (UPLOAD_MAX_IMAGE_MEGAPIXELS)', async () => {
    const before = process.env.UPLOAD_MAX_IMAGE_MEGAPIXELS
    process.env.UPLOAD_MAX_IMAGE_MEGAPIXELS = '0.1'
    try {
      await expectRefusedLeavingNothing(
        await animatedGif(20, 100),
        `frames-${unique()}.gif`,
        'image/gif',
        /100 × 100 × 20 frames pixels \(0\.2 MP\)/,
      )
      const small = await upload(
        { data: await animatedGif(5, 100), name: `frames-${unique()}.gif`, type: 'image/gif' },
        { alt: 'Қозғалыс' },
      )
      expect(small.status, JSON.stringify(small.body)).toBe(201)
    } finally {
      if (before === undefined) delete process.env.UPLOAD_MAX_IMAGE_MEGAPIXELS
      else process.env.UPLOAD_MAX_IMAGE_MEGAPIXELS = before
    }
  })
})
