import type { CollectionSlug, Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REGIONS } from '../src/seed/data/regions'
import { DEMO_USERS } from '../src/seed/data/users'
import { seed, type SeedSummary } from '../src/seed/seed'
import { mediaFiles } from './helpers/mediaDir'
import { bootPayload } from './helpers/payload'

// Payload's own bookkeeping, not data the seed writes: preferences and locks belong to admin sessions.
const BOOKKEEPING = new Set([
  'payload-locked-documents',
  'payload-migrations',
  'payload-preferences',
])

type Snapshot = Record<
  string,
  { count: number; updatedAt: Record<string, string>; versions?: number }
>

let payload: Payload
let first: SeedSummary
let second: SeedSummary
let afterFirst: Snapshot
let afterSecond: Snapshot
let filesAfterFirst: string[]
let filesAfterSecond: string[]

/** Every document's updatedAt (and the version count) in every collection the application owns. */
const snapshot = async (): Promise<Snapshot> => {
  const result: Snapshot = {}
  for (const collection of payload.config.collections) {
    if (BOOKKEEPING.has(collection.slug)) continue
    const slug = collection.slug as CollectionSlug
    const found = await payload.find({
      collection: slug,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { updatedAt: true } as never,
    })
    const docs = found.docs as unknown as { id: number | string; updatedAt?: string }[]
    result[slug] = {
      count: docs.length,
      updatedAt: Object.fromEntries(docs.map((doc) => [String(doc.id), String(doc.updatedAt)])),
      ...(collection.versions
        ? { versions: (await payload.countVersions({ collection: slug })).totalDocs }
        : {}),
    }
  }
  return result
}

beforeAll(async () => {
  payload = await bootPayload()
  first = await seed(payload)
  afterFirst = await snapshot()
  filesAfterFirst = mediaFiles()
  second = await seed(payload)
  afterSecond = await snapshot()
  filesAfterSecond = mediaFiles()
}, 600_000)

afterAll(async () => {
  await payload.destroy()
})

describe('the demo seed is idempotent', () => {
  it('the first run loads the demo newsroom next to whatever is already there', async () => {
    expect(Object.values(first).some((counts) => counts.created > 0)).toBe(true)
    const regions = await payload.count({
      collection: 'regions',
      where: { slug: { in: REGIONS.map((region) => region.slug) } },
    })
    expect(regions.totalDocs).toBe(20)
    const users = await payload.count({
      collection: 'users',
      where: { email: { in: DEMO_USERS.map((user) => user.email) } },
    })
    expect(users.totalDocs).toBe(DEMO_USERS.length)
  })

  it('a second run creates and completes nothing', () => {
    for (const [step, counts] of Object.entries(second)) {
      expect({ step, ...counts }).toEqual({
        completed: 0,
        created: 0,
        step,
        total: counts.total,
        unchanged: counts.total,
      })
    }
  })

  it('a second run leaves the number of documents and versions in every collection unchanged', () => {
    const counts = (snap: Snapshot) =>
      Object.fromEntries(
        Object.entries(snap).map(([slug, { count, versions }]) => [slug, { count, versions }]),
      )
    expect(counts(afterSecond)).toEqual(counts(afterFirst))
  })

  it('a second run touches no document: every updatedAt is as before', () => {
    for (const slug of Object.keys(afterFirst)) {
      expect({ slug, updatedAt: afterSecond[slug].updatedAt }).toEqual({
        slug,
        updatedAt: afterFirst[slug].updatedAt,
      })
    }
  })

  it('a second run writes no new file into the upload folder', () => {
    expect(filesAfterFirst.length).toBeGreaterThan(0)
    expect(filesAfterSecond).toEqual(filesAfterFirst)
  })
})

describe('the demo media', () => {
  const MEDIA_FIELDS = ['heroImage', 'gallery', 'audio', 'video'] as const

  it('what public items, rubrics and contributor profiles show is public: anonymous reads at depth 1 get every file', async () => {
    let shown = 0
    for (const collection of [
      'articles',
      'ethno-events',
      'podcast-episodes',
      'tv-segments',
      'videos',
      'rubrics',
      'contributors',
    ] as const) {
      const { docs } = await payload.find({
        collection,
        depth: 1,
        overrideAccess: false,
        pagination: false,
      })
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        for (const value of [
          ...MEDIA_FIELDS.map((name) => doc[name]),
          doc.cover,
          doc.photo,
        ].flat()) {
          if (value === null || value === undefined) continue
          expect(value, `${collection} ${doc.id}`).toMatchObject({ url: expect.any(String) })
          expect(value).not.toHaveProperty('isPublic')
          shown++
        }
      }
    }
    expect(shown).toBeGreaterThan(10)
  })
})
