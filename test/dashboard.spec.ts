/**
 * The admin home's dashboard data (src/admin/dashboard/data.ts), per role, against real Payload: what each
 * panel holds, that nobody sees another region's work, and that every "see all" link opens exactly the items
 * the panel counted (its `where`, run through the REST API as the same user, the way the admin list runs it).
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type DashboardData,
  type ItemPanel,
  type ItemPanelKey,
  loadDashboard,
  PANEL_ITEM_LIMIT,
} from '../src/admin/dashboard/data'
import { DASHBOARD_TEXT, dashboardText } from '../src/admin/dashboard/text'
import { reportsOptionsOf } from '../plugins/reports/src'
import { initialFilters } from '../plugins/reports/src/admin/filters'
import { unique } from './helpers/factories'
import { bootPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import {
  createDesk,
  createItemInState,
  type Desk,
  type WorkflowCollection,
} from './workflow/helpers'

let payload: Payload
/** The region under test, and a second region with its own newsroom. */
let desk: Desk
let other: Desk

type Person = keyof Desk['people']
type Ref = { collection: WorkflowCollection; id: number }

const items: Record<string, Ref> = {}

const dashboardOf = (who: Person, from: Desk = desk, locale?: string): Promise<DashboardData> =>
  loadDashboard({ locale, payload, user: from.people[who] })

const panel = (data: DashboardData, key: ItemPanelKey): ItemPanel => {
  const found = data.panels.find((candidate) => candidate.key === key)
  if (!found)
    throw new Error(`no ${key} panel; panels: ${data.panels.map((p) => p.key).join(', ')}`)
  return found
}

const refsOf = (p: ItemPanel): string[] =>
  p.items.map((item) => `${item.collection}/${item.id}`).sort()
const ref = (item: { collection: string; id: number | string }): string =>
  `${item.collection}/${item.id}`

/** An item by the desk's author, written by trusted server code, with extra data (e.g. an AI disclosure). */
const createItem = async (
  from: Desk,
  collection: WorkflowCollection,
  state: string,
  data: Record<string, unknown> = {},
): Promise<Ref> => {
  const created = await createItemInState(payload, from, collection, state)
  if (Object.keys(data).length)
    await payload.update({
      collection,
      data: data as never,
      draft: state !== 'published',
      id: created.id,
    })
  return { collection, id: created.id }
}

/**
 * Opens a panel's "see all" link the way the admin list view would: its query string through Payload's REST
 * layer (the same qs parsing), `draft=true` (the list shows each item's latest version), as the same user.
 */
const followLink = async (
  href: string,
  token: string,
): Promise<{ collection: string; ids: string[]; total: number }> => {
  const url = new URL(href, 'http://localhost:3000')
  const collection = /^\/admin\/collections\/([a-z-]+)$/.exec(url.pathname)?.[1]
  expect(collection, href).toBeTruthy()
  // The link carries the filter and nothing else the list view would also apply.
  expect(
    [...new Set([...url.searchParams.keys()].map((key) => key.replace(/\[.*$/, '')))],
    href,
  ).toEqual(['where'])
  const res = await rest(
    'GET',
    `/api/${collection}?${url.searchParams}&draft=true&depth=0&limit=1000`,
    { token },
  )
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return {
    collection: collection!,
    ids: res.body.docs.map((doc: { id: number }) => `${collection}/${doc.id}`),
    total: res.body.totalDocs,
  }
}

/** Every link of the panel lists exactly what the panel counted, and the listed items are among them. */
const expectLinksMatch = async (p: ItemPanel, token: string): Promise<string[]> => {
  const all: string[] = []
  for (const link of p.links) {
    const listed = await followLink(link.href, token)
    expect(listed.collection).toBe(link.collection)
    expect(listed.total, `${p.key} → ${link.href}`).toBe(link.count)
    all.push(...listed.ids)
  }
  expect(all.length).toBe(p.count)
  expect(all).toEqual(expect.arrayContaining(refsOf(p)))
  expect(p.items.length).toBe(Math.min(p.count, PANEL_ITEM_LIMIT))
  return all.sort()
}

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
  other = await createDesk(payload)

  items.reviewArticle = await createItem(desk, 'articles', 'in_review')
  items.reviewVideo = await createItem(desk, 'videos', 'in_review')
  items.draft = await createItem(desk, 'articles', 'draft')
  items.changes = await createItem(desk, 'videos', 'changes_requested')
  items.scheduled = await createItem(desk, 'articles', 'scheduled')
  items.published = await createItem(desk, 'articles', 'published')
  items.publishedVideo = await createItem(desk, 'videos', 'published')
  items.pendingEthics = await createItem(desk, 'articles', 'draft', {
    aiDisclosure: { scope: ['drafting-text'], tools: ['ChatGPT'], usage: 'assisted' },
  })

  items.otherReview = await createItem(other, 'articles', 'in_review')
  items.otherDraft = await createItem(other, 'articles', 'draft')
  items.otherScheduled = await createItem(other, 'videos', 'scheduled')
  items.otherPublished = await createItem(other, 'articles', 'published')

  // A draft of the author's colleague in the same region: not "my draft" for the author.
  const colleagues = await payload.create({
    collection: 'articles',
    data: {
      region: desk.region.id,
      title: `Әріптес ${unique()}`,
      workflowStatus: 'draft',
    } as never,
    draft: true,
    user: desk.people.journalist,
  })
  items.colleagueDraft = { collection: 'articles', id: colleagues.id as number }
})

afterAll(async () => {
  await payload.destroy()
})

describe('dashboard panels per role', () => {
  it("gives a journalist their changes-requested items, their drafts, what they sent to the desk and the scheduled items, and no one else's", async () => {
    const data = await dashboardOf('author')
    expect(data.panels.map((p) => p.key)).toEqual([
      'changesRequested',
      'myDrafts',
      'sentForReview',
      'scheduled',
    ])
    expect(data.contributions).toBeNull()

    expect(refsOf(panel(data, 'changesRequested'))).toEqual([ref(items.changes)])
    expect(refsOf(panel(data, 'myDrafts'))).toEqual(
      [ref(items.draft), ref(items.pendingEthics)].sort(),
    )
    expect(panel(data, 'myDrafts').count).toBe(2)
    // The draft the AI-ethics review holds says so; the others do not.
    expect(
      Object.fromEntries(panel(data, 'myDrafts').items.map((item) => [ref(item), item.held])),
    ).toEqual({ [ref(items.draft)]: null, [ref(items.pendingEthics)]: 'pending' })
    for (const item of panel(data, 'sentForReview').items) expect(item.held).toBeNull()
    expect(refsOf(panel(data, 'scheduled'))).toEqual([ref(items.scheduled)])
    // Sent to the desk (issue 14): in review, approved or scheduled, each with its state.
    expect(refsOf(panel(data, 'sentForReview'))).toEqual(
      [ref(items.reviewArticle), ref(items.reviewVideo), ref(items.scheduled)].sort(),
    )
    const states = Object.fromEntries(
      panel(data, 'sentForReview').items.map((item) => [
        `${item.collection}/${item.id}`,
        item.state,
      ]),
    )
    expect(states).toEqual({
      [ref(items.reviewArticle)]: 'in_review',
      [ref(items.reviewVideo)]: 'in_review',
      [ref(items.scheduled)]: 'scheduled',
    })

    for (const p of data.panels)
      expect(await expectLinksMatch(p, desk.tokens.author)).toEqual(refsOf(p))

    // The colleague's dashboard holds only the colleague's draft.
    const colleague = await dashboardOf('journalist')
    expect(refsOf(panel(colleague, 'myDrafts'))).toEqual([ref(items.colleagueDraft)])
    expect(panel(colleague, 'changesRequested').count).toBe(0)
    expect(panel(colleague, 'scheduled').count).toBe(0)
    expect(panel(colleague, 'sentForReview').count).toBe(0)
  })

  it("gives a regional editor the items in review in their region only, oldest first, and their region's schedule", async () => {
    const data = await dashboardOf('editor')
    expect(data.panels.map((p) => p.key)).toEqual(['review', 'scheduled'])

    const review = panel(data, 'review')
    expect(review.count).toBe(2)
    expect(review.items.map((item) => ref(item))).toEqual([
      ref(items.reviewArticle),
      ref(items.reviewVideo),
    ])
    expect(review.links.map((link) => [link.collection, link.count])).toEqual([
      ['articles', 1],
      ['videos', 1],
    ])
    expect(refsOf(panel(data, 'scheduled'))).toEqual([ref(items.scheduled)])

    for (const p of data.panels)
      expect(await expectLinksMatch(p, desk.tokens.editor)).toEqual(refsOf(p))

    // The other region's editor sees the other region's work, never this one's.
    const elsewhere = await dashboardOf('editor', other)
    expect(refsOf(panel(elsewhere, 'review'))).toEqual([ref(items.otherReview)])
    expect(refsOf(panel(elsewhere, 'scheduled'))).toEqual([ref(items.otherScheduled)])
    for (const p of elsewhere.panels)
      expect(await expectLinksMatch(p, other.tokens.editor)).toEqual(refsOf(p))

    // An editor of a region with no work sees empty panels and no links.
    const idle = await dashboardOf('editorElsewhere')
    for (const p of idle.panels) expect(p).toMatchObject({ count: 0, items: [], links: [] })
  })

  it('gives the chief editor every region in review, with links that list the same items', async () => {
    const data = await dashboardOf('chief')
    // Chief editors follow the ethics queue too (read-only: the queue page gives them no decision).
    expect(data.panels.map((p) => p.key)).toEqual(['review', 'ethics', 'scheduled'])
    expect(await expectLinksMatch(panel(data, 'ethics'), desk.tokens.chief)).toContain(
      ref(items.pendingEthics),
    )
    const review = panel(data, 'review')
    // Other spec files share the database, so only this file's items are known by name.
    const listed = await expectLinksMatch(review, desk.tokens.chief)
    expect(listed).toEqual(
      expect.arrayContaining([
        ref(items.reviewArticle),
        ref(items.reviewVideo),
        ref(items.otherReview),
      ]),
    )
    expect(listed).not.toContain(ref(items.draft))
    const scheduled = await expectLinksMatch(panel(data, 'scheduled'), desk.tokens.chief)
    expect(scheduled).toEqual(
      expect.arrayContaining([ref(items.scheduled), ref(items.otherScheduled)]),
    )
    // Soonest first.
    const dates = panel(data, 'scheduled').items.map((item) => item.date ?? '')
    expect(dates).toEqual([...dates].sort())
  })

  it('gives ethics reviewers the items waiting for an ethics review, and no review or draft panels', async () => {
    const data = await dashboardOf('ethics')
    expect(data.panels.map((p) => p.key)).toEqual(['ethics', 'scheduled'])
    expect(data.contributions).toBeNull()
    const ethics = panel(data, 'ethics')
    const listed = await expectLinksMatch(ethics, desk.tokens.ethics)
    expect(listed).toContain(ref(items.pendingEthics))
    expect(listed).not.toContain(ref(items.draft))
    // The link names the review status, so the list view shows the queue, not everything.
    expect(ethics.links.find((link) => link.collection === 'articles')?.href).toContain(
      'where[and][0][ethicsReview.status][equals]=pending',
    )

    // Admins decide ethics reviews too, and also review and read reports.
    const admin = await dashboardOf('admin')
    expect(admin.panels.map((p) => p.key)).toEqual(['review', 'ethics', 'scheduled'])
    expect(admin.contributions).not.toBeNull()
  })

  it('shows titles in the asked locale, falling back to Kazakh, with the region named in that locale', async () => {
    const titleRu = `Статья на проверке ${unique()}`
    await payload.update({
      collection: 'articles',
      data: { title: titleRu } as never,
      draft: true,
      id: items.reviewArticle.id,
      locale: 'ru',
    })
    await payload.update({
      collection: 'regions',
      data: { name: 'Өңір kk' },
      id: desk.region.id,
      locale: 'kk',
    })
    await payload.update({
      collection: 'regions',
      data: { name: 'Регион ru' },
      id: desk.region.id,
      locale: 'ru',
    })
    const kkTitle = (
      (await payload.findByID({
        collection: 'articles',
        draft: true,
        id: items.reviewArticle.id,
        locale: 'kk',
      })) as { title: string }
    ).title

    const find = (data: DashboardData) =>
      panel(data, 'review').items.find((item) => ref(item) === ref(items.reviewArticle))
    expect(find(await dashboardOf('editor', desk, 'ru'))).toMatchObject({
      collectionLabel: 'Статьи',
      region: 'Регион ru',
      title: titleRu,
    })
    expect(find(await dashboardOf('editor', desk, 'kk'))).toMatchObject({
      collectionLabel: 'Мақалалар',
      region: 'Өңір kk',
      title: kkTitle,
    })
    // No English title or region name: both fall back to Kazakh; the collection label is English.
    expect(find(await dashboardOf('editor', desk, 'en'))).toMatchObject({
      collectionLabel: 'Articles',
      region: 'Өңір kk',
      title: kkTitle,
    })
    expect(find(await dashboardOf('editor', desk, 'en'))?.href).toBe(
      `/admin/collections/articles/${items.reviewArticle.id}`,
    )
  })
})

describe("this month's contributions", () => {
  it("counts a regional editor's region per type, linking to the report filtered on it", async () => {
    const now = new Date()
    const data = await loadDashboard({ locale: 'kk', now, payload, user: desk.people.editor })
    const contributions = data.contributions!
    const today = reportsOptionsOf(payload.config).zone.dayOf(now)
    expect(contributions).toMatchObject({
      from: `${today.slice(0, 7)}-01`,
      to: today,
      truncated: false,
    })
    expect(contributions.rows).toHaveLength(1)
    const [row] = contributions.rows
    expect(row.counts).toMatchObject({
      articles: 1,
      ethnoEvents: 0,
      podcastEpisodes: 0,
      tvSegments: 0,
      videos: 1,
    })
    expect(row.total).toBe(2)
    expect(contributions.totals.total).toBe(2)
    const region = await payload.findByID({
      collection: 'regions',
      id: desk.region.id,
      locale: 'kk',
    })
    expect(row.label).toBe(region.name)
    expect(row.href).toBe(
      `/admin/reports?from=${contributions.from}&to=${today}&groupBy=type&region=${region.slug}`,
    )
    expect(contributions.href).toBe(
      `/admin/reports?from=${contributions.from}&to=${today}&groupBy=region`,
    )
    // /admin/reports opens with the filters the link names.
    const opened = initialFilters(
      Object.fromEntries(new URL(row.href!, 'http://localhost').searchParams),
      [{ slug: region.slug! }],
      today,
    )
    expect(opened).toEqual({
      from: contributions.from,
      groupBy: 'type',
      region: region.slug,
      to: today,
    })
    expect(
      initialFilters(
        { from: '2026-02-30', groupBy: 'nope', region: 'elsewhere', to: today },
        [{ slug: region.slug! }],
        today,
      ),
    ).toEqual({
      from: `${today.slice(0, 4)}-01-01`,
      groupBy: 'region',
      region: '',
      to: today,
    })
    expect(contributions.types.map((type) => type.label)).toEqual([
      'Мақалалар',
      'Этно-іс-шаралар',
      'Подкаст шығарылымдары',
      'Телесюжеттер',
      'Бейнелер',
    ])

    // The report the link opens says the same, for the same user.
    const report = await rest(
      'GET',
      `/api/reports/contributions?from=${contributions.from}&to=${today}&groupBy=type&region=${region.slug}`,
      {
        token: desk.tokens.editor,
      },
    )
    expect(report.status).toBe(200)
    expect(report.body.totals.total).toBe(row.total)

    // The other region's editor never sees this region.
    const elsewhere = (await dashboardOf('editor', other)).contributions!
    expect(elsewhere.rows.map((r) => r.label)).not.toContain(region.name)
    expect(elsewhere.totals.total).toBe(1)
  })

  it('lists the busiest regions for national editors, this region among them when it published', async () => {
    const contributions = (await dashboardOf('chief')).contributions!
    expect(contributions.rows.length).toBeLessThanOrEqual(5)
    const totals = contributions.rows.map((row) => row.total)
    expect(totals).toEqual([...totals].sort((a, b) => b - a))
    expect(totals.every((total) => total > 0)).toBe(true)
    expect(contributions.totals.total).toBeGreaterThanOrEqual(3)
  })
})

describe('dashboard strings', () => {
  it('has every string in English, Russian and Kazakh', () => {
    for (const [key, text] of Object.entries(DASHBOARD_TEXT)) {
      for (const language of ['en', 'ru', 'kk'] as const)
        expect(text[language].trim(), `${key}.${language}`).not.toBe('')
      expect(new Set([text.en, text.ru, text.kk]).size, key).toBe(3)
      expect(text.kk, key).toMatch(/[\u0400-\u04FF]/)
    }
    expect(dashboardText('kk')('period', { from: 'A', to: 'B' })).toBe(
      'A – B аралығында жарияланған материалдар, Қазақстан уақытымен',
    )
    expect(dashboardText('de')('seeAll')).toBe('See all')
  })
})
