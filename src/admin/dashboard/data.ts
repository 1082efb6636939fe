import type { Payload, PayloadRequest, Where } from 'payload'

import { createLocalReq } from 'payload'

import {
  isPublishableCollection,
  type PublishableCollectionSlug,
} from '../../../collections/shared/publishableCollection'
import {
  ETHICS_REVIEWER_ROLES,
  hasRole,
  NATIONAL_ROLES,
  type Role,
  ROLES,
  userRegionIds,
} from '../../access/roles'
import { CONTENT_LOCALES, type ContentLocale, DEFAULT_LOCALE } from '../../i18n/locales'
import {
  contributionReport,
  mayReadReports,
  reportAudience,
  reportsOptionsOf,
} from '../../../plugins/reports/src'
import { listUrl } from '../../../plugins/shared/listUrl'

/** How many items a panel lists; its count and links cover all of them. */
export const PANEL_ITEM_LIMIT = 5
/** How many regions the contributions panel of a national editor lists (the report has them all). */
export const CONTRIBUTION_REGION_LIMIT = 5

export type DashboardUser = NonNullable<PayloadRequest['user']>
export type ItemPanelKey =
  'changesRequested' | 'ethics' | 'myDrafts' | 'review' | 'scheduled' | 'sentForReview'

export type DashboardItem = {
  collection: PublishableCollectionSlug
  collectionLabel: string
  /** `scheduledFor` in the scheduled panel, `updatedAt` elsewhere (ISO). */
  date: null | string
  /** The item's edit view. */
  href: string
  /** `pending` or `rejected` while the AI-ethics review holds the item back (where the user may read the review). */
  held: 'pending' | 'rejected' | null
  id: number | string
  region: null | string
  /** The item's workflow state (`workflowStatus`), shown where a panel mixes states. */
  state: null | string
  /** In the asked locale, or its fallback; null when the item has no title in either. */
  title: null | string
}

/** One collection's part of a panel: how many items, and the list view filtered to exactly them. */
export type PanelLink = {
  collection: PublishableCollectionSlug
  collectionLabel: string
  count: number
  href: string
}

export type ItemPanel = {
  key: ItemPanelKey
  /** Every matching item the user may read, over all publishable collections. */
  count: number
  /** The first PANEL_ITEM_LIMIT of them, in the panel's order. */
  items: DashboardItem[]
  /** One link per collection that has matching items. */
  links: PanelLink[]
}

export type ContributionRow = {
  counts: Record<string, number>
  href?: string
  label: string
  total: number
}

export type ContributionsPanel = {
  /** `YYYY-MM-DD`, first day of the month and today, in Kazakhstan time (as the report counts). */
  from: string
  to: string
  /** The report for the whole period, for all the user's regions. */
  href: string
  /** Regional editors: each of their regions; national editors: the regions with most items. */
  rows: ContributionRow[]
  /** More regions had items than are listed. */
  truncated: boolean
  totals: ContributionRow
  types: { key: string; label: string }[]
}

export type DashboardData = { contributions: ContributionsPanel | null; panels: ItemPanel[] }

type PanelSpec = {
  key: ItemPanelKey
  roles: Role[]
  /** Oldest first for queues (what waits longest), newest first for one's own work, soonest first for the schedule. */
  sort: 'scheduledFor' | '-updatedAt' | 'updatedAt'
  /** The filter, or null when the user has nothing this panel could show (a regional editor without regions). */
  where: (user: DashboardUser) => null | Where
}

const state = (value: string): Where => ({ workflowStatus: { equals: value } })
const mine = (user: DashboardUser): Where => ({ createdBy: { equals: user.id } })

/** The panels in the order they are shown, and who gets them. */
const PANELS: PanelSpec[] = [
  {
    key: 'review',
    roles: [...NATIONAL_ROLES, 'regional-editor'],
    sort: 'updatedAt',
    where: (user) => {
      if (hasRole(user, ...NATIONAL_ROLES)) return { and: [state('in_review')] }
      const regions = userRegionIds(user)
      return regions.length ? { and: [state('in_review'), { region: { in: regions } }] } : null
    },
  },
  {
    key: 'changesRequested',
    roles: ['journalist'],
    sort: '-updatedAt',
    where: (user) => ({ and: [mine(user), state('changes_requested')] }),
  },
  {
    key: 'myDrafts',
    roles: ['journalist'],
    sort: '-updatedAt',
    where: (user) => ({ and: [mine(user), state('draft')] }),
  },
  // What she sent to the desk and where it stands: in review, approved or scheduled (each item shows its state).
  {
    key: 'sentForReview',
    roles: ['journalist'],
    sort: '-updatedAt',
    where: (user) => ({
      and: [mine(user), { workflowStatus: { in: ['in_review', 'approved', 'scheduled'] } }],
    }),
  },
  // Ethics reviewers and admins decide; chief editors follow the queue read-only.
  {
    key: 'ethics',
    roles: [...ETHICS_REVIEWER_ROLES, 'chief-editor'],
    sort: 'updatedAt',
    where: () => ({ and: [{ 'ethicsReview.status': { equals: 'pending' } }] }),
  },
  {
    key: 'scheduled',
    roles: [...ROLES],
    sort: 'scheduledFor',
    where: () => ({ and: [state('scheduled')] }),
  },
]

type Options = {
  payload: Payload
  user: DashboardUser
  /** Content locale for titles and region names (falls back as the config says: ru → kk, en → kk). */
  locale?: string
  /** "This month" is the month of this instant in Kazakhstan time. */
  now?: Date
}

const contentLocale = (locale: string | undefined): ContentLocale =>
  (CONTENT_LOCALES as readonly string[]).includes(locale ?? '')
    ? (locale as ContentLocale)
    : DEFAULT_LOCALE

const labelIn = (labels: unknown, locale: string, fallback: string): string => {
  if (typeof labels === 'string') return labels
  const map = (labels ?? {}) as Record<string, string>
  return map[locale] ?? map.en ?? fallback
}

type Found = {
  ethicsReview?: null | { status?: null | string }
  id: number | string
  region?: unknown
  scheduledFor?: null | string
  title?: null | string
  updatedAt?: null | string
  workflowStatus?: null | string
}

/**
 * What the admin home shows this user: the work waiting for them and this month's contributions of their
 * regions. Every read goes through the Local API as the user (`overrideAccess: false`), so a panel only ever
 * holds what the access rules let them read; the list views the links open run the same `where` the same way
 * (`draft: true`: the latest version of each item, as the admin list shows it).
 */
export const loadDashboard = async ({
  locale: askedLocale,
  now = new Date(),
  payload,
  user,
}: Options): Promise<DashboardData> => {
  const locale = contentLocale(askedLocale)
  const adminRoute = payload.config.routes.admin
  // The content types, as the config was built (collections/index.ts derives the same list).
  const publishable = payload.config.collections
    .filter(isPublishableCollection)
    .map((collection) => collection.slug as PublishableCollectionSlug)
  const collectionLabel = (slug: PublishableCollectionSlug) =>
    labelIn(payload.collections[slug].config.labels?.plural, locale, slug)

  const loadPanel = async (spec: PanelSpec): Promise<ItemPanel> => {
    const where = spec.where(user)
    if (!where) return { count: 0, items: [], key: spec.key, links: [] }
    const dateField = spec.sort === 'scheduledFor' ? 'scheduledFor' : 'updatedAt'
    const perCollection = await Promise.all(
      publishable.map(async (collection) => {
        const result = await payload.find({
          collection,
          depth: 1,
          draft: true,
          limit: PANEL_ITEM_LIMIT,
          locale,
          overrideAccess: false,
          populate: { regions: { name: true } },
          select: {
            // The review is read only by the item's staff, which needs its author and region (src/access/itemStaff.ts).
            createdBy: true,
            ethicsReview: { status: true },
            region: true,
            scheduledFor: true,
            title: true,
            updatedAt: true,
            workflowStatus: true,
          },
          sort: spec.sort,
          user,
          where,
        })
        return { collection, docs: result.docs as unknown as Found[], total: result.totalDocs }
      }),
    )
    const items = perCollection
      .flatMap(({ collection, docs }) =>
        docs.map((doc): DashboardItem => {
          const region =
            doc.region && typeof doc.region === 'object'
              ? ((doc.region as { name?: null | string }).name ?? null)
              : null
          return {
            collection,
            collectionLabel: collectionLabel(collection),
            date: doc[dateField] ?? null,
            held:
              doc.ethicsReview?.status === 'pending' || doc.ethicsReview?.status === 'rejected'
                ? doc.ethicsReview.status
                : null,
            href: `${adminRoute}/collections/${collection}/${doc.id}`,
            id: doc.id,
            region,
            state: doc.workflowStatus ?? null,
            title: doc.title ?? null,
          }
        }),
      )
      .sort((a, b) => {
        const order = String(a.date ?? '').localeCompare(String(b.date ?? ''))
        return spec.sort.startsWith('-') ? -order : order
      })
      .slice(0, PANEL_ITEM_LIMIT)
    const links = perCollection
      .filter(({ total }) => total > 0)
      .map(({ collection, total }) => ({
        collection,
        collectionLabel: collectionLabel(collection),
        count: total,
        href: listUrl(adminRoute, collection, where),
      }))
    return { count: links.reduce((sum, link) => sum + link.count, 0), items, key: spec.key, links }
  }

  const panels = await Promise.all(
    PANELS.filter((spec) => hasRole(user, ...spec.roles)).map(loadPanel),
  )
  const contributions = mayReadReports(user, reportsOptionsOf(payload.config).readers)
    ? await loadContributions({ adminRoute, locale, now, payload, user })
    : null
  return { contributions, panels }
}

/** This month's contribution report (plugins/reports) for the regions the user may read reports of. */
const loadContributions = async ({
  adminRoute,
  locale,
  now,
  payload,
  user,
}: {
  adminRoute: string
  locale: ContentLocale
  now: Date
  payload: Payload
  user: DashboardUser
}): Promise<ContributionsPanel> => {
  const options = reportsOptionsOf(payload.config)
  const to = options.zone.dayOf(now)
  const from = `${to.slice(0, 7)}-01`
  const req = await createLocalReq({ locale, user }, payload)
  const report = await contributionReport(
    req,
    { format: 'json', from, groupBy: 'region', to },
    reportAudience(user, options.readers),
    { ethics: false },
  )
  const reportUrl = (params: Record<string, string>) =>
    `${adminRoute}/reports?${new URLSearchParams({ from, to, ...params })}`

  const national = hasRole(user, ...NATIONAL_ROLES)
  const groups = national
    ? report.groups.filter((group) => group.total > 0).sort((a, b) => b.total - a.total)
    : report.groups
  const rows = groups.slice(0, national ? CONTRIBUTION_REGION_LIMIT : undefined).map((group) => ({
    counts: group.counts,
    // A region's own report, split by type; groups of deleted regions have no slug and no report of their own.
    ...(group.slug ? { href: reportUrl({ groupBy: 'type', region: group.slug }) } : {}),
    label: group.label,
    total: group.total,
  }))
  return {
    from,
    href: reportUrl({ groupBy: 'region' }),
    rows,
    to,
    totals: { counts: report.totals.counts, label: '', total: report.totals.total },
    truncated: groups.length > rows.length,
    types: options.collections.map((slug) => ({
      key: options.typeKeys[slug],
      label: labelIn(payload.collections[slug].config.labels?.plural, locale, slug),
    })),
  }
}
