import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_ai_disclosure_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`articles_ai_disclosure_scope_order_idx\` ON \`articles_ai_disclosure_scope\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_ai_disclosure_scope_parent_idx\` ON \`articles_ai_disclosure_scope\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`articles_ethics_review_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`signal\` text,
  	\`detail\` text,
  	\`locale\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`articles_ethics_review_flags_order_idx\` ON \`articles_ethics_review_flags\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_ethics_review_flags_parent_id_idx\` ON \`articles_ethics_review_flags\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`hero_image_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`scheduled_for\` text,
  	\`slug\` text,
  	\`region_id\` integer,
  	\`rubric_id\` integer,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`ai_disclosure_usage\` text DEFAULT 'none',
  	\`ai_notice_kind\` text,
  	\`ai_notice_digital_source_type\` text,
  	\`ethics_review_status\` text DEFAULT 'not_required',
  	\`ethics_review_reviewer_id\` integer,
  	\`ethics_review_reviewed_at\` text,
  	\`ethics_review_note\` text,
  	\`ethics_review_reviewed_flags\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ethics_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_workflow_status_idx\` ON \`articles\` (\`workflow_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`articles_assignee_idx\` ON \`articles\` (\`assignee_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_region_idx\` ON \`articles\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rubric_idx\` ON \`articles\` (\`rubric_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_by_idx\` ON \`articles\` (\`updated_by_id\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_ethics_review_ethics_review_status_idx\` ON \`articles\` (\`ethics_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_ethics_review_ethics_review_reviewer_idx\` ON \`articles\` (\`ethics_review_reviewer_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles_locales\` (\`meta_image_id\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`articles_rels_contributors_id_idx\` ON \`articles_rels\` (\`contributors_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_articles_v_version_ai_disclosure_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_ai_disclosure_scope_order_idx\` ON \`_articles_v_version_ai_disclosure_scope\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_ai_disclosure_scope_parent_idx\` ON \`_articles_v_version_ai_disclosure_scope\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_articles_v_version_ethics_review_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`signal\` text,
  	\`detail\` text,
  	\`locale\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_ethics_review_flags_order_idx\` ON \`_articles_v_version_ethics_review_flags\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_ethics_review_flags_parent_id_idx\` ON \`_articles_v_version_ethics_review_flags\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version_hero_image_id\` integer,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_scheduled_for\` text,
  	\`version_slug\` text,
  	\`version_region_id\` integer,
  	\`version_rubric_id\` integer,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_ai_disclosure_usage\` text DEFAULT 'none',
  	\`version_ai_notice_kind\` text,
  	\`version_ai_notice_digital_source_type\` text,
  	\`version_ethics_review_status\` text DEFAULT 'not_required',
  	\`version_ethics_review_reviewer_id\` integer,
  	\`version_ethics_review_reviewed_at\` text,
  	\`version_ethics_review_note\` text,
  	\`version_ethics_review_reviewed_flags\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_ethics_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_workflow_status_idx\` ON \`_articles_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_assignee_idx\` ON \`_articles_v\` (\`version_assignee_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_region_idx\` ON \`_articles_v\` (\`version_region_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_rubric_idx\` ON \`_articles_v\` (\`version_rubric_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_updated_by_idx\` ON \`_articles_v\` (\`version_updated_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_ethics_review_version_ethics_review__idx\` ON \`_articles_v\` (\`version_ethics_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_ethics_review_version_ethics_revie_1_idx\` ON \`_articles_v\` (\`version_ethics_review_reviewer_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`,
  )
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
  await db.run(sql`CREATE TABLE \`ethno_events_associations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ethno_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`ethno_events_associations_order_idx\` ON \`ethno_events_associations\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_associations_parent_id_idx\` ON \`ethno_events_associations\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`ethno_events_associations_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ethno_events_associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`ethno_events_associations_locales_locale_parent_id_unique\` ON \`ethno_events_associations_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`ethno_events_ai_disclosure_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ethno_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`ethno_events_ai_disclosure_scope_order_idx\` ON \`ethno_events_ai_disclosure_scope\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_ai_disclosure_scope_parent_idx\` ON \`ethno_events_ai_disclosure_scope\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`ethno_events_ethics_review_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`signal\` text,
  	\`detail\` text,
  	\`locale\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ethno_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`ethno_events_ethics_review_flags_order_idx\` ON \`ethno_events_ethics_review_flags\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_ethics_review_flags_parent_id_idx\` ON \`ethno_events_ethics_review_flags\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`ethno_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`event_date\` text,
  	\`participants_count\` numeric,
  	\`hero_image_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`scheduled_for\` text,
  	\`slug\` text,
  	\`region_id\` integer,
  	\`rubric_id\` integer,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`ai_disclosure_usage\` text DEFAULT 'none',
  	\`ai_notice_kind\` text,
  	\`ai_notice_digital_source_type\` text,
  	\`ethics_review_status\` text DEFAULT 'not_required',
  	\`ethics_review_reviewer_id\` integer,
  	\`ethics_review_reviewed_at\` text,
  	\`ethics_review_note\` text,
  	\`ethics_review_reviewed_flags\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ethics_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`ethno_events_event_date_idx\` ON \`ethno_events\` (\`event_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_hero_image_idx\` ON \`ethno_events\` (\`hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_workflow_status_idx\` ON \`ethno_events\` (\`workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_assignee_idx\` ON \`ethno_events\` (\`assignee_id\`);`,
  )
  await db.run(sql`CREATE UNIQUE INDEX \`ethno_events_slug_idx\` ON \`ethno_events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_region_idx\` ON \`ethno_events\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`ethno_events_rubric_idx\` ON \`ethno_events\` (\`rubric_id\`);`)
  await db.run(
    sql`CREATE INDEX \`ethno_events_published_at_idx\` ON \`ethno_events\` (\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_created_by_idx\` ON \`ethno_events\` (\`created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_updated_by_idx\` ON \`ethno_events\` (\`updated_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_ethics_review_ethics_review_status_idx\` ON \`ethno_events\` (\`ethics_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_ethics_review_ethics_review_reviewer_idx\` ON \`ethno_events\` (\`ethics_review_reviewer_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_updated_at_idx\` ON \`ethno_events\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_created_at_idx\` ON \`ethno_events\` (\`created_at\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`ethno_events_meta_meta_image_idx\` ON \`ethno_events_locales\` (\`meta_image_id\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`ethno_events_locales_locale_parent_id_unique\` ON \`ethno_events_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`ethno_events_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ethno_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`ethno_events_texts_order_parent\` ON \`ethno_events_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`ethno_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ethno_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`ethno_events_rels_order_idx\` ON \`ethno_events_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_rels_parent_idx\` ON \`ethno_events_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_rels_path_idx\` ON \`ethno_events_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_rels_media_id_idx\` ON \`ethno_events_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ethno_events_rels_contributors_id_idx\` ON \`ethno_events_rels\` (\`contributors_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ethno_events_v_version_associations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ethno_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_associations_order_idx\` ON \`_ethno_events_v_version_associations\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_associations_parent_id_idx\` ON \`_ethno_events_v_version_associations\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ethno_events_v_version_associations_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ethno_events_v_version_associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_ethno_events_v_version_associations_locales_locale_parent_i\` ON \`_ethno_events_v_version_associations_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ethno_events_v_version_ai_disclosure_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ethno_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_ai_disclosure_scope_order_idx\` ON \`_ethno_events_v_version_ai_disclosure_scope\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_ai_disclosure_scope_parent_idx\` ON \`_ethno_events_v_version_ai_disclosure_scope\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ethno_events_v_version_ethics_review_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`signal\` text,
  	\`detail\` text,
  	\`locale\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ethno_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_ethics_review_flags_order_idx\` ON \`_ethno_events_v_version_ethics_review_flags\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_ethics_review_flags_parent_id_idx\` ON \`_ethno_events_v_version_ethics_review_flags\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ethno_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version_event_date\` text,
  	\`version_participants_count\` numeric,
  	\`version_hero_image_id\` integer,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_scheduled_for\` text,
  	\`version_slug\` text,
  	\`version_region_id\` integer,
  	\`version_rubric_id\` integer,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_ai_disclosure_usage\` text DEFAULT 'none',
  	\`version_ai_notice_kind\` text,
  	\`version_ai_notice_digital_source_type\` text,
  	\`version_ethics_review_status\` text DEFAULT 'not_required',
  	\`version_ethics_review_reviewer_id\` integer,
  	\`version_ethics_review_reviewed_at\` text,
  	\`version_ethics_review_note\` text,
  	\`version_ethics_review_reviewed_flags\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ethno_events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_ethics_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_parent_idx\` ON \`_ethno_events_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_version_event_date_idx\` ON \`_ethno_events_v\` (\`version_event_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_version_hero_image_idx\` ON \`_ethno_events_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_version_workflow_status_idx\` ON \`_ethno_events_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_version_assignee_idx\` ON \`_ethno_events_v\` (\`version_assignee_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_version_slug_idx\` ON \`_ethno_events_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_version_region_idx\` ON \`_ethno_events_v\` (\`version_region_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_version_rubric_idx\` ON \`_ethno_events_v\` (\`version_rubric_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_version_published_at_idx\` ON \`_ethno_events_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_version_created_by_idx\` ON \`_ethno_events_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_version_updated_by_idx\` ON \`_ethno_events_v\` (\`version_updated_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_ethics_review_version_ethics_rev_idx\` ON \`_ethno_events_v\` (\`version_ethics_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_ethics_review_version_ethics_r_1_idx\` ON \`_ethno_events_v\` (\`version_ethics_review_reviewer_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_version_updated_at_idx\` ON \`_ethno_events_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_version_created_at_idx\` ON \`_ethno_events_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_version__status_idx\` ON \`_ethno_events_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_created_at_idx\` ON \`_ethno_events_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_updated_at_idx\` ON \`_ethno_events_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_snapshot_idx\` ON \`_ethno_events_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_published_locale_idx\` ON \`_ethno_events_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_latest_idx\` ON \`_ethno_events_v\` (\`latest\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_version_meta_version_meta_image_idx\` ON \`_ethno_events_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_ethno_events_v_locales_locale_parent_id_unique\` ON \`_ethno_events_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ethno_events_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ethno_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_texts_order_parent\` ON \`_ethno_events_v_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ethno_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`contributors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ethno_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_rels_order_idx\` ON \`_ethno_events_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_rels_parent_idx\` ON \`_ethno_events_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_rels_path_idx\` ON \`_ethno_events_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_rels_media_id_idx\` ON \`_ethno_events_v_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethno_events_v_rels_contributors_id_idx\` ON \`_ethno_events_v_rels\` (\`contributors_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`podcast_episodes_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_guests_order_idx\` ON \`podcast_episodes_guests\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_guests_parent_id_idx\` ON \`podcast_episodes_guests\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`podcast_episodes_guests_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`podcast_episodes_guests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`podcast_episodes_guests_locales_locale_parent_id_unique\` ON \`podcast_episodes_guests_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`podcast_episodes_ai_disclosure_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_ai_disclosure_scope_order_idx\` ON \`podcast_episodes_ai_disclosure_scope\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_ai_disclosure_scope_parent_idx\` ON \`podcast_episodes_ai_disclosure_scope\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`podcast_episodes_ethics_review_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`signal\` text,
  	\`detail\` text,
  	\`locale\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_ethics_review_flags_order_idx\` ON \`podcast_episodes_ethics_review_flags\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_ethics_review_flags_parent_id_idx\` ON \`podcast_episodes_ethics_review_flags\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`podcast_episodes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`season\` numeric DEFAULT 1,
  	\`episode_number\` numeric,
  	\`audio_id\` integer,
  	\`duration\` numeric,
  	\`hero_image_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`scheduled_for\` text,
  	\`slug\` text,
  	\`region_id\` integer,
  	\`rubric_id\` integer,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`ai_disclosure_usage\` text DEFAULT 'none',
  	\`ai_notice_kind\` text,
  	\`ai_notice_digital_source_type\` text,
  	\`ethics_review_status\` text DEFAULT 'not_required',
  	\`ethics_review_reviewer_id\` integer,
  	\`ethics_review_reviewed_at\` text,
  	\`ethics_review_note\` text,
  	\`ethics_review_reviewed_flags\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ethics_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_audio_idx\` ON \`podcast_episodes\` (\`audio_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_hero_image_idx\` ON \`podcast_episodes\` (\`hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_workflow_status_idx\` ON \`podcast_episodes\` (\`workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_assignee_idx\` ON \`podcast_episodes\` (\`assignee_id\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`podcast_episodes_slug_idx\` ON \`podcast_episodes\` (\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_region_idx\` ON \`podcast_episodes\` (\`region_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_rubric_idx\` ON \`podcast_episodes\` (\`rubric_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_published_at_idx\` ON \`podcast_episodes\` (\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_created_by_idx\` ON \`podcast_episodes\` (\`created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_updated_by_idx\` ON \`podcast_episodes\` (\`updated_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_ethics_review_ethics_review_status_idx\` ON \`podcast_episodes\` (\`ethics_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_ethics_review_ethics_review_reviewer_idx\` ON \`podcast_episodes\` (\`ethics_review_reviewer_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_updated_at_idx\` ON \`podcast_episodes\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_created_at_idx\` ON \`podcast_episodes\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`podcast_episodes__status_idx\` ON \`podcast_episodes\` (\`_status\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_meta_meta_image_idx\` ON \`podcast_episodes_locales\` (\`meta_image_id\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`podcast_episodes_locales_locale_parent_id_unique\` ON \`podcast_episodes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`podcast_episodes_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`podcast_episodes_texts_order_parent\` ON \`podcast_episodes_texts\` (\`order\`,\`parent_id\`);`,
  )
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
  await db.run(sql`CREATE TABLE \`_podcast_episodes_v_version_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_podcast_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_guests_order_idx\` ON \`_podcast_episodes_v_version_guests\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_guests_parent_id_idx\` ON \`_podcast_episodes_v_version_guests\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_podcast_episodes_v_version_guests_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_podcast_episodes_v_version_guests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_podcast_episodes_v_version_guests_locales_locale_parent_id_\` ON \`_podcast_episodes_v_version_guests_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_podcast_episodes_v_version_ai_disclosure_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_podcast_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_ai_disclosure_scope_order_idx\` ON \`_podcast_episodes_v_version_ai_disclosure_scope\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_ai_disclosure_scope_parent_idx\` ON \`_podcast_episodes_v_version_ai_disclosure_scope\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_podcast_episodes_v_version_ethics_review_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`signal\` text,
  	\`detail\` text,
  	\`locale\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_podcast_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_ethics_review_flags_order_idx\` ON \`_podcast_episodes_v_version_ethics_review_flags\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_ethics_review_flags_parent_id_idx\` ON \`_podcast_episodes_v_version_ethics_review_flags\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_podcast_episodes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version_season\` numeric DEFAULT 1,
  	\`version_episode_number\` numeric,
  	\`version_audio_id\` integer,
  	\`version_duration\` numeric,
  	\`version_hero_image_id\` integer,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_scheduled_for\` text,
  	\`version_slug\` text,
  	\`version_region_id\` integer,
  	\`version_rubric_id\` integer,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_ai_disclosure_usage\` text DEFAULT 'none',
  	\`version_ai_notice_kind\` text,
  	\`version_ai_notice_digital_source_type\` text,
  	\`version_ethics_review_status\` text DEFAULT 'not_required',
  	\`version_ethics_review_reviewer_id\` integer,
  	\`version_ethics_review_reviewed_at\` text,
  	\`version_ethics_review_note\` text,
  	\`version_ethics_review_reviewed_flags\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_ethics_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_parent_idx\` ON \`_podcast_episodes_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_version_audio_idx\` ON \`_podcast_episodes_v\` (\`version_audio_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_version_hero_image_idx\` ON \`_podcast_episodes_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_version_workflow_status_idx\` ON \`_podcast_episodes_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_version_assignee_idx\` ON \`_podcast_episodes_v\` (\`version_assignee_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_version_slug_idx\` ON \`_podcast_episodes_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_version_region_idx\` ON \`_podcast_episodes_v\` (\`version_region_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_version_rubric_idx\` ON \`_podcast_episodes_v\` (\`version_rubric_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_version_published_at_idx\` ON \`_podcast_episodes_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_version_created_by_idx\` ON \`_podcast_episodes_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_version_updated_by_idx\` ON \`_podcast_episodes_v\` (\`version_updated_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_ethics_review_version_ethics_idx\` ON \`_podcast_episodes_v\` (\`version_ethics_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_ethics_review_version_ethi_1_idx\` ON \`_podcast_episodes_v\` (\`version_ethics_review_reviewer_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_version_updated_at_idx\` ON \`_podcast_episodes_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_version_created_at_idx\` ON \`_podcast_episodes_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_version__status_idx\` ON \`_podcast_episodes_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_created_at_idx\` ON \`_podcast_episodes_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_updated_at_idx\` ON \`_podcast_episodes_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_snapshot_idx\` ON \`_podcast_episodes_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_published_locale_idx\` ON \`_podcast_episodes_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_latest_idx\` ON \`_podcast_episodes_v\` (\`latest\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_version_meta_version_meta_image_idx\` ON \`_podcast_episodes_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_podcast_episodes_v_locales_locale_parent_id_unique\` ON \`_podcast_episodes_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_podcast_episodes_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_podcast_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_podcast_episodes_v_texts_order_parent\` ON \`_podcast_episodes_v_texts\` (\`order\`,\`parent_id\`);`,
  )
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
  await db.run(sql`CREATE TABLE \`tv_segments_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tv_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`tv_segments_guests_order_idx\` ON \`tv_segments_guests\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_guests_parent_id_idx\` ON \`tv_segments_guests\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`tv_segments_guests_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tv_segments_guests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`tv_segments_guests_locales_locale_parent_id_unique\` ON \`tv_segments_guests_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`tv_segments_ai_disclosure_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tv_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`tv_segments_ai_disclosure_scope_order_idx\` ON \`tv_segments_ai_disclosure_scope\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_ai_disclosure_scope_parent_idx\` ON \`tv_segments_ai_disclosure_scope\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`tv_segments_ethics_review_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`signal\` text,
  	\`detail\` text,
  	\`locale\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tv_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`tv_segments_ethics_review_flags_order_idx\` ON \`tv_segments_ethics_review_flags\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_ethics_review_flags_parent_id_idx\` ON \`tv_segments_ethics_review_flags\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`tv_segments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`air_date\` text,
  	\`channel\` text,
  	\`duration\` numeric,
  	\`video_id\` integer,
  	\`external_url\` text,
  	\`hero_image_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`scheduled_for\` text,
  	\`slug\` text,
  	\`region_id\` integer,
  	\`rubric_id\` integer,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`ai_disclosure_usage\` text DEFAULT 'none',
  	\`ai_notice_kind\` text,
  	\`ai_notice_digital_source_type\` text,
  	\`ethics_review_status\` text DEFAULT 'not_required',
  	\`ethics_review_reviewer_id\` integer,
  	\`ethics_review_reviewed_at\` text,
  	\`ethics_review_note\` text,
  	\`ethics_review_reviewed_flags\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ethics_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`tv_segments_air_date_idx\` ON \`tv_segments\` (\`air_date\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_video_idx\` ON \`tv_segments\` (\`video_id\`);`)
  await db.run(
    sql`CREATE INDEX \`tv_segments_hero_image_idx\` ON \`tv_segments\` (\`hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_workflow_status_idx\` ON \`tv_segments\` (\`workflow_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`tv_segments_assignee_idx\` ON \`tv_segments\` (\`assignee_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tv_segments_slug_idx\` ON \`tv_segments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_region_idx\` ON \`tv_segments\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_segments_rubric_idx\` ON \`tv_segments\` (\`rubric_id\`);`)
  await db.run(
    sql`CREATE INDEX \`tv_segments_published_at_idx\` ON \`tv_segments\` (\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_created_by_idx\` ON \`tv_segments\` (\`created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_updated_by_idx\` ON \`tv_segments\` (\`updated_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_ethics_review_ethics_review_status_idx\` ON \`tv_segments\` (\`ethics_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_ethics_review_ethics_review_reviewer_idx\` ON \`tv_segments\` (\`ethics_review_reviewer_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_updated_at_idx\` ON \`tv_segments\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tv_segments_created_at_idx\` ON \`tv_segments\` (\`created_at\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`tv_segments_meta_meta_image_idx\` ON \`tv_segments_locales\` (\`meta_image_id\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`tv_segments_locales_locale_parent_id_unique\` ON \`tv_segments_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`tv_segments_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tv_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`tv_segments_texts_order_parent\` ON \`tv_segments_texts\` (\`order\`,\`parent_id\`);`,
  )
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
  await db.run(sql`CREATE TABLE \`_tv_segments_v_version_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tv_segments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_guests_order_idx\` ON \`_tv_segments_v_version_guests\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_guests_parent_id_idx\` ON \`_tv_segments_v_version_guests\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_tv_segments_v_version_guests_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tv_segments_v_version_guests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_tv_segments_v_version_guests_locales_locale_parent_id_uniqu\` ON \`_tv_segments_v_version_guests_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_tv_segments_v_version_ai_disclosure_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tv_segments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_ai_disclosure_scope_order_idx\` ON \`_tv_segments_v_version_ai_disclosure_scope\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_ai_disclosure_scope_parent_idx\` ON \`_tv_segments_v_version_ai_disclosure_scope\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_tv_segments_v_version_ethics_review_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`signal\` text,
  	\`detail\` text,
  	\`locale\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tv_segments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_ethics_review_flags_order_idx\` ON \`_tv_segments_v_version_ethics_review_flags\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_ethics_review_flags_parent_id_idx\` ON \`_tv_segments_v_version_ethics_review_flags\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_tv_segments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version_air_date\` text,
  	\`version_channel\` text,
  	\`version_duration\` numeric,
  	\`version_video_id\` integer,
  	\`version_external_url\` text,
  	\`version_hero_image_id\` integer,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_scheduled_for\` text,
  	\`version_slug\` text,
  	\`version_region_id\` integer,
  	\`version_rubric_id\` integer,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_ai_disclosure_usage\` text DEFAULT 'none',
  	\`version_ai_notice_kind\` text,
  	\`version_ai_notice_digital_source_type\` text,
  	\`version_ethics_review_status\` text DEFAULT 'not_required',
  	\`version_ethics_review_reviewer_id\` integer,
  	\`version_ethics_review_reviewed_at\` text,
  	\`version_ethics_review_note\` text,
  	\`version_ethics_review_reviewed_flags\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tv_segments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_ethics_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_parent_idx\` ON \`_tv_segments_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_version_air_date_idx\` ON \`_tv_segments_v\` (\`version_air_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_version_video_idx\` ON \`_tv_segments_v\` (\`version_video_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_version_hero_image_idx\` ON \`_tv_segments_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_version_workflow_status_idx\` ON \`_tv_segments_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_version_assignee_idx\` ON \`_tv_segments_v\` (\`version_assignee_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_version_slug_idx\` ON \`_tv_segments_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_version_region_idx\` ON \`_tv_segments_v\` (\`version_region_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_version_rubric_idx\` ON \`_tv_segments_v\` (\`version_rubric_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_version_published_at_idx\` ON \`_tv_segments_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_version_created_by_idx\` ON \`_tv_segments_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_version_updated_by_idx\` ON \`_tv_segments_v\` (\`version_updated_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_ethics_review_version_ethics_revi_idx\` ON \`_tv_segments_v\` (\`version_ethics_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_ethics_review_version_ethics_re_1_idx\` ON \`_tv_segments_v\` (\`version_ethics_review_reviewer_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_version_updated_at_idx\` ON \`_tv_segments_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_version_created_at_idx\` ON \`_tv_segments_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_version__status_idx\` ON \`_tv_segments_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_created_at_idx\` ON \`_tv_segments_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_updated_at_idx\` ON \`_tv_segments_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_snapshot_idx\` ON \`_tv_segments_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_published_locale_idx\` ON \`_tv_segments_v\` (\`published_locale\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_version_meta_version_meta_image_idx\` ON \`_tv_segments_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_tv_segments_v_locales_locale_parent_id_unique\` ON \`_tv_segments_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_tv_segments_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tv_segments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_tv_segments_v_texts_order_parent\` ON \`_tv_segments_v_texts\` (\`order\`,\`parent_id\`);`,
  )
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
  await db.run(sql`CREATE TABLE \`videos_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_audience_order_idx\` ON \`videos_audience\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`videos_audience_parent_idx\` ON \`videos_audience\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`videos_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_guests_order_idx\` ON \`videos_guests\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`videos_guests_parent_id_idx\` ON \`videos_guests\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`videos_guests_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos_guests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`videos_guests_locales_locale_parent_id_unique\` ON \`videos_guests_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`videos_ai_disclosure_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`videos_ai_disclosure_scope_order_idx\` ON \`videos_ai_disclosure_scope\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`videos_ai_disclosure_scope_parent_idx\` ON \`videos_ai_disclosure_scope\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`videos_ethics_review_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`signal\` text,
  	\`detail\` text,
  	\`locale\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`videos_ethics_review_flags_order_idx\` ON \`videos_ethics_review_flags\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`videos_ethics_review_flags_parent_id_idx\` ON \`videos_ethics_review_flags\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`videos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`video_url\` text,
  	\`video_id\` integer,
  	\`duration\` numeric,
  	\`hero_image_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`scheduled_for\` text,
  	\`slug\` text,
  	\`region_id\` integer,
  	\`rubric_id\` integer,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`provider\` text,
  	\`ai_disclosure_usage\` text DEFAULT 'none',
  	\`ai_notice_kind\` text,
  	\`ai_notice_digital_source_type\` text,
  	\`ethics_review_status\` text DEFAULT 'not_required',
  	\`ethics_review_reviewer_id\` integer,
  	\`ethics_review_reviewed_at\` text,
  	\`ethics_review_note\` text,
  	\`ethics_review_reviewed_flags\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ethics_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_video_idx\` ON \`videos\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_hero_image_idx\` ON \`videos\` (\`hero_image_id\`);`)
  await db.run(
    sql`CREATE INDEX \`videos_workflow_status_idx\` ON \`videos\` (\`workflow_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`videos_assignee_idx\` ON \`videos\` (\`assignee_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_slug_idx\` ON \`videos\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`videos_region_idx\` ON \`videos\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_rubric_idx\` ON \`videos\` (\`rubric_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_published_at_idx\` ON \`videos\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_created_by_idx\` ON \`videos\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_updated_by_idx\` ON \`videos\` (\`updated_by_id\`);`)
  await db.run(
    sql`CREATE INDEX \`videos_ethics_review_ethics_review_status_idx\` ON \`videos\` (\`ethics_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`videos_ethics_review_ethics_review_reviewer_idx\` ON \`videos\` (\`ethics_review_reviewer_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`videos_meta_meta_image_idx\` ON \`videos_locales\` (\`meta_image_id\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`videos_locales_locale_parent_id_unique\` ON \`videos_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`videos_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`videos_texts_order_parent\` ON \`videos_texts\` (\`order\`,\`parent_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`videos_rels_contributors_id_idx\` ON \`videos_rels\` (\`contributors_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_videos_v_version_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_audience_order_idx\` ON \`_videos_v_version_audience\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_audience_parent_idx\` ON \`_videos_v_version_audience\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_videos_v_version_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_guests_order_idx\` ON \`_videos_v_version_guests\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_guests_parent_id_idx\` ON \`_videos_v_version_guests\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_videos_v_version_guests_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v_version_guests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_videos_v_version_guests_locales_locale_parent_id_unique\` ON \`_videos_v_version_guests_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_videos_v_version_ai_disclosure_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_ai_disclosure_scope_order_idx\` ON \`_videos_v_version_ai_disclosure_scope\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_ai_disclosure_scope_parent_idx\` ON \`_videos_v_version_ai_disclosure_scope\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_videos_v_version_ethics_review_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`signal\` text,
  	\`detail\` text,
  	\`locale\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_ethics_review_flags_order_idx\` ON \`_videos_v_version_ethics_review_flags\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_ethics_review_flags_parent_id_idx\` ON \`_videos_v_version_ethics_review_flags\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_videos_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version_video_url\` text,
  	\`version_video_id\` integer,
  	\`version_duration\` numeric,
  	\`version_hero_image_id\` integer,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_scheduled_for\` text,
  	\`version_slug\` text,
  	\`version_region_id\` integer,
  	\`version_rubric_id\` integer,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_provider\` text,
  	\`version_ai_disclosure_usage\` text DEFAULT 'none',
  	\`version_ai_notice_kind\` text,
  	\`version_ai_notice_digital_source_type\` text,
  	\`version_ethics_review_status\` text DEFAULT 'not_required',
  	\`version_ethics_review_reviewer_id\` integer,
  	\`version_ethics_review_reviewed_at\` text,
  	\`version_ethics_review_note\` text,
  	\`version_ethics_review_reviewed_flags\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_ethics_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_parent_idx\` ON \`_videos_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_version_video_idx\` ON \`_videos_v\` (\`version_video_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_version_hero_image_idx\` ON \`_videos_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_version_workflow_status_idx\` ON \`_videos_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_version_assignee_idx\` ON \`_videos_v\` (\`version_assignee_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_version_slug_idx\` ON \`_videos_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_version_region_idx\` ON \`_videos_v\` (\`version_region_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_version_rubric_idx\` ON \`_videos_v\` (\`version_rubric_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_version_published_at_idx\` ON \`_videos_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_version_created_by_idx\` ON \`_videos_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_version_updated_by_idx\` ON \`_videos_v\` (\`version_updated_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_ethics_review_version_ethics_review_st_idx\` ON \`_videos_v\` (\`version_ethics_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_ethics_review_version_ethics_review_re_idx\` ON \`_videos_v\` (\`version_ethics_review_reviewer_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_version_updated_at_idx\` ON \`_videos_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_version_created_at_idx\` ON \`_videos_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_version__status_idx\` ON \`_videos_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_videos_v_created_at_idx\` ON \`_videos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_updated_at_idx\` ON \`_videos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_snapshot_idx\` ON \`_videos_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_videos_v_published_locale_idx\` ON \`_videos_v\` (\`published_locale\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`_videos_v_version_meta_version_meta_image_idx\` ON \`_videos_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_videos_v_locales_locale_parent_id_unique\` ON \`_videos_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_videos_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_videos_v_texts_order_parent\` ON \`_videos_v_texts\` (\`order\`,\`parent_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`_videos_v_rels_parent_idx\` ON \`_videos_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_videos_v_rels_path_idx\` ON \`_videos_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_videos_v_rels_contributors_id_idx\` ON \`_videos_v_rels\` (\`contributors_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`contributors_full_name_idx\` ON \`contributors\` (\`full_name\`);`,
  )
  await db.run(sql`CREATE INDEX \`contributors_region_idx\` ON \`contributors\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`contributors_photo_idx\` ON \`contributors\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`contributors_user_idx\` ON \`contributors\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`contributors_active_idx\` ON \`contributors\` (\`active\`);`)
  await db.run(
    sql`CREATE INDEX \`contributors_updated_at_idx\` ON \`contributors\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`contributors_created_at_idx\` ON \`contributors\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`contributors_locales\` (
  	\`bio\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`contributors_locales_locale_parent_id_unique\` ON \`contributors_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
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
  await db.run(
    sql`CREATE UNIQUE INDEX \`rubrics_locales_locale_parent_id_unique\` ON \`rubrics_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
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
  await db.run(
    sql`CREATE UNIQUE INDEX \`regions_locales_locale_parent_id_unique\` ON \`regions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`created_by_id\` integer,
  	\`provenance_classification\` text,
  	\`provenance_xmp_digital_source_type\` text,
  	\`provenance_c2pa_present\` integer,
  	\`provenance_c2pa_claim_generator\` text,
  	\`provenance_c2pa_referenced_but_missing\` integer,
  	\`provenance_read_error\` text,
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
  await db.run(
    sql`CREATE INDEX \`media_provenance_provenance_classification_idx\` ON \`media\` (\`provenance_classification\`);`,
  )
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`media_texts_order_parent\` ON \`media_texts\` (\`order\`,\`parent_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`,
  )
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
  await db.run(sql`CREATE TABLE \`workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`actor_id\` integer NOT NULL,
  	\`comment\` text,
  	\`publish_at\` text,
  	\`region_id\` integer,
  	\`doc_owner_id\` integer,
  	\`event_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`doc_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`workflow_events_target_collection_idx\` ON \`workflow_events\` (\`target_collection\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_doc_id_idx\` ON \`workflow_events\` (\`doc_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_region_idx\` ON \`workflow_events\` (\`region_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_doc_owner_idx\` ON \`workflow_events\` (\`doc_owner_id\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`workflow_events_event_key_idx\` ON \`workflow_events\` (\`event_key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`editorial_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`region_id\` integer,
  	\`doc_owner_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`doc_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`editorial_comments_target_collection_idx\` ON \`editorial_comments\` (\`target_collection\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`editorial_comments_doc_id_idx\` ON \`editorial_comments\` (\`doc_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`editorial_comments_author_idx\` ON \`editorial_comments\` (\`author_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`editorial_comments_region_idx\` ON \`editorial_comments\` (\`region_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`editorial_comments_doc_owner_idx\` ON \`editorial_comments\` (\`doc_owner_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`editorial_comments_updated_at_idx\` ON \`editorial_comments\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`editorial_comments_created_at_idx\` ON \`editorial_comments\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`contribution_facts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`item_key\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`counted\` integer,
  	\`synced_at\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`region\` text,
  	\`rubric\` text,
  	\`contributors\` text,
  	\`published_at\` text NOT NULL,
  	\`participants\` numeric,
  	\`used_a_i\` integer,
  	\`hours_to_publish\` numeric
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`contribution_facts_key_idx\` ON \`contribution_facts\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`contribution_facts_item_key_idx\` ON \`contribution_facts\` (\`item_key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`contribution_facts_day_idx\` ON \`contribution_facts\` (\`day\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`contribution_facts_counted_idx\` ON \`contribution_facts\` (\`counted\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`contribution_facts_synced_at_idx\` ON \`contribution_facts\` (\`synced_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`contribution_facts_published_at_idx\` ON \`contribution_facts\` (\`published_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`contribution_days\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`built_at\` text NOT NULL,
  	\`items\` numeric NOT NULL,
  	\`facts\` text NOT NULL
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`contribution_days_day_idx\` ON \`contribution_days\` (\`day\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`contribution_days_starts_at_idx\` ON \`contribution_days\` (\`starts_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`webhooks_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_events_order_idx\` ON \`webhooks_events\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`webhooks_events_parent_idx\` ON \`webhooks_events\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`webhooks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`secret\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_active_idx\` ON \`webhooks\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_updated_at_idx\` ON \`webhooks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_created_at_idx\` ON \`webhooks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`webhook_id\` integer,
  	\`event\` text NOT NULL,
  	\`target_collection\` text,
  	\`doc_id\` text,
  	\`url\` text,
  	\`status_code\` numeric,
  	\`attempt\` numeric NOT NULL,
  	\`ok\` integer,
  	\`error\` text,
  	\`duration_ms\` numeric,
  	\`job_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`webhook_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`webhook_deliveries_webhook_idx\` ON \`webhook_deliveries\` (\`webhook_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`webhook_deliveries_doc_id_idx\` ON \`webhook_deliveries\` (\`doc_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`webhook_deliveries_ok_idx\` ON \`webhook_deliveries\` (\`ok\`);`)
  await db.run(
    sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`ethics_reviews\` (
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
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
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
  	\`workflow_events_id\` integer,
  	\`editorial_comments_id\` integer,
  	\`contribution_facts_id\` integer,
  	\`contribution_days_id\` integer,
  	\`webhooks_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	\`ethics_reviews_id\` integer,
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editorial_comments_id\`) REFERENCES \`editorial_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contribution_facts_id\`) REFERENCES \`contribution_facts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contribution_days_id\`) REFERENCES \`contribution_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ethics_reviews_id\`) REFERENCES \`ethics_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_ethno_events_id_idx\` ON \`payload_locked_documents_rels\` (\`ethno_events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_podcast_episodes_id_idx\` ON \`payload_locked_documents_rels\` (\`podcast_episodes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_tv_segments_id_idx\` ON \`payload_locked_documents_rels\` (\`tv_segments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_contributors_id_idx\` ON \`payload_locked_documents_rels\` (\`contributors_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_rubrics_id_idx\` ON \`payload_locked_documents_rels\` (\`rubrics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_editorial_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`editorial_comments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_contribution_facts_id_idx\` ON \`payload_locked_documents_rels\` (\`contribution_facts_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_contribution_days_id_idx\` ON \`payload_locked_documents_rels\` (\`contribution_days_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_ethics_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`ethics_reviews_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_ai_disclosure_scope\`;`)
  await db.run(sql`DROP TABLE \`articles_ethics_review_flags\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_ai_disclosure_scope\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_ethics_review_flags\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`ethno_events_associations\`;`)
  await db.run(sql`DROP TABLE \`ethno_events_associations_locales\`;`)
  await db.run(sql`DROP TABLE \`ethno_events_ai_disclosure_scope\`;`)
  await db.run(sql`DROP TABLE \`ethno_events_ethics_review_flags\`;`)
  await db.run(sql`DROP TABLE \`ethno_events\`;`)
  await db.run(sql`DROP TABLE \`ethno_events_locales\`;`)
  await db.run(sql`DROP TABLE \`ethno_events_texts\`;`)
  await db.run(sql`DROP TABLE \`ethno_events_rels\`;`)
  await db.run(sql`DROP TABLE \`_ethno_events_v_version_associations\`;`)
  await db.run(sql`DROP TABLE \`_ethno_events_v_version_associations_locales\`;`)
  await db.run(sql`DROP TABLE \`_ethno_events_v_version_ai_disclosure_scope\`;`)
  await db.run(sql`DROP TABLE \`_ethno_events_v_version_ethics_review_flags\`;`)
  await db.run(sql`DROP TABLE \`_ethno_events_v\`;`)
  await db.run(sql`DROP TABLE \`_ethno_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_ethno_events_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_ethno_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes_guests\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes_guests_locales\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes_ai_disclosure_scope\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes_ethics_review_flags\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes_locales\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes_texts\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes_rels\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v_version_guests\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v_version_guests_locales\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v_version_ai_disclosure_scope\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v_version_ethics_review_flags\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`tv_segments_guests\`;`)
  await db.run(sql`DROP TABLE \`tv_segments_guests_locales\`;`)
  await db.run(sql`DROP TABLE \`tv_segments_ai_disclosure_scope\`;`)
  await db.run(sql`DROP TABLE \`tv_segments_ethics_review_flags\`;`)
  await db.run(sql`DROP TABLE \`tv_segments\`;`)
  await db.run(sql`DROP TABLE \`tv_segments_locales\`;`)
  await db.run(sql`DROP TABLE \`tv_segments_texts\`;`)
  await db.run(sql`DROP TABLE \`tv_segments_rels\`;`)
  await db.run(sql`DROP TABLE \`_tv_segments_v_version_guests\`;`)
  await db.run(sql`DROP TABLE \`_tv_segments_v_version_guests_locales\`;`)
  await db.run(sql`DROP TABLE \`_tv_segments_v_version_ai_disclosure_scope\`;`)
  await db.run(sql`DROP TABLE \`_tv_segments_v_version_ethics_review_flags\`;`)
  await db.run(sql`DROP TABLE \`_tv_segments_v\`;`)
  await db.run(sql`DROP TABLE \`_tv_segments_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_tv_segments_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_tv_segments_v_rels\`;`)
  await db.run(sql`DROP TABLE \`videos_audience\`;`)
  await db.run(sql`DROP TABLE \`videos_guests\`;`)
  await db.run(sql`DROP TABLE \`videos_guests_locales\`;`)
  await db.run(sql`DROP TABLE \`videos_ai_disclosure_scope\`;`)
  await db.run(sql`DROP TABLE \`videos_ethics_review_flags\`;`)
  await db.run(sql`DROP TABLE \`videos\`;`)
  await db.run(sql`DROP TABLE \`videos_locales\`;`)
  await db.run(sql`DROP TABLE \`videos_texts\`;`)
  await db.run(sql`DROP TABLE \`videos_rels\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_audience\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_guests\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_guests_locales\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_ai_disclosure_scope\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_ethics_review_flags\`;`)
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
  await db.run(sql`DROP TABLE \`media_texts\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`editorial_comments\`;`)
  await db.run(sql`DROP TABLE \`contribution_facts\`;`)
  await db.run(sql`DROP TABLE \`contribution_days\`;`)
  await db.run(sql`DROP TABLE \`webhooks_events\`;`)
  await db.run(sql`DROP TABLE \`webhooks\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`ethics_reviews\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
