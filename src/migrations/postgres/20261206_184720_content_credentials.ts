import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_content_credentials_status" AS ENUM('signed', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'aiEthicsSignMedia';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'aiEthicsSignMedia';
  ALTER TABLE "media" ADD COLUMN "content_credentials_status" "enum_media_content_credentials_status";
  ALTER TABLE "media" ADD COLUMN "content_credentials_signed_at" timestamp(3) with time zone;
  ALTER TABLE "media" ADD COLUMN "content_credentials_publisher" varchar;
  ALTER TABLE "media" ADD COLUMN "content_credentials_signer" varchar;
  ALTER TABLE "media" ADD COLUMN "content_credentials_files" jsonb;
  ALTER TABLE "media" ADD COLUMN "content_credentials_error" varchar;
  CREATE INDEX "media_content_credentials_content_credentials_status_idx" ON "media" USING btree ("content_credentials_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'deliverWebhook', 'sendPasswordReset');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'deliverWebhook', 'sendPasswordReset');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "media_content_credentials_content_credentials_status_idx";
  ALTER TABLE "media" DROP COLUMN "content_credentials_status";
  ALTER TABLE "media" DROP COLUMN "content_credentials_signed_at";
  ALTER TABLE "media" DROP COLUMN "content_credentials_publisher";
  ALTER TABLE "media" DROP COLUMN "content_credentials_signer";
  ALTER TABLE "media" DROP COLUMN "content_credentials_files";
  ALTER TABLE "media" DROP COLUMN "content_credentials_error";
  DROP TYPE "public"."enum_media_content_credentials_status";`)
}
