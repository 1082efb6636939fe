import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { createLocalReq } from 'payload'

import type { ResolvedReportsOptions } from '../types'

import { CONTRIBUTION_FACTS, SKIP_CONTRIBUTION_FACTS } from '../constants'
import { reportsOptionsOf } from '../options'
import {
  contributionFactOf,
  type ContributionFactData,
  itemKeyOf,
  sameFact,
} from './contributionFact'

/** Only what a fact needs from the live item: its own fields and those the `counts` and `aiUse` rules read. */
const itemSelect = (options: ResolvedReportsOptions, collection: string) => ({
  _status: true,
  contributors: true,
  publishedAt: true,
  region: true,
  rubric: true,
  ...(options.participants[collection as never]
    ? { [options.participants[collection as never]!]: true }
    : {}),
  ...options.counts?.select,
  ...options.aiUse?.select,
})

type LiveItem = Record<string, any> & { id: number | string }

/**
 * Writes the item's fact rows so that exactly the row of its publication day is `counted` while it is live.
 * Rows are never deleted: a row that stops counting (unpublished, deleted, re-dated) is kept with
 * `counted: false` and a new `syncedAt`, which tells the day cache that its day changed.
 */
const writeFacts = async (
  req: PayloadRequest,
  itemKey: string,
  fact: ContributionFactData | undefined,
) => {
  const { payload } = req
  const { docs: rows } = await payload.find({
    collection: CONTRIBUTION_FACTS,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { itemKey: { equals: itemKey } },
  })
  const syncedAt = new Date().toISOString()
  let written = false
  for (const row of rows) {
    if (fact && row.day === fact.day) {
      written = true
      if (!row.counted || !sameFact(row as unknown as Record<string, unknown>, fact)) {
        await payload.update({
          collection: CONTRIBUTION_FACTS,
          data: { ...fact, counted: true, syncedAt } as never,
          depth: 0,
          id: row.id,
          overrideAccess: true,
          req,
        })
      }
    } else if (row.counted) {
      await payload.update({
        collection: CONTRIBUTION_FACTS,
        data: { counted: false, syncedAt },
        depth: 0,
        id: row.id,
        overrideAccess: true,
        req,
      })
    }
  }
  if (fact && !written) {
    await payload.create({
      collection: CONTRIBUTION_FACTS,
      data: { ...fact, counted: true, key: `${itemKey}@${fact.day}`, syncedAt } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}

/**
 * Brings the facts of one item in line with its live version: counted from when it is published, updated
 * when a new revision is published, no longer counted once it is unpublished or deleted. A draft save leaves
 * the live version, and so the facts, as they were.
 */
export const syncContributionFact = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<void> => {
  const options = reportsOptionsOf(req.payload.config)
  const live = (await req.payload.findByID({
    collection: collection as never,
    depth: 0,
    disableErrors: true,
    draft: false,
    id,
    overrideAccess: true,
    req,
    select: itemSelect(options, collection) as never,
  })) as LiveItem | null
  const submitted =
    live?._status === 'published' && options.firstSubmission
      ? await options.firstSubmission(req, collection, live.id)
      : null
  const fact =
    live?._status === 'published'
      ? contributionFactOf(options, collection, live, submitted)
      : undefined
  await writeFacts(req, itemKeyOf(collection, id), fact)
}

/** afterChange of every counted collection (in the same transaction as the change). */
export const syncContributionFactAfterChange: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  req,
}) => {
  if (!context?.[SKIP_CONTRIBUTION_FACTS]) await syncContributionFact(req, collection.slug, doc.id)
  return doc
}

/** afterDelete of every counted collection: a deleted item no longer counts. */
export const removeContributionFactAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  context,
  id,
  req,
}) => {
  if (!context?.[SKIP_CONTRIBUTION_FACTS])
    await writeFacts(req, itemKeyOf(collection.slug, id), undefined)
}

/**
 * Rebuilds the facts from the content: after a bulk import that skipped the hooks, or to backfill a database
 * that had content before reports existed. Returns the number of published items.
 */
export const rebuildContributionFacts = async (
  payload: Payload,
  { batchSize = 200 }: { batchSize?: number } = {},
): Promise<number> => {
  const req = await createLocalReq({}, payload)
  const seen = new Set<string>()
  let published = 0
  for (const collection of reportsOptionsOf(payload.config).collections) {
    for (let page = 1; ; page += 1) {
      const { docs, hasNextPage } = await payload.find({
        collection,
        depth: 0,
        draft: false,
        limit: batchSize,
        overrideAccess: true,
        page,
        req,
        select: { _status: true },
        sort: 'id',
      })
      for (const doc of docs) {
        await syncContributionFact(req, collection, doc.id)
        seen.add(itemKeyOf(collection, doc.id))
        if ((doc as { _status?: string })._status === 'published') published += 1
      }
      if (!hasNextPage) break
    }
  }
  // Items that no longer exist.
  const { docs: counted } = await payload.find({
    collection: CONTRIBUTION_FACTS,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { itemKey: true },
    where: { counted: { equals: true } },
  })
  for (const itemKey of new Set(counted.map((row) => row.itemKey).filter((key) => !seen.has(key))))
    await writeFacts(req, itemKey, undefined)
  return published
}
