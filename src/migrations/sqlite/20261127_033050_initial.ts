import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`region_id\` integer,
  	\`rubric_id\` integer,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`hero_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_region_idx\` ON \`articles\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rubric_idx\` ON \`articles\` (\`rubric_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_by_idx\` ON \`articles\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_locales\` (
  	\`title\` text,
  	\`excerpt\` text,
  	\`body\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_contributors_id_idx\` ON \`articles_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_region_id\` integer,
  	\`version_rubric_id\` integer,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_region_idx\` ON \`_articles_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_rubric_idx\` ON \`_articles_v\` (\`version_rubric_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_by_idx\` ON \`_articles_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_locales\` (
  	\`version_title\` text,
  	\`version_excerpt\` text,
  	\`version_body\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_contributors_id_idx\` ON \`_articles_v_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE TABLE \`ethno_events_associations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ethno_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ethno_events_associations_order_idx\` ON \`ethno_events_associations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_associations_parent_id_idx\` ON \`ethno_events_associations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ethno_events_associations_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ethno_events_associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ethno_events_associations_locales_locale_parent_id_unique\` ON \`ethno_events_associations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ethno_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`region_id\` integer,
  	\`rubric_id\` integer,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`event_date\` text,
  	\`participants_count\` numeric,
  	\`hero_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ethno_events_slug_idx\` ON \`ethno_events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_region_idx\` ON \`ethno_events\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_rubric_idx\` ON \`ethno_events\` (\`rubric_id\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_published_at_idx\` ON \`ethno_events\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_created_by_idx\` ON \`ethno_events\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_updated_by_idx\` ON \`ethno_events\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_event_date_idx\` ON \`ethno_events\` (\`event_date\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_hero_image_idx\` ON \`ethno_events\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_updated_at_idx\` ON \`ethno_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_created_at_idx\` ON \`ethno_events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events__status_idx\` ON \`ethno_events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`ethno_events_locales\` (
  	\`title\` text,
  	\`excerpt\` text,
  	\`venue\` text,
  	\`body\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ethno_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ethno_events_meta_meta_image_idx\` ON \`ethno_events_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ethno_events_locales_locale_parent_id_unique\` ON \`ethno_events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ethno_events_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ethno_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ethno_events_texts_order_parent\` ON \`ethno_events_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ethno_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ethno_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ethno_events_rels_order_idx\` ON \`ethno_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_rels_parent_idx\` ON \`ethno_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_rels_path_idx\` ON \`ethno_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_rels_contributors_id_idx\` ON \`ethno_events_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_rels_media_id_idx\` ON \`ethno_events_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_ethno_events_v_version_associations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ethno_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_version_associations_order_idx\` ON \`_ethno_events_v_version_associations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_version_associations_parent_id_idx\` ON \`_ethno_events_v_version_associations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_ethno_events_v_version_associations_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ethno_events_v_version_associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_ethno_events_v_version_associations_locales_locale_parent_i\` ON \`_ethno_events_v_version_associations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_ethno_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_region_id\` integer,
  	\`version_rubric_id\` integer,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_event_date\` text,
  	\`version_participants_count\` numeric,
  	\`version_hero_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ethno_events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_parent_idx\` ON \`_ethno_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_version_version_slug_idx\` ON \`_ethno_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_version_version_region_idx\` ON \`_ethno_events_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_version_version_rubric_idx\` ON \`_ethno_events_v\` (\`version_rubric_id\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_version_version_published_at_idx\` ON \`_ethno_events_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_version_version_created_by_idx\` ON \`_ethno_events_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_version_version_updated_by_idx\` ON \`_ethno_events_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_version_version_event_date_idx\` ON \`_ethno_events_v\` (\`version_event_date\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_version_version_hero_image_idx\` ON \`_ethno_events_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_version_version_updated_at_idx\` ON \`_ethno_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_version_version_created_at_idx\` ON \`_ethno_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_version_version__status_idx\` ON \`_ethno_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_created_at_idx\` ON \`_ethno_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_updated_at_idx\` ON \`_ethno_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_snapshot_idx\` ON \`_ethno_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_published_locale_idx\` ON \`_ethno_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_latest_idx\` ON \`_ethno_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_ethno_events_v_locales\` (
  	\`version_title\` text,
  	\`version_excerpt\` text,
  	\`version_venue\` text,
  	\`version_body\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ethno_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_version_meta_version_meta_image_idx\` ON \`_ethno_events_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_ethno_events_v_locales_locale_parent_id_unique\` ON \`_ethno_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_ethno_events_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ethno_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_texts_order_parent\` ON \`_ethno_events_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_ethno_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ethno_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_rels_order_idx\` ON \`_ethno_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_rels_parent_idx\` ON \`_ethno_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_rels_path_idx\` ON \`_ethno_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_rels_contributors_id_idx\` ON \`_ethno_events_v_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE INDEX \`_ethno_events_v_rels_media_id_idx\` ON \`_ethno_events_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`podcast_episodes_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`podcast_episodes_guests_order_idx\` ON \`podcast_episodes_guests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_guests_parent_id_idx\` ON \`podcast_episodes_guests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`podcast_episodes_guests_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`podcast_episodes_guests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`podcast_episodes_guests_locales_locale_parent_id_unique\` ON \`podcast_episodes_guests_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`podcast_episodes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`region_id\` integer,
  	\`rubric_id\` integer,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`season\` numeric DEFAULT 1,
  	\`episode_number\` numeric,
  	\`audio_id\` integer,
  	\`duration\` numeric,
  	\`hero_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`podcast_episodes_slug_idx\` ON \`podcast_episodes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_region_idx\` ON \`podcast_episodes\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_rubric_idx\` ON \`podcast_episodes\` (\`rubric_id\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_published_at_idx\` ON \`podcast_episodes\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_created_by_idx\` ON \`podcast_episodes\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_updated_by_idx\` ON \`podcast_episodes\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_audio_idx\` ON \`podcast_episodes\` (\`audio_id\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_hero_image_idx\` ON \`podcast_episodes\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_updated_at_idx\` ON \`podcast_episodes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_created_at_idx\` ON \`podcast_episodes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes__status_idx\` ON \`podcast_episodes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`podcast_episodes_locales\` (
  	\`title\` text,
  	\`excerpt\` text,
  	\`show_notes\` text,
  	\`transcript\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`podcast_episodes_meta_meta_image_idx\` ON \`podcast_episodes_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`podcast_episodes_locales_locale_parent_id_unique\` ON \`podcast_episodes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`podcast_episodes_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`podcast_episodes_texts_order_parent\` ON \`podcast_episodes_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`podcast_episodes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`podcast_episodes_rels_order_idx\` ON \`podcast_episodes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_rels_parent_idx\` ON \`podcast_episodes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_rels_path_idx\` ON \`podcast_episodes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_rels_contributors_id_idx\` ON \`podcast_episodes_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE TABLE \`_podcast_episodes_v_version_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_podcast_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_guests_order_idx\` ON \`_podcast_episodes_v_version_guests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_guests_parent_id_idx\` ON \`_podcast_episodes_v_version_guests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_podcast_episodes_v_version_guests_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_podcast_episodes_v_version_guests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_podcast_episodes_v_version_guests_locales_locale_parent_id_\` ON \`_podcast_episodes_v_version_guests_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_podcast_episodes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_region_id\` integer,
  	\`version_rubric_id\` integer,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_season\` numeric DEFAULT 1,
  	\`version_episode_number\` numeric,
  	\`version_audio_id\` integer,
  	\`version_duration\` numeric,
  	\`version_hero_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_parent_idx\` ON \`_podcast_episodes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_slug_idx\` ON \`_podcast_episodes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_region_idx\` ON \`_podcast_episodes_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_rubric_idx\` ON \`_podcast_episodes_v\` (\`version_rubric_id\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_published_at_idx\` ON \`_podcast_episodes_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_created_by_idx\` ON \`_podcast_episodes_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_updated_by_idx\` ON \`_podcast_episodes_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_audio_idx\` ON \`_podcast_episodes_v\` (\`version_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_hero_image_idx\` ON \`_podcast_episodes_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_updated_at_idx\` ON \`_podcast_episodes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_created_at_idx\` ON \`_podcast_episodes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version__status_idx\` ON \`_podcast_episodes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_created_at_idx\` ON \`_podcast_episodes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_updated_at_idx\` ON \`_podcast_episodes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_snapshot_idx\` ON \`_podcast_episodes_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_published_locale_idx\` ON \`_podcast_episodes_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_latest_idx\` ON \`_podcast_episodes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_podcast_episodes_v_locales\` (
  	\`version_title\` text,
  	\`version_excerpt\` text,
  	\`version_show_notes\` text,
  	\`version_transcript\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_podcast_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_meta_version_meta_image_idx\` ON \`_podcast_episodes_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_podcast_episodes_v_locales_locale_parent_id_unique\` ON \`_podcast_episodes_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_podcast_episodes_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_podcast_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_texts_order_parent\` ON \`_podcast_episodes_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_podcast_episodes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_podcast_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_rels_order_idx\` ON \`_podcast_episodes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_rels_parent_idx\` ON \`_podcast_episodes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_rels_path_idx\` ON \`_podcast_episodes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_rels_contributors_id_idx\` ON \`_podcast_episodes_v_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE TABLE \`tv_segments_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tv_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tv_segments_guests_order_idx\` ON \`tv_segments_guests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_guests_parent_id_idx\` ON \`tv_segments_guests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tv_segments_guests_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tv_segments_guests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tv_segments_guests_locales_locale_parent_id_unique\` ON \`tv_segments_guests_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tv_segments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`region_id\` integer,
  	\`rubric_id\` integer,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`air_date\` text,
  	\`channel\` text,
  	\`duration\` numeric,
  	\`video_id\` integer,
  	\`external_url\` text,
  	\`hero_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tv_segments_slug_idx\` ON \`tv_segments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_region_idx\` ON \`tv_segments\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_rubric_idx\` ON \`tv_segments\` (\`rubric_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_published_at_idx\` ON \`tv_segments\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_created_by_idx\` ON \`tv_segments\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_updated_by_idx\` ON \`tv_segments\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_air_date_idx\` ON \`tv_segments\` (\`air_date\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_video_idx\` ON \`tv_segments\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_hero_image_idx\` ON \`tv_segments\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_updated_at_idx\` ON \`tv_segments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_created_at_idx\` ON \`tv_segments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments__status_idx\` ON \`tv_segments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`tv_segments_locales\` (
  	\`title\` text,
  	\`excerpt\` text,
  	\`summary\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tv_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tv_segments_meta_meta_image_idx\` ON \`tv_segments_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tv_segments_locales_locale_parent_id_unique\` ON \`tv_segments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tv_segments_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tv_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tv_segments_texts_order_parent\` ON \`tv_segments_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tv_segments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tv_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tv_segments_rels_order_idx\` ON \`tv_segments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_rels_parent_idx\` ON \`tv_segments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_rels_path_idx\` ON \`tv_segments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_rels_contributors_id_idx\` ON \`tv_segments_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE TABLE \`_tv_segments_v_version_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tv_segments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_guests_order_idx\` ON \`_tv_segments_v_version_guests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_guests_parent_id_idx\` ON \`_tv_segments_v_version_guests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tv_segments_v_version_guests_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tv_segments_v_version_guests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_tv_segments_v_version_guests_locales_locale_parent_id_uniqu\` ON \`_tv_segments_v_version_guests_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tv_segments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_region_id\` integer,
  	\`version_rubric_id\` integer,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_air_date\` text,
  	\`version_channel\` text,
  	\`version_duration\` numeric,
  	\`version_video_id\` integer,
  	\`version_external_url\` text,
  	\`version_hero_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tv_segments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_parent_idx\` ON \`_tv_segments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_version_slug_idx\` ON \`_tv_segments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_version_region_idx\` ON \`_tv_segments_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_version_rubric_idx\` ON \`_tv_segments_v\` (\`version_rubric_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_version_published_at_idx\` ON \`_tv_segments_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_version_created_by_idx\` ON \`_tv_segments_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_version_updated_by_idx\` ON \`_tv_segments_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_version_air_date_idx\` ON \`_tv_segments_v\` (\`version_air_date\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_version_video_idx\` ON \`_tv_segments_v\` (\`version_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_version_hero_image_idx\` ON \`_tv_segments_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_version_updated_at_idx\` ON \`_tv_segments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_version_created_at_idx\` ON \`_tv_segments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_version__status_idx\` ON \`_tv_segments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_created_at_idx\` ON \`_tv_segments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_updated_at_idx\` ON \`_tv_segments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_snapshot_idx\` ON \`_tv_segments_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_published_locale_idx\` ON \`_tv_segments_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_latest_idx\` ON \`_tv_segments_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_tv_segments_v_locales\` (
  	\`version_title\` text,
  	\`version_excerpt\` text,
  	\`version_summary\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tv_segments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_version_meta_version_meta_image_idx\` ON \`_tv_segments_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_tv_segments_v_locales_locale_parent_id_unique\` ON \`_tv_segments_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tv_segments_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tv_segments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_texts_order_parent\` ON \`_tv_segments_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tv_segments_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tv_segments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_rels_order_idx\` ON \`_tv_segments_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_rels_parent_idx\` ON \`_tv_segments_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_rels_path_idx\` ON \`_tv_segments_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_tv_segments_v_rels_contributors_id_idx\` ON \`_tv_segments_v_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_audience_order_idx\` ON \`videos_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`videos_audience_parent_idx\` ON \`videos_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_guests_order_idx\` ON \`videos_guests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`videos_guests_parent_id_idx\` ON \`videos_guests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_guests_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos_guests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_guests_locales_locale_parent_id_unique\` ON \`videos_guests_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`region_id\` integer,
  	\`rubric_id\` integer,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`video_url\` text,
  	\`video_id\` integer,
  	\`provider\` text,
  	\`duration\` numeric,
  	\`hero_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_slug_idx\` ON \`videos\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`videos_region_idx\` ON \`videos\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_rubric_idx\` ON \`videos\` (\`rubric_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_published_at_idx\` ON \`videos\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_created_by_idx\` ON \`videos\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_updated_by_idx\` ON \`videos\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_video_idx\` ON \`videos\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_hero_image_idx\` ON \`videos\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_updated_at_idx\` ON \`videos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_created_at_idx\` ON \`videos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`videos__status_idx\` ON \`videos\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`videos_locales\` (
  	\`title\` text,
  	\`excerpt\` text,
  	\`description\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_meta_meta_image_idx\` ON \`videos_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_locales_locale_parent_id_unique\` ON \`videos_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_texts_order_parent\` ON \`videos_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_rels_order_idx\` ON \`videos_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_parent_idx\` ON \`videos_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_path_idx\` ON \`videos_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_contributors_id_idx\` ON \`videos_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_audience_order_idx\` ON \`_videos_v_version_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_audience_parent_idx\` ON \`_videos_v_version_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_guests_order_idx\` ON \`_videos_v_version_guests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_guests_parent_id_idx\` ON \`_videos_v_version_guests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_guests_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v_version_guests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_videos_v_version_guests_locales_locale_parent_id_unique\` ON \`_videos_v_version_guests_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_region_id\` integer,
  	\`version_rubric_id\` integer,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_video_url\` text,
  	\`version_video_id\` integer,
  	\`version_provider\` text,
  	\`version_duration\` numeric,
  	\`version_hero_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_parent_idx\` ON \`_videos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_slug_idx\` ON \`_videos_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_region_idx\` ON \`_videos_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_rubric_idx\` ON \`_videos_v\` (\`version_rubric_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_published_at_idx\` ON \`_videos_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_created_by_idx\` ON \`_videos_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_updated_by_idx\` ON \`_videos_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_video_idx\` ON \`_videos_v\` (\`version_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_hero_image_idx\` ON \`_videos_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_updated_at_idx\` ON \`_videos_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_created_at_idx\` ON \`_videos_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version__status_idx\` ON \`_videos_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_created_at_idx\` ON \`_videos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_updated_at_idx\` ON \`_videos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_snapshot_idx\` ON \`_videos_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_published_locale_idx\` ON \`_videos_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_latest_idx\` ON \`_videos_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_locales\` (
  	\`version_title\` text,
  	\`version_excerpt\` text,
  	\`version_description\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_meta_version_meta_image_idx\` ON \`_videos_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_videos_v_locales_locale_parent_id_unique\` ON \`_videos_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_texts_order_parent\` ON \`_videos_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_order_idx\` ON \`_videos_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_parent_idx\` ON \`_videos_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_path_idx\` ON \`_videos_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_contributors_id_idx\` ON \`_videos_v_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE TABLE \`contributors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`region_id\` integer NOT NULL,
  	\`media_type\` text NOT NULL,
  	\`outlet\` text,
  	\`photo_id\` integer,
  	\`email\` text,
  	\`phone\` text,
  	\`user_id\` integer,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contributors_full_name_idx\` ON \`contributors\` (\`full_name\`);`)
  await db.run(sql`CREATE INDEX \`contributors_region_idx\` ON \`contributors\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`contributors_photo_idx\` ON \`contributors\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`contributors_user_idx\` ON \`contributors\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`contributors_active_idx\` ON \`contributors\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`contributors_updated_at_idx\` ON \`contributors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contributors_created_at_idx\` ON \`contributors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`contributors_locales\` (
  	\`bio\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`contributors_locales_locale_parent_id_unique\` ON \`contributors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`rubrics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`region_id\` integer,
  	\`format\` text NOT NULL,
  	\`cover_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`rubrics_slug_idx\` ON \`rubrics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`rubrics_region_idx\` ON \`rubrics\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`rubrics_format_idx\` ON \`rubrics\` (\`format\`);`)
  await db.run(sql`CREATE INDEX \`rubrics_cover_idx\` ON \`rubrics\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`rubrics_updated_at_idx\` ON \`rubrics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rubrics_created_at_idx\` ON \`rubrics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`rubrics_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`rubrics_locales_locale_parent_id_unique\` ON \`rubrics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`regions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`order\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`regions_slug_idx\` ON \`regions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`regions_updated_at_idx\` ON \`regions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regions_created_at_idx\` ON \`regions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`regions_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`regions_locales_locale_parent_id_unique\` ON \`regions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_created_by_idx\` ON \`media\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`contributor_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_contributor_idx\` ON \`users\` (\`contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_regions_id_idx\` ON \`users_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`ethno_events_id\` integer,
  	\`podcast_episodes_id\` integer,
  	\`tv_segments_id\` integer,
  	\`videos_id\` integer,
  	\`contributors_id\` integer,
  	\`rubrics_id\` integer,
  	\`regions_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ethno_events_id\`) REFERENCES \`ethno_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`podcast_episodes_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tv_segments_id\`) REFERENCES \`tv_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rubrics_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ethno_events_id_idx\` ON \`payload_locked_documents_rels\` (\`ethno_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_podcast_episodes_id_idx\` ON \`payload_locked_documents_rels\` (\`podcast_episodes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tv_segments_id_idx\` ON \`payload_locked_documents_rels\` (\`tv_segments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contributors_id_idx\` ON \`payload_locked_documents_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rubrics_id_idx\` ON \`payload_locked_documents_rels\` (\`rubrics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`ethno_events_associations\`;`)
  await db.run(sql`DROP TABLE \`ethno_events_associations_locales\`;`)
  await db.run(sql`DROP TABLE \`ethno_events\`;`)
  await db.run(sql`DROP TABLE \`ethno_events_locales\`;`)
  await db.run(sql`DROP TABLE \`ethno_events_texts\`;`)
  await db.run(sql`DROP TABLE \`ethno_events_rels\`;`)
  await db.run(sql`DROP TABLE \`_ethno_events_v_version_associations\`;`)
  await db.run(sql`DROP TABLE \`_ethno_events_v_version_associations_locales\`;`)
  await db.run(sql`DROP TABLE \`_ethno_events_v\`;`)
  await db.run(sql`DROP TABLE \`_ethno_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_ethno_events_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_ethno_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes_guests\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes_guests_locales\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes_locales\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes_texts\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes_rels\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v_version_guests\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v_version_guests_locales\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`tv_segments_guests\`;`)
  await db.run(sql`DROP TABLE \`tv_segments_guests_locales\`;`)
  await db.run(sql`DROP TABLE \`tv_segments\`;`)
  await db.run(sql`DROP TABLE \`tv_segments_locales\`;`)
  await db.run(sql`DROP TABLE \`tv_segments_texts\`;`)
  await db.run(sql`DROP TABLE \`tv_segments_rels\`;`)
  await db.run(sql`DROP TABLE \`_tv_segments_v_version_guests\`;`)
  await db.run(sql`DROP TABLE \`_tv_segments_v_version_guests_locales\`;`)
  await db.run(sql`DROP TABLE \`_tv_segments_v\`;`)
  await db.run(sql`DROP TABLE \`_tv_segments_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_tv_segments_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_tv_segments_v_rels\`;`)
  await db.run(sql`DROP TABLE \`videos_audience\`;`)
  await db.run(sql`DROP TABLE \`videos_guests\`;`)
  await db.run(sql`DROP TABLE \`videos_guests_locales\`;`)
  await db.run(sql`DROP TABLE \`videos\`;`)
  await db.run(sql`DROP TABLE \`videos_locales\`;`)
  await db.run(sql`DROP TABLE \`videos_texts\`;`)
  await db.run(sql`DROP TABLE \`videos_rels\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_audience\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_guests\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_guests_locales\`;`)
  await db.run(sql`DROP TABLE \`_videos_v\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_rels\`;`)
  await db.run(sql`DROP TABLE \`contributors\`;`)
  await db.run(sql`DROP TABLE \`contributors_locales\`;`)
  await db.run(sql`DROP TABLE \`rubrics\`;`)
  await db.run(sql`DROP TABLE \`rubrics_locales\`;`)
  await db.run(sql`DROP TABLE \`regions\`;`)
  await db.run(sql`DROP TABLE \`regions_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
