import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "articles_published_order_idx" ON "articles" USING btree ("_status","published_at","created_at");
  CREATE INDEX "articles_locales_parent_lookup_idx" ON "articles_locales" USING btree ("_parent_id");
  CREATE INDEX "articles_texts_parent_lookup_idx" ON "articles_texts" USING btree ("parent_id");
  CREATE INDEX "_articles_v_locales_parent_lookup_idx" ON "_articles_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_texts_parent_lookup_idx" ON "_articles_v_texts" USING btree ("parent_id");
  CREATE INDEX "ethno_events_associations_locales_parent_lookup_idx" ON "ethno_events_associations_locales" USING btree ("_parent_id");
  CREATE INDEX "ethno_events_published_order_idx" ON "ethno_events" USING btree ("_status","published_at","created_at");
  CREATE INDEX "ethno_events_locales_parent_lookup_idx" ON "ethno_events_locales" USING btree ("_parent_id");
  CREATE INDEX "ethno_events_texts_parent_lookup_idx" ON "ethno_events_texts" USING btree ("parent_id");
  CREATE INDEX "_ethno_events_v_version_associations_local_parent_lookup_idx" ON "_ethno_events_v_version_associations_locales" USING btree ("_parent_id");
  CREATE INDEX "_ethno_events_v_locales_parent_lookup_idx" ON "_ethno_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_ethno_events_v_texts_parent_lookup_idx" ON "_ethno_events_v_texts" USING btree ("parent_id");
  CREATE INDEX "podcast_episodes_guests_locales_parent_lookup_idx" ON "podcast_episodes_guests_locales" USING btree ("_parent_id");
  CREATE INDEX "podcast_episodes_published_order_idx" ON "podcast_episodes" USING btree ("_status","published_at","created_at");
  CREATE INDEX "podcast_episodes_locales_parent_lookup_idx" ON "podcast_episodes_locales" USING btree ("_parent_id");
  CREATE INDEX "podcast_episodes_texts_parent_lookup_idx" ON "podcast_episodes_texts" USING btree ("parent_id");
  CREATE INDEX "_podcast_episodes_v_version_guests_locales_parent_lookup_idx" ON "_podcast_episodes_v_version_guests_locales" USING btree ("_parent_id");
  CREATE INDEX "_podcast_episodes_v_locales_parent_lookup_idx" ON "_podcast_episodes_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_podcast_episodes_v_texts_parent_lookup_idx" ON "_podcast_episodes_v_texts" USING btree ("parent_id");
  CREATE INDEX "tv_segments_guests_locales_parent_lookup_idx" ON "tv_segments_guests_locales" USING btree ("_parent_id");
  CREATE INDEX "tv_segments_published_order_idx" ON "tv_segments" USING btree ("_status","published_at","created_at");
  CREATE INDEX "tv_segments_locales_parent_lookup_idx" ON "tv_segments_locales" USING btree ("_parent_id");
  CREATE INDEX "tv_segments_texts_parent_lookup_idx" ON "tv_segments_texts" USING btree ("parent_id");
  CREATE INDEX "_tv_segments_v_version_guests_locales_parent_lookup_idx" ON "_tv_segments_v_version_guests_locales" USING btree ("_parent_id");
  CREATE INDEX "_tv_segments_v_locales_parent_lookup_idx" ON "_tv_segments_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_tv_segments_v_texts_parent_lookup_idx" ON "_tv_segments_v_texts" USING btree ("parent_id");
  CREATE INDEX "videos_guests_locales_parent_lookup_idx" ON "videos_guests_locales" USING btree ("_parent_id");
  CREATE INDEX "videos_published_order_idx" ON "videos" USING btree ("_status","published_at","created_at");
  CREATE INDEX "videos_locales_parent_lookup_idx" ON "videos_locales" USING btree ("_parent_id");
  CREATE INDEX "videos_texts_parent_lookup_idx" ON "videos_texts" USING btree ("parent_id");
  CREATE INDEX "_videos_v_version_guests_locales_parent_lookup_idx" ON "_videos_v_version_guests_locales" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_locales_parent_lookup_idx" ON "_videos_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_texts_parent_lookup_idx" ON "_videos_v_texts" USING btree ("parent_id");
  CREATE INDEX "contributors_locales_parent_lookup_idx" ON "contributors_locales" USING btree ("_parent_id");
  CREATE INDEX "rubrics_locales_parent_lookup_idx" ON "rubrics_locales" USING btree ("_parent_id");
  CREATE INDEX "regions_locales_parent_lookup_idx" ON "regions_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_lookup_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "media_texts_parent_lookup_idx" ON "media_texts" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_published_order_idx";
  DROP INDEX "articles_locales_parent_lookup_idx";
  DROP INDEX "articles_texts_parent_lookup_idx";
  DROP INDEX "_articles_v_locales_parent_lookup_idx";
  DROP INDEX "_articles_v_texts_parent_lookup_idx";
  DROP INDEX "ethno_events_associations_locales_parent_lookup_idx";
  DROP INDEX "ethno_events_published_order_idx";
  DROP INDEX "ethno_events_locales_parent_lookup_idx";
  DROP INDEX "ethno_events_texts_parent_lookup_idx";
  DROP INDEX "_ethno_events_v_version_associations_local_parent_lookup_idx";
  DROP INDEX "_ethno_events_v_locales_parent_lookup_idx";
  DROP INDEX "_ethno_events_v_texts_parent_lookup_idx";
  DROP INDEX "podcast_episodes_guests_locales_parent_lookup_idx";
  DROP INDEX "podcast_episodes_published_order_idx";
  DROP INDEX "podcast_episodes_locales_parent_lookup_idx";
  DROP INDEX "podcast_episodes_texts_parent_lookup_idx";
  DROP INDEX "_podcast_episodes_v_version_guests_locales_parent_lookup_idx";
  DROP INDEX "_podcast_episodes_v_locales_parent_lookup_idx";
  DROP INDEX "_podcast_episodes_v_texts_parent_lookup_idx";
  DROP INDEX "tv_segments_guests_locales_parent_lookup_idx";
  DROP INDEX "tv_segments_published_order_idx";
  DROP INDEX "tv_segments_locales_parent_lookup_idx";
  DROP INDEX "tv_segments_texts_parent_lookup_idx";
  DROP INDEX "_tv_segments_v_version_guests_locales_parent_lookup_idx";
  DROP INDEX "_tv_segments_v_locales_parent_lookup_idx";
  DROP INDEX "_tv_segments_v_texts_parent_lookup_idx";
  DROP INDEX "videos_guests_locales_parent_lookup_idx";
  DROP INDEX "videos_published_order_idx";
  DROP INDEX "videos_locales_parent_lookup_idx";
  DROP INDEX "videos_texts_parent_lookup_idx";
  DROP INDEX "_videos_v_version_guests_locales_parent_lookup_idx";
  DROP INDEX "_videos_v_locales_parent_lookup_idx";
  DROP INDEX "_videos_v_texts_parent_lookup_idx";
  DROP INDEX "contributors_locales_parent_lookup_idx";
  DROP INDEX "rubrics_locales_parent_lookup_idx";
  DROP INDEX "regions_locales_parent_lookup_idx";
  DROP INDEX "media_locales_parent_lookup_idx";
  DROP INDEX "media_texts_parent_lookup_idx";`)
}
