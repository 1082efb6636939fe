import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { runDataSteps } from '../dataSteps'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_media_content_credentials_status" ADD VALUE 'unsupported';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'aiEthicsSignSweep';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'aiEthicsSignSweep';
  ALTER TABLE "webhook_deliveries" ADD COLUMN "error_code" varchar;
  ALTER TABLE "webhook_deliveries" ADD COLUMN "error_params" jsonb;`)
  // The data steps run in the newest migration only (src/migrations/dataSteps.ts).
  await runDataSteps(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ALTER COLUMN "content_credentials_status" SET DATA TYPE text;
  DROP TYPE "public"."enum_media_content_credentials_status";
  CREATE TYPE "public"."enum_media_content_credentials_status" AS ENUM('signed', 'failed');
  ALTER TABLE "media" ALTER COLUMN "content_credentials_status" SET DATA TYPE "public"."enum_media_content_credentials_status" USING "content_credentials_status"::"public"."enum_media_content_credentials_status";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendPasswordReset', 'publishScheduled', 'deliverWebhook', 'aiEthicsSignMedia');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendPasswordReset', 'publishScheduled', 'deliverWebhook', 'aiEthicsSignMedia');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "webhook_deliveries" DROP COLUMN "error_code";
  ALTER TABLE "webhook_deliveries" DROP COLUMN "error_params";`)
}
