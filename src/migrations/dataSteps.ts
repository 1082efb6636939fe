import type { Payload, PayloadRequest } from 'payload'

import { backfillReviewScope } from '../../plugins/ai-ethics/src'
import { REVIEW_SCOPE_FIELDS } from '../../plugins/aiEthics'
import { backfillPublicMedia } from '../../plugins/delivery/src/publicMedia/backfill'
import { DISABLE_WEBHOOKS } from '../../plugins/delivery/src/webhooks/constants'
import { repairWorkflowCounters } from '../../plugins/workflow/src/repair'

/**
 * The data steps of the migrations: fills and repairs that read and write documents through the Local API, with
 * the app's current config. They can only run where the database already has every column of that config, so
 * they run in the newest migration of each adapter and nowhere else (test/database/migrationDataSteps.spec.ts):
 * a migration added later takes the call over. Each step is idempotent, so a database that ran them in an
 * earlier migration runs them again harmlessly.
 *
 * - which uploads are public, from the items that use them (plugins/delivery/src/publicMedia/backfill.ts);
 * - the region and author copied onto the ethics-review records (the AI-ethics plugin);
 * - workflow states and revision counters repaired from the audit trail (plugins/workflow/src/repair.ts).
 */
export const runDataSteps = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<void> => {
  await backfillPublicMedia(payload, req as PayloadRequest | undefined)
  await backfillReviewScope(payload, REVIEW_SCOPE_FIELDS, req as PayloadRequest | undefined)
  // The repair changes no content: it sends no webhooks.
  await repairWorkflowCounters(payload, req, { [DISABLE_WEBHOOKS]: true })
}
