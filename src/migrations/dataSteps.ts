import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { backfillQueuedAt, backfillReviewScope } from '../../plugins/ai-ethics/src'
import { REVIEW_SCOPE_FIELDS } from '../../plugins/aiEthics'
import { backfillPublicMedia } from '../../plugins/delivery/src/publicMedia/backfill'
import { DISABLE_WEBHOOKS } from '../../plugins/delivery/src/webhooks/constants'
import { repairWorkflowCounters } from '../../plugins/workflow/src/repair'

/** One data step: a fill or repair, named, with the version of its work. */
export type DataStep = {
  name: string
  run: (payload: Payload, req?: PayloadRequest) => Promise<unknown>
  /** Raise it when the step's work changes and must run again on databases that ran the earlier one. */
  version: number
}

/**
 * The data steps of the migrations: fills and repairs that read and write documents through the Local API, with
 * the app's current config. They can only run where the database already has every column of that config, so
 * they run in the newest migration of each adapter and nowhere else (test/database/migrationDataSteps.spec.ts):
 * a migration added later takes the call over. Each step is idempotent, and each records that it completed
 * (`dataStepKey`), so a later migration skips the steps this database already ran and runs only new ones, or
 * those whose version was raised.
 *
 * - which uploads are public, from the items that use them (plugins/delivery/src/publicMedia/backfill.ts);
 * - the region and author copied onto the ethics-review records (the AI-ethics plugin);
 * - workflow states and revision counters repaired from the audit trail (plugins/workflow/src/repair.ts);
 * - when flagged items entered the ethics-review queue, for those flagged before it was kept (the AI-ethics
 *   plugin's backfillQueuedAt, which says what evidence it uses).
 */
export const DATA_STEPS: readonly DataStep[] = [
  { name: 'public-media', run: backfillPublicMedia, version: 1 },
  {
    name: 'ethics-review-scope',
    run: (payload, req) => backfillReviewScope(payload, REVIEW_SCOPE_FIELDS, req),
    version: 1,
  },
  {
    name: 'workflow-repair',
    // The repair changes no content: it sends no webhooks.
    run: (payload, req) => repairWorkflowCounters(payload, req, { [DISABLE_WEBHOOKS]: true }),
    version: 1,
  },
  { name: 'ethics-queued-at', run: backfillQueuedAt, version: 1 },
]

/** The `payload.kv` key that says a step, in that version, completed on this database. */
export const dataStepKey = (step: Pick<DataStep, 'name' | 'version'>): string =>
  `migrations:data-step:${step.name}:v${step.version}`

const KV_COLLECTION = 'payload-kv' as CollectionSlug

/**
 * The done-markers, in `payload.kv`. With Payload's database KV store (the default: the `payload-kv` collection)
 * they are read and written in the migration's transaction, so a migration that fails after a step rolls its marker
 * back with its work; with another KV adapter, through `payload.kv`.
 */
const markers = (payload: Payload, req?: PayloadRequest) => {
  if (!payload.collections[KV_COLLECTION])
    return {
      done: async (key: string) => (await payload.kv.get(key)) !== null,
      mark: (key: string, data: Record<string, unknown>) => payload.kv.set(key, data),
    }
  return {
    done: async (key: string) =>
      (await payload.db.count({ collection: KV_COLLECTION, req, where: { key: { equals: key } } }))
        .totalDocs > 0,
    mark: async (key: string, data: Record<string, unknown>) => {
      await payload.db.upsert({
        collection: KV_COLLECTION,
        data: { data, key },
        req,
        returning: false,
        where: { key: { equals: key } },
      } as Parameters<Payload['db']['upsert']>[0])
    },
  }
}

export const runDataSteps = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
  steps: readonly DataStep[] = DATA_STEPS,
): Promise<void> => {
  const store = markers(payload, req as PayloadRequest | undefined)
  for (const step of steps) {
    const key = dataStepKey(step)
    if (await store.done(key)) {
      payload.logger.info(`data step ${step.name} v${step.version}: done earlier, skipped`)
      continue
    }
    await step.run(payload, req as PayloadRequest | undefined)
    await store.mark(key, { completedAt: new Date().toISOString() })
  }
}
