import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`articles_published_order_idx\` ON \`articles\` (\`_status\`,\`published_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_locales_parent_lookup_idx\` ON \`articles_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_texts_parent_lookup_idx\` ON \`articles_texts\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_locales_parent_lookup_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_texts_parent_lookup_idx\` ON \`_articles_v_texts\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_associations_locales_parent_lookup_idx\` ON \`ethno_events_associations_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_published_order_idx\` ON \`ethno_events\` (\`_status\`,\`published_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_locales_parent_lookup_idx\` ON \`ethno_events_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_texts_parent_lookup_idx\` ON \`ethno_events_texts\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_associations_local_parent_lookup_idx\` ON \`_ethno_events_v_version_associations_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_locales_parent_lookup_idx\` ON \`_ethno_events_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_texts_parent_lookup_idx\` ON \`_ethno_events_v_texts\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_guests_locales_parent_lookup_idx\` ON \`podcast_episodes_guests_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_published_order_idx\` ON \`podcast_episodes\` (\`_status\`,\`published_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_locales_parent_lookup_idx\` ON \`podcast_episodes_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_texts_parent_lookup_idx\` ON \`podcast_episodes_texts\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_guests_locales_parent_lookup_idx\` ON \`_podcast_episodes_v_version_guests_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_locales_parent_lookup_idx\` ON \`_podcast_episodes_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_texts_parent_lookup_idx\` ON \`_podcast_episodes_v_texts\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_guests_locales_parent_lookup_idx\` ON \`tv_segments_guests_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_published_order_idx\` ON \`tv_segments\` (\`_status\`,\`published_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_locales_parent_lookup_idx\` ON \`tv_segments_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_texts_parent_lookup_idx\` ON \`tv_segments_texts\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_guests_locales_parent_lookup_idx\` ON \`_tv_segments_v_version_guests_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_locales_parent_lookup_idx\` ON \`_tv_segments_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_texts_parent_lookup_idx\` ON \`_tv_segments_v_texts\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`videos_guests_locales_parent_lookup_idx\` ON \`videos_guests_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`videos_published_order_idx\` ON \`videos\` (\`_status\`,\`published_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`videos_locales_parent_lookup_idx\` ON \`videos_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`videos_texts_parent_lookup_idx\` ON \`videos_texts\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_guests_locales_parent_lookup_idx\` ON \`_videos_v_version_guests_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_locales_parent_lookup_idx\` ON \`_videos_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_texts_parent_lookup_idx\` ON \`_videos_v_texts\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`contributors_locales_parent_lookup_idx\` ON \`contributors_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`rubrics_locales_parent_lookup_idx\` ON \`rubrics_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regions_locales_parent_lookup_idx\` ON \`regions_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_locales_parent_lookup_idx\` ON \`media_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_texts_parent_lookup_idx\` ON \`media_texts\` (\`parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_published_order_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_texts_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_texts_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`ethno_events_associations_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`ethno_events_published_order_idx\`;`)
  await db.run(sql`DROP INDEX \`ethno_events_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`ethno_events_texts_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_ethno_events_v_version_associations_local_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_ethno_events_v_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_ethno_events_v_texts_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`podcast_episodes_guests_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`podcast_episodes_published_order_idx\`;`)
  await db.run(sql`DROP INDEX \`podcast_episodes_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`podcast_episodes_texts_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_podcast_episodes_v_version_guests_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_podcast_episodes_v_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_podcast_episodes_v_texts_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`tv_segments_guests_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`tv_segments_published_order_idx\`;`)
  await db.run(sql`DROP INDEX \`tv_segments_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`tv_segments_texts_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_tv_segments_v_version_guests_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_tv_segments_v_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_tv_segments_v_texts_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`videos_guests_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`videos_published_order_idx\`;`)
  await db.run(sql`DROP INDEX \`videos_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`videos_texts_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_videos_v_version_guests_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_videos_v_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_videos_v_texts_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`contributors_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`rubrics_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`regions_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`media_texts_parent_lookup_idx\`;`)
}
