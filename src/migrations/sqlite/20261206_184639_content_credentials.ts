import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`content_credentials_status\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`content_credentials_signed_at\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`content_credentials_publisher\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`content_credentials_signer\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`content_credentials_files\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`content_credentials_error\` text;`)
  await db.run(
    sql`CREATE INDEX \`media_content_credentials_content_credentials_status_idx\` ON \`media\` (\`content_credentials_status\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_content_credentials_content_credentials_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`content_credentials_status\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`content_credentials_signed_at\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`content_credentials_publisher\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`content_credentials_signer\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`content_credentials_files\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`content_credentials_error\`;`)
}
