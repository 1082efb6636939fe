import type { Payload } from 'payload'

import { createHash } from 'crypto'
import fs from 'fs'
import path from 'path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { AfterMediaPublic } from '../src/types'

import { aiGeneratedJpeg, plainJpeg } from './aiPicture'
import { hashedByteOf, verifyWithC2paTs } from './c2paVerify'
import { buildTestConfig, storageFor } from './config'
import { bootTestApp, createUser, type TestApp, type TestUser } from './helpers'
import { makeTestIdentity } from './signingCert'

// Content Credentials: a picture that becomes public has the sizes the websites receive signed by the Club's
// certificate, in a background job; c2pa-rs (c2pa-wasm) signs, @trustnxt/c2pa-ts verifies here. Without a
// certificate: signingOff.spec.ts (Payload keeps one instance per process, so each configuration has its own file).

const QUEUE = 'ai-ethics-signing'
const DST = 'http://cv.iptc.org/newscodes/digitalsourcetype/'
const club = makeTestIdentity()
const NAMES = { certificate: 'C2PA_SIGN_CERT', privateKey: 'C2PA_SIGN_KEY' }
const signingWith = (identity: { certPath: string; keyPath: string }) => ({
  certificate: identity.certPath,
  names: NAMES,
  privateKey: identity.keyPath,
  publishedField: 'isPublic',
  publisherName: (user: any) => (user ? `Editor ${user.email.split('@')[0]}` : undefined),
  queueCron: false as const,
  sweepBatchSize: 2,
})

type MediaDoc = Record<string, any>

const upload = async (
  payload: Payload,
  user: TestUser,
  data: Buffer,
  name = 'picture.jpg',
  mimetype = 'image/jpeg',
): Promise<MediaDoc> =>
  payload.create({
    collection: 'media',
    data: { alt: 'Форум' } as never,
    file: { data, mimetype, name, size: data.length },
    overrideAccess: false,
    user: user as never,
  }) as Promise<MediaDoc>

const readMedia = (payload: Payload, id: number | string) =>
  payload.findByID({ collection: 'media', depth: 0, id }) as Promise<MediaDoc>
const fileOf = (name: string, filename: string) =>
  fs.readFileSync(path.join(storageFor(name).mediaDir, filename))
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')
const queued = async (payload: Payload) =>
  (await payload.find({ collection: 'payload-jobs' as never, where: { queue: { equals: QUEUE } } }))
    .totalDocs
const runSigning = async (payload: Payload) => payload.jobs.run({ queue: QUEUE })

describe('with the Club certificate', () => {
  const NAME = 'signing'
  let app: TestApp
  let editor: TestUser

  beforeAll(async () => {
    app = await bootTestApp({ name: NAME, plugin: { signing: signingWith(club) } })
    editor = await createUser(app.payload, ['admin'])
  })
  afterAll(async () => app?.destroy())

  const publish = (media: MediaDoc) =>
    app.payload.update({
      collection: 'media',
      data: { isPublic: true } as never,
      id: media.id,
      overrideAccess: false,
      user: editor as never,
    }) as Promise<MediaDoc>

  it('tells editors on the media file that published pictures are signed', () => {
    const group = app.payload.collections.media.config.fields.find(
      (field) => 'name' in field && field.name === 'contentCredentials',
    ) as any
    expect(
      group.fields.find((field: any) => field.name === 'notice').admin.components.Field.serverProps,
    ).toEqual({ signingOn: true })
  })

  it('leaves an upload that is not public unsigned', async () => {
    const media = await upload(app.payload, editor, await plainJpeg(400, 300))
    await runSigning(app.payload)
    expect(await queued(app.payload)).toBe(0)
    expect(await verifyWithC2paTs(fileOf(NAME, media.sizes.thumbnail.filename))).toBeUndefined()
    expect((await readMedia(app.payload, media.id)).contentCredentials?.status ?? null).toBeNull()
  })

  it('signs the size of a picture made public: valid for c2pa-ts, the Club as signer and publisher, opened → resized → published', async () => {
    const media = await upload(app.payload, editor, await plainJpeg(400, 300))
    const originalBefore = sha256(fileOf(NAME, media.filename))
    await publish(media)
    expect(await queued(app.payload)).toBe(1)
    await runSigning(app.payload)

    const manifest = await verifyWithC2paTs(fileOf(NAME, media.sizes.thumbnail.filename))
    expect(manifest).toMatchObject({ errors: [], manifests: 1, valid: true })
    expect(manifest!.signer).toContain('Journalists Club signer')
    expect(manifest!.actions).toEqual([
      { action: 'c2pa.opened', ingredients: 1 },
      { action: 'c2pa.resized', ingredients: 0 },
      { action: 'c2pa.published', ingredients: 0 },
    ])
    expect(manifest!.creativeWork).toMatchObject({
      editor: [{ name: `Editor ${editor.email.split('@')[0]}` }],
      publisher: { name: 'Journalists Club' },
    })
    expect(manifest!.ingredient).toMatchObject({ relationship: 'parentOf', title: media.filename })
    // The original upload stays as it came; only the copies websites receive are signed.
    expect(sha256(fileOf(NAME, media.filename))).toBe(originalBefore)

    const stored = await readMedia(app.payload, media.id)
    expect(stored.contentCredentials).toMatchObject({
      error: null,
      signer: expect.stringContaining('Journalists Club'),
      status: 'signed',
    })
    expect(stored.contentCredentials.files).toEqual([
      {
        filename: media.sizes.thumbnail.filename,
        sha256: sha256(fileOf(NAME, media.sizes.thumbnail.filename)),
        size: 'thumbnail',
      },
    ])
  })

  it('is idempotent: asked again (the app reporting the same picture public), it changes nothing', async () => {
    const media = await upload(app.payload, editor, await plainJpeg(400, 300))
    await publish(media)
    await runSigning(app.payload)
    const signed = sha256(fileOf(NAME, media.sizes.thumbnail.filename))
    const { signedAt } = (await readMedia(app.payload, media.id)).contentCredentials
    const listeners = app.payload.config.custom.afterMediaPublic as AfterMediaPublic[]
    expect(listeners).toHaveLength(1)
    const req = { payload: app.payload, user: editor } as never
    await listeners[0]({ ids: [media.id, media.id], req })
    const jobs = await runSigning(app.payload)
    expect(jobs.jobStatus && Object.keys(jobs.jobStatus)).toHaveLength(1)
    expect(sha256(fileOf(NAME, media.sizes.thumbnail.filename))).toBe(signed)
    expect((await readMedia(app.payload, media.id)).contentCredentials).toMatchObject({
      signedAt,
      status: 'signed',
    })
  })

  it('keeps an AI original’s own manifest as the ingredient and names its digital source type', async () => {
    const media = await upload(
      app.payload,
      editor,
      await aiGeneratedJpeg(400, 300),
      'generated.jpg',
    )
    expect(media.provenance).toMatchObject({ c2paPresent: true, classification: 'generative-ai' })
    await publish(media)
    await runSigning(app.payload)
    const manifest = await verifyWithC2paTs(fileOf(NAME, media.sizes.thumbnail.filename))
    expect(manifest).toMatchObject({ errors: [], manifests: 2, valid: true })
    expect(manifest!.actions[0]).toEqual({
      action: 'c2pa.opened',
      digitalSourceType: `${DST}trainedAlgorithmicMedia`,
      ingredients: 1,
    })
    expect(manifest!.ingredient!.manifest).toEqual({
      digitalSourceTypes: [`${DST}trainedAlgorithmicMedia`],
      signer: expect.stringContaining('Test image generator'),
    })
  })

  // Every raster format the newsroom's media collection takes (collections/Media/uploadLimits.ts) is resized by
  // Payload in its own format, so each kind of size is signed and checked; c2pa-ts reads WebP, GIF and TIFF through
  // the container readers of ./c2paVerify.ts.
  it.each([
    ['png', 'image/png'],
    ['webp', 'image/webp'],
    ['avif', 'image/avif'],
    ['gif', 'image/gif'],
    ['tiff', 'image/tiff'],
  ] as const)(
    'signs the size of a %s picture: valid for c2pa-ts, and invalid once a byte of the picture changes',
    async (format, mimetype) => {
      const data = await sharp(await plainJpeg(400, 300))
        [format]()
        .toBuffer()
      const media = await upload(app.payload, editor, data, `picture.${format}`, mimetype)
      expect(media.mimeType).toBe(mimetype)
      expect(media.sizes.thumbnail).toMatchObject({ mimeType: mimetype })
      await publish(media)
      await runSigning(app.payload)

      const signed = fileOf(NAME, media.sizes.thumbnail.filename)
      expect(await sharp(signed).metadata()).toMatchObject({ width: 64 })
      const manifest = await verifyWithC2paTs(signed)
      expect(manifest).toMatchObject({ errors: [], manifests: 1, valid: true })
      expect(manifest!.signer).toContain('Journalists Club signer')
      expect(manifest!.actions.map((action) => action.action)).toEqual([
        'c2pa.opened',
        'c2pa.resized',
        'c2pa.published',
      ])
      expect(manifest!.ingredient).toMatchObject({
        relationship: 'parentOf',
        title: media.filename,
      })
      const stored = await readMedia(app.payload, media.id)
      expect(stored.contentCredentials).toMatchObject({ status: 'signed' })
      expect(stored.contentCredentials.files).toEqual([
        { filename: media.sizes.thumbnail.filename, sha256: sha256(signed), size: 'thumbnail' },
      ])
      expect(stored.sizes.thumbnail.filesize).toBe(signed.length)

      const tampered = Buffer.from(signed)
      tampered[hashedByteOf(signed)] ^= 0x01
      expect(await verifyWithC2paTs(tampered)).toMatchObject({ valid: false })
    },
  )

  it('says so on the media file when the public gets a picture in a format it cannot sign (SVG: no sizes, the original as it came)', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="red"/></svg>',
    )
    const media = await upload(app.payload, editor, svg, 'logo.svg', 'image/svg+xml')
    await publish(media)
    const jobs = await runSigning(app.payload)
    expect(Object.values(jobs.jobStatus ?? {})).toHaveLength(1)
    const stored = await readMedia(app.payload, media.id)
    expect(stored.contentCredentials).toMatchObject({
      error: expect.stringContaining('image/svg+xml'),
      status: 'unsupported',
    })
    expect(fileOf(NAME, media.filename).equals(svg)).toBe(true)
    // Read in the reader's language: a Kazakh or Russian editor does not get the English sentence.
    for (const [language, words] of [
      ['kk', /^Қол қойылмады: .*image\/svg\+xml/],
      ['ru', /^Не подписано: .*image\/svg\+xml/],
      ['en', /^Not signed: .*image\/svg\+xml/],
    ] as const) {
      const read = (await app.payload.findByID({
        collection: 'media',
        depth: 0,
        id: media.id,
        // What Payload's request carries for a reader of that language (the plugin's test app has no kk translations).
        req: { i18n: { language } } as never,
      })) as MediaDoc
      expect(read.contentCredentials?.error, language).toMatch(words)
    }
  })

  it('signs, at start-up, pictures that were public before the certificate was configured: in bounded batches, once', async () => {
    // Public before signing was on: the flag was written while no certificate was configured, so nothing was
    // queued (here: written to the database directly, past the hook that queues).
    const before: MediaDoc[] = []
    for (let n = 0; n < 3; n++) {
      const media = await upload(app.payload, editor, await plainJpeg(400, 300), `old-${n}.jpg`)
      await app.payload.db.updateOne({
        collection: 'media',
        data: { isPublic: true },
        id: media.id,
        returning: false,
      })
      before.push(media)
    }
    const notPublic = await upload(app.payload, editor, await plainJpeg(400, 300), 'private.jpg')
    const alreadySigned = await upload(app.payload, editor, await plainJpeg(400, 300), 'new.jpg')
    await publish(alreadySigned)
    await runSigning(app.payload)
    const { signedAt } = (await readMedia(app.payload, alreadySigned.id)).contentCredentials
    expect(await queued(app.payload)).toBe(0)

    // The start: the plugin's onInit queues one sweep; a second start before it ran queues no other.
    await app.payload.config.onInit!(app.payload)
    await app.payload.config.onInit!(app.payload)
    const sweeps = async () =>
      (
        await app.payload.find({
          collection: 'payload-jobs' as never,
          where: { taskSlug: { equals: 'aiEthicsSignSweep' } },
        })
      ).docs as any[]
    expect(await sweeps()).toHaveLength(1)
    const signedOf = async () =>
      (
        await Promise.all(
          before.map(
            async (media) => (await readMedia(app.payload, media.id)).contentCredentials?.status,
          ),
        )
      ).filter((status) => status === 'signed').length

    // Three pictures, two a batch: the first job signs two and queues the next, which signs the third.
    const first = await runSigning(app.payload)
    expect(Object.keys(first.jobStatus ?? {})).toHaveLength(1)
    expect(await signedOf()).toBe(2)
    expect(await sweeps()).toHaveLength(1)
    const second = await runSigning(app.payload)
    expect(Object.keys(second.jobStatus ?? {})).toHaveLength(1)
    expect(await signedOf()).toBe(3)
    expect(await queued(app.payload)).toBe(0)
    for (const media of before) {
      expect((await readMedia(app.payload, media.id)).contentCredentials).toMatchObject({
        publisher: null,
        status: 'signed',
      })
      expect(await verifyWithC2paTs(fileOf(NAME, media.sizes.thumbnail.filename))).toMatchObject({
        valid: true,
      })
    }
    expect(
      (await readMedia(app.payload, notPublic.id)).contentCredentials?.status ?? null,
    ).toBeNull()
    expect((await readMedia(app.payload, alreadySigned.id)).contentCredentials.signedAt).toBe(
      signedAt,
    )

    // Started again with nothing left unsigned: nothing is queued.
    await app.payload.config.onInit!(app.payload)
    expect(await queued(app.payload)).toBe(0)
  })

  it('records and logs a failure on the media file; the publication itself went through', async () => {
    const media = await upload(app.payload, editor, await plainJpeg(400, 300))
    fs.rmSync(path.join(storageFor(NAME).mediaDir, media.filename))
    const published = await publish(media)
    expect(published.isPublic).toBe(true)
    const logged = vi.spyOn(app.payload.logger, 'error').mockImplementation(() => undefined)
    await runSigning(app.payload)
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({
        msg: expect.stringContaining(
          `could not sign the public files of media ${media.id}: ENOENT`,
        ),
      }),
    )
    logged.mockRestore()
    const stored = await readMedia(app.payload, media.id)
    expect(stored.contentCredentials).toMatchObject({
      error: expect.stringContaining('ENOENT'),
      status: 'failed',
    })
    expect(await verifyWithC2paTs(fileOf(NAME, media.sizes.thumbnail.filename))).toBeUndefined()
  })
})

describe('a broken certificate stops the start with an error that says what to fix', () => {
  const build = (signing: object) =>
    buildTestConfig({
      name: 'signing-broken',
      plugin: { signing: { names: NAMES, publishedField: 'isPublic', ...signing } as never },
    })

  it('a certificate path that does not exist', async () => {
    await expect(
      build({ certificate: '/etc/club/missing.pem', privateKey: club.keyPath }),
    ).rejects.toThrow(
      'C2PA_SIGN_CERT: "/etc/club/missing.pem" is neither PEM text nor a readable file (ENOENT)',
    )
  })

  it('a key that is not the certificate’s', async () => {
    const other = makeTestIdentity()
    await expect(build({ certificate: club.certPath, privateKey: other.keyPath })).rejects.toThrow(
      "C2PA_SIGN_KEY: the private key is not the signer certificate's",
    )
  })

  it('a CA certificate, one without a C2PA extended key usage, an expired one', async () => {
    const ca = makeTestIdentity(undefined, 'ca-as-signer')
    await expect(build({ certificate: ca.certPath, privateKey: ca.keyPath })).rejects.toThrow(
      'is a CA certificate',
    )
    const noEku = makeTestIdentity(undefined, 'no-eku')
    await expect(build({ certificate: noEku.certPath, privateKey: noEku.keyPath })).rejects.toThrow(
      'has extended key usage [none]',
    )
    const expired = makeTestIdentity(undefined, 'expired')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await expect(
      build({ certificate: expired.certPath, privateKey: expired.keyPath }),
    ).rejects.toThrow('not now; renew it')
  })

  it('a published field the media collection does not have', async () => {
    await expect(
      build({ certificate: club.certPath, privateKey: club.keyPath, publishedField: 'visible' }),
    ).rejects.toThrow(
      '`signing.publishedField` is "visible", but "media" has no such top-level field',
    )
  })

  it('a sweep batch size that is not a whole number of at least 1', async () => {
    await expect(
      build({ certificate: club.certPath, privateKey: club.keyPath, sweepBatchSize: 0 }),
    ).rejects.toThrow('`signing.sweepBatchSize` is 0; give a whole number of pictures, at least 1.')
  })

  it('only one of the two set', async () => {
    await expect(build({ certificate: club.certPath })).rejects.toThrow(
      'C2PA_SIGN_KEY is not set while C2PA_SIGN_CERT is',
    )
  })

  it('PEM text itself (as an environment variable holds it, newlines escaped) is accepted', async () => {
    await expect(
      build({ certificate: club.chainPem.replace(/\n/g, '\\n'), privateKey: club.keyPem }),
    ).resolves.toBeTruthy()
  })
})
