import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../src/payload-types'
import { signPreview } from '../../plugins/delivery/src/preview'
import { clearPublicReadStore } from '../../plugins/delivery/src/publicCache/withPublicReadCache'
import { backfillPublicMedia } from '../../plugins/delivery/src/publicMedia/backfill'
import { deliveryOptionsOf } from '../../plugins/delivery/src/options'
import { mediaShowingCollections } from '../../plugins/delivery/src/publicMedia/visibility'
import { createItem, type PublishableSlug } from '../delivery/fixtures'
import { type ApiServer, startApiServer } from '../delivery/server'
import {
  createContributor,
  jpegBuffer,
  mp4Buffer,
  unique,
  uploadFile,
  wavBuffer,
} from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import {
  createNewsroom,
  type HttpClient,
  httpClient,
  type Newsroom,
  type Persona,
} from './newsroom'

// Finding 5: an upload is public only while a publicly visible item (published, review cleared), a contributor
// profile or a rubric uses it, or an editor marked it public. Until then its document and every file of it (each
// size) are for staff of its region (and national editors, ethics reviewers, the uploader). Websites keep working:
// a published item's media load anonymously, at depth 1 and by URL.

let payload: Payload
let server: ApiServer
let newsroom: Newsroom
let http: HttpClient

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  newsroom = await createNewsroom(payload)
  http = httpClient(server, newsroom)
  clearPublicReadStore()
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

/** A 1400×800 JPEG uploaded by the given person (so it has every size, the og card included). */
const upload = async (
  marker: string,
  persona: 'chief' | 'journalistA' | 'journalistB' = 'journalistA',
): Promise<Media> => {
  const data = await jpegBuffer(1400, 800)
  return payload.create({
    collection: 'media',
    // The alt is unique in the run: the suite shares one database, and the anonymous list and GraphQL checks find
    // the upload by it (another spec's public upload named alike would be counted).
    data: { alt: `${marker}-ALT-${unique()}`, caption: `${marker}-CAPTION` },
    file: {
      data,
      mimetype: 'image/jpeg',
      name: `${marker.toLowerCase()}-${unique()}.jpg`,
      size: data.length,
    },
    overrideAccess: false,
    user: newsroom.people[persona],
  })
}

/** Every file URL path of an upload: the original and each size it has. */
const filePaths = (media: Media): string[] => {
  const names = [
    media.filename,
    ...Object.values(media.sizes ?? {}).map((size) => size?.filename),
  ].filter(Boolean) as string[]
  return names.map((name) => `/api/media/file/${encodeURIComponent(name)}`)
}

/** What a persona sees of an upload: its document (REST by id, REST list by alt, GraphQL) and each of its files. */
const seenBy = async (persona: Persona, media: Media) => {
  const byId = await http.get(persona, `/api/media/${media.id}?depth=0`)
  const list = await http.get(
    persona,
    `/api/media?depth=0&where[alt][like]=${encodeURIComponent(media.alt)}`,
  )
  const gql = await http.graphql(
    persona,
    `{ allMedia(where: { alt: { like: "${media.alt}" } }) { docs { id caption } } }`,
  )
  const files = await Promise.all(
    filePaths(media).map(async (path) => (await http.get(persona, path)).status),
  )
  return {
    byId: byId.status,
    files,
    graphql: gql.body?.data?.allMedia?.docs?.length ?? 'refused',
    listed: list.body?.totalDocs ?? 'refused',
  }
}
const PUBLIC = (files: number) => ({
  byId: 200,
  files: Array(files).fill(200),
  graphql: 1,
  listed: 1,
})
const PRIVATE = (files: number) => ({
  byId: 404,
  files: Array(files).fill(403),
  graphql: 0,
  listed: 0,
})

const act = async (collection: string, id: number, persona: Persona, action: string) => {
  const res = await http.post(persona, `/api/${collection}/${id}/workflow`, { action })
  expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200)
}

describe('an upload used by an unpublished item', () => {
  let media: Media
  let article: { id: number }

  beforeAll(async () => {
    media = await upload('EMBARGO')
    article = await createItem(payload, 'articles', {
      author: newsroom.people.journalistA,
      data: { heroImage: media.id, workflowStatus: 'approved' },
      region: newsroom.regionA.id,
      status: 'draft',
    })
  })

  it('has four files (original, thumbnail, card, og) to protect', () => {
    expect(filePaths(media)).toHaveLength(4)
  })

  it('is invisible to anonymous callers: document, list by alt text, GraphQL and every file', async () => {
    expect(await seenBy('anonymous', media)).toEqual(PRIVATE(4))
  })

  it('is invisible to a journalist of another region, readable by the uploader, her region’s editor and national staff', async () => {
    expect(await seenBy('journalistB', media)).toEqual(PRIVATE(4))
    for (const persona of ['journalistA', 'editorA', 'chief', 'ethics', 'admin'] as const) {
      expect(await seenBy(persona, media), persona).toEqual(PUBLIC(4))
    }
  })

  it('becomes public when the item is published, and the website gets it at depth 1 and by URL', async () => {
    await act('articles', article.id, 'editorA', 'publish')
    expect(await seenBy('anonymous', media)).toEqual(PUBLIC(4))
    const item = await http.get('anonymous', `/api/articles/${article.id}?depth=1`)
    expect(item.status).toBe(200)
    expect(item.body.heroImage).toMatchObject({ alt: media.alt, id: media.id })
    expect(
      (
        await fetch(
          item.body.heroImage.url.startsWith('/')
            ? `${server.baseURL}${item.body.heroImage.url}`
            : item.body.heroImage.url,
        )
      ).status,
    ).toBe(200)
  })

  it('goes private again when the item is unpublished', async () => {
    await act('articles', article.id, 'editorA', 'unpublish')
    expect(await seenBy('anonymous', media)).toEqual(PRIVATE(4))
  })
})

describe('an upload used by two items', () => {
  it('stays public while one of them is still public', async () => {
    const media = await upload('SHARED')
    const first = await createItem(payload, 'articles', {
      data: { heroImage: media.id },
      region: newsroom.regionA.id,
      status: 'live',
    })
    await createItem(payload, 'videos', {
      data: { heroImage: media.id },
      region: newsroom.regionA.id,
      status: 'live',
    })
    expect(await seenBy('anonymous', media)).toEqual(PUBLIC(4))
    await payload.update({
      collection: 'articles',
      data: { _status: 'draft', workflowStatus: 'archived' } as never,
      id: first.id,
    })
    expect(await seenBy('anonymous', media)).toEqual(PUBLIC(4))
  })
})

describe('every way an item uses an upload makes it public on publication, and only then', () => {
  const lexicalUpload = (id: number) => ({
    root: {
      children: [
        {
          children: [
            {
              detail: 0,
              format: 0,
              mode: 'normal',
              style: '',
              text: 'Фото:',
              type: 'text',
              version: 1,
            },
          ],
          direction: 'ltr',
          format: '',
          indent: 0,
          type: 'paragraph',
          version: 1,
        },
        {
          fields: null,
          format: '',
          id: `upload-${id}`,
          relationTo: 'media',
          type: 'upload',
          value: id,
          version: 3,
        },
      ],
      direction: 'ltr',
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  })

  type Use = {
    collection: PublishableSlug
    field: string
    kind: 'audio' | 'image' | 'video'
    data: (id: number) => Record<string, unknown>
  }
  const USES: Use[] = [
    {
      collection: 'articles',
      data: (id) => ({ heroImage: id }),
      field: 'hero image',
      kind: 'image',
    },
    {
      collection: 'articles',
      data: (id) => ({ body: lexicalUpload(id) }),
      field: 'upload inside the rich text',
      kind: 'image',
    },
    {
      collection: 'articles',
      data: (id) => ({ meta: { image: id } }),
      field: 'SEO image',
      kind: 'image',
    },
    {
      collection: 'ethno-events',
      data: (id) => ({ gallery: [id] }),
      field: 'gallery',
      kind: 'image',
    },
    {
      collection: 'podcast-episodes',
      data: (id) => ({ audio: id }),
      field: 'audio',
      kind: 'audio',
    },
    {
      collection: 'videos',
      data: (id) => ({ video: id, videoUrl: null }),
      field: 'video file',
      kind: 'video',
    },
    {
      collection: 'tv-segments',
      data: (id) => ({ video: id }),
      field: 'video file',
      kind: 'video',
    },
    {
      collection: 'videos',
      data: (id) => ({ description: lexicalUpload(id) }),
      field: 'upload inside the description',
      kind: 'image',
    },
  ]

  const uploadOfKind = async (kind: Use['kind']): Promise<Media> => {
    if (kind === 'image') return upload(`USED-${unique()}`)
    const [data, mimetype, name] =
      kind === 'audio'
        ? [wavBuffer(), 'audio/wav', 'used.wav']
        : [mp4Buffer(), 'video/mp4', 'used.mp4']
    return uploadFile(payload, {
      alt: `USED-${kind}-${unique()}`,
      data,
      mimetype,
      name: `${unique()}-${name}`,
      user: newsroom.people.journalistA,
    })
  }

  it.each(USES)('$collection: $field', async ({ collection, data, kind }) => {
    const media = await uploadOfKind(kind)
    const files = filePaths(media).length
    const item = await createItem(payload, collection, {
      data: data(media.id),
      region: newsroom.regionA.id,
      status: 'draft',
    })
    expect(await seenBy('anonymous', media)).toEqual(PRIVATE(files))
    await payload.update({
      collection,
      data: { _status: 'published', workflowStatus: 'published' } as never,
      id: item.id,
    })
    expect(await seenBy('anonymous', media)).toEqual(PUBLIC(files))
  })

  it('a published item held by the ethics review does not make its media public', async () => {
    const media = await upload('HELD')
    await createItem(payload, 'articles', {
      data: { heroImage: media.id },
      ethics: 'pending',
      region: newsroom.regionA.id,
      status: 'live',
    })
    expect(await seenBy('anonymous', media)).toEqual(PRIVATE(4))
  })
})

describe('uploads public by their own right', () => {
  it('a contributor’s photo is public (contributor profiles are)', async () => {
    const media = await upload('PORTRAIT')
    await createContributor(payload, { photo: media.id, region: newsroom.regionA.id })
    expect(await seenBy('anonymous', media)).toEqual(PUBLIC(4))
  })

  it('an editor may mark an upload public; a journalist may not (403 naming the field)', async () => {
    const media = await upload('MARKED')
    const refused = await http.patch('journalistA', `/api/media/${media.id}`, {
      markedPublic: true,
    })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toContain('markedPublic')
    expect(await seenBy('anonymous', media)).toEqual(PRIVATE(4))
    const marked = await http.patch('editorA', `/api/media/${media.id}`, { markedPublic: true })
    expect(marked.status, JSON.stringify(marked.body)).toBe(200)
    expect(await seenBy('anonymous', media)).toEqual(PUBLIC(4))
  })

  it('an upload by a national editor (no region) is readable by all staff until public, never by anonymous callers', async () => {
    const media = await upload('NATIONAL', 'chief')
    expect(await seenBy('anonymous', media)).toEqual(PRIVATE(4))
    expect(await seenBy('journalistB', media)).toEqual(PUBLIC(4))
  })
})

describe('the cache of anonymous reads', () => {
  it('answers the change of an upload’s visibility on the very next request', async () => {
    const media = await upload('CACHED')
    const path = `/api/media?depth=0&where[alt][equals]=${media.alt}`
    const first = await http.get('anonymous', path)
    expect([first.headers.get('x-cache'), first.body.totalDocs]).toEqual(['MISS', 0])
    expect((await http.get('anonymous', path)).headers.get('x-cache')).toBe('HIT')
    const item = await createItem(payload, 'articles', {
      data: { heroImage: media.id },
      region: newsroom.regionA.id,
      status: 'live',
    })
    expect((await http.get('anonymous', path)).body.totalDocs).toBe(1)
    await payload.delete({ collection: 'articles', id: item.id })
    expect((await http.get('anonymous', path)).body.totalDocs).toBe(0)
  })
})

describe('the class: every relation to media is accounted for', () => {
  /** Collections with a field that can point at media: upload or relationship fields, or rich text (upload nodes). */
  const collectionsUsingMedia = () =>
    payload.config.collections
      .filter((collection) => collection.slug !== 'media')
      .filter((collection) => {
        const usesMedia = (fields: typeof collection.flattenedFields): boolean =>
          fields.some(
            (field) =>
              field.type === 'richText' ||
              ((field.type === 'upload' || field.type === 'relationship') &&
                [field.relationTo].flat().includes('media' as never) &&
                field.name !== 'usedMedia') ||
              ('flattenedFields' in field && usesMedia(field.flattenedFields)) ||
              (field.type === 'blocks' &&
                field.blocks.some((block) => usesMedia(block.flattenedFields))),
          )
        return usesMedia(collection.flattenedFields)
      })
      .map((collection) => collection.slug)

  it('each collection that can use media either decides which media are public, or is never read anonymously', async () => {
    const using = collectionsUsingMedia()
    expect(using).toEqual(expect.arrayContaining(['articles', 'contributors', 'rubrics']))
    for (const slug of using) {
      if (slug in mediaShowingCollections(deliveryOptionsOf(payload.config).collections)) continue
      const read = payload.collections[slug].config.access.read
      const anonymous = await read({ req: { context: {}, payload, user: null } as never })
      expect(
        anonymous,
        `${slug} uses media and is readable anonymously: add it to mediaShowingCollections`,
      ).toBe(false)
    }
  })
})

describe('a signed preview of a draft', () => {
  it('shows the draft, but not its unpublished media (the link reads only that document)', async () => {
    const media = await upload('PREVIEWED')
    const item = await createItem(payload, 'articles', {
      data: { heroImage: media.id },
      region: newsroom.regionA.id,
      status: 'draft',
    })
    const { expires, sig } = signPreview(payload.secret, { collection: 'articles', id: item.id })
    const res = await http.get(
      'anonymous',
      `/api/preview/articles/${item.id}?expires=${expires}&sig=${sig}`,
    )
    expect(res.status).toBe(200)
    expect(res.body.id).toBe(item.id)
    expect(res.body.heroImage).toBe(media.id)
    expect(JSON.stringify(res.body)).not.toContain('PREVIEWED-CAPTION')
  })
})

describe('the migration that introduced media visibility', () => {
  it('lists what existing documents use (every locale, rich text included) and sets each upload’s flag from it', async () => {
    const hero = await upload('BACKFILL-HERO')
    const inText = await upload('BACKFILL-TEXT')
    const unused = await upload('BACKFILL-UNUSED')
    const item = await createItem(payload, 'articles', {
      data: { heroImage: hero.id },
      region: newsroom.regionA.id,
      status: 'live',
    })
    await payload.update({
      collection: 'articles',
      data: {
        title: 'Орысша атауы',
        body: {
          root: {
            children: [
              {
                fields: null,
                format: '',
                id: 'n1',
                relationTo: 'media',
                type: 'upload',
                value: inText.id,
                version: 3,
              },
            ],
            direction: 'ltr',
            format: '',
            indent: 0,
            type: 'root',
            version: 1,
          },
        },
      } as never,
      id: item.id,
      locale: 'ru',
    })
    // As the database was before: no lists, no flags.
    await payload.db.updateOne({ collection: 'articles', data: { usedMedia: [] }, id: item.id })
    await payload.db.updateMany({
      collection: 'media',
      data: { isPublic: false },
      where: { id: { in: [hero.id, inText.id, unused.id] } },
    })
    expect(await seenBy('anonymous', hero)).toEqual(PRIVATE(4))

    await backfillPublicMedia(payload)
    expect(await seenBy('anonymous', hero)).toEqual(PUBLIC(4))
    expect(await seenBy('anonymous', inText)).toEqual(PUBLIC(4))
    expect(await seenBy('anonymous', unused)).toEqual(PRIVATE(4))
  })
})
