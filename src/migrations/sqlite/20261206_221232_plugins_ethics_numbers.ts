import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_published_order_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`ethics_review_queued_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`articles_published_order_idx\` ON \`articles\` (\`_status\`,\`published_at\`,\`created_at\`,\`id\`,\`ethics_review_status\`);`,
  )
  await db.run(sql`DROP INDEX \`ethno_events_published_order_idx\`;`)
  await db.run(sql`ALTER TABLE \`ethno_events\` ADD \`ethics_review_queued_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`ethno_events_published_order_idx\` ON \`ethno_events\` (\`_status\`,\`published_at\`,\`created_at\`,\`id\`,\`ethics_review_status\`);`,
  )
  await db.run(sql`DROP INDEX \`podcast_episodes_published_order_idx\`;`)
  await db.run(sql`ALTER TABLE \`podcast_episodes\` ADD \`ethics_review_queued_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_published_order_idx\` ON \`podcast_episodes\` (\`_status\`,\`published_at\`,\`created_at\`,\`id\`,\`ethics_review_status\`);`,
  )
  await db.run(sql`DROP INDEX \`tv_segments_published_order_idx\`;`)
  await db.run(sql`ALTER TABLE \`tv_segments\` ADD \`ethics_review_queued_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`tv_segments_published_order_idx\` ON \`tv_segments\` (\`_status\`,\`published_at\`,\`created_at\`,\`id\`,\`ethics_review_status\`);`,
  )
  await db.run(sql`DROP INDEX \`videos_published_order_idx\`;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`ethics_review_queued_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`videos_published_order_idx\` ON \`videos\` (\`_status\`,\`published_at\`,\`created_at\`,\`id\`,\`ethics_review_status\`);`,
  )
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_ethics_review_queued_at\` text;`)
  await db.run(sql`ALTER TABLE \`_ethno_events_v\` ADD \`version_ethics_review_queued_at\` text;`)
  await db.run(
    sql`ALTER TABLE \`_podcast_episodes_v\` ADD \`version_ethics_review_queued_at\` text;`,
  )
  await db.run(sql`ALTER TABLE \`_tv_segments_v\` ADD \`version_ethics_review_queued_at\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_ethics_review_queued_at\` text;`)
  await db.run(sql`ALTER TABLE \`ethics_reviews\` ADD \`queued_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`ethics_reviews_queued_at_idx\` ON \`ethics_reviews\` (\`queued_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`ethics_reviews_queued_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`ethics_reviews\` DROP COLUMN \`queued_at\`;`)
  await db.run(sql`DROP INDEX \`articles_published_order_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`articles_published_order_idx\` ON \`articles\` (\`_status\`,\`published_at\`,\`created_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`ethics_review_queued_at\`;`)
  await db.run(sql`DROP INDEX \`ethno_events_published_order_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`ethno_events_published_order_idx\` ON \`ethno_events\` (\`_status\`,\`published_at\`,\`created_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`ethno_events\` DROP COLUMN \`ethics_review_queued_at\`;`)
  await db.run(sql`DROP INDEX \`podcast_episodes_published_order_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_published_order_idx\` ON \`podcast_episodes\` (\`_status\`,\`published_at\`,\`created_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`podcast_episodes\` DROP COLUMN \`ethics_review_queued_at\`;`)
  await db.run(sql`DROP INDEX \`tv_segments_published_order_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`tv_segments_published_order_idx\` ON \`tv_segments\` (\`_status\`,\`published_at\`,\`created_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`tv_segments\` DROP COLUMN \`ethics_review_queued_at\`;`)
  await db.run(sql`DROP INDEX \`videos_published_order_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`videos_published_order_idx\` ON \`videos\` (\`_status\`,\`published_at\`,\`created_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`ethics_review_queued_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_ethics_review_queued_at\`;`)
  await db.run(
    sql`ALTER TABLE \`_ethno_events_v\` DROP COLUMN \`version_ethics_review_queued_at\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_podcast_episodes_v\` DROP COLUMN \`version_ethics_review_queued_at\`;`,
  )
  await db.run(sql`ALTER TABLE \`_tv_segments_v\` DROP COLUMN \`version_ethics_review_queued_at\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_ethics_review_queued_at\`;`)
}
