import exifr from 'exifr'
import fs from 'fs'
import path from 'path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readProvenance } from '../src/provenance/readProvenance'
import { storageFor } from './config'
import {
  bootTestApp,
  createUser,
  fixture,
  type FixtureName,
  type TestApp,
  type TestUser,
  uploadFixture,
} from './helpers'

const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/'
const NAME = 'provenance'
const { mediaDir } = storageFor(NAME)

type Expected = {
  c2paPresent: boolean
  classification: string[]
  referencedButMissing: boolean
  xmp?: string
}

// The readings fixtures/README.md promises for each image (copied from /work/shared/fixtures/provenance).
const EXPECTED: Record<FixtureName, Expected> = {
  'ai-trained-xmp.jpg': {
    c2paPresent: false,
    classification: ['generative-ai'],
    referencedButMissing: false,
    xmp: `${IPTC}trainedAlgorithmicMedia`,
  },
  'ai-composite-xmp.jpg': {
    c2paPresent: false,
    classification: ['generative-ai'],
    referencedButMissing: false,
    xmp: `${IPTC}compositeWithTrainedAlgorithmicMedia`,
  },
  'camera-capture-xmp.jpg': {
    c2paPresent: false,
    classification: ['not-ai'],
    referencedButMissing: false,
    xmp: `${IPTC}digitalCapture`,
  },
  'plain-no-metadata.jpg': {
    c2paPresent: false,
    classification: ['unknown'],
    referencedButMissing: false,
  },
  'c2pa-algorithmic-C.jpg': {
    c2paPresent: true,
    classification: ['synthetic'],
    referencedButMissing: false,
  },
  // "has content credentials, no AI": credentials without a source type say nothing either way, or say "not AI".
  'c2pa-edited-CA.jpg': {
    c2paPresent: true,
    classification: ['unknown', 'not-ai'],
    referencedButMissing: false,
  },
  'c2pa-stripped-no_manifest.jpg': {
    c2paPresent: false,
    classification: ['unknown'],
    referencedButMissing: true,
  },
}
const CASES = Object.entries(EXPECTED) as [FixtureName, Expected][]

const AI_TERMS = [
  'trainedAlgorithmicMedia',
  'compositeWithTrainedAlgorithmicMedia',
  'algorithmicMedia',
  'compositeSynthetic',
]

describe('readProvenance reads each fixture as its README says', () => {
  it.each(CASES)('%s', async (name, expected) => {
    const reading = await readProvenance(new Uint8Array(fixture(name)))
    expect(expected.classification).toContain(reading.classification)
    expect(reading.xmpDigitalSourceType).toBe(expected.xmp)
    expect(reading.c2pa.present).toBe(expected.c2paPresent)
    expect(reading.c2pa.referencedButMissing).toBe(expected.referencedButMissing)
    expect(reading.c2pa.error).toBeUndefined()
  })

  it('c2pa-algorithmic-C.jpg: the manifest names its claim generator and the algorithmicMedia source type', async () => {
    const { c2pa } = await readProvenance(new Uint8Array(fixture('c2pa-algorithmic-C.jpg')))
    // The fixture was made by c2pa-rs's make_test_images tool, as its claim says.
    expect(c2pa.claimGenerator).toMatch(/make_test_images/)
    expect(c2pa.digitalSourceTypes).toContain(`${IPTC}algorithmicMedia`)
  })

  it('c2pa-edited-CA.jpg: the manifest is read (claim generator) and carries no AI source type', async () => {
    const { c2pa } = await readProvenance(new Uint8Array(fixture('c2pa-edited-CA.jpg')))
    expect(c2pa.claimGenerator).toMatch(/make_test_images/)
    expect(
      c2pa.digitalSourceTypes.filter((type) => AI_TERMS.some((term) => type.endsWith(`/${term}`))),
    ).toEqual([])
  })

  it('a damaged manifest store is reported, not thrown', async () => {
    const bytes = new Uint8Array(fixture('c2pa-algorithmic-C.jpg'))
    // Overwrite the middle of the JUMBF payload (APP11 segments) while keeping the JPEG structure.
    const app11 = bytes.findIndex((byte, index) => byte === 0xff && bytes[index + 1] === 0xeb)
    expect(app11).toBeGreaterThan(0)
    bytes.fill(0x41, app11 + 200, app11 + 2000)
    const reading = await readProvenance(bytes)
    expect(reading.c2pa.present).toBe(true)
    expect(reading.classification).toBe('unknown')
    expect(reading.c2pa.error).toMatch(/unreadable manifest/)
    expect(reading.c2pa.validation).toBe('invalid')
  })
})

describe('uploading to the media collection stores the reading', () => {
  let app: TestApp
  let author: TestUser
  const uploaded = new Map<FixtureName, Record<string, any>>()

  beforeAll(async () => {
    app = await bootTestApp({ name: NAME })
    author = await createUser(app.payload, ['author'])
    for (const [name] of CASES) uploaded.set(name, await uploadFixture(app.payload, name))
  })

  afterAll(async () => {
    await app?.destroy()
  })

  it.each(CASES)('%s', async (name, expected) => {
    const stored = (await app.payload.findByID({
      collection: 'media',
      id: uploaded.get(name)!.id,
    })) as Record<string, any>
    expect(expected.classification).toContain(stored.provenance.classification)
    expect(stored.provenance.xmpDigitalSourceType ?? undefined).toBe(expected.xmp)
    expect(stored.provenance.c2paPresent).toBe(expected.c2paPresent)
    expect(stored.provenance.c2paReferencedButMissing).toBe(expected.referencedButMissing)
    expect(stored.provenance.readError).toBeNull()
  })

  it('stores the C2PA claim generator and source types of c2pa-algorithmic-C.jpg', () => {
    const { provenance } = uploaded.get('c2pa-algorithmic-C.jpg')!
    expect(provenance.c2paClaimGenerator).toMatch(/make_test_images/)
    expect(provenance.c2paDigitalSourceTypes).toContain(`${IPTC}algorithmicMedia`)
  })

  it('reads a multipart REST upload too, and ignores a provenance the uploader sends', async () => {
    const data = fixture('ai-trained-xmp.jpg')
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(data)], { type: 'image/jpeg' }),
      'ai-trained-rest.jpg',
    )
    form.append(
      '_payload',
      JSON.stringify({
        alt: 'Иллюстрация',
        provenance: { classification: 'not-ai', xmpDigitalSourceType: `${IPTC}digitalCapture` },
      }),
    )
    const { body, status } = await app.rest('POST', '/api/media', { form, token: author.token })
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.doc.provenance).toMatchObject({
      classification: 'generative-ai',
      xmpDigitalSourceType: `${IPTC}trainedAlgorithmicMedia`,
    })
  })

  it('an uploader cannot mark a photo as AI or not-AI by hand over REST', async () => {
    const id = uploaded.get('plain-no-metadata.jpg')!.id
    const { body, status } = await app.rest('PATCH', `/api/media/${id}`, {
      json: { alt: 'Жаңа сипаттама', provenance: { classification: 'not-ai' } },
      token: author.token,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.doc.alt).toBe('Жаңа сипаттама')
    expect(body.doc.provenance.classification).toBe('unknown')
  })

  it('editing the alt text keeps the reading; replacing the file reads the new one', async () => {
    const created = await uploadFixture(app.payload, 'ai-trained-xmp.jpg')
    const renamed = (await app.payload.update({
      collection: 'media',
      data: { alt: 'Жасанды интеллект салған сурет' },
      id: created.id,
    })) as Record<string, any>
    expect(renamed.provenance.classification).toBe('generative-ai')

    const camera = fixture('camera-capture-xmp.jpg')
    const replaced = (await app.payload.update({
      collection: 'media',
      data: {},
      file: { data: camera, mimetype: 'image/jpeg', name: 'replacement.jpg', size: camera.length },
      id: created.id,
    })) as Record<string, any>
    expect(replaced.provenance).toMatchObject({
      classification: 'not-ai',
      xmpDigitalSourceType: `${IPTC}digitalCapture`,
    })
  })

  describe('the resized copies keep the mark of an AI image, and only that', () => {
    const sizeXmp = async (name: FixtureName) => {
      const filename = uploaded.get(name)!.sizes?.thumbnail?.filename as string
      expect(filename, `${name} should have a thumbnail`).toBeTruthy()
      const file = path.join(mediaDir, filename)
      expect(fs.existsSync(file), `${file} should exist`).toBe(true)
      return ((await exifr.parse(fs.readFileSync(file), { mergeOutput: false, xmp: true })) ??
        {}) as Record<string, Record<string, unknown>>
    }

    it.each([
      ['ai-trained-xmp.jpg', 'trainedAlgorithmicMedia'],
      ['ai-composite-xmp.jpg', 'compositeWithTrainedAlgorithmicMedia'],
      ['c2pa-algorithmic-C.jpg', 'algorithmicMedia'],
    ] as const)(
      'the thumbnail of %s carries DigitalSourceType %s in its XMP',
      async (name, term) => {
        const parsed = await sizeXmp(name)
        expect(parsed.Iptc4xmpExt?.DigitalSourceType).toBe(`${IPTC}${term}`)
      },
    )

    it.each(['camera-capture-xmp.jpg', 'plain-no-metadata.jpg'] as const)(
      'the thumbnail of %s gets no DigitalSourceType',
      async (name) => {
        const parsed = await sizeXmp(name)
        expect(parsed.Iptc4xmpExt?.DigitalSourceType).toBeUndefined()
      },
    )

    it('only the mark is written: the rest of the original’s XMP (its dc:creator) stays behind', async () => {
      expect(
        (await exifr.parse(fixture('ai-trained-xmp.jpg'), { mergeOutput: false, xmp: true })).dc
          ?.creator,
      ).toBe('Generated')
      const parsed = await sizeXmp('ai-trained-xmp.jpg')
      expect(Object.keys(parsed)).toEqual(['Iptc4xmpExt'])
      expect(parsed.Iptc4xmpExt).toEqual({ DigitalSourceType: `${IPTC}trainedAlgorithmicMedia` })
    })
  })
})
