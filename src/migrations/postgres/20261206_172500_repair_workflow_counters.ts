import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

// Data only, no schema change: items an author's edit had saved over while in review get the state and revision
// their audit trail records (#12, finding 2). Hand-written: keep it when regenerating the schema migrations.
// The repair runs in the newest migration (src/migrations/dataSteps.ts), once every column of the config exists.
export async function up(_args: MigrateUpArgs): Promise<void> {}

// A repair has nothing to undo.
export async function down(_args: MigrateDownArgs): Promise<void> {}
