import type { CollectionSlug, Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media, Region, Rubric } from '../src/payload-types'

import { expectInvalidFields, rejectionOf } from './helpers/errors'
import {
  createRegion,
  createRubric,
  createUser,
  loginToken,
  mp4Buffer,
  PASSWORD,
  type SignedInUser,
  unique,
  uploadFile,
  uploadImage,
  wavBuffer,
} from './helpers/factories'
import { bootPayload } from './helpers/payload'
import { rest } from './helpers/rest'

let payload: Payload
/** An administrator saving through the Local API with access control on, as the admin panel does. */
let admin: SignedInUser
let region: Region
let podcastRubric: Rubric
let tvRubric: Rubric
let columnRubric: Rubric
let image: Media
let audio: Media
let video: Media

beforeAll(async () => {
  payload = await bootPayload()
  admin = await createUser(payload, { roles: ['admin'] })
  region = await createRegion(payload)
  podcastRubric = await createRubric(payload, { format: 'podcast', region: region.id })
  tvRubric = await createRubric(payload, { format: 'tv-programme', region: region.id })
  columnRubric = await createRubric(payload, { format: 'column' })
  image = await uploadImage(payload)
  audio = await uploadFile(payload, {
    data: wavBuffer(),
    mimetype: 'audio/wav',
    name: `episode-${unique()}.wav`,
  })
  video = await uploadFile(payload, {
    data: mp4Buffer(),
    mimetype: 'video/mp4',
    name: `segment-${unique()}.mp4`,
  })
})

afterAll(async () => {
  await payload.destroy()
})

type SavedDoc = Record<string, unknown> & { id: number | string }

const save = (
  collection: CollectionSlug,
  data: Record<string, unknown>,
  options: { draft?: boolean } = {},
): Promise<SavedDoc> =>
  payload.create({ collection, data, overrideAccess: false, user: admin, ...options } as Parameters<
    Payload['create']
  >[0]) as unknown as Promise<SavedDoc>

/** A complete, valid document for each collection (a fresh slug each call), and the fields a writer must fill in. */
const cases: {
  collection: CollectionSlug
  required: string[]
  valid: () => Record<string, unknown>
}[] = [
  {
    collection: 'articles',
    required: ['title', 'region'],
    valid: () => ({
      region: region.id,
      slug: `article-${unique()}`,
      title: 'Бірлік Talks: жаңа маусым',
    }),
  },
  {
    collection: 'ethno-events',
    required: ['title', 'region', 'eventDate'],
    valid: () => ({
      eventDate: '2024-10-15T00:00:00.000Z',
      region: region.id,
      slug: `event-${unique()}`,
      title: 'ЭтноEvent: Наурыз мерекесі',
    }),
  },
  {
    collection: 'podcast-episodes',
    required: ['title', 'region', 'rubric', 'episodeNumber', 'audio'],
    valid: () => ({
      audio: audio.id,
      episodeNumber: 1,
      region: region.id,
      rubric: podcastRubric.id,
      slug: `episode-${unique()}`,
      title: 'Ortaq — 1-шығарылым',
    }),
  },
  {
    collection: 'tv-segments',
    required: ['title', 'region', 'rubric', 'airDate'],
    valid: () => ({
      airDate: '2024-10-01T00:00:00.000Z',
      externalUrl: 'https://www.youtube.com/watch?v=dostyq',
      region: region.id,
      rubric: tvRubric.id,
      slug: `segment-${unique()}`,
      title: 'Достық дастарханы',
    }),
  },
  {
    collection: 'videos',
    required: ['title', 'region'],
    valid: () => ({
      region: region.id,
      slug: `video-${unique()}`,
      title: 'Ассамблея айнасы: 1-сабақ',
      videoUrl: 'https://vimeo.com/123456',
    }),
  },
  {
    collection: 'contributors',
    required: ['fullName', 'region', 'mediaType'],
    valid: () => ({ fullName: 'Айгүл Сейітова', mediaType: 'tv', region: region.id }),
  },
  {
    collection: 'rubrics',
    required: ['name', 'format'],
    valid: () => ({ format: 'column', name: 'Тұлға тағдыр', slug: `rubric-${unique()}` }),
  },
  {
    collection: 'regions',
    required: ['name', 'kind'],
    valid: () => ({ kind: 'oblast', name: 'Жетісу облысы', slug: `region-${unique()}` }),
  },
  {
    collection: 'users',
    required: ['name', 'email', 'password'],
    valid: () => ({
      email: `new-${unique()}@example.test`,
      name: 'Жаңа журналист',
      password: PASSWORD,
      roles: ['journalist'],
    }),
  },
]

describe('required fields', () => {
  it.each(cases)('a complete $collection document is accepted', async ({ collection, valid }) => {
    const before = await payload.count({ collection })
    const doc = await save(collection, valid())
    expect(doc.id).toBeDefined()
    expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs + 1)
  })

  const missingCases = cases.flatMap(({ collection, required, valid }) =>
    required.map((field) => ({ collection, field, valid })),
  )

  it.each(missingCases)(
    '$collection without $field is refused with a 400 naming $field',
    async ({ collection, field, valid }) => {
      const data = valid()
      delete data[field]
      const before = await payload.count({ collection })
      const error = await rejectionOf(save(collection, data))
      expectInvalidFields(error, [field])
      expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs)
    },
  )

  it('a user account needs at least one role', async () => {
    const error = await rejectionOf(
      save('users', {
        email: `roleless-${unique()}@example.test`,
        name: 'Рөлсіз',
        password: PASSWORD,
        roles: [],
      }),
    )
    expectInvalidFields(error, ['roles'])
  })

  // Payload's own MissingFile error: a 400, but without a field path (see the report on this suite).
  it('a media document without a file is refused with a 400', async () => {
    const error = await rejectionOf(save('media', { alt: 'Сурет' }))
    expect(error.name).toBe('MissingFile')
    expect(error.status).toBe(400)
    expect(error.message).toBe('No files were uploaded.')
  })

  it('an image without alt text is refused with a 400 naming alt', async () => {
    const error = await rejectionOf(uploadImage(payload, { alt: '' }))
    expectInvalidFields(error, ['alt'])
  })

  it('drafts are validated too: a draft article without a region is refused', async () => {
    const data = cases[0].valid()
    delete data.region
    expectInvalidFields(await rejectionOf(save('articles', data, { draft: true })), ['region'])
  })

  it('over REST, a missing required field comes back as 400 with the field path in the body', async () => {
    const token = await loginToken(payload, admin.email)
    const { body, status } = await rest('POST', '/api/articles', {
      json: { slug: `rest-${unique()}`, title: 'Аймақсыз мақала' },
      token,
    })
    expect(status).toBe(400)
    expect(body.errors[0].name).toBe('ValidationError')
    expect(body.errors[0].data.errors.map((entry: { path: string }) => entry.path)).toEqual([
      'region',
    ])
  })
})

describe('slugs', () => {
  it('a slug is generated from the Kazakh title, transliterated to latin', async () => {
    const doc = await save('regions', { kind: 'oblast', name: `Шығыс Қазақстан ${unique()}` })
    expect(doc.slug).toMatch(/^shygys-qazaqstan-[a-z0-9]+$/)
  })

  it('a generated slug that is taken gets a numeric suffix', async () => {
    const title = `Ұлы дала аңыздары ${unique()}`
    const first = await save('articles', { region: region.id, title })
    const second = await save('articles', { region: region.id, title })
    expect(second.slug).toBe(`${first.slug}-2`)
  })

  it.each(['Bad Slug', 'жол-жөнекей', 'double--hyphen', '-leading', 'UPPER'])(
    'the slug "%s" is refused with a 400 naming slug',
    async (slug) => {
      const error = await rejectionOf(
        save('articles', { region: region.id, slug, title: 'Мақала' }),
      )
      const messages = expectInvalidFields(error, ['slug'])
      expect(messages.slug).toContain('lowercase latin letters, digits and single hyphens')
    },
  )

  it('a slug given by hand that is already used is refused with a 400 naming slug', async () => {
    const slug = `taken-${unique()}`
    await save('rubrics', { format: 'column', name: 'Бірінші', slug })
    expectInvalidFields(
      await rejectionOf(save('rubrics', { format: 'column', name: 'Екінші', slug })),
      ['slug'],
    )
  })

  it('an article without title or slug names both', async () => {
    expectInvalidFields(await rejectionOf(save('articles', { region: region.id })), [
      'title',
      'slug',
    ])
  })
})

describe('video links', () => {
  it.each([
    ['http://www.youtube.com/watch?v=abc', 'must be an https:// link'],
    ['ftp://example.kz/clip.mp4', 'must be an https:// link'],
    ['youtube.com/watch?v=abc', 'is not a valid URL'],
  ])('a video with link %s is refused with a 400 naming videoUrl', async (videoUrl, reason) => {
    const data = { ...cases.find((c) => c.collection === 'videos')!.valid(), videoUrl }
    const messages = expectInvalidFields(await rejectionOf(save('videos', data)), ['videoUrl'])
    expect(messages.videoUrl).toContain(reason)
  })

  it.each([
    ['https://www.youtube.com/watch?v=abc', 'youtube'],
    ['https://youtu.be/abc', 'youtube'],
    ['https://vimeo.com/123', 'vimeo'],
    ['https://qazaqstan.tv/video/1', 'other'],
  ])('an https link %s is accepted and its provider recorded as %s', async (videoUrl, provider) => {
    const doc = await save('videos', {
      ...cases.find((c) => c.collection === 'videos')!.valid(),
      videoUrl,
    })
    expect(doc.provider).toBe(provider)
  })

  it('a video with neither a link nor an uploaded file is refused', async () => {
    const data = cases.find((c) => c.collection === 'videos')!.valid()
    delete data.videoUrl
    const messages = expectInvalidFields(await rejectionOf(save('videos', data)), ['videoUrl'])
    expect(messages.videoUrl).toContain('give a video link or upload the video')
  })

  it('a video with an uploaded file and no link is accepted as an upload', async () => {
    const data = cases.find((c) => c.collection === 'videos')!.valid()
    delete data.videoUrl
    const doc = await save('videos', { ...data, video: video.id })
    expect(doc.provider).toBe('upload')
  })

  it('a TV segment with an http link is refused with a 400 naming externalUrl', async () => {
    const data = {
      ...cases.find((c) => c.collection === 'tv-segments')!.valid(),
      externalUrl: 'http://example.kz/efir',
    }
    const messages = expectInvalidFields(await rejectionOf(save('tv-segments', data)), [
      'externalUrl',
    ])
    expect(messages.externalUrl).toContain('https://')
  })

  it('a TV segment needs a link or an uploaded video', async () => {
    const data = cases.find((c) => c.collection === 'tv-segments')!.valid()
    delete data.externalUrl
    const messages = expectInvalidFields(await rejectionOf(save('tv-segments', data)), [
      'externalUrl',
    ])
    expect(messages.externalUrl).toContain('give a video link or upload the video')
    const withVideo = await save('tv-segments', { ...data, video: video.id })
    expect(withVideo.id).toBeDefined()
  })

  it('a TV segment cannot use an image as its video', async () => {
    const data = { ...cases.find((c) => c.collection === 'tv-segments')!.valid(), video: image.id }
    const messages = expectInvalidFields(await rejectionOf(save('tv-segments', data)), ['video'])
    expect(messages.video).toContain('is image/jpeg; a video file is needed here')
  })
})

describe('numbers', () => {
  const event = () => cases.find((c) => c.collection === 'ethno-events')!.valid()

  it.each([2.5, -1, 1_000_001])(
    'participantsCount %d is refused with a 400 naming participantsCount',
    async (participantsCount) => {
      const messages = expectInvalidFields(
        await rejectionOf(save('ethno-events', { ...event(), participantsCount })),
        ['participantsCount'],
      )
      expect(messages.participantsCount).toContain('whole number')
    },
  )

  it.each([0, 150])('participantsCount %d is accepted', async (participantsCount) => {
    const doc = await save('ethno-events', { ...event(), participantsCount })
    expect(doc.participantsCount).toBe(participantsCount)
  })

  it.each([
    ['podcast-episodes', 12.5],
    ['podcast-episodes', 0],
    ['videos', 86_401],
    ['tv-segments', -30],
  ] as const)(
    'a %s duration of %d seconds is refused with a 400 naming duration',
    async (collection, duration) => {
      const data = { ...cases.find((c) => c.collection === collection)!.valid(), duration }
      const messages = expectInvalidFields(await rejectionOf(save(collection, data)), ['duration'])
      expect(messages.duration).toContain('whole seconds')
    },
  )

  it('a duration in whole seconds is stored as given', async () => {
    const doc = await save('podcast-episodes', {
      ...cases.find((c) => c.collection === 'podcast-episodes')!.valid(),
      duration: 1835,
    })
    expect(doc.duration).toBe(1835)
  })
})

describe('podcast episodes', () => {
  const episode = () => cases.find((c) => c.collection === 'podcast-episodes')!.valid()

  it('must belong to a podcast rubric', async () => {
    const messages = expectInvalidFields(
      await rejectionOf(save('podcast-episodes', { ...episode(), rubric: columnRubric.id })),
      ['rubric'],
    )
    expect(messages.rubric).toContain(`«${columnRubric.slug}» is a column rubric`)
    expect(messages.rubric).toContain('podcast')
  })

  it('must carry an audio file, not an image', async () => {
    const messages = expectInvalidFields(
      await rejectionOf(save('podcast-episodes', { ...episode(), audio: image.id })),
      ['audio'],
    )
    expect(messages.audio).toContain('image/jpeg')
    expect(messages.audio).toContain('an audio file is needed here')
  })
})

describe('other format rules', () => {
  it('an ethno-event cannot be filed under a column rubric', async () => {
    const data = {
      ...cases.find((c) => c.collection === 'ethno-events')!.valid(),
      rubric: columnRubric.id,
    }
    expectInvalidFields(await rejectionOf(save('ethno-events', data)), ['rubric'])
  })

  it('a contributor with an unknown media type and a malformed e-mail is refused naming both', async () => {
    const error = await rejectionOf(
      save('contributors', {
        email: 'not-an-email',
        fullName: 'Автор',
        mediaType: 'newspaper',
        region: region.id,
      }),
    )
    expectInvalidFields(error, ['mediaType', 'email'])
  })

  it('a user with a malformed e-mail is refused naming email', async () => {
    const error = await rejectionOf(
      save('users', { email: 'journalist-at-example', name: 'Аты', password: PASSWORD }),
    )
    expectInvalidFields(error, ['email'])
  })

  it('a region kind outside city/oblast is refused naming kind', async () => {
    const error = await rejectionOf(
      save('regions', { kind: 'district', name: 'Аудан', slug: `district-${unique()}` }),
    )
    expectInvalidFields(error, ['kind'])
  })

  it('alt text longer than 300 characters is refused naming alt', async () => {
    expectInvalidFields(await rejectionOf(uploadImage(payload, { alt: 'а'.repeat(301) })), ['alt'])
  })
})
