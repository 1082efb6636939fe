import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "articles_public_filter_idx" ON "articles" USING btree ("_status","ethics_review_status");
  CREATE INDEX "ethno_events_public_filter_idx" ON "ethno_events" USING btree ("_status","ethics_review_status");
  CREATE INDEX "podcast_episodes_public_filter_idx" ON "podcast_episodes" USING btree ("_status","ethics_review_status");
  CREATE INDEX "tv_segments_public_filter_idx" ON "tv_segments" USING btree ("_status","ethics_review_status");
  CREATE INDEX "videos_public_filter_idx" ON "videos" USING btree ("_status","ethics_review_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_public_filter_idx";
  DROP INDEX "ethno_events_public_filter_idx";
  DROP INDEX "podcast_episodes_public_filter_idx";
  DROP INDEX "tv_segments_public_filter_idx";
  DROP INDEX "videos_public_filter_idx";`)
}
