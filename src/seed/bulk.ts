import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import fs from 'fs'
import readline from 'readline'

import { refreshDatabaseStatistics } from '../db/analyze'
import { richText } from './lib/lexical'

/**
 * Bulk import of the benchmark newsroom dataset (src/seed/gen-dataset.mjs, the WordPress peer's
 * generator: JSON lines of 20 regions, 50 authors and N posts) through the Local API, for `npm run seed --
 * --articles N` and `npm run bench:delivery` / `bench:scale`.
 *
 * Every article is created the way a publication stores it: published, with its version row, its contribution
 * fact (reports) and its AI-ethics review status (the text detectors run). Left out on purpose: webhooks (an
 * import of past articles is not news for subscribers).
 *
 * The articles are written in transactions of `batchSize` (one commit per batch instead of one per article); run
 * the import in a process of its own, with the job runner off (JOBS_AUTORUN=false).
 * Idempotent: regions are matched by English name (or slug), contributors by full name and articles by slug; what exists is
 * left alone. Ends with fresh planner statistics.
 */

type Region = { id: number; name: Record<'en' | 'kk' | 'ru', string>; slug: string; type: 'region' }
type Author = { id: number; login: string; name: string; type: 'author' }
type Post = {
  author: string
  excerpt: string
  id: number
  lang: 'kk' | 'ru'
  paragraphs: string[]
  publishedAt: string
  region: string
  slug: string
  title: string
  type: 'post'
}
type DatasetRecord = Author | Post | Region | { type: 'meta' }

export type ImportSummary = {
  articles: { created: number; existing: number }
  contributors: { created: number; existing: number }
  regions: { created: number; existing: number }
  seconds: number
  statistics?: string
}

export type ImportOptions = {
  /** Articles per transaction. */
  batchSize?: number
  log?: (line: string) => void
  /** Progress line every so many articles. */
  logEvery?: number
}

const CONTEXT = { disableNotifications: true, disableWebhooks: true } as const

type DocID = number | string

/** Runs `work` in one transaction: every write given its `req` commits together, or none does. */
const inTransaction = async (
  payload: Payload,
  work: (req: PayloadRequest) => Promise<void>,
): Promise<void> => {
  const req = await createLocalReq({ context: CONTEXT }, payload)
  const shouldCommit = await initTransaction(req)
  try {
    await work(req)
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

const ensureRegions = async (
  payload: Payload,
  regions: Region[],
  summary: ImportSummary,
): Promise<Map<string, DocID>> => {
  const { docs } = await payload.find({
    collection: 'regions',
    depth: 0,
    limit: 0,
    locale: 'en',
    pagination: false,
  })
  const byName = new Map(docs.map((doc) => [String(doc.name), doc.id as DocID]))
  const bySlug = new Map(docs.map((doc) => [doc.slug, doc.id as DocID]))
  const ids = new Map<string, DocID>()
  for (const region of regions) {
    let id = byName.get(region.name.en) ?? bySlug.get(region.slug)
    if (id === undefined) {
      const doc = await payload.create({
        collection: 'regions',
        context: CONTEXT,
        data: {
          kind: region.id <= 3 ? 'city' : 'oblast',
          name: region.name.kk,
          order: region.id,
          slug: region.slug,
        },
        depth: 0,
        locale: 'kk',
      })
      for (const locale of ['ru', 'en'] as const) {
        await payload.update({
          collection: 'regions',
          context: CONTEXT,
          data: { name: region.name[locale] },
          depth: 0,
          id: doc.id,
          locale,
        })
      }
      id = doc.id
      summary.regions.created++
    } else {
      summary.regions.existing++
    }
    ids.set(region.slug, id)
  }
  return ids
}

const ensureContributors = async (
  payload: Payload,
  authors: Author[],
  regionIds: DocID[],
  summary: ImportSummary,
): Promise<Map<string, DocID>> => {
  const { docs } = await payload.find({
    collection: 'contributors',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { fullName: true },
    where: { fullName: { in: authors.map((author) => author.name) } },
  })
  const byName = new Map(docs.map((doc) => [doc.fullName, doc.id as DocID]))
  const ids = new Map<string, DocID>()
  for (const author of authors) {
    let id = byName.get(author.name)
    if (id === undefined) {
      const doc = await payload.create({
        collection: 'contributors',
        context: CONTEXT,
        data: {
          fullName: author.name,
          mediaType: 'online',
          region: regionIds[author.id % regionIds.length] as number,
        },
        depth: 0,
      })
      id = doc.id
      byName.set(author.name, id)
      summary.contributors.created++
    } else {
      summary.contributors.existing++
    }
    ids.set(author.login, id)
  }
  return ids
}

/** Imports a dataset file (JSON lines from gen-dataset.mjs). */
export const importDataset = async (
  payload: Payload,
  file: string,
  { batchSize = 250, log = () => {}, logEvery = 5000 }: ImportOptions = {},
): Promise<ImportSummary> => {
  const started = Date.now()
  const summary: ImportSummary = {
    articles: { created: 0, existing: 0 },
    contributors: { created: 0, existing: 0 },
    regions: { created: 0, existing: 0 },
    seconds: 0,
  }
  const regions: Region[] = []
  const authors: Author[] = []
  let regionIds: Map<string, DocID> | undefined
  let contributorIds: Map<string, DocID> | undefined
  let batch: Post[] = []

  const flush = async () => {
    if (batch.length === 0) return
    const posts = batch
    batch = []
    const { docs } = await payload.find({
      collection: 'articles',
      depth: 0,
      limit: posts.length,
      select: { slug: true },
      where: { slug: { in: posts.map((post) => post.slug) } },
    })
    const existing = new Set(docs.map((doc) => doc.slug))
    summary.articles.existing += existing.size
    await inTransaction(payload, async (req) => {
      for (const post of posts) {
        if (existing.has(post.slug)) continue
        await payload.create({
          collection: 'articles',
          context: CONTEXT,
          data: {
            _status: 'published',
            body: richText(post.paragraphs),
            contributors: [contributorIds!.get(post.author)!],
            excerpt: post.excerpt,
            publishedAt: post.publishedAt,
            region: regionIds!.get(post.region)!,
            slug: post.slug,
            title: post.title,
            workflowStatus: 'published',
          } as never,
          depth: 0,
          locale: post.lang,
          req,
        })
        summary.articles.created++
        const done = summary.articles.created + summary.articles.existing
        if (done % logEvery === 0)
          log(`  ${done} articles (${Math.round((Date.now() - started) / 1000)} s)`)
      }
    })
  }

  for await (const line of readline.createInterface({ input: fs.createReadStream(file) })) {
    if (!line.trim()) continue
    const record = JSON.parse(line) as DatasetRecord
    if (record.type === 'region') regions.push(record)
    else if (record.type === 'author') authors.push(record)
    else if (record.type === 'post') {
      regionIds ??= await ensureRegions(payload, regions, summary)
      contributorIds ??= await ensureContributors(
        payload,
        authors,
        [...regionIds.values()],
        summary,
      )
      batch.push(record)
      if (batch.length >= batchSize) await flush()
    }
  }
  await flush()
  summary.statistics = await refreshDatabaseStatistics(payload)
  summary.seconds = (Date.now() - started) / 1000
  return summary
}
