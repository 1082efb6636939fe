import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { runDataSteps } from '../dataSteps'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`webhook_deliveries\` ADD \`error_code\` text;`)
  await db.run(sql`ALTER TABLE \`webhook_deliveries\` ADD \`error_params\` text;`)
  // The data steps run in the newest migration only (src/migrations/dataSteps.ts).
  await runDataSteps(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`webhook_deliveries\` DROP COLUMN \`error_code\`;`)
  await db.run(sql`ALTER TABLE \`webhook_deliveries\` DROP COLUMN \`error_params\`;`)
}
