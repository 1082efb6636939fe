import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// One migration for the schema changes of the security and integrity round (#11, #12, #15): media provenance
// validation, the sign-in throttle table (and Payload's account lock columns dropped), which media each document
// uses and whether an upload is public, the ethics-review records' scope. Hand-edited after generation: the
// backfills that fill the new columns for data written before run in the newest migration (../dataSteps.ts).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_provenance_c2pa_validation" AS ENUM('valid', 'invalid');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendPasswordReset';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendPasswordReset';
  CREATE TABLE "contributors_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "rubrics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "media_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regions_id" integer
  );
  
  CREATE TABLE "auth_throttles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"count" numeric NOT NULL,
  	"window_start" timestamp(3) with time zone NOT NULL,
  	"last_at" timestamp(3) with time zone NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  ALTER TABLE "articles_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "podcast_episodes_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "_podcast_episodes_v_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "tv_segments_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "_tv_segments_v_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "videos_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "_videos_v_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "media" ADD COLUMN "marked_public" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "is_public" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "provenance_c2pa_validation" "enum_media_provenance_c2pa_validation";
  ALTER TABLE "ethics_reviews" ADD COLUMN "scope_region_id" integer;
  ALTER TABLE "ethics_reviews" ADD COLUMN "scope_created_by_id" integer;
  ALTER TABLE "contributors_rels" ADD CONSTRAINT "contributors_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contributors_rels" ADD CONSTRAINT "contributors_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rubrics_rels" ADD CONSTRAINT "rubrics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."rubrics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rubrics_rels" ADD CONSTRAINT "rubrics_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "contributors_rels_order_idx" ON "contributors_rels" USING btree ("order");
  CREATE INDEX "contributors_rels_parent_idx" ON "contributors_rels" USING btree ("parent_id");
  CREATE INDEX "contributors_rels_path_idx" ON "contributors_rels" USING btree ("path");
  CREATE INDEX "contributors_rels_media_id_idx" ON "contributors_rels" USING btree ("media_id");
  CREATE INDEX "rubrics_rels_order_idx" ON "rubrics_rels" USING btree ("order");
  CREATE INDEX "rubrics_rels_parent_idx" ON "rubrics_rels" USING btree ("parent_id");
  CREATE INDEX "rubrics_rels_path_idx" ON "rubrics_rels" USING btree ("path");
  CREATE INDEX "rubrics_rels_media_id_idx" ON "rubrics_rels" USING btree ("media_id");
  CREATE INDEX "media_rels_order_idx" ON "media_rels" USING btree ("order");
  CREATE INDEX "media_rels_parent_idx" ON "media_rels" USING btree ("parent_id");
  CREATE INDEX "media_rels_path_idx" ON "media_rels" USING btree ("path");
  CREATE INDEX "media_rels_regions_id_idx" ON "media_rels" USING btree ("regions_id");
  CREATE UNIQUE INDEX "auth_throttles_key_idx" ON "auth_throttles" USING btree ("key");
  CREATE INDEX "auth_throttles_expires_at_idx" ON "auth_throttles" USING btree ("expires_at");
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "podcast_episodes_rels" ADD CONSTRAINT "podcast_episodes_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_rels" ADD CONSTRAINT "_podcast_episodes_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_segments_rels" ADD CONSTRAINT "tv_segments_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_segments_v_rels" ADD CONSTRAINT "_tv_segments_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ethics_reviews" ADD CONSTRAINT "ethics_reviews_scope_region_id_regions_id_fk" FOREIGN KEY ("scope_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ethics_reviews" ADD CONSTRAINT "ethics_reviews_scope_created_by_id_users_id_fk" FOREIGN KEY ("scope_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_rels_media_id_idx" ON "articles_rels" USING btree ("media_id");
  CREATE INDEX "_articles_v_rels_media_id_idx" ON "_articles_v_rels" USING btree ("media_id");
  CREATE INDEX "podcast_episodes_rels_media_id_idx" ON "podcast_episodes_rels" USING btree ("media_id");
  CREATE INDEX "_podcast_episodes_v_rels_media_id_idx" ON "_podcast_episodes_v_rels" USING btree ("media_id");
  CREATE INDEX "tv_segments_rels_media_id_idx" ON "tv_segments_rels" USING btree ("media_id");
  CREATE INDEX "_tv_segments_v_rels_media_id_idx" ON "_tv_segments_v_rels" USING btree ("media_id");
  CREATE INDEX "videos_rels_media_id_idx" ON "videos_rels" USING btree ("media_id");
  CREATE INDEX "_videos_v_rels_media_id_idx" ON "_videos_v_rels" USING btree ("media_id");
  CREATE INDEX "media_is_public_idx" ON "media" USING btree ("is_public");
  CREATE INDEX "ethics_reviews_scope_scope_region_idx" ON "ethics_reviews" USING btree ("scope_region_id");
  CREATE INDEX "ethics_reviews_scope_scope_created_by_idx" ON "ethics_reviews" USING btree ("scope_created_by_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
  // Data written before: the media each document uses and which uploads that makes public, and the region and
  // author copied onto the ethics-review records (src/delivery/publicMedia/backfill.ts, the ai-ethics plugin).
  // Run by the newest migration (src/migrations/dataSteps.ts), once every column of the config exists.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contributors_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rubrics_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "auth_throttles" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "contributors_rels" CASCADE;
  DROP TABLE "rubrics_rels" CASCADE;
  DROP TABLE "media_rels" CASCADE;
  DROP TABLE "auth_throttles" CASCADE;
  ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_media_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_media_fk";
  
  ALTER TABLE "podcast_episodes_rels" DROP CONSTRAINT "podcast_episodes_rels_media_fk";
  
  ALTER TABLE "_podcast_episodes_v_rels" DROP CONSTRAINT "_podcast_episodes_v_rels_media_fk";
  
  ALTER TABLE "tv_segments_rels" DROP CONSTRAINT "tv_segments_rels_media_fk";
  
  ALTER TABLE "_tv_segments_v_rels" DROP CONSTRAINT "_tv_segments_v_rels_media_fk";
  
  ALTER TABLE "videos_rels" DROP CONSTRAINT "videos_rels_media_fk";
  
  ALTER TABLE "_videos_v_rels" DROP CONSTRAINT "_videos_v_rels_media_fk";
  
  ALTER TABLE "ethics_reviews" DROP CONSTRAINT "ethics_reviews_scope_region_id_regions_id_fk";
  
  ALTER TABLE "ethics_reviews" DROP CONSTRAINT "ethics_reviews_scope_created_by_id_users_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'deliverWebhook');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'deliverWebhook');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_rels_media_id_idx";
  DROP INDEX "_articles_v_rels_media_id_idx";
  DROP INDEX "podcast_episodes_rels_media_id_idx";
  DROP INDEX "_podcast_episodes_v_rels_media_id_idx";
  DROP INDEX "tv_segments_rels_media_id_idx";
  DROP INDEX "_tv_segments_v_rels_media_id_idx";
  DROP INDEX "videos_rels_media_id_idx";
  DROP INDEX "_videos_v_rels_media_id_idx";
  DROP INDEX "media_is_public_idx";
  DROP INDEX "ethics_reviews_scope_scope_region_idx";
  DROP INDEX "ethics_reviews_scope_scope_created_by_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "articles_rels" DROP COLUMN "media_id";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "media_id";
  ALTER TABLE "podcast_episodes_rels" DROP COLUMN "media_id";
  ALTER TABLE "_podcast_episodes_v_rels" DROP COLUMN "media_id";
  ALTER TABLE "tv_segments_rels" DROP COLUMN "media_id";
  ALTER TABLE "_tv_segments_v_rels" DROP COLUMN "media_id";
  ALTER TABLE "videos_rels" DROP COLUMN "media_id";
  ALTER TABLE "_videos_v_rels" DROP COLUMN "media_id";
  ALTER TABLE "media" DROP COLUMN "marked_public";
  ALTER TABLE "media" DROP COLUMN "is_public";
  ALTER TABLE "media" DROP COLUMN "provenance_c2pa_validation";
  ALTER TABLE "ethics_reviews" DROP COLUMN "scope_region_id";
  ALTER TABLE "ethics_reviews" DROP COLUMN "scope_created_by_id";
  DROP TYPE "public"."enum_media_provenance_c2pa_validation";`)
}
