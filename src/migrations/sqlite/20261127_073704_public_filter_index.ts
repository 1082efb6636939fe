import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`articles_public_filter_idx\` ON \`articles\` (\`_status\`,\`ethics_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_public_filter_idx\` ON \`ethno_events\` (\`_status\`,\`ethics_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_public_filter_idx\` ON \`podcast_episodes\` (\`_status\`,\`ethics_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_public_filter_idx\` ON \`tv_segments\` (\`_status\`,\`ethics_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`videos_public_filter_idx\` ON \`videos\` (\`_status\`,\`ethics_review_status\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_public_filter_idx\`;`)
  await db.run(sql`DROP INDEX \`ethno_events_public_filter_idx\`;`)
  await db.run(sql`DROP INDEX \`podcast_episodes_public_filter_idx\`;`)
  await db.run(sql`DROP INDEX \`tv_segments_public_filter_idx\`;`)
  await db.run(sql`DROP INDEX \`videos_public_filter_idx\`;`)
}
