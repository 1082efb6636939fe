import type { Payload } from 'payload'

import fs from 'fs'
import path from 'path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../src/payload-types'

import { expectInvalidFields, rejectionOf } from './helpers/errors'
import {
  createRegion,
  createUser,
  jpegBuffer,
  loginToken,
  type SignedInUser,
  unique,
  uploadImage,
} from './helpers/factories'
import { MEDIA_DIR, mediaFiles, spooledFiles, UPLOAD_SPOOL_DIR } from './helpers/mediaDir'
import { bootPayload } from './helpers/payload'
import { rest, uploadForm } from './helpers/rest'

const MB = 1024 * 1024

let payload: Payload
let journalist: SignedInUser
let token: string

beforeAll(async () => {
  payload = await bootPayload()
  const region = await createRegion(payload)
  journalist = await createUser(payload, { regions: [region.id], roles: ['journalist'] })
  token = await loginToken(payload, journalist.email)
})

afterAll(async () => {
  await payload.destroy()
})

const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

/** Sends an upload through REST as the journalist, the way the admin panel does. */
const postUpload = (
  file: { data: Buffer; name: string; type?: string },
  fields: Record<string, unknown> = { alt: 'Форум қатысушылары' },
) =>
  rest('POST', '/api/media', { form: uploadForm({ type: 'image/jpeg', ...file }, fields), token })

describe('uploading a photo', () => {
  let doc: Media

  beforeAll(async () => {
    const { body, status } = await postUpload({
      data: await jpegBuffer(2400, 1600),
      name: `forum-astana-${unique()}.jpg`,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    doc = body.doc
  })

  it('stores the original with its dimensions and detected type', async () => {
    expect(doc).toMatchObject({ height: 1600, mimeType: 'image/jpeg', width: 2400 })
    const meta = await sharp(path.join(MEDIA_DIR, doc.filename!)).metadata()
    expect([meta.width, meta.height]).toEqual([2400, 1600])
  })

  it.each([
    ['thumbnail', 320, 213],
    ['card', 640, 427],
    ['hero', 1600, 1067],
    ['og', 1200, 630],
  ] as const)('creates the %s size (%dx%d) as a file on disk', async (name, width, height) => {
    const size = doc.sizes?.[name]
    expect(size).toMatchObject({ height, mimeType: 'image/jpeg', width })
    expect(size?.filename).toBeTruthy()
    const file = path.join(MEDIA_DIR, size!.filename!)
    expect(fs.existsSync(file), `${file} should exist`).toBe(true)
    const meta = await sharp(file).metadata()
    expect([meta.width, meta.height]).toEqual([width, height])
  })

  it('was spooled to disk while it was processed (not held in memory), and the spool file is gone', () => {
    expect(fs.existsSync(UPLOAD_SPOOL_DIR), 'the multipart parser wrote to the spool folder').toBe(
      true,
    )
    expect(spooledFiles()).toEqual([])
  })

  it('records who uploaded it, from the session', () => {
    const createdBy = typeof doc.createdBy === 'object' ? doc.createdBy?.id : doc.createdBy
    expect(createdBy).toBe(journalist.id)
  })

  it('is served back over REST (to its uploader: an upload no public item uses is staff-only)', async () => {
    const { body, status } = await rest('GET', `/api/media/${doc.id}`, { token })
    expect(status).toBe(200)
    expect(body.sizes.og.url).toContain(doc.sizes!.og!.filename)
    // The og card's URL has the same form as the sizes Payload makes.
    expect(body.sizes.og.url.replace(doc.sizes!.og!.filename!, '')).toBe(
      body.sizes.thumbnail.url.replace(doc.sizes!.thumbnail!.filename!, ''),
    )
  })
})

describe('refused uploads leave nothing behind', () => {
  /** Runs a refused upload and checks that neither a document nor a file was added. */
  const expectNothingWritten = async (upload: () => Promise<unknown>) => {
    const [filesBefore, countBefore] = [mediaFiles(), await mediaCount()]
    const result = await upload()
    expect(await mediaCount()).toBe(countBefore)
    expect(mediaFiles()).toEqual(filesBefore)
    expect(spooledFiles(), 'no spooled upload is left behind').toEqual([])
    return result
  }

  it('a text file renamed .jpg is refused over REST with a 400 naming file', async () => {
    const name = `not-a-photo-${unique()}.jpg`
    const { body, status } = (await expectNothingWritten(() =>
      postUpload({ data: Buffer.from('Бұл сурет емес, жай мәтін.\n'.repeat(20)), name }),
    )) as Awaited<ReturnType<typeof postUpload>>
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe('The following field is invalid: file')
    expect(body.errors[0].data.errors).toEqual([
      {
        message: `file: the content of "${name}" is not a recognised image, audio or video file.`,
        path: 'file',
      },
    ])
  })

  it('an image over 25 MB is refused over REST with a 400 naming file and the limit', async () => {
    const small = await jpegBuffer(400, 300)
    const data = Buffer.concat([small, Buffer.alloc(26 * MB - small.length)])
    const name = `huge-${unique()}.jpg`
    const { body, status } = (await expectNothingWritten(() =>
      postUpload({ data, name }),
    )) as Awaited<ReturnType<typeof postUpload>>
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      { message: `file: "${name}" is 26 MB; the limit for image files is 25 MB.`, path: 'file' },
    ])
  })

  it('an image of exactly 25 MB is still accepted (the limit is inclusive)', async () => {
    const small = await jpegBuffer(400, 300)
    const data = Buffer.concat([small, Buffer.alloc(25 * MB - small.length)])
    const { status } = await postUpload({ data, name: `limit-${unique()}.jpg` })
    expect(status).toBe(201)
  })

  it('a PDF is refused over REST with a 400 listing the allowed types', async () => {
    const name = `report-${unique()}.pdf`
    const { body, status } = (await expectNothingWritten(() =>
      postUpload({
        data: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
        name,
        type: 'application/pdf',
      }),
    )) as Awaited<ReturnType<typeof postUpload>>
    expect(status).toBe(400)
    const [error] = body.errors[0].data.errors
    expect(error.path).toBe('file')
    expect(error.message).toContain(
      `file: "${name}" is application/pdf; allowed types are image/jpeg`,
    )
  })

  it('a valid photo without alt text is refused over REST with a 400 naming alt, and no file is written', async () => {
    const { body, status } = (await expectNothingWritten(async () =>
      postUpload({ data: await jpegBuffer(2400, 1600), name: `no-alt-${unique()}.jpg` }, {}),
    )) as Awaited<ReturnType<typeof postUpload>>
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'alt' })])
  })

  it('the same refusals apply through the Local API', async () => {
    const error = (await expectNothingWritten(() =>
      rejectionOf(
        payload.create({
          collection: 'media',
          data: { alt: 'Мәтін' },
          file: {
            data: Buffer.from('plain text'),
            mimetype: 'image/jpeg',
            name: 'renamed.jpg',
            size: 10,
          },
          overrideAccess: false,
          user: journalist,
        }),
      ),
    )) as unknown
    const messages = expectInvalidFields(error, ['file'])
    expect(messages.file).toContain('is not a recognised image, audio or video file')
  })

  it('replacing a stored photo with a text file is refused and the original stays', async () => {
    const original = await uploadImage(payload, { user: journalist })
    const form = uploadForm(
      { data: Buffer.from('not an image at all'), name: 'replacement.jpg', type: 'image/jpeg' },
      {},
    )
    const { body, status } = (await expectNothingWritten(() =>
      rest('PATCH', `/api/media/${original.id}`, { form, token }),
    )) as Awaited<ReturnType<typeof postUpload>>
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0].path).toBe('file')
    const after = await payload.findByID({ collection: 'media', id: original.id })
    expect(after.filename).toBe(original.filename)
    expect(fs.existsSync(path.join(MEDIA_DIR, original.filename!))).toBe(true)
  })

  it('an anonymous upload is refused with a 403', async () => {
    const { status } = (await expectNothingWritten(async () =>
      rest('POST', '/api/media', {
        form: uploadForm(
          { data: await jpegBuffer(300, 200), name: 'anon.jpg', type: 'image/jpeg' },
          { alt: 'x' },
        ),
      }),
    )) as Awaited<ReturnType<typeof postUpload>>
    expect(status).toBe(403)
  })
})

describe('the stored type comes from the bytes', () => {
  it('a JPEG sent as image/png is stored as image/jpeg', async () => {
    const { body, status } = await postUpload({
      data: await jpegBuffer(300, 200),
      name: `mislabelled-${unique()}.jpg`,
      type: 'image/png',
    })
    expect(status).toBe(201)
    expect(body.doc.mimeType).toBe('image/jpeg')
  })
})

describe('the og card (1200×630) is cut around the focal point', () => {
  /** Top half red, bottom half blue: where the card's centre falls tells which part was kept. */
  const twoTone = (width: number, height: number) =>
    sharp({ create: { background: { b: 200, g: 30, r: 20 }, channels: 3, height, width } })
      .composite([
        {
          input: {
            create: {
              background: { b: 20, g: 30, r: 220 },
              channels: 3,
              height: height / 2,
              width,
            },
          },
          left: 0,
          top: 0,
        },
      ])
      .jpeg({ quality: 90 })
      .toBuffer()
  const ogFile = (doc: Media) => path.join(MEDIA_DIR, doc.sizes!.og!.filename!)
  /** The colour at the card's centre: 'red' or 'blue'. */
  const centreColour = async (doc: Media) => {
    const { data } = await sharp(ogFile(doc))
      .extract({ height: 1, left: 600, top: 315, width: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true })
    return data[0] > data[2] ? 'red' : 'blue'
  }

  it('follows the focal point given with the upload, and again when an editor moves it', async () => {
    const { body, status } = await postUpload(
      { data: await twoTone(2400, 1600), name: `two-tone-${unique()}.jpg` },
      { alt: 'Екі түс', focalX: 50, focalY: 5 },
    )
    expect(status, JSON.stringify(body)).toBe(201)
    const doc = body.doc as Media
    expect(doc).toMatchObject({ focalX: 50, focalY: 5 })
    expect(doc.sizes?.og).toMatchObject({ height: 630, mimeType: 'image/jpeg', width: 1200 })
    expect(await centreColour(doc)).toBe('red')

    // As the admin's focal-point editor sends it: the new point in the query, the form's fields unchanged.
    const moved = await rest(
      'PATCH',
      `/api/media/${doc.id}?uploadEdits[focalPoint][x]=50&uploadEdits[focalPoint][y]=95`,
      { json: {}, token },
    )
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body.doc.focalY).toBe(95)
    expect(await centreColour(moved.body.doc)).toBe('blue')
  })

  it('a panorama is scaled to the card height and cut across', async () => {
    const { body, status } = await postUpload({
      data: await jpegBuffer(3000, 800),
      name: `panorama-${unique()}.jpg`,
    })
    expect(status).toBe(201)
    const meta = await sharp(ogFile(body.doc)).metadata()
    expect([meta.width, meta.height]).toEqual([1200, 630])
  })

  it('a picture smaller than the card on both sides gets no og card', async () => {
    const { body, status } = await postUpload({
      data: await jpegBuffer(800, 400),
      name: `small-${unique()}.jpg`,
    })
    expect(status).toBe(201)
    expect(body.doc.sizes.og).toMatchObject({ filename: null, url: null })
  })

  it('replacing the file replaces the card; deleting the document deletes it', async () => {
    const { body } = await postUpload({
      data: await jpegBuffer(2400, 1600),
      name: `replace-me-${unique()}.jpg`,
    })
    const first = ogFile(body.doc)
    const form = uploadForm(
      { data: await twoTone(2000, 1200), name: `replacement-${unique()}.jpg`, type: 'image/jpeg' },
      {},
    )
    const replaced = await rest('PATCH', `/api/media/${body.doc.id}`, { form, token })
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200)
    const second = ogFile(replaced.body.doc)
    expect(second).not.toBe(first)
    expect(fs.existsSync(first), 'the old card is removed').toBe(false)
    expect(fs.existsSync(second)).toBe(true)
    await payload.delete({ collection: 'media', id: body.doc.id })
    expect(fs.existsSync(second), 'the card goes with its document').toBe(false)
  })
})
