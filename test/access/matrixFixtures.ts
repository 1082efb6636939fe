import type { CollectionSlug, Payload } from 'payload'

import type { Media } from '../../src/payload-types'
import {
  contentFor,
  createItem,
  type ItemOptions,
  PUBLISHABLE,
  type PublishableSlug,
} from '../delivery/fixtures'
import {
  createContributor,
  createRegion,
  createRubric,
  createUser,
  jpegBuffer,
  unique,
} from '../helpers/factories'
import type { HttpClient, Newsroom } from './newsroom'

/** A fixture as the checks need it: its id, and what some operations look at. */
export type Fixture = {
  id: number | string
  /** Versions: the first one (restore) and the latest (read by id). */
  firstVersion?: number | string
  latestVersion?: number | string
  /** Texts of an item with a revision: the published title and the unpublished one. */
  liveTitle?: string
  revisionTitle?: string
  /** Uploads: the file names of the original and each size. */
  files?: Record<string, string>
}

export type Context = {
  /** While a disposable copy of a fixture is made: the operation it is for (a copy needs only what that one reads). */
  copying?: string
  http: HttpClient
  newsroom: Newsroom
  payload: Payload
  /** The fixtures made so far, by collection and key: some rows point at another collection's fixture. */
  shared: Record<string, Record<string, Fixture>>
  /** A contributor profile nobody is linked to, for the account-link rows. */
  spareContributor: number | string
}
type Maker = (ctx: Context) => Promise<Fixture>

/** Per collection: how to make each fixture the matrix names (also used for disposable copies), and request bodies. */
export type CollectionFixtures = {
  make: Record<string, Maker>
  create?: Record<
    string,
    (ctx: Context) => Promise<Record<string, unknown>> | Record<string, unknown>
  >
  update?: Record<string, (ctx: Context) => Record<string, unknown>>
}

const versionsOf = async (payload: Payload, collection: CollectionSlug, id: number | string) => {
  const { docs } = await payload.findVersions({
    collection,
    depth: 0,
    limit: 100,
    sort: 'createdAt',
    where: { parent: { equals: id } },
  })
  return { firstVersion: docs[0]?.id, latestVersion: docs[docs.length - 1]?.id }
}

const SKIP_SIDE_EFFECTS = { aiEthicsSkip: true, disableWebhooks: true }

/** What an item of the collection needs beyond the core (an audio file, a rubric…): made once, shared by every item. */
const contentCache = new Map<string, Promise<Record<string, unknown>>>()
const contentOf = (payload: Payload, collection: PublishableSlug) => {
  if (!contentCache.has(collection)) contentCache.set(collection, contentFor(payload, collection))
  return contentCache.get(collection)!
}

const publishableFixtures = (collection: PublishableSlug): CollectionFixtures => {
  const item = async (
    ctx: Context,
    options: Omit<ItemOptions, 'data'> & { data?: Record<string, unknown> },
  ) =>
    createItem(ctx.payload, collection, {
      ...options,
      data: { ...(await contentOf(ctx.payload, collection)), ...options.data },
    })
  const inA = (
    ctx: Context,
    data: Record<string, unknown>,
    status: 'draft' | 'live' = 'draft',
    ethics?: 'pending',
  ) =>
    item(ctx, {
      author: ctx.newsroom.people.journalistA,
      data,
      ethics,
      region: ctx.newsroom.regionA.id,
      status,
    })
  return {
    make: {
      a: async (ctx) => inA(ctx, { workflowStatus: 'approved' }),
      b: async (ctx) =>
        item(ctx, {
          author: ctx.newsroom.people.journalistB,
          region: ctx.newsroom.regionB.id,
          status: 'draft',
        }),
      d: async (ctx) => {
        const item = await inA(ctx, {})
        if (ctx.copying && ctx.copying !== 'restoreVersion') return item
        // A second version, so an earlier one can be restored.
        await ctx.payload.update({
          collection,
          context: SKIP_SIDE_EFFECTS,
          data: { excerpt: 'Екінші нұсқа' } as never,
          draft: true,
          id: item.id,
          user: ctx.newsroom.people.journalistA,
        })
        return { id: item.id, ...(await versionsOf(ctx.payload, collection, item.id)) }
      },
      h: async (ctx) => inA(ctx, {}, 'live', 'pending'),
      p: async (ctx) => {
        const liveTitle = `Жарияланған ${unique()}`
        const revisionTitle = `Түзету ${unique()}`
        const item = await inA(ctx, { title: liveTitle }, 'live')
        if (ctx.copying) return item
        await ctx.payload.update({
          collection,
          context: SKIP_SIDE_EFFECTS,
          data: { title: revisionTitle } as never,
          draft: true,
          id: item.id,
          user: ctx.newsroom.people.journalistA,
        })
        return {
          id: item.id,
          liveTitle,
          revisionTitle,
          ...(await versionsOf(ctx.payload, collection, item.id)),
        }
      },
      r: async (ctx) => inA(ctx, { workflowStatus: 'in_review' }),
      s: async (ctx) =>
        inA(ctx, {
          scheduledFor: new Date(Date.now() + 86_400_000).toISOString(),
          workflowStatus: 'scheduled',
        }),
    },
    create: {
      'in A': async (ctx) => ({
        region: ctx.newsroom.regionA.id,
        slug: `new-${unique()}`,
        title: `Жаңа ${unique()}`,
        ...(await contentOf(ctx.payload, collection)),
      }),
      published: async (ctx) => ({
        _status: 'published',
        region: ctx.newsroom.regionA.id,
        slug: `new-${unique()}`,
        title: `Жаңа ${unique()}`,
        ...(await contentOf(ctx.payload, collection)),
      }),
    },
    update: {
      excerpt: () => ({ excerpt: `Өзгертілген ${unique()}` }),
      publishedAt: () => ({ publishedAt: '2019-05-01T00:00:00.000Z' }),
      'region B': (ctx) => ({ region: ctx.newsroom.regionB.id }),
    },
  }
}

/** A 1400×800 JPEG (every size, the og card included), uploaded as the given person. */
const uploadAs = async (
  ctx: Context,
  persona: 'chief' | 'journalistA' | 'journalistB',
): Promise<Fixture> => {
  const data = await jpegBuffer(1400, 800)
  const media = (await ctx.payload.create({
    collection: 'media',
    data: { alt: `Матрица ${unique()}` },
    file: { data, mimetype: 'image/jpeg', name: `matrix-${unique()}.jpg`, size: data.length },
    overrideAccess: false,
    user: ctx.newsroom.people[persona],
  })) as Media
  const files: Record<string, string> = { original: media.filename! }
  for (const [size, value] of Object.entries(media.sizes ?? {}))
    if (value?.filename) files[size] = value.filename
  return { files, id: media.id }
}

const itemOf = async (
  ctx: Context,
  region: 'regionA' | 'regionB',
  author: 'journalistA' | 'journalistB',
  data: Record<string, unknown> = {},
  ethics?: 'pending',
) =>
  createItem(ctx.payload, 'articles', {
    author: ctx.newsroom.people[author],
    data,
    ethics,
    region: ctx.newsroom[region].id,
    status: 'draft',
  })

const decisionOn = async (
  ctx: Context,
  region: 'regionA' | 'regionB',
  author: 'journalistA' | 'journalistB',
): Promise<Fixture> => {
  const item = await itemOf(ctx, region, author, {}, 'pending')
  const res = await ctx.http.post('ethics', '/api/ai-ethics/review', {
    collection: 'articles',
    decision: 'reject',
    id: item.id,
    note: 'Қайта жазыңыз.',
  })
  if (res.status !== 200)
    throw new Error(`ethics review fixture: ${res.status} ${JSON.stringify(res.body)}`)
  return { id: res.body.review.id }
}

const eventOn = async (
  ctx: Context,
  region: 'regionA' | 'regionB',
  author: 'journalistA' | 'journalistB',
): Promise<Fixture> => {
  const item = await itemOf(ctx, region, author)
  const people = ctx.newsroom.people
  const doc = await ctx.payload.create({
    collection: 'workflow-events',
    data: {
      action: 'submit',
      actor: people[author].id,
      docId: String(item.id),
      docOwner: people[author].id,
      eventKey: `matrix:${unique()}`,
      from: 'draft',
      region: ctx.newsroom[region].id,
      targetCollection: 'articles',
      to: 'in_review',
    },
  })
  return { id: doc.id }
}

const commentOn = async (
  ctx: Context,
  region: 'regionA' | 'regionB',
  author: 'journalistA' | 'journalistB',
): Promise<Fixture> => {
  const item = await itemOf(ctx, region, author)
  const doc = await ctx.payload.create({
    collection: 'editorial-comments',
    data: {
      body: 'Дереккөзді тексеру керек.',
      docId: String(item.id),
      targetCollection: 'articles',
    },
    user: ctx.newsroom.people[author],
  })
  return { id: doc.id }
}

const rowOf =
  (collection: string, data: Record<string, unknown>): Maker =>
  async (ctx) => {
    const doc = await ctx.payload.create({
      collection: collection as CollectionSlug,
      data: data as never,
      overrideAccess: true,
    })
    return { id: doc.id }
  }

/** Every collection's fixtures. A collection without an entry has none (its rows need none). */
export const FIXTURES: Record<string, CollectionFixtures> = {
  ...Object.fromEntries(PUBLISHABLE.map((slug) => [slug, publishableFixtures(slug)])),

  contributors: {
    make: {
      ca: async (ctx) => ({
        id: (
          await createContributor(ctx.payload, {
            email: `ca-${unique()}@example.test`,
            region: ctx.newsroom.regionA.id,
            user: ctx.newsroom.people.journalistA.id,
          })
        ).id,
      }),
      cb: async (ctx) => ({
        id: (
          await createContributor(ctx.payload, {
            region: ctx.newsroom.regionB.id,
            user: ctx.newsroom.people.journalistB.id,
          })
        ).id,
      }),
    },
    create: {
      'in A': (ctx) => ({
        fullName: `Автор ${unique()}`,
        mediaType: 'online',
        region: ctx.newsroom.regionA.id,
      }),
      'in B': (ctx) => ({
        fullName: `Автор ${unique()}`,
        mediaType: 'online',
        region: ctx.newsroom.regionB.id,
      }),
    },
    update: {
      outlet: () => ({ outlet: `Басылым ${unique()}` }),
      'region B': (ctx) => ({ region: ctx.newsroom.regionB.id }),
      user: (ctx) => ({ user: ctx.newsroom.people.editorA.id }),
    },
  },

  rubrics: {
    make: { ru: async (ctx) => ({ id: (await createRubric(ctx.payload)).id }) },
    create: {
      '': () => ({ format: 'column', name: `Айдар ${unique()}`, slug: `rubric-${unique()}` }),
    },
    update: { description: () => ({ description: `Сипаттама ${unique()}` }) },
  },

  regions: {
    make: {
      ra: async (ctx) => ({ id: ctx.newsroom.regionA.id }),
      // The shared fixture is the real region B; copies (to delete) are unused regions.
      rb: async (ctx) =>
        !ctx.copying
          ? { id: ctx.newsroom.regionB.id }
          : { id: (await createRegion(ctx.payload)).id },
    },
    create: {
      '': () => ({ kind: 'oblast', name: `Өңір ${unique()}`, slug: `region-${unique()}` }),
    },
    update: { order: () => ({ order: 99 }) },
  },

  media: {
    make: {
      ma: (ctx) => uploadAs(ctx, 'journalistA'),
      mb: (ctx) => uploadAs(ctx, 'journalistB'),
      mm: async (ctx) => {
        const upload = await uploadAs(ctx, 'journalistA')
        await ctx.payload.update({
          collection: 'media',
          data: { markedPublic: true },
          id: upload.id,
        })
        return upload
      },
      mn: (ctx) => uploadAs(ctx, 'chief'),
      mp: async (ctx) => {
        const upload = await uploadAs(ctx, 'journalistA')
        await createItem(ctx.payload, 'articles', {
          data: { heroImage: upload.id },
          region: ctx.newsroom.regionA.id,
          status: 'live',
        })
        return upload
      },
    },
    create: { 'alt only': () => ({ alt: 'Файлсыз' }) },
    update: {
      alt: () => ({ alt: `Өзгертілген ${unique()}` }),
      markedPublic: () => ({ markedPublic: true }),
    },
  },

  users: {
    make: {
      ua: async (ctx) =>
        ctx.copying
          ? { id: (await createUser(ctx.payload, { regions: [ctx.newsroom.regionA.id] })).id }
          : { id: ctx.newsroom.people.journalistA.id },
      ub: async (ctx) => ({ id: ctx.newsroom.people.journalistB.id }),
    },
    create: {
      '': () => ({
        email: `new-${unique()}@example.test`,
        name: 'Жаңа қызметкер',
        password: 'a-long-password-123',
        roles: ['journalist'],
      }),
    },
    update: {
      contributor: (ctx) => ({ contributor: ctx.spareContributor }),
      name: () => ({ name: `Аты ${unique()}` }),
      roles: () => ({ roles: ['admin'] }),
    },
  },

  'workflow-events': {
    make: {
      ea: (ctx) => eventOn(ctx, 'regionA', 'journalistA'),
      eb: (ctx) => eventOn(ctx, 'regionB', 'journalistB'),
    },
    create: {
      '': () => ({
        action: 'submit',
        docId: '1',
        eventKey: `forged-${unique()}`,
        from: 'draft',
        targetCollection: 'articles',
        to: 'in_review',
      }),
    },
    update: { comment: () => ({ comment: 'Өзгертілді' }) },
  },

  'editorial-comments': {
    make: {
      ka: (ctx) => commentOn(ctx, 'regionA', 'journalistA'),
      kb: (ctx) => commentOn(ctx, 'regionB', 'journalistB'),
    },
    create: {
      'on a draft of A': (ctx) => ({
        body: 'Пікір',
        docId: String(ctx.shared.articles.d.id),
        targetCollection: 'articles',
      }),
      'on a public item of A': (ctx) => ({
        body: 'Пікір',
        docId: String(ctx.shared.articles.p.id),
        targetCollection: 'articles',
      }),
    },
    update: { body: () => ({ body: 'Өзгертілді' }) },
  },

  'ethics-reviews': {
    make: {
      xa: (ctx) => decisionOn(ctx, 'regionA', 'journalistA'),
      xb: (ctx) => decisionOn(ctx, 'regionB', 'journalistB'),
    },
    create: {
      '': () => ({ decision: 'clear', docId: '1', note: 'Жалған', targetCollection: 'articles' }),
    },
    update: { note: () => ({ note: 'Өзгертілді' }) },
  },

  // Inactive: the specs share one database, and an active webhook would receive every other spec's publications.
  webhooks: {
    make: {
      wh: rowOf('webhooks', {
        active: false,
        events: ['publish'],
        url: 'https://example.test/hook',
      }),
    },
    create: {
      '': () => ({ active: false, events: ['publish'], url: 'https://example.test/another-hook' }),
    },
    update: { active: () => ({ active: false }) },
  },

  'webhook-deliveries': {
    make: {
      wd: rowOf('webhook-deliveries', {
        attempt: 1,
        event: 'publish',
        ok: false,
        url: 'https://example.test/hook',
      }),
    },
    create: { '': () => ({ attempt: 1, event: 'publish' }) },
    update: { error: () => ({ error: 'Өзгертілді' }) },
  },

  'contribution-facts': {
    make: {
      cf: async (ctx) =>
        rowOf('contribution-facts', {
          day: '1999-01-01',
          itemKey: `articles:matrix-${unique()}`,
          key: `articles:matrix-${unique()}@1999-01-01`,
          publishedAt: '1999-01-01T06:00:00.000Z',
          syncedAt: new Date().toISOString(),
          type: 'articles',
        })(ctx),
    },
    create: {
      '': () => ({
        day: '1999-01-02',
        itemKey: 'x',
        key: `forged-${unique()}`,
        publishedAt: new Date().toISOString(),
        syncedAt: new Date().toISOString(),
        type: 'articles',
      }),
    },
    update: { '': () => ({ counted: true }) },
  },

  'contribution-days': {
    make: {
      cd: async (ctx) =>
        rowOf('contribution-days', {
          builtAt: new Date().toISOString(),
          day: `matrix-${unique()}`,
          facts: [],
          items: 0,
          startsAt: '1900-01-01T00:00:00.000Z',
        })(ctx),
    },
    create: {
      '': () => ({
        builtAt: new Date().toISOString(),
        day: '1998-12-31',
        facts: [],
        items: 0,
        startsAt: '1998-12-31T00:00:00.000Z',
      }),
    },
    update: { '': () => ({ items: 5 }) },
  },

  'auth-throttles': {
    make: {
      at: async (ctx) => {
        const now = Date.now()
        const at = (ms: number) => new Date(now + ms).toISOString()
        return rowOf('auth-throttles', {
          count: 1,
          expiresAt: at(3_600_000),
          key: `matrix:${unique()}`,
          lastAt: at(0),
          windowStart: at(0),
        })(ctx)
      },
    },
    create: {
      '': () => ({
        count: 0,
        expiresAt: new Date().toISOString(),
        key: `forged:${unique()}`,
        lastAt: new Date().toISOString(),
        windowStart: new Date().toISOString(),
      }),
    },
    update: { '': () => ({ count: 0 }) },
  },

  'payload-kv': {
    make: {
      kv: async (ctx) =>
        rowOf('payload-kv', { data: { matrix: true }, key: `matrix-${unique()}` })(ctx),
    },
    create: { '': () => ({ data: {}, key: `forged-${unique()}` }) },
    update: { '': () => ({ data: { forged: true } }) },
  },

  'payload-jobs': {
    make: {
      job: rowOf('payload-jobs', { input: {}, queue: 'matrix', taskSlug: 'publishScheduled' }),
    },
    create: { '': () => ({ input: {}, queue: 'matrix', taskSlug: 'publishScheduled' }) },
    update: { '': () => ({ queue: 'forged' }) },
  },

  'payload-locked-documents': {
    make: {
      la: async (ctx) => {
        // On an item of its own: a lock makes Payload refuse other people's saves of the item (423).
        const locked = await itemOf(ctx, 'regionA', 'journalistA')
        const doc = await ctx.payload.create({
          collection: 'payload-locked-documents',
          data: {
            document: { relationTo: 'articles', value: locked.id },
            user: { relationTo: 'users', value: ctx.newsroom.people.editorA.id },
          } as never,
        })
        return { id: doc.id }
      },
    },
    create: {
      '': async (ctx) => ({
        document: {
          relationTo: 'articles',
          value: (await itemOf(ctx, 'regionB', 'journalistB')).id,
        },
        user: { relationTo: 'users', value: ctx.newsroom.people.editorA.id },
      }),
    },
    update: {
      '': (ctx) => ({ user: { relationTo: 'users', value: ctx.newsroom.people.editorA.id } }),
    },
  },

  'payload-migrations': { create: { '': () => ({ batch: 1, name: 'forged' }) }, make: {} },

  'payload-preferences': {
    create: { '': () => ({ key: `matrix-${unique()}`, value: { columns: [] } }) },
    update: { '': () => ({ value: { columns: ['title'] } }) },
    make: {
      pa: async (ctx) => {
        const doc = await ctx.payload.create({
          collection: 'payload-preferences',
          data: {
            key: `matrix-${unique()}`,
            user: { relationTo: 'users', value: ctx.newsroom.people.journalistA.id },
            value: { columns: [] },
          } as never,
          user: ctx.newsroom.people.journalistA,
        })
        return { id: doc.id }
      },
    },
  },
}
