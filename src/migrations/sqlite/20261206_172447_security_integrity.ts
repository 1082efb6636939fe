import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// One migration for the schema changes of the security and integrity round (#11, #12, #15): media provenance
// validation, the sign-in throttle table (and Payload's account lock columns dropped), which media each document
// uses and whether an upload is public, the ethics-review records' scope. Hand-edited after generation: the
// backfills that fill the new columns for data written before run in the newest migration (../dataSteps.ts).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`contributors_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`contributors_rels_order_idx\` ON \`contributors_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`contributors_rels_parent_idx\` ON \`contributors_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`contributors_rels_path_idx\` ON \`contributors_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`contributors_rels_media_id_idx\` ON \`contributors_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`rubrics_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`rubrics_rels_order_idx\` ON \`rubrics_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`rubrics_rels_parent_idx\` ON \`rubrics_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`rubrics_rels_path_idx\` ON \`rubrics_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`rubrics_rels_media_id_idx\` ON \`rubrics_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`media_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_rels_order_idx\` ON \`media_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_parent_idx\` ON \`media_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_path_idx\` ON \`media_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_regions_id_idx\` ON \`media_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`auth_throttles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`count\` numeric NOT NULL,
  	\`window_start\` text NOT NULL,
  	\`last_at\` text NOT NULL,
  	\`expires_at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`auth_throttles_key_idx\` ON \`auth_throttles\` (\`key\`);`)
  await db.run(
    sql`CREATE INDEX \`auth_throttles_expires_at_idx\` ON \`auth_throttles\` (\`expires_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(
    sql`CREATE INDEX \`articles_rels_media_id_idx\` ON \`articles_rels\` (\`media_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_media_id_idx\` ON \`_articles_v_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`podcast_episodes_rels\` ADD \`media_id\` integer REFERENCES media(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_rels_media_id_idx\` ON \`podcast_episodes_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_podcast_episodes_v_rels\` ADD \`media_id\` integer REFERENCES media(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_rels_media_id_idx\` ON \`_podcast_episodes_v_rels\` (\`media_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`tv_segments_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(
    sql`CREATE INDEX \`tv_segments_rels_media_id_idx\` ON \`tv_segments_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_tv_segments_v_rels\` ADD \`media_id\` integer REFERENCES media(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_rels_media_id_idx\` ON \`_tv_segments_v_rels\` (\`media_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`videos_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`videos_rels_media_id_idx\` ON \`videos_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_videos_v_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(
    sql`CREATE INDEX \`_videos_v_rels_media_id_idx\` ON \`_videos_v_rels\` (\`media_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`media\` ADD \`marked_public\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`is_public\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`provenance_c2pa_validation\` text;`)
  await db.run(sql`CREATE INDEX \`media_is_public_idx\` ON \`media\` (\`is_public\`);`)
  await db.run(
    sql`ALTER TABLE \`ethics_reviews\` ADD \`scope_region_id\` integer REFERENCES regions(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`ethics_reviews\` ADD \`scope_created_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethics_reviews_scope_scope_region_idx\` ON \`ethics_reviews\` (\`scope_region_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethics_reviews_scope_scope_created_by_idx\` ON \`ethics_reviews\` (\`scope_created_by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  // Data written before: the media each document uses and which uploads that makes public, and the region and
  // author copied onto the ethics-review records (src/delivery/publicMedia/backfill.ts, the ai-ethics plugin).
  // Run by the newest migration (src/migrations/dataSteps.ts), once every column of the config exists.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`contributors_rels\`;`)
  await db.run(sql`DROP TABLE \`rubrics_rels\`;`)
  await db.run(sql`DROP TABLE \`media_rels\`;`)
  await db.run(sql`DROP TABLE \`auth_throttles\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "contributors_id") SELECT "id", "order", "parent_id", "path", "contributors_id" FROM \`articles_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_rels_contributors_id_idx\` ON \`articles_rels\` (\`contributors_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "contributors_id") SELECT "id", "order", "parent_id", "path", "contributors_id" FROM \`_articles_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_contributors_id_idx\` ON \`_articles_v_rels\` (\`contributors_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_podcast_episodes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_podcast_episodes_rels\`("id", "order", "parent_id", "path", "contributors_id") SELECT "id", "order", "parent_id", "path", "contributors_id" FROM \`podcast_episodes_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`podcast_episodes_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_podcast_episodes_rels\` RENAME TO \`podcast_episodes_rels\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_rels_order_idx\` ON \`podcast_episodes_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_rels_parent_idx\` ON \`podcast_episodes_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_rels_path_idx\` ON \`podcast_episodes_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_rels_contributors_id_idx\` ON \`podcast_episodes_rels\` (\`contributors_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__podcast_episodes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_podcast_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__podcast_episodes_v_rels\`("id", "order", "parent_id", "path", "contributors_id") SELECT "id", "order", "parent_id", "path", "contributors_id" FROM \`_podcast_episodes_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_podcast_episodes_v_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__podcast_episodes_v_rels\` RENAME TO \`_podcast_episodes_v_rels\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_rels_order_idx\` ON \`_podcast_episodes_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_rels_parent_idx\` ON \`_podcast_episodes_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_rels_path_idx\` ON \`_podcast_episodes_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_rels_contributors_id_idx\` ON \`_podcast_episodes_v_rels\` (\`contributors_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_tv_segments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tv_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_tv_segments_rels\`("id", "order", "parent_id", "path", "contributors_id") SELECT "id", "order", "parent_id", "path", "contributors_id" FROM \`tv_segments_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`tv_segments_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_tv_segments_rels\` RENAME TO \`tv_segments_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`tv_segments_rels_order_idx\` ON \`tv_segments_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_rels_parent_idx\` ON \`tv_segments_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`tv_segments_rels_path_idx\` ON \`tv_segments_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`tv_segments_rels_contributors_id_idx\` ON \`tv_segments_rels\` (\`contributors_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__tv_segments_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tv_segments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__tv_segments_v_rels\`("id", "order", "parent_id", "path", "contributors_id") SELECT "id", "order", "parent_id", "path", "contributors_id" FROM \`_tv_segments_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_tv_segments_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__tv_segments_v_rels\` RENAME TO \`_tv_segments_v_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_rels_order_idx\` ON \`_tv_segments_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_rels_parent_idx\` ON \`_tv_segments_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_rels_path_idx\` ON \`_tv_segments_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_rels_contributors_id_idx\` ON \`_tv_segments_v_rels\` (\`contributors_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_videos_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_videos_rels\`("id", "order", "parent_id", "path", "contributors_id") SELECT "id", "order", "parent_id", "path", "contributors_id" FROM \`videos_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`videos_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_videos_rels\` RENAME TO \`videos_rels\`;`)
  await db.run(sql`CREATE INDEX \`videos_rels_order_idx\` ON \`videos_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_parent_idx\` ON \`videos_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_path_idx\` ON \`videos_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`videos_rels_contributors_id_idx\` ON \`videos_rels\` (\`contributors_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__videos_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__videos_v_rels\`("id", "order", "parent_id", "path", "contributors_id") SELECT "id", "order", "parent_id", "path", "contributors_id" FROM \`_videos_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_videos_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__videos_v_rels\` RENAME TO \`_videos_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_order_idx\` ON \`_videos_v_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`_videos_v_rels_parent_idx\` ON \`_videos_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_videos_v_rels_path_idx\` ON \`_videos_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_videos_v_rels_contributors_id_idx\` ON \`_videos_v_rels\` (\`contributors_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_ethics_reviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`decision\` text NOT NULL,
  	\`note\` text NOT NULL,
  	\`reviewer_id\` integer NOT NULL,
  	\`flags\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_ethics_reviews\`("id", "target_collection", "doc_id", "decision", "note", "reviewer_id", "flags", "updated_at", "created_at") SELECT "id", "target_collection", "doc_id", "decision", "note", "reviewer_id", "flags", "updated_at", "created_at" FROM \`ethics_reviews\`;`,
  )
  await db.run(sql`DROP TABLE \`ethics_reviews\`;`)
  await db.run(sql`ALTER TABLE \`__new_ethics_reviews\` RENAME TO \`ethics_reviews\`;`)
  await db.run(
    sql`CREATE INDEX \`ethics_reviews_target_collection_idx\` ON \`ethics_reviews\` (\`target_collection\`);`,
  )
  await db.run(sql`CREATE INDEX \`ethics_reviews_doc_id_idx\` ON \`ethics_reviews\` (\`doc_id\`);`)
  await db.run(
    sql`CREATE INDEX \`ethics_reviews_reviewer_idx\` ON \`ethics_reviews\` (\`reviewer_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethics_reviews_updated_at_idx\` ON \`ethics_reviews\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethics_reviews_created_at_idx\` ON \`ethics_reviews\` (\`created_at\`);`,
  )
  await db.run(sql`DROP INDEX \`media_is_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`marked_public\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`is_public\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`provenance_c2pa_validation\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
