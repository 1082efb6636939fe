import type { Payload } from 'payload'

import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Contributor, Region, Rubric } from '../src/payload-types'
import {
  type ReportNumbers,
  rebuildContributionFacts,
  reportsOptionsOf,
} from '../plugins/reports/src'
import { dayCacheSettings } from '../plugins/reports/src/dayCache'
import { contributionFactOf } from '../plugins/reports/src/facts/contributionFact'
import {
  createContributor,
  createRubric,
  createUser,
  loginToken,
  type SignedInUser,
  unique,
  uploadFile,
  wavBuffer,
} from './helpers/factories'
import { bootPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { createDesk, type Desk, walk } from './workflow/helpers'

/**
 * A known newsroom fortnight, 27 February – 12 March 2025 in Kazakhstan time (UTC+5), in two regions:
 * published items on both boundary days and just outside them, a draft, an unpublished and a deleted item,
 * items with several contributors, AI-assisted items and controlled submit→publish times.
 */
const FROM = '2025-02-27'
const TO = '2025-03-12'
const HOUR = 3_600_000

let payload: Payload
let desk: Desk
let regionA: Region
let regionB: Region
let bothRegionsEditor: SignedInUser
let bothRegionsToken: string
let c1: Contributor
let c2: Contributor
let c3: Contributor
let project: Rubric
let podcast: Rubric
let tv: Rubric
let audioId: number

type Collection = 'articles' | 'ethno-events' | 'podcast-episodes' | 'tv-segments' | 'videos'

type ItemSpec = {
  collection: Collection
  region: Region
  rubric?: Rubric
  contributors: Contributor[]
  /** UTC instant. */
  publishedAt: string
  /** Hours from the first submit to publication; undefined: never submitted. */
  submittedHoursBefore?: number
  participants?: number
  ai?: 'assisted' | 'generated'
}

const contentFor = (collection: Collection, participants?: number): Record<string, unknown> => {
  switch (collection) {
    case 'ethno-events':
      return { eventDate: '2025-02-20T06:00:00.000Z', participantsCount: participants }
    case 'podcast-episodes':
      return { audio: audioId, episodeNumber: 1 }
    case 'tv-segments':
      return {
        airDate: '2025-02-20T06:00:00.000Z',
        externalUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      }
    case 'videos':
      return { videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }
    default:
      return {}
  }
}

const draftItem = async (spec: ItemSpec, extra: Record<string, unknown> = {}) =>
  (await payload.create({
    collection: spec.collection,
    data: {
      _status: 'draft',
      contributors: spec.contributors.map((c) => c.id),
      region: spec.region.id,
      rubric: spec.rubric?.id,
      title: `Есеп ${unique()}`,
      ...(spec.ai ? { aiDisclosure: { tools: ['ChatGPT'], usage: spec.ai } } : {}),
      ...contentFor(spec.collection, spec.participants),
      ...extra,
    } as never,
    user: desk.people.author,
  })) as { id: number }

/** A `submit` in the item's history at a known time (trusted server code, as a migration of old records would). */
const recordSubmit = async (spec: ItemSpec, id: number) => {
  if (spec.submittedHoursBefore === undefined) return
  await payload.create({
    collection: 'workflow-events',
    data: {
      action: 'submit',
      actor: desk.people.author.id,
      createdAt: new Date(
        new Date(spec.publishedAt).getTime() - spec.submittedHoursBefore * HOUR,
      ).toISOString(),
      docId: String(id),
      eventKey: `${spec.collection}:${id}:history-${unique()}`,
      from: 'draft',
      region: spec.region.id,
      targetCollection: spec.collection,
      to: 'in_review',
    },
  })
}

/** Dates the live version, as an editor correcting the publication date would (trusted Local API). */
const datePublication = (collection: Collection, id: number, publishedAt: string) =>
  payload.update({ collection, data: { publishedAt } as never, draft: false, id })

/** Published by trusted server code (as an import would), with its submit history. */
const publishedItem = async (spec: ItemSpec) => {
  const { id } = await draftItem(spec)
  await recordSubmit(spec, id)
  await payload.update({
    collection: spec.collection,
    data: {
      _status: 'published',
      publishedAt: spec.publishedAt,
      workflowStatus: 'published',
    } as never,
    draft: false,
    id,
  })
  return id
}

/** Through the real workflow over REST (with the ethics clearance AI use needs), then dated. */
const publishedThroughWorkflow = async (spec: ItemSpec & { collection: 'articles' | 'videos' }) => {
  const { id } = await draftItem(spec)
  await walk(spec.collection, id, [[desk.tokens.author, { action: 'submit' }]])
  if (spec.ai) {
    const cleared = await rest('POST', '/api/ai-ethics/review', {
      json: { collection: spec.collection, decision: 'clear', id, note: 'Дереккөздер тексерілді.' },
      token: desk.tokens.ethics,
    })
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200)
  }
  await walk(spec.collection, id, [
    [desk.tokens.editor, { action: 'approve' }],
    [desk.tokens.editor, { action: 'publish' }],
  ])
  await recordSubmit(spec, id)
  await datePublication(spec.collection, id, spec.publishedAt)
  return id
}

const handleGet = REST_GET(config)

/** GET through the REST route handler, keeping the raw bytes and headers (CSV checks need both). */
const getRaw = async (path: string, token?: string) => {
  const url = new URL(path, 'http://localhost:3000')
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await handleGet(new Request(url, { headers }), {
    params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
  })
  return {
    bytes: new Uint8Array(await response.arrayBuffer()),
    headers: response.headers,
    status: response.status,
  }
}

const reportUrl = (query: Record<string, string>) =>
  `/api/reports/contributions?${new URLSearchParams(query)}`

const report = async (
  query: Record<string, string>,
  token: string | undefined = bothRegionsToken,
) => {
  const res = await rest('GET', reportUrl({ from: FROM, to: TO, ...query }), { token })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body
}

const EMPTY: Record<string, number> = {
  articles: 0,
  ethnoEvents: 0,
  podcastEpisodes: 0,
  tvSegments: 0,
  videos: 0,
}

/** The numbers of a group, for an exact comparison. */
const expected = (
  n: Partial<Omit<ReportNumbers, 'counts'>> & { counts: Partial<ReportNumbers['counts']> },
): ReportNumbers => {
  const counts = { ...EMPTY, ...n.counts } as Record<string, number>
  const total = Object.values(counts).reduce((sum, value) => sum + value, 0)
  return {
    aiItems: n.aiItems ?? 0,
    aiShare: n.aiShare !== undefined ? n.aiShare : total ? (n.aiItems ?? 0) / total : null,
    counts,
    medianHoursToPublish: n.medianHoursToPublish ?? null,
    participants: n.participants ?? 0,
    total,
  }
}

const numbersOf = (group: Record<string, any>): ReportNumbers => ({
  aiItems: group.aiItems,
  aiShare: group.aiShare,
  counts: group.counts,
  medianHoursToPublish: group.medianHoursToPublish,
  participants: group.participants,
  total: group.total,
})

const byKey = (body: { groups: Record<string, any>[] }) =>
  Object.fromEntries(body.groups.map((group) => [String(group.key), numbersOf(group)]))

// Expected numbers of the dataset, worked out by hand below (I1..I7 count; X1..X5 do not).
const REGION_A = expected({
  aiItems: 2,
  counts: { articles: 2, ethnoEvents: 1, videos: 1 },
  medianHoursToPublish: 3,
  participants: 120,
})
const REGION_B = expected({
  counts: { ethnoEvents: 1, podcastEpisodes: 1, tvSegments: 1 },
  medianHoursToPublish: 13,
  participants: 30,
})
const ALL = expected({
  aiItems: 2,
  aiShare: 0.2857,
  counts: { articles: 2, ethnoEvents: 2, podcastEpisodes: 1, tvSegments: 1, videos: 1 },
  medianHoursToPublish: 5,
  participants: 150,
})

let draftRevisionOf: number
let unpublishedId: number
let regionATotalBeforeRemovals: number

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
  regionA = (await payload.findByID({ collection: 'regions', id: desk.region.id })) as Region
  regionB = (await payload.findByID({ collection: 'regions', id: desk.otherRegion.id })) as Region
  bothRegionsEditor = await createUser(payload, {
    regions: [regionA.id, regionB.id],
    roles: ['regional-editor'],
  })
  bothRegionsToken = await loginToken(payload, bothRegionsEditor.email)
  c1 = await createContributor(payload, { fullName: `Әлия ${unique()}`, region: regionA.id })
  c2 = await createContributor(payload, { fullName: `Бауыржан ${unique()}`, region: regionA.id })
  c3 = await createContributor(payload, { fullName: `Светлана ${unique()}`, region: regionB.id })
  project = await createRubric(payload, { format: 'project' })
  podcast = await createRubric(payload, { format: 'podcast' })
  tv = await createRubric(payload, { format: 'tv-programme' })
  audioId = (
    await uploadFile(payload, {
      data: wavBuffer(1),
      mimetype: 'audio/wav',
      name: `episode-${unique()}.wav`,
    })
  ).id as number

  // Counted: I1..I7.
  // I1: on the first day (27 Feb 00:00 in Astana), two contributors, AI-assisted, through the workflow.
  await publishedThroughWorkflow({
    ai: 'assisted',
    collection: 'articles',
    contributors: [c1, c2],
    publishedAt: '2025-02-26T19:00:00.000Z',
    region: regionA,
    rubric: project,
    submittedHoursBefore: 10,
  })
  // I2: 28 Feb 19:30 UTC is already 1 March in Kazakhstan: it belongs to March.
  await publishedItem({
    collection: 'ethno-events',
    contributors: [c1],
    participants: 120,
    publishedAt: '2025-02-28T19:30:00.000Z',
    region: regionA,
    rubric: project,
    submittedHoursBefore: 4,
  })
  // I3: the last second of the last day.
  await publishedItem({
    collection: 'ethno-events',
    contributors: [c3],
    participants: 30,
    publishedAt: '2025-03-12T18:59:59.000Z',
    region: regionB,
    rubric: project,
    submittedHoursBefore: 20,
  })
  // I4: no contributor, never submitted (no submit→publish time).
  await publishedItem({
    collection: 'podcast-episodes',
    contributors: [],
    publishedAt: '2025-03-05T06:00:00.000Z',
    region: regionB,
    rubric: podcast,
  })
  // I5: AI-generated video, through the workflow.
  await publishedThroughWorkflow({
    ai: 'generated',
    collection: 'videos',
    contributors: [c2],
    publishedAt: '2025-03-10T04:00:00.000Z',
    region: regionA,
    rubric: project,
    submittedHoursBefore: 2,
  })
  // I6: two contributors from two regions; 28 Feb in Kazakhstan.
  await publishedItem({
    collection: 'tv-segments',
    contributors: [c3, c1],
    publishedAt: '2025-02-28T12:00:00.000Z',
    region: regionB,
    rubric: tv,
    submittedHoursBefore: 6,
  })
  // I7: no rubric; an editor then starts a revision (a draft), which must not take it out of the report.
  draftRevisionOf = await publishedItem({
    collection: 'articles',
    contributors: [c1],
    publishedAt: '2025-03-01T10:00:00.000Z',
    region: regionA,
    submittedHoursBefore: 1,
  })
  const revision = await rest('PATCH', `/api/articles/${draftRevisionOf}`, {
    json: { contributors: [c2.id], title: 'Жаңа нұсқа' },
    token: desk.tokens.editor,
  })
  expect(revision.status, JSON.stringify(revision.body)).toBe(200)

  // Not counted: X1..X5.
  // X1: the last second before the first day; X2: the first second after the last day.
  await publishedItem({
    collection: 'articles',
    contributors: [c1],
    publishedAt: '2025-02-26T18:59:59.000Z',
    region: regionA,
    rubric: project,
    submittedHoursBefore: 3,
  })
  await publishedItem({
    collection: 'articles',
    contributors: [c3],
    publishedAt: '2025-03-12T19:00:00.000Z',
    region: regionB,
    rubric: project,
    submittedHoursBefore: 3,
  })
  // X3: a draft dated inside the window.
  await draftItem(
    {
      collection: 'articles',
      contributors: [c1],
      publishedAt: '2025-03-03T10:00:00.000Z',
      region: regionA,
    },
    { publishedAt: '2025-03-03T10:00:00.000Z' },
  )
  // X4: published inside the window, then unpublished (archived) through the workflow.
  unpublishedId = await publishedThroughWorkflow({
    collection: 'articles',
    contributors: [c1, c2],
    publishedAt: '2025-03-04T10:00:00.000Z',
    region: regionA,
    rubric: project,
    submittedHoursBefore: 5,
  })
  // X5: published inside the window, then deleted.
  const deletedId = await publishedItem({
    collection: 'articles',
    contributors: [c2],
    publishedAt: '2025-03-06T10:00:00.000Z',
    region: regionA,
    submittedHoursBefore: 5,
  })
  regionATotalBeforeRemovals = (
    await report({ groupBy: 'region', region: regionA.slug }, desk.tokens.chief)
  ).totals.total
  await walk('articles', unpublishedId, [[desk.tokens.editor, { action: 'unpublish' }]])
  await payload.delete({ collection: 'articles', id: deletedId })
})

afterAll(async () => {
  await payload.destroy()
})

describe('contribution report: what counts', () => {
  it('counts an item until it is unpublished (archived) or deleted', async () => {
    expect(regionATotalBeforeRemovals).toBe(REGION_A.total + 2)
    const after = await report({ groupBy: 'region', region: regionA.slug }, desk.tokens.chief)
    expect(numbersOf(after.totals)).toEqual(REGION_A)
    expect(
      (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: unpublishedId }))
        .workflowStatus,
    ).toBe('archived')
  })

  it('keeps a published item in the report while a revision of it is a draft', async () => {
    const live = await payload.findByID({ collection: 'articles', depth: 0, id: draftRevisionOf })
    expect(live._status).toBe('published')
    const latest = await payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id: draftRevisionOf,
    })
    expect(latest.contributors).toEqual([c2.id])
    // Still counted under the published version's contributor (c1), not the draft's (c2).
    const byContributor = byKey(await report({ groupBy: 'contributor', region: regionA.slug }))
    expect(byContributor[String(c1.id)].counts.articles).toBe(2)
  })

  it('groups by region: counts per type, total, participants, AI share and median submit→publish', async () => {
    const body = await report({ groupBy: 'region' })
    expect(body.groups.map((group: { slug: string }) => group.slug)).toEqual([
      regionA.slug,
      regionB.slug,
    ])
    expect(byKey(body)).toEqual({ [String(regionA.id)]: REGION_A, [String(regionB.id)]: REGION_B })
    expect(numbersOf(body.totals)).toEqual(ALL)
    expect(body.meta).toMatchObject({
      from: FROM,
      groupBy: 'region',
      items: 7,
      regions: [regionA.slug, regionB.slug],
      timeZone: 'Asia/Almaty',
      to: TO,
      window: { end: '2025-03-12T19:00:00.000Z', start: '2025-02-26T19:00:00.000Z' },
    })
    expect(body.groups[0].label).toBe(regionA.name)
  })

  it('groups by contributor: a multi-contributor item counts once for each of them, and meta says so', async () => {
    const body = await report({ groupBy: 'contributor' })
    expect(byKey(body)).toEqual({
      [String(c1.id)]: expected({
        aiItems: 1,
        counts: { articles: 2, ethnoEvents: 1, tvSegments: 1 },
        medianHoursToPublish: 5,
        participants: 120,
      }),
      [String(c2.id)]: expected({
        aiItems: 2,
        counts: { articles: 1, videos: 1 },
        medianHoursToPublish: 6,
      }),
      [String(c3.id)]: expected({
        counts: { ethnoEvents: 1, tvSegments: 1 },
        medianHoursToPublish: 13,
        participants: 30,
      }),
      null: expected({ counts: { podcastEpisodes: 1 } }),
    })
    // Largest first, "no contributor" last; labels are the contributors' names.
    expect(body.groups.map((group: { key: null | string }) => group.key)).toEqual([
      String(c1.id),
      String(c2.id),
      String(c3.id),
      null,
    ])
    expect(body.groups[0].label).toBe(c1.fullName)
    expect(numbersOf(body.totals)).toEqual(ALL)
    const sumOfGroups = body.groups.reduce(
      (sum: number, group: { total: number }) => sum + group.total,
      0,
    )
    expect(sumOfGroups).toBe(9)
    expect(body.meta.items).toBe(7)
    expect(body.meta.multiContributorItems).toBe(2)
    expect(body.meta.counting).toMatch(/once in the group of each of them/)
  })

  it('groups by contributor within one region', async () => {
    const body = await report({ groupBy: 'contributor', region: regionA.slug }, desk.tokens.admin)
    expect(byKey(body)).toEqual({
      [String(c1.id)]: expected({
        aiItems: 1,
        aiShare: 0.3333,
        counts: { articles: 2, ethnoEvents: 1 },
        medianHoursToPublish: 4,
        participants: 120,
      }),
      [String(c2.id)]: expected({
        aiItems: 2,
        counts: { articles: 1, videos: 1 },
        medianHoursToPublish: 6,
      }),
    })
    expect(numbersOf(body.totals)).toEqual(REGION_A)
    expect(body.meta.multiContributorItems).toBe(1)
  })

  it('groups by rubric, with items without a rubric in their own group', async () => {
    const body = await report({ groupBy: 'rubric' })
    expect(byKey(body)).toEqual({
      [String(project.id)]: expected({
        aiItems: 2,
        counts: { articles: 1, ethnoEvents: 2, videos: 1 },
        medianHoursToPublish: 7,
        participants: 150,
      }),
      [String(podcast.id)]: expected({ counts: { podcastEpisodes: 1 } }),
      [String(tv.id)]: expected({ counts: { tvSegments: 1 }, medianHoursToPublish: 6 }),
      null: expected({ counts: { articles: 1 }, medianHoursToPublish: 1 }),
    })
    expect(
      body.groups.find((group: { key: string }) => group.key === String(project.id)).slug,
    ).toBe(project.slug)
    expect(numbersOf(body.totals)).toEqual(ALL)
  })

  it('groups by month in Kazakhstan time (28 Feb 19:30 UTC is March there)', async () => {
    const body = await report({ groupBy: 'month' })
    expect(body.groups.map((group: { key: string }) => group.key)).toEqual(['2025-02', '2025-03'])
    expect(byKey(body)).toEqual({
      '2025-02': expected({
        aiItems: 1,
        counts: { articles: 1, tvSegments: 1 },
        medianHoursToPublish: 8,
      }),
      '2025-03': expected({
        aiItems: 1,
        counts: { articles: 1, ethnoEvents: 2, podcastEpisodes: 1, videos: 1 },
        medianHoursToPublish: 3,
        participants: 150,
      }),
    })
    expect(numbersOf(body.totals)).toEqual(ALL)
  })

  it('groups by type, listing every type', async () => {
    const body = await report({ groupBy: 'type' })
    expect(body.groups.map((group: { key: string }) => group.key)).toEqual([
      'articles',
      'ethnoEvents',
      'podcastEpisodes',
      'tvSegments',
      'videos',
    ])
    expect(byKey(body)).toEqual({
      articles: expected({ aiItems: 1, counts: { articles: 2 }, medianHoursToPublish: 5.5 }),
      ethnoEvents: expected({
        counts: { ethnoEvents: 2 },
        medianHoursToPublish: 12,
        participants: 150,
      }),
      podcastEpisodes: expected({ counts: { podcastEpisodes: 1 } }),
      tvSegments: expected({ counts: { tvSegments: 1 }, medianHoursToPublish: 6 }),
      videos: expected({ aiItems: 1, counts: { videos: 1 }, medianHoursToPublish: 2 }),
    })
    expect(numbersOf(body.totals)).toEqual(ALL)
  })

  it('counts whole days at both ends: a window of just the last day, or of the day after it', async () => {
    const lastDay = await report({ from: TO, groupBy: 'type', to: TO })
    expect(numbersOf(lastDay.totals)).toEqual(
      expected({ counts: { ethnoEvents: 1 }, medianHoursToPublish: 20, participants: 30 }),
    )
    const firstDay = await report({ from: FROM, groupBy: 'type', to: FROM })
    expect(numbersOf(firstDay.totals)).toEqual(
      expected({ aiItems: 1, counts: { articles: 1 }, medianHoursToPublish: 10 }),
    )
    // X1 and X2 are there, one day either side.
    const dayBefore = await report({ from: '2025-02-26', groupBy: 'type', to: '2025-02-26' })
    expect(dayBefore.totals.total).toBe(1)
    const dayAfter = await report({ from: '2025-03-13', groupBy: 'type', to: '2025-03-13' })
    expect(dayAfter.totals.total).toBe(1)
  })

  it('shows every region to an admin, with zeros for regions without items', async () => {
    const body = await report({ groupBy: 'region' }, desk.tokens.admin)
    expect(body.meta.regions).toBeNull()
    const groups = byKey(body)
    expect(groups[String(regionA.id)]).toEqual(REGION_A)
    expect(groups[String(regionB.id)]).toEqual(REGION_B)
    const { totalDocs: regionCount } = await payload.count({ collection: 'regions' })
    expect(body.groups).toHaveLength(regionCount)
    expect(body.totals.total).toBeGreaterThanOrEqual(7)
  })
})

describe('contribution report: the day cache', () => {
  const builtAtByDay = async () => {
    const window = reportsOptionsOf(payload.config).zone.dayWindow(FROM, TO)
    const { docs } = await payload.find({
      collection: 'contribution-days',
      pagination: false,
      where: {
        and: [
          { startsAt: { greater_than_equal: window.start.toISOString() } },
          { startsAt: { less_than: window.end.toISOString() } },
        ],
      },
    })
    return Object.fromEntries(docs.map((row) => [row.day, row.builtAt]))
  }

  it('reuses the days it built and rebuilds only the days whose items changed', async () => {
    const settleMs = dayCacheSettings.settleMs
    // Trust a cached day as soon as it is built (the default margin would rebuild these just-written days every time).
    dayCacheSettings.settleMs = 0
    try {
      await report({ groupBy: 'region' })
      const first = await builtAtByDay()
      // Kazakhstan days of I1..I7.
      for (const day of [
        '2025-02-27',
        '2025-02-28',
        '2025-03-01',
        '2025-03-05',
        '2025-03-10',
        '2025-03-12',
      ])
        expect(first[day], day).toBeDefined()
      expect(first['2025-03-07']).toBeUndefined()

      expect(numbersOf((await report({ groupBy: 'region' })).totals)).toEqual(ALL)
      expect(await builtAtByDay()).toEqual(first)

      const id = await publishedItem({
        collection: 'articles',
        contributors: [c2],
        publishedAt: '2025-03-05T10:00:00.000Z',
        region: regionA,
        submittedHoursBefore: 2,
      })
      expect((await report({ groupBy: 'region' })).totals.total).toBe(ALL.total + 1)
      const second = await builtAtByDay()
      expect(second['2025-03-05']).not.toBe(first['2025-03-05'])
      expect({ ...second, '2025-03-05': undefined }).toEqual({ ...first, '2025-03-05': undefined })

      // Re-dated to 7 March: both days are rebuilt.
      await datePublication('articles', id, '2025-03-07T10:00:00.000Z')
      const moved = await report({ groupBy: 'month' })
      expect(moved.totals.total).toBe(ALL.total + 1)
      const third = await builtAtByDay()
      expect(third['2025-03-05']).not.toBe(second['2025-03-05'])
      expect(third['2025-03-07']).toBeDefined()

      await payload.delete({ collection: 'articles', id })
      expect(numbersOf((await report({ groupBy: 'region' })).totals)).toEqual(ALL)
      expect(await builtAtByDay()).not.toHaveProperty('2025-03-07')
    } finally {
      dayCacheSettings.settleMs = settleMs
    }
  })
})

describe('contribution report: bulk jobs', () => {
  it('skips the fact sync for a bulk write with context.skipContributionFacts, and rebuildContributionFacts catches up', async () => {
    const { id } = await draftItem({
      collection: 'articles',
      contributors: [c3],
      publishedAt: '2025-03-03T08:00:00.000Z',
      region: regionB,
    })
    await payload.update({
      collection: 'articles',
      context: { skipContributionFacts: true },
      data: {
        _status: 'published',
        publishedAt: '2025-03-03T08:00:00.000Z',
        workflowStatus: 'published',
      } as never,
      draft: false,
      id,
    })
    expect(numbersOf((await report({ groupBy: 'region', region: regionB.slug })).totals)).toEqual(
      REGION_B,
    )

    await rebuildContributionFacts(payload)
    const rebuilt = await report({ groupBy: 'region', region: regionB.slug })
    expect(rebuilt.totals.total).toBe(REGION_B.total + 1)
    expect(rebuilt.totals.counts.articles).toBe(1)

    await payload.delete({ collection: 'articles', id })
    expect(numbersOf((await report({ groupBy: 'region' })).totals)).toEqual(ALL)
  })
})

describe('contribution report: CSV', () => {
  it('is UTF-8 with a byte-order mark, one header row and the same numbers as the JSON, as a download', async () => {
    const query = { from: FROM, groupBy: 'contributor', to: TO }
    const json = await report(query)
    const csv = await getRaw(reportUrl({ ...query, format: 'csv' }), bothRegionsToken)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="contributions_contributor_${FROM}_${TO}.csv"`,
    )
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])

    const lines = new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(csv.bytes)
      .slice(1)
      .trimEnd()
      .split('\r\n')
    const header = lines[0].split(',')
    expect(header).toEqual([
      'key',
      'slug',
      'label',
      'articles',
      'ethnoEvents',
      'podcastEpisodes',
      'tvSegments',
      'videos',
      'total',
      'participants',
      'aiItems',
      'aiShare',
      'medianHoursToPublish',
    ])
    expect(lines).toHaveLength(1 + json.groups.length + 1)
    const asNumber = (cell: string) => (cell === '' ? null : Number(cell))
    const rowNumbers = (cells: string[]): ReportNumbers => {
      const [
        articles,
        ethnoEvents,
        podcastEpisodes,
        tvSegments,
        videos,
        total,
        participants,
        aiItems,
        aiShare,
        median,
      ] = cells.slice(3).map(asNumber)
      return {
        aiItems: aiItems!,
        aiShare,
        counts: {
          articles: articles!,
          ethnoEvents: ethnoEvents!,
          podcastEpisodes: podcastEpisodes!,
          tvSegments: tvSegments!,
          videos: videos!,
        },
        medianHoursToPublish: median,
        participants: participants!,
        total: total!,
      }
    }
    json.groups.forEach((group: Record<string, any>, index: number) => {
      const cells = lines[1 + index].split(',')
      expect(cells[0]).toBe(group.key === null ? '' : group.key)
      expect(cells[2]).toBe(group.label)
      expect(rowNumbers(cells)).toEqual(numbersOf(group))
    })
    const totalRow = lines.at(-1)!.split(',')
    expect(totalRow[2]).toMatch(/^TOTAL/)
    expect(rowNumbers(totalRow)).toEqual(numbersOf(json.totals))
    // Names in Kazakh and Russian come through intact.
    expect(lines.some((line) => line.includes(c1.fullName))).toBe(true)
  })
})

describe('contribution report: who may read it', () => {
  const query = { from: FROM, groupBy: 'region', to: TO }

  it('answers 401 without a user', async () => {
    const res = await rest('GET', reportUrl(query))
    expect(res.status).toBe(401)
    expect(res.body).toMatchObject({ code: 'AUTHENTICATION_REQUIRED', message: expect.any(String) })
  })

  it('answers 403 to journalists and ethics reviewers', async () => {
    for (const who of ['author', 'ethics'] as const) {
      const res = await rest('GET', reportUrl(query), { token: desk.tokens[who] })
      expect(res.status, who).toBe(403)
      expect(res.body).toMatchObject({ code: 'FORBIDDEN', message: expect.any(String) })
    }
  })

  it("limits a regional editor to their regions and refuses another region's report", async () => {
    const own = await report({ groupBy: 'region' }, desk.tokens.editor)
    expect(own.meta.regions).toEqual([regionA.slug])
    expect(byKey(own)).toEqual({ [String(regionA.id)]: REGION_A })
    expect(numbersOf(own.totals)).toEqual(REGION_A)

    const asked = await report({ groupBy: 'type', region: regionA.slug }, desk.tokens.editor)
    expect(numbersOf(asked.totals)).toEqual(REGION_A)

    const other = await rest('GET', reportUrl({ ...query, region: regionB.slug }), {
      token: desk.tokens.editor,
    })
    expect(other.status).toBe(403)
    expect(other.body).toMatchObject({
      code: 'FORBIDDEN_REGION',
      message: expect.stringMatching(/^region:/),
    })

    const elsewhere = await report({ groupBy: 'region' }, desk.tokens.editorElsewhere)
    expect(byKey(elsewhere)).toEqual({ [String(regionB.id)]: REGION_B })
  })

  it('lets chief editors and admins read any region', async () => {
    for (const who of ['chief', 'admin'] as const) {
      const body = await report({ groupBy: 'region', region: regionB.slug }, desk.tokens[who])
      expect(byKey(body)).toEqual({ [String(regionB.id)]: REGION_B })
    }
  })

  it('keeps the fact rows and the day cache out of REST for everyone', async () => {
    for (const collection of ['contribution-facts', 'contribution-days']) {
      expect((await rest('GET', `/api/${collection}`, { token: desk.tokens.admin })).status).toBe(
        403,
      )
      expect((await rest('GET', `/api/${collection}`)).status).toBe(403)
    }
  })
})

describe('contribution report: bad parameters', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['missing from', { groupBy: 'region', to: TO }, 'from'],
    ['from not a day', { from: '27.02.2025', groupBy: 'region', to: TO }, 'from'],
    ['from not a calendar day', { from: '2025-02-30', groupBy: 'region', to: TO }, 'from'],
    ['to not a day', { from: FROM, groupBy: 'region', to: '2025-13-01' }, 'to'],
    ['missing to', { from: FROM, groupBy: 'region' }, 'to'],
    ['from after to', { from: TO, groupBy: 'region', to: FROM }, 'from'],
    ['missing groupBy', { from: FROM, to: TO }, 'groupBy'],
    ['unknown groupBy', { from: FROM, groupBy: 'author', to: TO }, 'groupBy'],
    [
      'unknown region',
      { from: FROM, groupBy: 'region', region: 'atlantis-oblysy', to: TO },
      'region',
    ],
    ['unknown format', { format: 'xml', from: FROM, groupBy: 'region', to: TO }, 'format'],
  ]
  for (const [name, query, parameter] of cases) {
    it(`answers 400 naming "${parameter}": ${name}`, async () => {
      for (const token of [desk.tokens.admin, desk.tokens.editor]) {
        const res = await rest('GET', reportUrl(query), { token })
        expect(res.status, JSON.stringify(res.body)).toBe(400)
        expect(res.body).toMatchObject({ code: 'INVALID_PARAMETER', parameter })
        expect(res.body.message).toMatch(new RegExp(`^${parameter}:`))
      }
    })
  }
})

describe('contribution report building blocks', () => {
  it('takes days in Asia/Almaty time: UTC+5 since March 2024, UTC+6 before', () => {
    const { dayWindow, monthOf } = reportsOptionsOf(payload.config).zone
    expect(dayWindow('2025-03-10', '2025-03-10')).toEqual({
      end: new Date('2025-03-10T19:00:00.000Z'),
      start: new Date('2025-03-09T19:00:00.000Z'),
    })
    expect(dayWindow('2023-06-01', '2023-06-30')).toEqual({
      end: new Date('2023-06-30T18:00:00.000Z'),
      start: new Date('2023-05-31T18:00:00.000Z'),
    })
    expect(monthOf('2025-02-28T19:30:00.000Z')).toBe('2025-03')
    expect(monthOf('2025-02-28T18:59:59.000Z')).toBe('2025-02')
  })

  it('treats an AI notice alone as AI use, drops a negative submit→publish time, and skips what readers cannot see', () => {
    const options = reportsOptionsOf(payload.config)
    const fact = contributionFactOf(
      options,
      'articles',
      {
        _status: 'published',
        aiDisclosure: { usage: 'none' },
        aiNotice: { kind: 'generated' },
        contributors: [{ id: 4 }, 4, 5],
        ethicsReview: { status: 'not_required' },
        id: 1,
        publishedAt: '2025-03-01T00:00:00.000Z',
        region: 2,
      },
      '2025-03-02T00:00:00.000Z',
    )
    expect(fact).toMatchObject({
      contributors: ['4', '5'],
      hoursToPublish: null,
      itemKey: 'articles:1',
      region: '2',
      rubric: null,
      usedAI: true,
    })
    expect(
      contributionFactOf(
        options,
        'articles',
        { _status: 'draft', id: 1, publishedAt: '2025-03-01T00:00:00.000Z' },
        null,
      ),
    ).toBeUndefined()
    // Published but held back from readers by the ethics review (only trusted server code can get there).
    const heldBack = {
      _status: 'published',
      ethicsReview: { status: 'rejected' },
      id: 1,
      publishedAt: '2025-03-01T00:00:00.000Z',
    }
    expect(contributionFactOf(options, 'articles', heldBack, null)).toBeUndefined()
  })
})
