import type { Contributor, Region, Rubric, User } from '@/payload-types'
import type { File, Payload } from 'payload'

import type {
  ArticleSeed,
  EthnoEventSeed,
  GuestSeed,
  ImageSeed,
  PodcastEpisodeSeed,
  TvSegmentSeed,
  VideoSeed,
} from './data/content'

import { ARTICLES, ETHNO_EVENTS, PODCAST_EPISODES, TV_SEGMENTS, VIDEOS } from './data/content'
import { CONTRIBUTORS } from './data/contributors'
import { REGIONS, type RegionSlug } from './data/regions'
import { RUBRICS, type RubricSlug } from './data/rubrics'
import { DEMO_USERS } from './data/users'
import {
  type Counts,
  type DocID,
  ensureAll,
  type EnsureItem,
  idOf,
  type Log,
  SEED_CONTEXT,
  Step,
} from './lib/ensure'
import { makeJpeg, PALETTES } from './lib/images'
import { richText } from './lib/lexical'
import { makeWav } from './lib/wav'

export type SeedOptions = { log?: (line: string) => void }

/** What each step did, by step label. */
export type SeedSummary = Record<string, Counts>

const quiet: Log = () => {}

// ---------------------------------------------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------------------------------------------

/** The 20 regions (kk name on create, then ru and en). Returns the regions by slug, in the default locale. */
export const seedRegions = async (
  payload: Payload,
  { log = quiet, summary }: SeedOptions & { summary?: SeedSummary } = {},
): Promise<Record<RegionSlug, Region>> => {
  const step = new Step('regions', REGIONS.length, log)
  await ensureAll(payload, step, {
    collection: 'regions',
    keyField: 'slug',
    translatedField: 'name',
    items: REGIONS.map((region, index): EnsureItem<'regions'> => ({
      key: region.slug,
      create: () => ({
        data: { name: region.name.kk, slug: region.slug, kind: region.kind, order: index + 1 },
      }),
      translate: () => ({ ru: { name: region.name.ru }, en: { name: region.name.en } }),
    })),
  })
  const counts = step.finish()
  if (summary) summary[step.label] = counts
  const { docs } = await payload.find({
    collection: 'regions',
    depth: 0,
    limit: REGIONS.length,
    pagination: false,
    where: { slug: { in: REGIONS.map((region) => region.slug) } },
  })
  return Object.fromEntries(docs.map((doc) => [doc.slug, doc])) as Record<RegionSlug, Region>
}

/**
 * The eleven rubrics with their home regions (seeding the regions first when needed). `covers` maps rubric
 * slugs to cover images: set on creation, or on an existing rubric that has none yet.
 */
export const seedRubrics = async (
  payload: Payload,
  {
    covers = {},
    log = quiet,
    regions,
    summary,
  }: SeedOptions & {
    covers?: Partial<Record<RubricSlug, DocID>>
    regions?: Record<RegionSlug, Region>
    summary?: SeedSummary
  } = {},
): Promise<Record<RubricSlug, Rubric>> => {
  const regionDocs = regions ?? (await seedRegions(payload, { log, summary }))
  const step = new Step('rubrics', RUBRICS.length, log)
  await ensureAll(payload, step, {
    collection: 'rubrics',
    keyField: 'slug',
    translatedField: 'name',
    items: RUBRICS.map((rubric): EnsureItem<'rubrics'> => {
      const cover = covers[rubric.slug] as number | undefined
      return {
        key: rubric.slug,
        create: () => ({
          data: {
            name: rubric.name.kk,
            slug: rubric.slug,
            format: rubric.format,
            description: rubric.description.kk,
            ...(rubric.region ? { region: regionDocs[rubric.region].id } : {}),
            ...(cover !== undefined ? { cover } : {}),
          },
        }),
        translate: () => ({
          ru: { name: rubric.name.ru, description: rubric.description.ru },
          en: { name: rubric.name.en, description: rubric.description.en },
        }),
        fillIfEmpty: { cover },
      }
    }),
  })
  const counts = step.finish()
  if (summary) summary[step.label] = counts
  const { docs } = await payload.find({
    collection: 'rubrics',
    depth: 0,
    limit: RUBRICS.length,
    pagination: false,
    where: { slug: { in: RUBRICS.map((rubric) => rubric.slug) } },
  })
  return Object.fromEntries(docs.map((doc) => [doc.slug, doc])) as Record<RubricSlug, Rubric>
}

// ---------------------------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------------------------

/** About 30 contributor profiles across the regions (bio in kk, then ru). Returns them by full name. */
export const seedContributors = async (
  payload: Payload,
  {
    log = quiet,
    regions,
    summary,
  }: SeedOptions & { regions: Record<RegionSlug, Region>; summary?: SeedSummary },
): Promise<Map<string, Contributor>> => {
  const step = new Step('contributors', CONTRIBUTORS.length, log)
  await ensureAll(payload, step, {
    collection: 'contributors',
    keyField: 'fullName',
    translatedField: 'bio',
    items: CONTRIBUTORS.map((contributor): EnsureItem<'contributors'> => ({
      key: contributor.fullName,
      create: () => ({
        data: {
          fullName: contributor.fullName,
          region: regions[contributor.region].id,
          mediaType: contributor.mediaType,
          outlet: contributor.outlet,
          bio: contributor.bio.kk,
          active: true,
          ...(contributor.email ? { email: contributor.email } : {}),
          ...(contributor.phone ? { phone: contributor.phone } : {}),
        },
      }),
      translate: () => ({ ru: { bio: contributor.bio.ru } }),
    })),
  })
  const counts = step.finish()
  if (summary) summary[step.label] = counts
  const { docs } = await payload.find({
    collection: 'contributors',
    depth: 0,
    limit: CONTRIBUTORS.length,
    pagination: false,
    where: { fullName: { in: CONTRIBUTORS.map((contributor) => contributor.fullName) } },
  })
  return new Map(docs.map((doc) => [doc.fullName, doc]))
}

/**
 * One demo account per role (see DEMO_USERS), each journalist linked both ways to a contributor profile.
 * Existing accounts are never changed (passwords stay as they are), except that an empty contributor link is filled.
 * Returns the users by e-mail.
 */
export const seedUsers = async (
  payload: Payload,
  {
    contributors,
    log = quiet,
    regions,
    summary,
  }: SeedOptions & {
    contributors: Map<string, Contributor>
    regions: Record<RegionSlug, Region>
    summary?: SeedSummary
  },
): Promise<Map<string, User>> => {
  const contributorId = (fullName: string) => {
    const contributor = contributors.get(fullName)
    if (!contributor) throw new Error(`seed: no contributor "${fullName}"`)
    return contributor.id
  }
  const step = new Step('users', DEMO_USERS.length, log)
  const ids = await ensureAll(payload, step, {
    collection: 'users',
    keyField: 'email',
    items: DEMO_USERS.map((user): EnsureItem<'users'> => {
      const contributor = 'contributor' in user ? contributorId(user.contributor) : undefined
      return {
        key: user.email,
        create: () => ({
          data: {
            email: user.email,
            password: user.password,
            name: user.name,
            roles: [...user.roles],
            regions: user.regions.map((slug) => regions[slug].id),
            ...(contributor !== undefined ? { contributor } : {}),
          },
        }),
        fillIfEmpty: { contributor },
      }
    }),
  })
  const counts = step.finish()
  if (summary) summary[step.label] = counts

  // The other direction of the journalist ⇄ contributor link, set only where still empty.
  const linked = DEMO_USERS.filter((user) => 'contributor' in user)
  const links = new Step('contributor links', linked.length, log)
  for (const user of linked) {
    if (!('contributor' in user)) continue
    const contributor = contributors.get(user.contributor)!
    if (contributor.user === null || contributor.user === undefined) {
      const updated = await payload.update({
        collection: 'contributors',
        context: SEED_CONTEXT,
        data: { user: idOf(ids, user.email, 'user') as number },
        depth: 0,
        id: contributor.id,
      })
      contributors.set(contributor.fullName, updated)
      links.tick('completed')
    } else {
      links.tick('unchanged')
    }
  }
  const linkCounts = links.finish()
  if (summary) summary[links.label] = linkCounts

  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: DEMO_USERS.length,
    pagination: false,
    where: { email: { in: DEMO_USERS.map((user) => user.email) } },
  })
  return new Map(docs.map((doc) => [doc.email, doc]))
}

// ---------------------------------------------------------------------------------------------------------------
// Media
// ---------------------------------------------------------------------------------------------------------------

type MediaSeed =
  | {
      kind: 'audio'
      alt: { kk: string; ru: string }
      by: string
      credit: string
      file: string
      frequency: number
    }
  | { kind: 'image'; image: ImageSeed; by: string }

const rubricCoverFile = (slug: string): `seed-${string}.jpg` => `seed-rubric-${slug}.jpg`

/** Every media file the seed uses: rubric covers, hero and gallery images, podcast audio. */
const mediaSeeds = (): MediaSeed[] => {
  const chief = 'chief@newsroom.kz'
  const covers: MediaSeed[] = RUBRICS.map((rubric) => ({
    kind: 'image',
    by: chief,
    image: {
      file: rubricCoverFile(rubric.slug),
      palette: rubric.cover,
      credit: 'ҚХА Журналистер клубы (демо)',
      alt: {
        kk: `«${rubric.name.kk}» айдарының мұқабасы: дала мен күн бейнеленген иллюстрация`,
        ru: `Обложка рубрики «${rubric.name.ru}»: иллюстрация со степью и солнцем`,
      },
    },
  }))
  const illustrated: { by: string; images: ImageSeed[] }[] = [
    ...ARTICLES.map((item) => ({ by: item.by, images: [item.image] })),
    ...ETHNO_EVENTS.map((item) => ({ by: item.by, images: [item.image, ...item.gallery] })),
    ...TV_SEGMENTS.map((item) => ({ by: item.by, images: [item.image] })),
    ...VIDEOS.map((item) => ({ by: item.by, images: [item.image] })),
  ]
  const heroes: MediaSeed[] = illustrated.flatMap(({ by, images }) =>
    images.map((image) => ({ kind: 'image' as const, by, image })),
  )
  const audio: MediaSeed[] = PODCAST_EPISODES.map((episode) => ({
    kind: 'audio',
    by: episode.by,
    alt: episode.audio.alt,
    credit: '«Ортақ» подкасты (демо)',
    file: episode.audio.file,
    frequency: episode.audio.frequency,
  }))
  return [...covers, ...heroes, ...audio]
}

const fileOf = (data: Buffer, name: string, mimetype: string): File => ({
  data,
  mimetype,
  name,
  size: data.length,
})

/** Generates and uploads the demo pictures and audio that are not in `media` yet. Returns ids by filename. */
export const seedMedia = async (
  payload: Payload,
  {
    log = quiet,
    summary,
    users,
  }: SeedOptions & { summary?: SeedSummary; users: Map<string, User> },
): Promise<Map<string, DocID>> => {
  const seeds = mediaSeeds()
  const step = new Step('media', seeds.length, log, 10)
  const ids = await ensureAll(payload, step, {
    collection: 'media',
    keyField: 'filename',
    translatedField: 'alt',
    uploads: true,
    items: seeds.map((seed): EnsureItem<'media'> => {
      const createdBy = users.get(seed.by)?.id
      if (seed.kind === 'audio') {
        return {
          key: seed.file,
          create: () => ({
            data: { alt: seed.alt.kk, credit: seed.credit, ...(createdBy ? { createdBy } : {}) },
            file: fileOf(
              makeWav({ frequency: seed.frequency, seconds: 2 }),
              seed.file,
              'audio/wav',
            ),
          }),
          translate: () => ({ ru: { alt: seed.alt.ru } }),
        }
      }
      const { image } = seed
      return {
        key: image.file,
        create: async () => ({
          data: {
            alt: image.alt.kk,
            credit: image.credit,
            ...(image.caption ? { caption: image.caption.kk } : {}),
            ...(createdBy ? { createdBy } : {}),
          },
          file: fileOf(
            await makeJpeg({ key: image.file, palette: PALETTES[image.palette] }),
            image.file,
            'image/jpeg',
          ),
        }),
        translate: () => ({
          ru: { alt: image.alt.ru, ...(image.caption ? { caption: image.caption.ru } : {}) },
        }),
      }
    }),
  })
  const counts = step.finish()
  if (summary) summary[step.label] = counts
  return ids
}

// ---------------------------------------------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------------------------------------------

type Refs = {
  contributors: Map<string, Contributor>
  media: Map<string, DocID>
  regions: Record<RegionSlug, Region>
  rubrics: Record<RubricSlug, Rubric>
  users: Map<string, User>
}

type CoreSeed = ArticleSeed | EthnoEventSeed | PodcastEpisodeSeed | TvSegmentSeed | VideoSeed

const userId = (refs: Refs, email: string): number | undefined => refs.users.get(email)?.id

/** Fields of the editorial core, in Kazakh. */
const coreKk = (item: CoreSeed, refs: Refs) => ({
  title: item.title.kk,
  excerpt: item.excerpt.kk,
  slug: item.slug,
  region: refs.regions[item.region].id,
  ...(item.rubric ? { rubric: refs.rubrics[item.rubric].id } : {}),
  contributors: item.contributors.map((name) => {
    const contributor = refs.contributors.get(name)
    if (!contributor) throw new Error(`seed: no contributor "${name}" for ${item.slug}`)
    return contributor.id
  }),
  tags: item.tags,
  _status: item.status,
  // Demo items arrive already through the desk: published ones are in the workflow's published state.
  workflowStatus: item.status === 'published' ? ('published' as const) : ('draft' as const),
  ...(item.status === 'published' && item.publishedAt ? { publishedAt: item.publishedAt } : {}),
  createdBy: userId(refs, item.by),
  updatedBy: userId(refs, item.approvedBy ?? item.by),
})

/** Fields of the editorial core, in Russian (status and date repeated so the translation keeps them). */
const coreRu = (item: CoreSeed, refs: Refs) => ({
  title: item.title.ru,
  excerpt: item.excerpt.ru,
  _status: item.status,
  workflowStatus: item.status === 'published' ? ('published' as const) : ('draft' as const),
  ...(item.status === 'published' && item.publishedAt ? { publishedAt: item.publishedAt } : {}),
  updatedBy: userId(refs, item.approvedBy ?? item.by),
})

const mediaId = (refs: Refs, file: string): number => idOf(refs.media, file, 'media file') as number

type Row = { id?: unknown }
const rowsOf = (doc: Record<string, unknown>, field: string): Row[] =>
  Array.isArray(doc[field]) ? (doc[field] as Row[]) : []

/** The Russian version of guest rows: same rows (by id), Russian roles. */
const guestsRu = (doc: Record<string, unknown>, guests: GuestSeed[]) =>
  rowsOf(doc, 'guests').map((row, index) => ({
    id: row.id as string,
    name: guests[index]?.name ?? '',
    role: guests[index]?.role.ru,
  }))

const guestsKk = (guests: GuestSeed[]) =>
  guests.map((guest) => ({ name: guest.name, role: guest.role.kk }))

const contentStep = async <
  S extends 'articles' | 'ethno-events' | 'podcast-episodes' | 'tv-segments' | 'videos',
>(
  payload: Payload,
  log: Log,
  summary: SeedSummary,
  collection: S,
  items: EnsureItem<S>[],
): Promise<void> => {
  const step = new Step(collection, items.length, log)
  await ensureAll(payload, step, { collection, items, keyField: 'slug', translatedField: 'title' })
  summary[step.label] = step.finish()
}

const seedContent = async (
  payload: Payload,
  refs: Refs,
  log: Log,
  summary: SeedSummary,
): Promise<void> => {
  await contentStep(
    payload,
    log,
    summary,
    'articles',
    ARTICLES.map((item) => ({
      key: item.slug,
      create: () => ({
        data: {
          ...coreKk(item, refs),
          heroImage: mediaId(refs, item.image.file),
          body: richText(item.body.kk),
        },
      }),
      translate: () => ({ ru: { ...coreRu(item, refs), body: richText(item.body.ru) } }),
    })),
  )

  await contentStep(
    payload,
    log,
    summary,
    'ethno-events',
    ETHNO_EVENTS.map((item) => ({
      key: item.slug,
      create: () => ({
        data: {
          ...coreKk(item, refs),
          eventDate: item.eventDate,
          venue: item.venue.kk,
          participantsCount: item.participantsCount,
          associations: item.associations.map((association) => ({ name: association.kk })),
          heroImage: mediaId(refs, item.image.file),
          gallery: item.gallery.map((image) => mediaId(refs, image.file)),
          body: richText(item.body.kk),
        },
      }),
      translate: (doc) => ({
        ru: {
          ...coreRu(item, refs),
          venue: item.venue.ru,
          associations: rowsOf(doc, 'associations').map((row, index) => ({
            id: row.id,
            name: item.associations[index]?.ru ?? '',
          })),
          body: richText(item.body.ru),
        },
      }),
    })),
  )

  await contentStep(
    payload,
    log,
    summary,
    'podcast-episodes',
    PODCAST_EPISODES.map((item) => {
      const cover = refs.rubrics[item.rubric].cover
      return {
        key: item.slug,
        create: () => ({
          data: {
            ...coreKk(item, refs),
            rubric: refs.rubrics[item.rubric].id,
            season: item.season,
            episodeNumber: item.episodeNumber,
            audio: mediaId(refs, item.audio.file),
            duration: item.duration,
            ...(cover ? { heroImage: typeof cover === 'object' ? cover.id : cover } : {}),
            showNotes: richText(item.showNotes.kk),
            transcript: item.transcript.kk,
            guests: guestsKk(item.guests),
          },
        }),
        translate: (doc) => ({
          ru: {
            ...coreRu(item, refs),
            showNotes: richText(item.showNotes.ru),
            transcript: item.transcript.ru,
            guests: guestsRu(doc, item.guests),
          },
        }),
      }
    }),
  )

  await contentStep(
    payload,
    log,
    summary,
    'tv-segments',
    TV_SEGMENTS.map((item) => ({
      key: item.slug,
      create: () => ({
        data: {
          ...coreKk(item, refs),
          rubric: refs.rubrics[item.rubric].id,
          airDate: item.airDate,
          channel: item.channel,
          duration: item.duration,
          externalUrl: item.externalUrl,
          heroImage: mediaId(refs, item.image.file),
          summary: item.summary.kk,
          guests: guestsKk(item.guests),
        },
      }),
      translate: (doc) => ({
        ru: { ...coreRu(item, refs), summary: item.summary.ru, guests: guestsRu(doc, item.guests) },
      }),
    })),
  )

  await contentStep(
    payload,
    log,
    summary,
    'videos',
    VIDEOS.map((item) => ({
      key: item.slug,
      create: () => ({
        data: {
          ...coreKk(item, refs),
          videoUrl: item.videoUrl,
          duration: item.duration,
          audience: item.audience,
          heroImage: mediaId(refs, item.image.file),
          description: richText(item.description.kk),
          guests: guestsKk(item.guests),
        },
      }),
      translate: (doc) => ({
        ru: {
          ...coreRu(item, refs),
          description: richText(item.description.ru),
          guests: guestsRu(doc, item.guests),
        },
      }),
    })),
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Everything
// ---------------------------------------------------------------------------------------------------------------

/**
 * Loads the demo newsroom: regions, rubrics, contributors, one user per role, generated media and a few
 * items of every content type in kk and ru. Idempotent: looks everything up by its natural key and creates
 * only what is missing, so running it again changes nothing.
 */
export const seed = async (
  payload: Payload,
  { log = quiet }: SeedOptions = {},
): Promise<SeedSummary> => {
  const summary: SeedSummary = {}
  const regions = await seedRegions(payload, { log, summary })
  const contributors = await seedContributors(payload, { log, regions, summary })
  const users = await seedUsers(payload, { contributors, log, regions, summary })
  const media = await seedMedia(payload, { log, summary, users })
  const covers = Object.fromEntries(
    RUBRICS.map((rubric) => [rubric.slug, media.get(rubricCoverFile(rubric.slug))]),
  )
  const rubrics = await seedRubrics(payload, { covers, log, regions, summary })
  await seedContent(payload, { contributors, media, regions, rubrics, users }, log, summary)
  return summary
}
