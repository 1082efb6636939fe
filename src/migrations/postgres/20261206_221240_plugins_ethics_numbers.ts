import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendPasswordReset', 'publishScheduled', 'deliverWebhook', 'aiEthicsSignMedia');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendPasswordReset', 'publishScheduled', 'deliverWebhook', 'aiEthicsSignMedia');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_published_order_idx";
  DROP INDEX "ethno_events_published_order_idx";
  DROP INDEX "podcast_episodes_published_order_idx";
  DROP INDEX "tv_segments_published_order_idx";
  DROP INDEX "videos_published_order_idx";
  ALTER TABLE "articles" ADD COLUMN "ethics_review_queued_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_ethics_review_queued_at" timestamp(3) with time zone;
  ALTER TABLE "ethno_events" ADD COLUMN "ethics_review_queued_at" timestamp(3) with time zone;
  ALTER TABLE "_ethno_events_v" ADD COLUMN "version_ethics_review_queued_at" timestamp(3) with time zone;
  ALTER TABLE "podcast_episodes" ADD COLUMN "ethics_review_queued_at" timestamp(3) with time zone;
  ALTER TABLE "_podcast_episodes_v" ADD COLUMN "version_ethics_review_queued_at" timestamp(3) with time zone;
  ALTER TABLE "tv_segments" ADD COLUMN "ethics_review_queued_at" timestamp(3) with time zone;
  ALTER TABLE "_tv_segments_v" ADD COLUMN "version_ethics_review_queued_at" timestamp(3) with time zone;
  ALTER TABLE "videos" ADD COLUMN "ethics_review_queued_at" timestamp(3) with time zone;
  ALTER TABLE "_videos_v" ADD COLUMN "version_ethics_review_queued_at" timestamp(3) with time zone;
  ALTER TABLE "ethics_reviews" ADD COLUMN "queued_at" timestamp(3) with time zone;
  CREATE INDEX "ethics_reviews_queued_at_idx" ON "ethics_reviews" USING btree ("queued_at");
  CREATE INDEX "articles_published_order_idx" ON "articles" USING btree ("_status","published_at","created_at","id","ethics_review_status");
  CREATE INDEX "ethno_events_published_order_idx" ON "ethno_events" USING btree ("_status","published_at","created_at","id","ethics_review_status");
  CREATE INDEX "podcast_episodes_published_order_idx" ON "podcast_episodes" USING btree ("_status","published_at","created_at","id","ethics_review_status");
  CREATE INDEX "tv_segments_published_order_idx" ON "tv_segments" USING btree ("_status","published_at","created_at","id","ethics_review_status");
  CREATE INDEX "videos_published_order_idx" ON "videos" USING btree ("_status","published_at","created_at","id","ethics_review_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'deliverWebhook', 'sendPasswordReset', 'aiEthicsSignMedia');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'deliverWebhook', 'sendPasswordReset', 'aiEthicsSignMedia');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "ethics_reviews_queued_at_idx";
  DROP INDEX "articles_published_order_idx";
  DROP INDEX "ethno_events_published_order_idx";
  DROP INDEX "podcast_episodes_published_order_idx";
  DROP INDEX "tv_segments_published_order_idx";
  DROP INDEX "videos_published_order_idx";
  CREATE INDEX "articles_published_order_idx" ON "articles" USING btree ("_status","published_at","created_at");
  CREATE INDEX "ethno_events_published_order_idx" ON "ethno_events" USING btree ("_status","published_at","created_at");
  CREATE INDEX "podcast_episodes_published_order_idx" ON "podcast_episodes" USING btree ("_status","published_at","created_at");
  CREATE INDEX "tv_segments_published_order_idx" ON "tv_segments" USING btree ("_status","published_at","created_at");
  CREATE INDEX "videos_published_order_idx" ON "videos" USING btree ("_status","published_at","created_at");
  ALTER TABLE "articles" DROP COLUMN "ethics_review_queued_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_ethics_review_queued_at";
  ALTER TABLE "ethno_events" DROP COLUMN "ethics_review_queued_at";
  ALTER TABLE "_ethno_events_v" DROP COLUMN "version_ethics_review_queued_at";
  ALTER TABLE "podcast_episodes" DROP COLUMN "ethics_review_queued_at";
  ALTER TABLE "_podcast_episodes_v" DROP COLUMN "version_ethics_review_queued_at";
  ALTER TABLE "tv_segments" DROP COLUMN "ethics_review_queued_at";
  ALTER TABLE "_tv_segments_v" DROP COLUMN "version_ethics_review_queued_at";
  ALTER TABLE "videos" DROP COLUMN "ethics_review_queued_at";
  ALTER TABLE "_videos_v" DROP COLUMN "version_ethics_review_queued_at";
  ALTER TABLE "ethics_reviews" DROP COLUMN "queued_at";`)
}
