import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { repairWorkflowCounters } from '../../../plugins/workflow/src/repair'

// Data only, no schema change: items an author's edit had saved over while in review get the state and revision
// their audit trail records (#12, finding 2). Hand-written: keep it when regenerating the schema migrations.
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await repairWorkflowCounters(payload, req)
}

// A repair has nothing to undo.
export async function down(_args: MigrateDownArgs): Promise<void> {}
