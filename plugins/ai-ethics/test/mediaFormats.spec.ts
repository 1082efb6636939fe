import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { IN_THREAD_MAX_BYTES, readC2pa } from '../src/provenance/c2pa'
import { readProvenance } from '../src/provenance/readProvenance'
import { bootTestApp, createPost, createUser, type TestApp, type TestUser } from './helpers'

// Every format a newsroom receives, with the IPTC mark in XMP and with a signed C2PA manifest (fixtures/formats,
// made by make-fixtures.mjs; see its README), and the same media with neither.
const FORMATS = fileURLToPath(new URL('./fixtures/formats/', import.meta.url))
const file = (name: string) => fs.readFileSync(path.join(FORMATS, name))
const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/'
const EXTENSIONS = [
  'jpg',
  'png',
  'webp',
  'avif',
  'heic',
  'tif',
  'gif',
  'mp4',
  'mov',
  'm4a',
  'mp3',
  'wav',
] as const

describe('the IPTC DigitalSourceType in XMP is read from every format', () => {
  it.each(EXTENSIONS)('xmp-ai.%s reads as generative AI from its XMP', async (ext) => {
    const reading = await readProvenance(file(`xmp-ai.${ext}`))
    expect(reading.format).toBe(ext)
    expect(reading.xmpDigitalSourceType).toBe(`${IPTC}trainedAlgorithmicMedia`)
    expect(reading.classification).toBe('generative-ai')
    expect(reading.c2pa.present).toBe(false)
  })

  it.each(EXTENSIONS)(
    'plain.%s (no metadata) reads as unknown, no manifest, no error',
    async (ext) => {
      const reading = await readProvenance(file(`plain.${ext}`))
      expect(reading).toMatchObject({
        classification: 'unknown',
        format: ext,
        xmpDigitalSourceType: undefined,
      })
      expect(reading.c2pa).toMatchObject({ present: false, validationErrors: [] })
      expect(reading.c2pa.error).toBeUndefined()
    },
  )
})

describe('C2PA manifests are read and validated in every format', () => {
  it.each(EXTENSIONS)(
    'c2pa-ai.%s: a valid manifest whose c2pa.created action is trainedAlgorithmicMedia',
    async (ext) => {
      const reading = await readProvenance(file(`c2pa-ai.${ext}`))
      expect(reading.c2pa).toMatchObject({
        claimGenerator: 'newsroom-ai-ethics-fixtures/1',
        digitalSourceTypes: [`${IPTC}trainedAlgorithmicMedia`],
        present: true,
        validation: 'valid',
        validationErrors: [],
      })
      expect(reading.classification).toBe('generative-ai')
    },
  )

  it('a signed camera capture (digitalCapture) reads as not AI, valid', async () => {
    const reading = await readProvenance(file('c2pa-camera.jpg'))
    expect(reading.classification).toBe('not-ai')
    expect(reading.c2pa.validation).toBe('valid')
  })
})

/** The bytes of `name` with one byte changed at `at` (a negative `at` counts from the end). */
const tampered = (name: string, at: (bytes: Buffer) => number) => {
  const bytes = Buffer.from(file(name))
  bytes[at(bytes)] ^= 0x01
  return bytes
}
const manifestOffset = (bytes: Buffer, marker: string) => {
  const at = bytes.indexOf(Buffer.from(marker, 'latin1'))
  expect(at, `${marker} in the file`).toBeGreaterThan(0)
  return at
}
// A value of the JPEG's last quantisation table (DQT, FFDB): the picture still decodes, its bytes differ.
const quantTableOffset = (bytes: Buffer) =>
  manifestOffset(bytes, '\xff\xdb') && bytes.lastIndexOf(Buffer.from([0xff, 0xdb])) + 6
// The fixtures' COSE_Sign1 ends with its padding, `null` (the detached payload) and the 64-byte ES256 signature.
const signatureOffset = (bytes: Buffer) => {
  const at = bytes.indexOf(Buffer.from([0xf6, 0x58, 0x40]), manifestOffset(bytes, 'pad'))
  expect(at).toBeGreaterThan(0)
  return at + 3 + 10
}

describe('a manifest that does not validate is present and invalid, saying why', () => {
  it.each([
    // The picture changed after signing: the data hash no longer matches.
    [
      'jpg',
      'a changed quantisation table',
      (b: Buffer) => quantTableOffset(b),
      /assertion\.dataHash\.mismatch/,
    ],
    [
      'png',
      'tampered pixels',
      (b: Buffer) => b.indexOf(Buffer.from('IDAT')) + 6,
      /assertion\.dataHash\.mismatch/,
    ],
    [
      'webp',
      'tampered pixels',
      (b: Buffer) => manifestOffset(b, 'VP8') + 20,
      /assertion\.dataHash\.mismatch/,
    ],
    [
      'mp4',
      'tampered media data',
      (b: Buffer) => b.indexOf(Buffer.from('mdat')) + 40,
      /assertion\.bmffHash\.mismatch/,
    ],
    ['mp3', 'tampered audio frames', (b: Buffer) => b.length - 10, /assertion\.dataHash\.mismatch/],
    [
      'wav',
      'tampered samples',
      (b: Buffer) => b.indexOf(Buffer.from('data')) + 12,
      /assertion\.dataHash\.mismatch/,
    ],
    // The manifest itself changed: an assertion's bytes no longer match the hash the signed claim holds for them.
    [
      'jpg',
      'an edited assertion',
      (b: Buffer) => manifestOffset(b, 'trainedAlgorithmicMedia') + 3,
      /assertion\.hashedURI\.mismatch|assertion/,
    ],
    // The signature's bytes changed.
    ['gif', 'a damaged signature', (b: Buffer) => signatureOffset(b), /claimSignature\.mismatch/],
  ] as const)('c2pa-ai.%s with %s', async (ext, _what, at, reason) => {
    const reading = await readProvenance(tampered(`c2pa-ai.${ext}`, at))
    expect(reading.c2pa.present).toBe(true)
    expect(reading.c2pa.validation).toBe('invalid')
    expect(reading.c2pa.validationErrors.join('\n')).toMatch(reason)
  })

  it.each([
    ['c2pa-bad-wrong-key.jpg', /claimSignature\.mismatch/],
    ['c2pa-bad-expired-cert.jpg', /signingCredential\.expired/],
    ['c2pa-bad-ca-cert.jpg', /signingCredential\.invalid/],
  ])('%s: a bad certificate', async (name, reason) => {
    const reading = await readProvenance(file(name))
    expect(reading.c2pa).toMatchObject({ present: true, validation: 'invalid' })
    expect(reading.c2pa.validationErrors.join('\n')).toMatch(reason)
    // Its digitalCapture claim is not believed: an invalid manifest cannot vouch for a camera.
    expect(reading.classification).toBe('unknown')
  })

  it('an invalid manifest’s AI claim still counts (it can only add caution)', async () => {
    const reading = await readProvenance(tampered('c2pa-ai.jpg', (b) => quantTableOffset(b)))
    expect(reading.c2pa.validation).toBe('invalid')
    expect(reading.classification).toBe('generative-ai')
  })
})

describe('large files are read in a worker thread, with the same answers', () => {
  // Sounds and videos above IN_THREAD_MAX_BYTES go to a worker that is ended afterwards (WebAssembly memory only
  // grows); the fixtures are small, so the worker is asked for here.
  it.each([
    ['c2pa-ai.mp4', (b: Buffer) => b],
    ['c2pa-ai.wav', (b: Buffer) => b],
    [
      'c2pa-ai.mp3',
      (b: Buffer) => {
        b[b.length - 10] ^= 0x01
        return b
      },
    ],
    ['c2pa-bad-wrong-key.jpg', (b: Buffer) => b],
    ['plain.mov', (b: Buffer) => b],
  ] as const)('%s', async (name, change) => {
    const bytes = change(Buffer.from(file(name)))
    const format = name.split('.').pop()!
    const inWorker = await readC2pa(bytes, format, { worker: true })
    expect(inWorker).toEqual(await readC2pa(bytes, format, { worker: false }))
    expect(inWorker.present).toBe(!name.startsWith('plain'))
  })

  it('the limit keeps every accepted image (25 MB at most) in this thread', () => {
    expect(IN_THREAD_MAX_BYTES).toBeGreaterThanOrEqual(25 * 1024 * 1024)
  })
})

describe('uploads of every accepted type store the reading, and an invalid manifest flags what shows it', () => {
  let app: TestApp
  let author: TestUser
  const MIME: Record<string, string> = {
    gif: 'image/gif',
    m4a: 'audio/mp4',
    mov: 'video/quicktime',
    mp3: 'audio/mpeg',
    mp4: 'video/mp4',
    png: 'image/png',
    wav: 'audio/wav',
    webp: 'image/webp',
  }
  const upload = async (name: string, data: Buffer = file(name)) =>
    (await app.payload.create({
      collection: 'media',
      data: { alt: 'ҚХА форумы' },
      file: {
        data,
        mimetype: MIME[name.split('.').pop()!] ?? 'image/jpeg',
        name,
        size: data.length,
      },
    })) as Record<string, any>

  beforeAll(async () => {
    app = await bootTestApp({ name: 'media-formats' })
    author = await createUser(app.payload, ['author'])
  })
  afterAll(async () => {
    await app?.destroy()
  })

  it.each([
    'xmp-ai.webp',
    'xmp-ai.gif',
    'xmp-ai.mp4',
    'xmp-ai.mov',
    'xmp-ai.m4a',
    'xmp-ai.mp3',
    'xmp-ai.wav',
  ])('%s is stored as generative AI', async (name) => {
    const doc = await upload(name)
    expect(doc.provenance).toMatchObject({
      c2paPresent: false,
      classification: 'generative-ai',
      xmpDigitalSourceType: `${IPTC}trainedAlgorithmicMedia`,
    })
  })

  it.each(['c2pa-ai.webp', 'c2pa-ai.png', 'c2pa-ai.mp4', 'c2pa-ai.mp3', 'c2pa-ai.wav'])(
    '%s is stored with a valid manifest',
    async (name) => {
      const doc = await upload(name)
      expect(doc.provenance).toMatchObject({
        c2paPresent: true,
        c2paValidation: 'valid',
        c2paValidationErrors: [],
        classification: 'generative-ai',
      })
    },
  )

  it('a tampered C2PA photo is stored as present and invalid, with the reason', async () => {
    const doc = await upload(
      'tampered.jpg',
      tampered('c2pa-camera.jpg', (b) => quantTableOffset(b)),
    )
    expect(doc.provenance.c2paPresent).toBe(true)
    expect(doc.provenance.c2paValidation).toBe('invalid')
    expect(doc.provenance.c2paValidationErrors.join('\n')).toMatch(/assertion\.dataHash\.mismatch/)
    expect(doc.provenance.classification).toBe('unknown')
  })

  it('a post showing it is held for review with a c2pa-invalid flag that explains; a valid camera photo is not', async () => {
    const bad = await upload('c2pa-bad-wrong-key.jpg')
    const camera = await upload('c2pa-camera.jpg')
    const clean = await createPost(
      app.payload,
      { hero: camera.id, title: 'Достық үйінде кездесу' },
      { user: author },
    )
    expect(clean.ethicsReview?.status).toBe('not_required')
    const held = await createPost(
      app.payload,
      { hero: bad.id, title: 'Достық үйінде кездесу' },
      { user: author },
    )
    expect(held.ethicsReview?.status).toBe('pending')
    expect(held.ethicsReview?.flags).toEqual([
      expect.objectContaining({
        detail: expect.stringMatching(
          /c2pa-bad-wrong-key.*does not validate.*claimSignature\.mismatch/,
        ),
        signal: 'c2pa-invalid',
        source: 'image',
      }),
    ])
  })

  it('a podcast episode’s invalid audio manifest flags the post through its gallery', async () => {
    const audio = await upload(
      'episode.mp3',
      tampered('c2pa-ai.mp3', (b) => b.length - 10),
    )
    const post = await createPost(
      app.payload,
      { gallery: [audio.id], title: 'Ortaq подкасты' },
      { user: author },
    )
    expect(post.ethicsReview?.flags.map((flag) => flag.signal).sort()).toEqual([
      'c2pa-invalid',
      'generative-ai',
    ])
  })
})
