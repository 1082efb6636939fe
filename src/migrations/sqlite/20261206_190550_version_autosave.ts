import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_ethno_events_v\` ADD \`autosave\` integer;`)
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_autosave_idx\` ON \`_ethno_events_v\` (\`autosave\`);`,
  )
  await db.run(sql`ALTER TABLE \`_podcast_episodes_v\` ADD \`autosave\` integer;`)
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_autosave_idx\` ON \`_podcast_episodes_v\` (\`autosave\`);`,
  )
  await db.run(sql`ALTER TABLE \`_tv_segments_v\` ADD \`autosave\` integer;`)
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_autosave_idx\` ON \`_tv_segments_v\` (\`autosave\`);`,
  )
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_videos_v_autosave_idx\` ON \`_videos_v\` (\`autosave\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_articles_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_ethno_events_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_ethno_events_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_podcast_episodes_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_podcast_episodes_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_tv_segments_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_tv_segments_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_videos_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`autosave\`;`)
}
