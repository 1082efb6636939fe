import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('kk', 'ru', 'en');
  CREATE TYPE "public"."enum_articles_ai_disclosure_scope" AS ENUM('translation', 'transcription', 'summarising', 'drafting-text', 'generating-images', 'editing-images', 'audio-video');
  CREATE TYPE "public"."enum_articles_ethics_review_flags_source" AS ENUM('disclosure', 'text', 'image', 'external');
  CREATE TYPE "public"."enum_articles_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_articles_ai_disclosure_usage" AS ENUM('none', 'assisted', 'generated');
  CREATE TYPE "public"."enum_articles_ai_notice_kind" AS ENUM('assisted', 'generated');
  CREATE TYPE "public"."enum_articles_ethics_review_status" AS ENUM('not_required', 'pending', 'cleared', 'rejected');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_ai_disclosure_scope" AS ENUM('translation', 'transcription', 'summarising', 'drafting-text', 'generating-images', 'editing-images', 'audio-video');
  CREATE TYPE "public"."enum__articles_v_version_ethics_review_flags_source" AS ENUM('disclosure', 'text', 'image', 'external');
  CREATE TYPE "public"."enum__articles_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__articles_v_version_ai_disclosure_usage" AS ENUM('none', 'assisted', 'generated');
  CREATE TYPE "public"."enum__articles_v_version_ai_notice_kind" AS ENUM('assisted', 'generated');
  CREATE TYPE "public"."enum__articles_v_version_ethics_review_status" AS ENUM('not_required', 'pending', 'cleared', 'rejected');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('kk', 'ru', 'en');
  CREATE TYPE "public"."enum_ethno_events_ai_disclosure_scope" AS ENUM('translation', 'transcription', 'summarising', 'drafting-text', 'generating-images', 'editing-images', 'audio-video');
  CREATE TYPE "public"."enum_ethno_events_ethics_review_flags_source" AS ENUM('disclosure', 'text', 'image', 'external');
  CREATE TYPE "public"."enum_ethno_events_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_ethno_events_ai_disclosure_usage" AS ENUM('none', 'assisted', 'generated');
  CREATE TYPE "public"."enum_ethno_events_ai_notice_kind" AS ENUM('assisted', 'generated');
  CREATE TYPE "public"."enum_ethno_events_ethics_review_status" AS ENUM('not_required', 'pending', 'cleared', 'rejected');
  CREATE TYPE "public"."enum_ethno_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__ethno_events_v_version_ai_disclosure_scope" AS ENUM('translation', 'transcription', 'summarising', 'drafting-text', 'generating-images', 'editing-images', 'audio-video');
  CREATE TYPE "public"."enum__ethno_events_v_version_ethics_review_flags_source" AS ENUM('disclosure', 'text', 'image', 'external');
  CREATE TYPE "public"."enum__ethno_events_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__ethno_events_v_version_ai_disclosure_usage" AS ENUM('none', 'assisted', 'generated');
  CREATE TYPE "public"."enum__ethno_events_v_version_ai_notice_kind" AS ENUM('assisted', 'generated');
  CREATE TYPE "public"."enum__ethno_events_v_version_ethics_review_status" AS ENUM('not_required', 'pending', 'cleared', 'rejected');
  CREATE TYPE "public"."enum__ethno_events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__ethno_events_v_published_locale" AS ENUM('kk', 'ru', 'en');
  CREATE TYPE "public"."enum_podcast_episodes_ai_disclosure_scope" AS ENUM('translation', 'transcription', 'summarising', 'drafting-text', 'generating-images', 'editing-images', 'audio-video');
  CREATE TYPE "public"."enum_podcast_episodes_ethics_review_flags_source" AS ENUM('disclosure', 'text', 'image', 'external');
  CREATE TYPE "public"."enum_podcast_episodes_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_podcast_episodes_ai_disclosure_usage" AS ENUM('none', 'assisted', 'generated');
  CREATE TYPE "public"."enum_podcast_episodes_ai_notice_kind" AS ENUM('assisted', 'generated');
  CREATE TYPE "public"."enum_podcast_episodes_ethics_review_status" AS ENUM('not_required', 'pending', 'cleared', 'rejected');
  CREATE TYPE "public"."enum_podcast_episodes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__podcast_episodes_v_version_ai_disclosure_scope" AS ENUM('translation', 'transcription', 'summarising', 'drafting-text', 'generating-images', 'editing-images', 'audio-video');
  CREATE TYPE "public"."enum__podcast_episodes_v_version_ethics_review_flags_source" AS ENUM('disclosure', 'text', 'image', 'external');
  CREATE TYPE "public"."enum__podcast_episodes_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__podcast_episodes_v_version_ai_disclosure_usage" AS ENUM('none', 'assisted', 'generated');
  CREATE TYPE "public"."enum__podcast_episodes_v_version_ai_notice_kind" AS ENUM('assisted', 'generated');
  CREATE TYPE "public"."enum__podcast_episodes_v_version_ethics_review_status" AS ENUM('not_required', 'pending', 'cleared', 'rejected');
  CREATE TYPE "public"."enum__podcast_episodes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__podcast_episodes_v_published_locale" AS ENUM('kk', 'ru', 'en');
  CREATE TYPE "public"."enum_tv_segments_ai_disclosure_scope" AS ENUM('translation', 'transcription', 'summarising', 'drafting-text', 'generating-images', 'editing-images', 'audio-video');
  CREATE TYPE "public"."enum_tv_segments_ethics_review_flags_source" AS ENUM('disclosure', 'text', 'image', 'external');
  CREATE TYPE "public"."enum_tv_segments_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_tv_segments_ai_disclosure_usage" AS ENUM('none', 'assisted', 'generated');
  CREATE TYPE "public"."enum_tv_segments_ai_notice_kind" AS ENUM('assisted', 'generated');
  CREATE TYPE "public"."enum_tv_segments_ethics_review_status" AS ENUM('not_required', 'pending', 'cleared', 'rejected');
  CREATE TYPE "public"."enum_tv_segments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__tv_segments_v_version_ai_disclosure_scope" AS ENUM('translation', 'transcription', 'summarising', 'drafting-text', 'generating-images', 'editing-images', 'audio-video');
  CREATE TYPE "public"."enum__tv_segments_v_version_ethics_review_flags_source" AS ENUM('disclosure', 'text', 'image', 'external');
  CREATE TYPE "public"."enum__tv_segments_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__tv_segments_v_version_ai_disclosure_usage" AS ENUM('none', 'assisted', 'generated');
  CREATE TYPE "public"."enum__tv_segments_v_version_ai_notice_kind" AS ENUM('assisted', 'generated');
  CREATE TYPE "public"."enum__tv_segments_v_version_ethics_review_status" AS ENUM('not_required', 'pending', 'cleared', 'rejected');
  CREATE TYPE "public"."enum__tv_segments_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__tv_segments_v_published_locale" AS ENUM('kk', 'ru', 'en');
  CREATE TYPE "public"."enum_videos_audience" AS ENUM('civil-servants', 'teachers', 'journalists', 'youth-organisations', 'general-public');
  CREATE TYPE "public"."enum_videos_ai_disclosure_scope" AS ENUM('translation', 'transcription', 'summarising', 'drafting-text', 'generating-images', 'editing-images', 'audio-video');
  CREATE TYPE "public"."enum_videos_ethics_review_flags_source" AS ENUM('disclosure', 'text', 'image', 'external');
  CREATE TYPE "public"."enum_videos_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_videos_provider" AS ENUM('youtube', 'vimeo', 'other', 'upload');
  CREATE TYPE "public"."enum_videos_ai_disclosure_usage" AS ENUM('none', 'assisted', 'generated');
  CREATE TYPE "public"."enum_videos_ai_notice_kind" AS ENUM('assisted', 'generated');
  CREATE TYPE "public"."enum_videos_ethics_review_status" AS ENUM('not_required', 'pending', 'cleared', 'rejected');
  CREATE TYPE "public"."enum_videos_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__videos_v_version_audience" AS ENUM('civil-servants', 'teachers', 'journalists', 'youth-organisations', 'general-public');
  CREATE TYPE "public"."enum__videos_v_version_ai_disclosure_scope" AS ENUM('translation', 'transcription', 'summarising', 'drafting-text', 'generating-images', 'editing-images', 'audio-video');
  CREATE TYPE "public"."enum__videos_v_version_ethics_review_flags_source" AS ENUM('disclosure', 'text', 'image', 'external');
  CREATE TYPE "public"."enum__videos_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__videos_v_version_provider" AS ENUM('youtube', 'vimeo', 'other', 'upload');
  CREATE TYPE "public"."enum__videos_v_version_ai_disclosure_usage" AS ENUM('none', 'assisted', 'generated');
  CREATE TYPE "public"."enum__videos_v_version_ai_notice_kind" AS ENUM('assisted', 'generated');
  CREATE TYPE "public"."enum__videos_v_version_ethics_review_status" AS ENUM('not_required', 'pending', 'cleared', 'rejected');
  CREATE TYPE "public"."enum__videos_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__videos_v_published_locale" AS ENUM('kk', 'ru', 'en');
  CREATE TYPE "public"."enum_contributors_media_type" AS ENUM('tv', 'radio', 'print', 'online', 'blogger', 'new-media');
  CREATE TYPE "public"."enum_rubrics_format" AS ENUM('column', 'talk-series', 'event-coverage', 'podcast', 'tv-programme', 'video-series', 'animation', 'festival', 'project');
  CREATE TYPE "public"."enum_regions_kind" AS ENUM('city', 'oblast');
  CREATE TYPE "public"."enum_media_provenance_classification" AS ENUM('generative-ai', 'synthetic', 'not-ai', 'unknown');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'chief-editor', 'regional-editor', 'journalist', 'ethics-reviewer');
  CREATE TYPE "public"."enum_workflow_events_target_collection" AS ENUM('articles', 'ethno-events', 'podcast-episodes', 'tv-segments', 'videos');
  CREATE TYPE "public"."enum_workflow_events_action" AS ENUM('submit', 'request_changes', 'approve', 'publish', 'schedule', 'unschedule', 'unpublish', 'reopen');
  CREATE TYPE "public"."enum_workflow_events_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_workflow_events_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_editorial_comments_target_collection" AS ENUM('articles', 'ethno-events', 'podcast-episodes', 'tv-segments', 'videos');
  CREATE TYPE "public"."enum_contribution_facts_type" AS ENUM('articles', 'ethno-events', 'podcast-episodes', 'tv-segments', 'videos');
  CREATE TYPE "public"."enum_webhooks_events" AS ENUM('publish', 'unpublish', 'update-published');
  CREATE TYPE "public"."enum_webhook_deliveries_event" AS ENUM('publish', 'unpublish', 'update-published');
  CREATE TYPE "public"."enum_ethics_reviews_decision" AS ENUM('clear', 'reject');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'deliverWebhook');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'deliverWebhook');
  CREATE TABLE "articles_ai_disclosure_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_articles_ai_disclosure_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "articles_ethics_review_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source" "enum_articles_ethics_review_flags_source",
  	"signal" varchar,
  	"detail" varchar,
  	"locale" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"workflow_revision" numeric DEFAULT 0,
  	"hero_image_id" integer,
  	"workflow_status" "enum_articles_workflow_status" DEFAULT 'draft',
  	"assignee_id" integer,
  	"scheduled_for" timestamp(3) with time zone,
  	"slug" varchar,
  	"region_id" integer,
  	"rubric_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"ai_disclosure_usage" "enum_articles_ai_disclosure_usage" DEFAULT 'none',
  	"ai_notice_kind" "enum_articles_ai_notice_kind",
  	"ai_notice_digital_source_type" varchar,
  	"ethics_review_status" "enum_articles_ethics_review_status" DEFAULT 'not_required',
  	"ethics_review_reviewer_id" integer,
  	"ethics_review_reviewed_at" timestamp(3) with time zone,
  	"ethics_review_note" varchar,
  	"ethics_review_reviewed_flags" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contributors_id" integer
  );
  
  CREATE TABLE "_articles_v_version_ai_disclosure_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__articles_v_version_ai_disclosure_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_articles_v_version_ethics_review_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" "enum__articles_v_version_ethics_review_flags_source",
  	"signal" varchar,
  	"detail" varchar,
  	"locale" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version_hero_image_id" integer,
  	"version_workflow_status" "enum__articles_v_version_workflow_status" DEFAULT 'draft',
  	"version_assignee_id" integer,
  	"version_scheduled_for" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_region_id" integer,
  	"version_rubric_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_ai_disclosure_usage" "enum__articles_v_version_ai_disclosure_usage" DEFAULT 'none',
  	"version_ai_notice_kind" "enum__articles_v_version_ai_notice_kind",
  	"version_ai_notice_digital_source_type" varchar,
  	"version_ethics_review_status" "enum__articles_v_version_ethics_review_status" DEFAULT 'not_required',
  	"version_ethics_review_reviewer_id" integer,
  	"version_ethics_review_reviewed_at" timestamp(3) with time zone,
  	"version_ethics_review_note" varchar,
  	"version_ethics_review_reviewed_flags" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contributors_id" integer
  );
  
  CREATE TABLE "ethno_events_associations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "ethno_events_associations_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "ethno_events_ai_disclosure_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_ethno_events_ai_disclosure_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "ethno_events_ethics_review_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source" "enum_ethno_events_ethics_review_flags_source",
  	"signal" varchar,
  	"detail" varchar,
  	"locale" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "ethno_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"workflow_revision" numeric DEFAULT 0,
  	"event_date" timestamp(3) with time zone,
  	"participants_count" numeric,
  	"hero_image_id" integer,
  	"workflow_status" "enum_ethno_events_workflow_status" DEFAULT 'draft',
  	"assignee_id" integer,
  	"scheduled_for" timestamp(3) with time zone,
  	"slug" varchar,
  	"region_id" integer,
  	"rubric_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"ai_disclosure_usage" "enum_ethno_events_ai_disclosure_usage" DEFAULT 'none',
  	"ai_notice_kind" "enum_ethno_events_ai_notice_kind",
  	"ai_notice_digital_source_type" varchar,
  	"ethics_review_status" "enum_ethno_events_ethics_review_status" DEFAULT 'not_required',
  	"ethics_review_reviewer_id" integer,
  	"ethics_review_reviewed_at" timestamp(3) with time zone,
  	"ethics_review_note" varchar,
  	"ethics_review_reviewed_flags" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_ethno_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "ethno_events_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"venue" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "ethno_events_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "ethno_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"contributors_id" integer
  );
  
  CREATE TABLE "_ethno_events_v_version_associations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_ethno_events_v_version_associations_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_ethno_events_v_version_ai_disclosure_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__ethno_events_v_version_ai_disclosure_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_ethno_events_v_version_ethics_review_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" "enum__ethno_events_v_version_ethics_review_flags_source",
  	"signal" varchar,
  	"detail" varchar,
  	"locale" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_ethno_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version_event_date" timestamp(3) with time zone,
  	"version_participants_count" numeric,
  	"version_hero_image_id" integer,
  	"version_workflow_status" "enum__ethno_events_v_version_workflow_status" DEFAULT 'draft',
  	"version_assignee_id" integer,
  	"version_scheduled_for" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_region_id" integer,
  	"version_rubric_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_ai_disclosure_usage" "enum__ethno_events_v_version_ai_disclosure_usage" DEFAULT 'none',
  	"version_ai_notice_kind" "enum__ethno_events_v_version_ai_notice_kind",
  	"version_ai_notice_digital_source_type" varchar,
  	"version_ethics_review_status" "enum__ethno_events_v_version_ethics_review_status" DEFAULT 'not_required',
  	"version_ethics_review_reviewer_id" integer,
  	"version_ethics_review_reviewed_at" timestamp(3) with time zone,
  	"version_ethics_review_note" varchar,
  	"version_ethics_review_reviewed_flags" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__ethno_events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__ethno_events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_ethno_events_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_venue" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_ethno_events_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_ethno_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"contributors_id" integer
  );
  
  CREATE TABLE "podcast_episodes_guests" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "podcast_episodes_guests_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "podcast_episodes_ai_disclosure_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_podcast_episodes_ai_disclosure_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "podcast_episodes_ethics_review_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source" "enum_podcast_episodes_ethics_review_flags_source",
  	"signal" varchar,
  	"detail" varchar,
  	"locale" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "podcast_episodes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"workflow_revision" numeric DEFAULT 0,
  	"season" numeric DEFAULT 1,
  	"episode_number" numeric,
  	"audio_id" integer,
  	"duration" numeric,
  	"hero_image_id" integer,
  	"workflow_status" "enum_podcast_episodes_workflow_status" DEFAULT 'draft',
  	"assignee_id" integer,
  	"scheduled_for" timestamp(3) with time zone,
  	"slug" varchar,
  	"region_id" integer,
  	"rubric_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"ai_disclosure_usage" "enum_podcast_episodes_ai_disclosure_usage" DEFAULT 'none',
  	"ai_notice_kind" "enum_podcast_episodes_ai_notice_kind",
  	"ai_notice_digital_source_type" varchar,
  	"ethics_review_status" "enum_podcast_episodes_ethics_review_status" DEFAULT 'not_required',
  	"ethics_review_reviewer_id" integer,
  	"ethics_review_reviewed_at" timestamp(3) with time zone,
  	"ethics_review_note" varchar,
  	"ethics_review_reviewed_flags" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_podcast_episodes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "podcast_episodes_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"show_notes" jsonb,
  	"transcript" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "podcast_episodes_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "podcast_episodes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contributors_id" integer
  );
  
  CREATE TABLE "_podcast_episodes_v_version_guests" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_podcast_episodes_v_version_guests_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_podcast_episodes_v_version_ai_disclosure_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__podcast_episodes_v_version_ai_disclosure_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_podcast_episodes_v_version_ethics_review_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" "enum__podcast_episodes_v_version_ethics_review_flags_source",
  	"signal" varchar,
  	"detail" varchar,
  	"locale" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_podcast_episodes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version_season" numeric DEFAULT 1,
  	"version_episode_number" numeric,
  	"version_audio_id" integer,
  	"version_duration" numeric,
  	"version_hero_image_id" integer,
  	"version_workflow_status" "enum__podcast_episodes_v_version_workflow_status" DEFAULT 'draft',
  	"version_assignee_id" integer,
  	"version_scheduled_for" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_region_id" integer,
  	"version_rubric_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_ai_disclosure_usage" "enum__podcast_episodes_v_version_ai_disclosure_usage" DEFAULT 'none',
  	"version_ai_notice_kind" "enum__podcast_episodes_v_version_ai_notice_kind",
  	"version_ai_notice_digital_source_type" varchar,
  	"version_ethics_review_status" "enum__podcast_episodes_v_version_ethics_review_status" DEFAULT 'not_required',
  	"version_ethics_review_reviewer_id" integer,
  	"version_ethics_review_reviewed_at" timestamp(3) with time zone,
  	"version_ethics_review_note" varchar,
  	"version_ethics_review_reviewed_flags" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__podcast_episodes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__podcast_episodes_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_podcast_episodes_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_show_notes" jsonb,
  	"version_transcript" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_podcast_episodes_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_podcast_episodes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contributors_id" integer
  );
  
  CREATE TABLE "tv_segments_guests" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "tv_segments_guests_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "tv_segments_ai_disclosure_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_tv_segments_ai_disclosure_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "tv_segments_ethics_review_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source" "enum_tv_segments_ethics_review_flags_source",
  	"signal" varchar,
  	"detail" varchar,
  	"locale" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "tv_segments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"workflow_revision" numeric DEFAULT 0,
  	"air_date" timestamp(3) with time zone,
  	"channel" varchar,
  	"duration" numeric,
  	"video_id" integer,
  	"external_url" varchar,
  	"hero_image_id" integer,
  	"workflow_status" "enum_tv_segments_workflow_status" DEFAULT 'draft',
  	"assignee_id" integer,
  	"scheduled_for" timestamp(3) with time zone,
  	"slug" varchar,
  	"region_id" integer,
  	"rubric_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"ai_disclosure_usage" "enum_tv_segments_ai_disclosure_usage" DEFAULT 'none',
  	"ai_notice_kind" "enum_tv_segments_ai_notice_kind",
  	"ai_notice_digital_source_type" varchar,
  	"ethics_review_status" "enum_tv_segments_ethics_review_status" DEFAULT 'not_required',
  	"ethics_review_reviewer_id" integer,
  	"ethics_review_reviewed_at" timestamp(3) with time zone,
  	"ethics_review_note" varchar,
  	"ethics_review_reviewed_flags" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_tv_segments_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "tv_segments_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"summary" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "tv_segments_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "tv_segments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contributors_id" integer
  );
  
  CREATE TABLE "_tv_segments_v_version_guests" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tv_segments_v_version_guests_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_tv_segments_v_version_ai_disclosure_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__tv_segments_v_version_ai_disclosure_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_tv_segments_v_version_ethics_review_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" "enum__tv_segments_v_version_ethics_review_flags_source",
  	"signal" varchar,
  	"detail" varchar,
  	"locale" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tv_segments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version_air_date" timestamp(3) with time zone,
  	"version_channel" varchar,
  	"version_duration" numeric,
  	"version_video_id" integer,
  	"version_external_url" varchar,
  	"version_hero_image_id" integer,
  	"version_workflow_status" "enum__tv_segments_v_version_workflow_status" DEFAULT 'draft',
  	"version_assignee_id" integer,
  	"version_scheduled_for" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_region_id" integer,
  	"version_rubric_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_ai_disclosure_usage" "enum__tv_segments_v_version_ai_disclosure_usage" DEFAULT 'none',
  	"version_ai_notice_kind" "enum__tv_segments_v_version_ai_notice_kind",
  	"version_ai_notice_digital_source_type" varchar,
  	"version_ethics_review_status" "enum__tv_segments_v_version_ethics_review_status" DEFAULT 'not_required',
  	"version_ethics_review_reviewer_id" integer,
  	"version_ethics_review_reviewed_at" timestamp(3) with time zone,
  	"version_ethics_review_note" varchar,
  	"version_ethics_review_reviewed_flags" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__tv_segments_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__tv_segments_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_tv_segments_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_summary" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_tv_segments_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_tv_segments_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contributors_id" integer
  );
  
  CREATE TABLE "videos_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_videos_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "videos_guests" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "videos_guests_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "videos_ai_disclosure_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_videos_ai_disclosure_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "videos_ethics_review_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source" "enum_videos_ethics_review_flags_source",
  	"signal" varchar,
  	"detail" varchar,
  	"locale" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "videos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"workflow_revision" numeric DEFAULT 0,
  	"video_url" varchar,
  	"video_id" integer,
  	"duration" numeric,
  	"hero_image_id" integer,
  	"workflow_status" "enum_videos_workflow_status" DEFAULT 'draft',
  	"assignee_id" integer,
  	"scheduled_for" timestamp(3) with time zone,
  	"slug" varchar,
  	"region_id" integer,
  	"rubric_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"provider" "enum_videos_provider",
  	"ai_disclosure_usage" "enum_videos_ai_disclosure_usage" DEFAULT 'none',
  	"ai_notice_kind" "enum_videos_ai_notice_kind",
  	"ai_notice_digital_source_type" varchar,
  	"ethics_review_status" "enum_videos_ethics_review_status" DEFAULT 'not_required',
  	"ethics_review_reviewer_id" integer,
  	"ethics_review_reviewed_at" timestamp(3) with time zone,
  	"ethics_review_note" varchar,
  	"ethics_review_reviewed_flags" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_videos_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "videos_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"description" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "videos_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "videos_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contributors_id" integer
  );
  
  CREATE TABLE "_videos_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__videos_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_videos_v_version_guests" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_videos_v_version_guests_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_videos_v_version_ai_disclosure_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__videos_v_version_ai_disclosure_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_videos_v_version_ethics_review_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" "enum__videos_v_version_ethics_review_flags_source",
  	"signal" varchar,
  	"detail" varchar,
  	"locale" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_videos_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version_video_url" varchar,
  	"version_video_id" integer,
  	"version_duration" numeric,
  	"version_hero_image_id" integer,
  	"version_workflow_status" "enum__videos_v_version_workflow_status" DEFAULT 'draft',
  	"version_assignee_id" integer,
  	"version_scheduled_for" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_region_id" integer,
  	"version_rubric_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_provider" "enum__videos_v_version_provider",
  	"version_ai_disclosure_usage" "enum__videos_v_version_ai_disclosure_usage" DEFAULT 'none',
  	"version_ai_notice_kind" "enum__videos_v_version_ai_notice_kind",
  	"version_ai_notice_digital_source_type" varchar,
  	"version_ethics_review_status" "enum__videos_v_version_ethics_review_status" DEFAULT 'not_required',
  	"version_ethics_review_reviewer_id" integer,
  	"version_ethics_review_reviewed_at" timestamp(3) with time zone,
  	"version_ethics_review_note" varchar,
  	"version_ethics_review_reviewed_flags" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__videos_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__videos_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_videos_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_description" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_videos_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_videos_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contributors_id" integer
  );
  
  CREATE TABLE "contributors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"full_name" varchar NOT NULL,
  	"region_id" integer NOT NULL,
  	"media_type" "enum_contributors_media_type" NOT NULL,
  	"outlet" varchar,
  	"photo_id" integer,
  	"email" varchar,
  	"phone" varchar,
  	"user_id" integer,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contributors_locales" (
  	"bio" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "rubrics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"region_id" integer,
  	"format" "enum_rubrics_format" NOT NULL,
  	"cover_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rubrics_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "regions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_regions_kind" NOT NULL,
  	"order" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "regions_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"created_by_id" integer,
  	"provenance_classification" "enum_media_provenance_classification",
  	"provenance_xmp_digital_source_type" varchar,
  	"provenance_c2pa_present" boolean,
  	"provenance_c2pa_claim_generator" varchar,
  	"provenance_c2pa_referenced_but_missing" boolean,
  	"provenance_read_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"contributor_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regions_id" integer
  );
  
  CREATE TABLE "workflow_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"target_collection" "enum_workflow_events_target_collection" NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"action" "enum_workflow_events_action" NOT NULL,
  	"from" "enum_workflow_events_from" NOT NULL,
  	"to" "enum_workflow_events_to" NOT NULL,
  	"actor_id" integer NOT NULL,
  	"comment" varchar,
  	"publish_at" timestamp(3) with time zone,
  	"region_id" integer,
  	"doc_owner_id" integer,
  	"event_key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "editorial_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"target_collection" "enum_editorial_comments_target_collection" NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"region_id" integer,
  	"doc_owner_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contribution_facts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"item_key" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"counted" boolean,
  	"synced_at" timestamp(3) with time zone NOT NULL,
  	"type" "enum_contribution_facts_type" NOT NULL,
  	"region" varchar,
  	"rubric" varchar,
  	"contributors" jsonb,
  	"published_at" timestamp(3) with time zone NOT NULL,
  	"participants" numeric,
  	"used_a_i" boolean,
  	"hours_to_publish" numeric
  );
  
  CREATE TABLE "contribution_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"built_at" timestamp(3) with time zone NOT NULL,
  	"items" numeric NOT NULL,
  	"facts" jsonb NOT NULL
  );
  
  CREATE TABLE "webhooks_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhooks_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhooks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"webhook_id" integer,
  	"event" "enum_webhook_deliveries_event" NOT NULL,
  	"target_collection" varchar,
  	"doc_id" varchar,
  	"url" varchar,
  	"status_code" numeric,
  	"attempt" numeric NOT NULL,
  	"ok" boolean,
  	"error" varchar,
  	"duration_ms" numeric,
  	"job_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ethics_reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"target_collection" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"decision" "enum_ethics_reviews_decision" NOT NULL,
  	"note" varchar NOT NULL,
  	"reviewer_id" integer NOT NULL,
  	"flags" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"ethno_events_id" integer,
  	"podcast_episodes_id" integer,
  	"tv_segments_id" integer,
  	"videos_id" integer,
  	"contributors_id" integer,
  	"rubrics_id" integer,
  	"regions_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"workflow_events_id" integer,
  	"editorial_comments_id" integer,
  	"contribution_facts_id" integer,
  	"contribution_days_id" integer,
  	"webhooks_id" integer,
  	"webhook_deliveries_id" integer,
  	"ethics_reviews_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles_ai_disclosure_scope" ADD CONSTRAINT "articles_ai_disclosure_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_ethics_review_flags" ADD CONSTRAINT "articles_ethics_review_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_rubric_id_rubrics_id_fk" FOREIGN KEY ("rubric_id") REFERENCES "public"."rubrics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_ethics_review_reviewer_id_users_id_fk" FOREIGN KEY ("ethics_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_texts" ADD CONSTRAINT "articles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_contributors_fk" FOREIGN KEY ("contributors_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_ai_disclosure_scope" ADD CONSTRAINT "_articles_v_version_ai_disclosure_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_ethics_review_flags" ADD CONSTRAINT "_articles_v_version_ethics_review_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_rubric_id_rubrics_id_fk" FOREIGN KEY ("version_rubric_id") REFERENCES "public"."rubrics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_ethics_review_reviewer_id_users_id_fk" FOREIGN KEY ("version_ethics_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_texts" ADD CONSTRAINT "_articles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_contributors_fk" FOREIGN KEY ("contributors_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ethno_events_associations" ADD CONSTRAINT "ethno_events_associations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ethno_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ethno_events_associations_locales" ADD CONSTRAINT "ethno_events_associations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ethno_events_associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ethno_events_ai_disclosure_scope" ADD CONSTRAINT "ethno_events_ai_disclosure_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ethno_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ethno_events_ethics_review_flags" ADD CONSTRAINT "ethno_events_ethics_review_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ethno_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ethno_events" ADD CONSTRAINT "ethno_events_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ethno_events" ADD CONSTRAINT "ethno_events_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ethno_events" ADD CONSTRAINT "ethno_events_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ethno_events" ADD CONSTRAINT "ethno_events_rubric_id_rubrics_id_fk" FOREIGN KEY ("rubric_id") REFERENCES "public"."rubrics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ethno_events" ADD CONSTRAINT "ethno_events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ethno_events" ADD CONSTRAINT "ethno_events_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ethno_events" ADD CONSTRAINT "ethno_events_ethics_review_reviewer_id_users_id_fk" FOREIGN KEY ("ethics_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ethno_events_locales" ADD CONSTRAINT "ethno_events_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ethno_events_locales" ADD CONSTRAINT "ethno_events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ethno_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ethno_events_texts" ADD CONSTRAINT "ethno_events_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ethno_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ethno_events_rels" ADD CONSTRAINT "ethno_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ethno_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ethno_events_rels" ADD CONSTRAINT "ethno_events_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ethno_events_rels" ADD CONSTRAINT "ethno_events_rels_contributors_fk" FOREIGN KEY ("contributors_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ethno_events_v_version_associations" ADD CONSTRAINT "_ethno_events_v_version_associations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ethno_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ethno_events_v_version_associations_locales" ADD CONSTRAINT "_ethno_events_v_version_associations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ethno_events_v_version_associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ethno_events_v_version_ai_disclosure_scope" ADD CONSTRAINT "_ethno_events_v_version_ai_disclosure_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_ethno_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ethno_events_v_version_ethics_review_flags" ADD CONSTRAINT "_ethno_events_v_version_ethics_review_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ethno_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ethno_events_v" ADD CONSTRAINT "_ethno_events_v_parent_id_ethno_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ethno_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ethno_events_v" ADD CONSTRAINT "_ethno_events_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ethno_events_v" ADD CONSTRAINT "_ethno_events_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ethno_events_v" ADD CONSTRAINT "_ethno_events_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ethno_events_v" ADD CONSTRAINT "_ethno_events_v_version_rubric_id_rubrics_id_fk" FOREIGN KEY ("version_rubric_id") REFERENCES "public"."rubrics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ethno_events_v" ADD CONSTRAINT "_ethno_events_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ethno_events_v" ADD CONSTRAINT "_ethno_events_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ethno_events_v" ADD CONSTRAINT "_ethno_events_v_version_ethics_review_reviewer_id_users_id_fk" FOREIGN KEY ("version_ethics_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ethno_events_v_locales" ADD CONSTRAINT "_ethno_events_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ethno_events_v_locales" ADD CONSTRAINT "_ethno_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ethno_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ethno_events_v_texts" ADD CONSTRAINT "_ethno_events_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_ethno_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ethno_events_v_rels" ADD CONSTRAINT "_ethno_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_ethno_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ethno_events_v_rels" ADD CONSTRAINT "_ethno_events_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ethno_events_v_rels" ADD CONSTRAINT "_ethno_events_v_rels_contributors_fk" FOREIGN KEY ("contributors_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "podcast_episodes_guests" ADD CONSTRAINT "podcast_episodes_guests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."podcast_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "podcast_episodes_guests_locales" ADD CONSTRAINT "podcast_episodes_guests_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."podcast_episodes_guests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "podcast_episodes_ai_disclosure_scope" ADD CONSTRAINT "podcast_episodes_ai_disclosure_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."podcast_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "podcast_episodes_ethics_review_flags" ADD CONSTRAINT "podcast_episodes_ethics_review_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."podcast_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "podcast_episodes" ADD CONSTRAINT "podcast_episodes_audio_id_media_id_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_episodes" ADD CONSTRAINT "podcast_episodes_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_episodes" ADD CONSTRAINT "podcast_episodes_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_episodes" ADD CONSTRAINT "podcast_episodes_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_episodes" ADD CONSTRAINT "podcast_episodes_rubric_id_rubrics_id_fk" FOREIGN KEY ("rubric_id") REFERENCES "public"."rubrics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_episodes" ADD CONSTRAINT "podcast_episodes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_episodes" ADD CONSTRAINT "podcast_episodes_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_episodes" ADD CONSTRAINT "podcast_episodes_ethics_review_reviewer_id_users_id_fk" FOREIGN KEY ("ethics_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_episodes_locales" ADD CONSTRAINT "podcast_episodes_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_episodes_locales" ADD CONSTRAINT "podcast_episodes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."podcast_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "podcast_episodes_texts" ADD CONSTRAINT "podcast_episodes_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."podcast_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "podcast_episodes_rels" ADD CONSTRAINT "podcast_episodes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."podcast_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "podcast_episodes_rels" ADD CONSTRAINT "podcast_episodes_rels_contributors_fk" FOREIGN KEY ("contributors_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_version_guests" ADD CONSTRAINT "_podcast_episodes_v_version_guests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_podcast_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_version_guests_locales" ADD CONSTRAINT "_podcast_episodes_v_version_guests_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_podcast_episodes_v_version_guests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_version_ai_disclosure_scope" ADD CONSTRAINT "_podcast_episodes_v_version_ai_disclosure_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_podcast_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_version_ethics_review_flags" ADD CONSTRAINT "_podcast_episodes_v_version_ethics_review_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_podcast_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v" ADD CONSTRAINT "_podcast_episodes_v_parent_id_podcast_episodes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."podcast_episodes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v" ADD CONSTRAINT "_podcast_episodes_v_version_audio_id_media_id_fk" FOREIGN KEY ("version_audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v" ADD CONSTRAINT "_podcast_episodes_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v" ADD CONSTRAINT "_podcast_episodes_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v" ADD CONSTRAINT "_podcast_episodes_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v" ADD CONSTRAINT "_podcast_episodes_v_version_rubric_id_rubrics_id_fk" FOREIGN KEY ("version_rubric_id") REFERENCES "public"."rubrics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v" ADD CONSTRAINT "_podcast_episodes_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v" ADD CONSTRAINT "_podcast_episodes_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v" ADD CONSTRAINT "_podcast_episodes_v_version_ethics_review_reviewer_id_users_id_fk" FOREIGN KEY ("version_ethics_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_locales" ADD CONSTRAINT "_podcast_episodes_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_locales" ADD CONSTRAINT "_podcast_episodes_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_podcast_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_texts" ADD CONSTRAINT "_podcast_episodes_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_podcast_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_rels" ADD CONSTRAINT "_podcast_episodes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_podcast_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_rels" ADD CONSTRAINT "_podcast_episodes_v_rels_contributors_fk" FOREIGN KEY ("contributors_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_segments_guests" ADD CONSTRAINT "tv_segments_guests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tv_segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_segments_guests_locales" ADD CONSTRAINT "tv_segments_guests_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tv_segments_guests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_segments_ai_disclosure_scope" ADD CONSTRAINT "tv_segments_ai_disclosure_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tv_segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_segments_ethics_review_flags" ADD CONSTRAINT "tv_segments_ethics_review_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tv_segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_segments" ADD CONSTRAINT "tv_segments_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_segments" ADD CONSTRAINT "tv_segments_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_segments" ADD CONSTRAINT "tv_segments_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_segments" ADD CONSTRAINT "tv_segments_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_segments" ADD CONSTRAINT "tv_segments_rubric_id_rubrics_id_fk" FOREIGN KEY ("rubric_id") REFERENCES "public"."rubrics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_segments" ADD CONSTRAINT "tv_segments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_segments" ADD CONSTRAINT "tv_segments_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_segments" ADD CONSTRAINT "tv_segments_ethics_review_reviewer_id_users_id_fk" FOREIGN KEY ("ethics_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_segments_locales" ADD CONSTRAINT "tv_segments_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_segments_locales" ADD CONSTRAINT "tv_segments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tv_segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_segments_texts" ADD CONSTRAINT "tv_segments_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tv_segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_segments_rels" ADD CONSTRAINT "tv_segments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tv_segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_segments_rels" ADD CONSTRAINT "tv_segments_rels_contributors_fk" FOREIGN KEY ("contributors_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_segments_v_version_guests" ADD CONSTRAINT "_tv_segments_v_version_guests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tv_segments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_segments_v_version_guests_locales" ADD CONSTRAINT "_tv_segments_v_version_guests_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tv_segments_v_version_guests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_segments_v_version_ai_disclosure_scope" ADD CONSTRAINT "_tv_segments_v_version_ai_disclosure_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tv_segments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_segments_v_version_ethics_review_flags" ADD CONSTRAINT "_tv_segments_v_version_ethics_review_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tv_segments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_segments_v" ADD CONSTRAINT "_tv_segments_v_parent_id_tv_segments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tv_segments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_segments_v" ADD CONSTRAINT "_tv_segments_v_version_video_id_media_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_segments_v" ADD CONSTRAINT "_tv_segments_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_segments_v" ADD CONSTRAINT "_tv_segments_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_segments_v" ADD CONSTRAINT "_tv_segments_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_segments_v" ADD CONSTRAINT "_tv_segments_v_version_rubric_id_rubrics_id_fk" FOREIGN KEY ("version_rubric_id") REFERENCES "public"."rubrics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_segments_v" ADD CONSTRAINT "_tv_segments_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_segments_v" ADD CONSTRAINT "_tv_segments_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_segments_v" ADD CONSTRAINT "_tv_segments_v_version_ethics_review_reviewer_id_users_id_fk" FOREIGN KEY ("version_ethics_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_segments_v_locales" ADD CONSTRAINT "_tv_segments_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_segments_v_locales" ADD CONSTRAINT "_tv_segments_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tv_segments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_segments_v_texts" ADD CONSTRAINT "_tv_segments_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tv_segments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_segments_v_rels" ADD CONSTRAINT "_tv_segments_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tv_segments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_segments_v_rels" ADD CONSTRAINT "_tv_segments_v_rels_contributors_fk" FOREIGN KEY ("contributors_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_audience" ADD CONSTRAINT "videos_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_guests" ADD CONSTRAINT "videos_guests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_guests_locales" ADD CONSTRAINT "videos_guests_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos_guests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_ai_disclosure_scope" ADD CONSTRAINT "videos_ai_disclosure_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_ethics_review_flags" ADD CONSTRAINT "videos_ethics_review_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_rubric_id_rubrics_id_fk" FOREIGN KEY ("rubric_id") REFERENCES "public"."rubrics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_ethics_review_reviewer_id_users_id_fk" FOREIGN KEY ("ethics_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_locales" ADD CONSTRAINT "videos_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_locales" ADD CONSTRAINT "videos_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_texts" ADD CONSTRAINT "videos_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_contributors_fk" FOREIGN KEY ("contributors_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_audience" ADD CONSTRAINT "_videos_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_guests" ADD CONSTRAINT "_videos_v_version_guests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_guests_locales" ADD CONSTRAINT "_videos_v_version_guests_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v_version_guests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_ai_disclosure_scope" ADD CONSTRAINT "_videos_v_version_ai_disclosure_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_ethics_review_flags" ADD CONSTRAINT "_videos_v_version_ethics_review_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_parent_id_videos_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_video_id_media_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_rubric_id_rubrics_id_fk" FOREIGN KEY ("version_rubric_id") REFERENCES "public"."rubrics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_ethics_review_reviewer_id_users_id_fk" FOREIGN KEY ("version_ethics_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_locales" ADD CONSTRAINT "_videos_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_locales" ADD CONSTRAINT "_videos_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_texts" ADD CONSTRAINT "_videos_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_contributors_fk" FOREIGN KEY ("contributors_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contributors" ADD CONSTRAINT "contributors_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contributors" ADD CONSTRAINT "contributors_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contributors" ADD CONSTRAINT "contributors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contributors_locales" ADD CONSTRAINT "contributors_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rubrics" ADD CONSTRAINT "rubrics_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "rubrics" ADD CONSTRAINT "rubrics_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "rubrics_locales" ADD CONSTRAINT "rubrics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."rubrics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regions_locales" ADD CONSTRAINT "regions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_texts" ADD CONSTRAINT "media_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_contributor_id_contributors_id_fk" FOREIGN KEY ("contributor_id") REFERENCES "public"."contributors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_doc_owner_id_users_id_fk" FOREIGN KEY ("doc_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editorial_comments" ADD CONSTRAINT "editorial_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editorial_comments" ADD CONSTRAINT "editorial_comments_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editorial_comments" ADD CONSTRAINT "editorial_comments_doc_owner_id_users_id_fk" FOREIGN KEY ("doc_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhooks_events" ADD CONSTRAINT "webhooks_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_webhooks_id_fk" FOREIGN KEY ("webhook_id") REFERENCES "public"."webhooks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ethics_reviews" ADD CONSTRAINT "ethics_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ethno_events_fk" FOREIGN KEY ("ethno_events_id") REFERENCES "public"."ethno_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_podcast_episodes_fk" FOREIGN KEY ("podcast_episodes_id") REFERENCES "public"."podcast_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tv_segments_fk" FOREIGN KEY ("tv_segments_id") REFERENCES "public"."tv_segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contributors_fk" FOREIGN KEY ("contributors_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rubrics_fk" FOREIGN KEY ("rubrics_id") REFERENCES "public"."rubrics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_editorial_comments_fk" FOREIGN KEY ("editorial_comments_id") REFERENCES "public"."editorial_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contribution_facts_fk" FOREIGN KEY ("contribution_facts_id") REFERENCES "public"."contribution_facts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contribution_days_fk" FOREIGN KEY ("contribution_days_id") REFERENCES "public"."contribution_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhooks_fk" FOREIGN KEY ("webhooks_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ethics_reviews_fk" FOREIGN KEY ("ethics_reviews_id") REFERENCES "public"."ethics_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_ai_disclosure_scope_order_idx" ON "articles_ai_disclosure_scope" USING btree ("order");
  CREATE INDEX "articles_ai_disclosure_scope_parent_idx" ON "articles_ai_disclosure_scope" USING btree ("parent_id");
  CREATE INDEX "articles_ethics_review_flags_order_idx" ON "articles_ethics_review_flags" USING btree ("_order");
  CREATE INDEX "articles_ethics_review_flags_parent_id_idx" ON "articles_ethics_review_flags" USING btree ("_parent_id");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_workflow_status_idx" ON "articles" USING btree ("workflow_status");
  CREATE INDEX "articles_assignee_idx" ON "articles" USING btree ("assignee_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_region_idx" ON "articles" USING btree ("region_id");
  CREATE INDEX "articles_rubric_idx" ON "articles" USING btree ("rubric_id");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_created_by_idx" ON "articles" USING btree ("created_by_id");
  CREATE INDEX "articles_updated_by_idx" ON "articles" USING btree ("updated_by_id");
  CREATE INDEX "articles_ethics_review_ethics_review_status_idx" ON "articles" USING btree ("ethics_review_status");
  CREATE INDEX "articles_ethics_review_ethics_review_reviewer_idx" ON "articles" USING btree ("ethics_review_reviewer_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_texts_order_parent" ON "articles_texts" USING btree ("order","parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_contributors_id_idx" ON "articles_rels" USING btree ("contributors_id");
  CREATE INDEX "_articles_v_version_ai_disclosure_scope_order_idx" ON "_articles_v_version_ai_disclosure_scope" USING btree ("order");
  CREATE INDEX "_articles_v_version_ai_disclosure_scope_parent_idx" ON "_articles_v_version_ai_disclosure_scope" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_ethics_review_flags_order_idx" ON "_articles_v_version_ethics_review_flags" USING btree ("_order");
  CREATE INDEX "_articles_v_version_ethics_review_flags_parent_id_idx" ON "_articles_v_version_ethics_review_flags" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_workflow_status_idx" ON "_articles_v" USING btree ("version_workflow_status");
  CREATE INDEX "_articles_v_version_version_assignee_idx" ON "_articles_v" USING btree ("version_assignee_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_region_idx" ON "_articles_v" USING btree ("version_region_id");
  CREATE INDEX "_articles_v_version_version_rubric_idx" ON "_articles_v" USING btree ("version_rubric_id");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_created_by_idx" ON "_articles_v" USING btree ("version_created_by_id");
  CREATE INDEX "_articles_v_version_version_updated_by_idx" ON "_articles_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_articles_v_version_ethics_review_version_ethics_review__idx" ON "_articles_v" USING btree ("version_ethics_review_status");
  CREATE INDEX "_articles_v_version_ethics_review_version_ethics_revie_1_idx" ON "_articles_v" USING btree ("version_ethics_review_reviewer_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_texts_order_parent" ON "_articles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_contributors_id_idx" ON "_articles_v_rels" USING btree ("contributors_id");
  CREATE INDEX "ethno_events_associations_order_idx" ON "ethno_events_associations" USING btree ("_order");
  CREATE INDEX "ethno_events_associations_parent_id_idx" ON "ethno_events_associations" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "ethno_events_associations_locales_locale_parent_id_unique" ON "ethno_events_associations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "ethno_events_ai_disclosure_scope_order_idx" ON "ethno_events_ai_disclosure_scope" USING btree ("order");
  CREATE INDEX "ethno_events_ai_disclosure_scope_parent_idx" ON "ethno_events_ai_disclosure_scope" USING btree ("parent_id");
  CREATE INDEX "ethno_events_ethics_review_flags_order_idx" ON "ethno_events_ethics_review_flags" USING btree ("_order");
  CREATE INDEX "ethno_events_ethics_review_flags_parent_id_idx" ON "ethno_events_ethics_review_flags" USING btree ("_parent_id");
  CREATE INDEX "ethno_events_event_date_idx" ON "ethno_events" USING btree ("event_date");
  CREATE INDEX "ethno_events_hero_image_idx" ON "ethno_events" USING btree ("hero_image_id");
  CREATE INDEX "ethno_events_workflow_status_idx" ON "ethno_events" USING btree ("workflow_status");
  CREATE INDEX "ethno_events_assignee_idx" ON "ethno_events" USING btree ("assignee_id");
  CREATE UNIQUE INDEX "ethno_events_slug_idx" ON "ethno_events" USING btree ("slug");
  CREATE INDEX "ethno_events_region_idx" ON "ethno_events" USING btree ("region_id");
  CREATE INDEX "ethno_events_rubric_idx" ON "ethno_events" USING btree ("rubric_id");
  CREATE INDEX "ethno_events_published_at_idx" ON "ethno_events" USING btree ("published_at");
  CREATE INDEX "ethno_events_created_by_idx" ON "ethno_events" USING btree ("created_by_id");
  CREATE INDEX "ethno_events_updated_by_idx" ON "ethno_events" USING btree ("updated_by_id");
  CREATE INDEX "ethno_events_ethics_review_ethics_review_status_idx" ON "ethno_events" USING btree ("ethics_review_status");
  CREATE INDEX "ethno_events_ethics_review_ethics_review_reviewer_idx" ON "ethno_events" USING btree ("ethics_review_reviewer_id");
  CREATE INDEX "ethno_events_updated_at_idx" ON "ethno_events" USING btree ("updated_at");
  CREATE INDEX "ethno_events_created_at_idx" ON "ethno_events" USING btree ("created_at");
  CREATE INDEX "ethno_events__status_idx" ON "ethno_events" USING btree ("_status");
  CREATE INDEX "ethno_events_meta_meta_image_idx" ON "ethno_events_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "ethno_events_locales_locale_parent_id_unique" ON "ethno_events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "ethno_events_texts_order_parent" ON "ethno_events_texts" USING btree ("order","parent_id");
  CREATE INDEX "ethno_events_rels_order_idx" ON "ethno_events_rels" USING btree ("order");
  CREATE INDEX "ethno_events_rels_parent_idx" ON "ethno_events_rels" USING btree ("parent_id");
  CREATE INDEX "ethno_events_rels_path_idx" ON "ethno_events_rels" USING btree ("path");
  CREATE INDEX "ethno_events_rels_media_id_idx" ON "ethno_events_rels" USING btree ("media_id");
  CREATE INDEX "ethno_events_rels_contributors_id_idx" ON "ethno_events_rels" USING btree ("contributors_id");
  CREATE INDEX "_ethno_events_v_version_associations_order_idx" ON "_ethno_events_v_version_associations" USING btree ("_order");
  CREATE INDEX "_ethno_events_v_version_associations_parent_id_idx" ON "_ethno_events_v_version_associations" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_ethno_events_v_version_associations_locales_locale_parent_i" ON "_ethno_events_v_version_associations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_ethno_events_v_version_ai_disclosure_scope_order_idx" ON "_ethno_events_v_version_ai_disclosure_scope" USING btree ("order");
  CREATE INDEX "_ethno_events_v_version_ai_disclosure_scope_parent_idx" ON "_ethno_events_v_version_ai_disclosure_scope" USING btree ("parent_id");
  CREATE INDEX "_ethno_events_v_version_ethics_review_flags_order_idx" ON "_ethno_events_v_version_ethics_review_flags" USING btree ("_order");
  CREATE INDEX "_ethno_events_v_version_ethics_review_flags_parent_id_idx" ON "_ethno_events_v_version_ethics_review_flags" USING btree ("_parent_id");
  CREATE INDEX "_ethno_events_v_parent_idx" ON "_ethno_events_v" USING btree ("parent_id");
  CREATE INDEX "_ethno_events_v_version_version_event_date_idx" ON "_ethno_events_v" USING btree ("version_event_date");
  CREATE INDEX "_ethno_events_v_version_version_hero_image_idx" ON "_ethno_events_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_ethno_events_v_version_version_workflow_status_idx" ON "_ethno_events_v" USING btree ("version_workflow_status");
  CREATE INDEX "_ethno_events_v_version_version_assignee_idx" ON "_ethno_events_v" USING btree ("version_assignee_id");
  CREATE INDEX "_ethno_events_v_version_version_slug_idx" ON "_ethno_events_v" USING btree ("version_slug");
  CREATE INDEX "_ethno_events_v_version_version_region_idx" ON "_ethno_events_v" USING btree ("version_region_id");
  CREATE INDEX "_ethno_events_v_version_version_rubric_idx" ON "_ethno_events_v" USING btree ("version_rubric_id");
  CREATE INDEX "_ethno_events_v_version_version_published_at_idx" ON "_ethno_events_v" USING btree ("version_published_at");
  CREATE INDEX "_ethno_events_v_version_version_created_by_idx" ON "_ethno_events_v" USING btree ("version_created_by_id");
  CREATE INDEX "_ethno_events_v_version_version_updated_by_idx" ON "_ethno_events_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_ethno_events_v_version_ethics_review_version_ethics_rev_idx" ON "_ethno_events_v" USING btree ("version_ethics_review_status");
  CREATE INDEX "_ethno_events_v_version_ethics_review_version_ethics_r_1_idx" ON "_ethno_events_v" USING btree ("version_ethics_review_reviewer_id");
  CREATE INDEX "_ethno_events_v_version_version_updated_at_idx" ON "_ethno_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_ethno_events_v_version_version_created_at_idx" ON "_ethno_events_v" USING btree ("version_created_at");
  CREATE INDEX "_ethno_events_v_version_version__status_idx" ON "_ethno_events_v" USING btree ("version__status");
  CREATE INDEX "_ethno_events_v_created_at_idx" ON "_ethno_events_v" USING btree ("created_at");
  CREATE INDEX "_ethno_events_v_updated_at_idx" ON "_ethno_events_v" USING btree ("updated_at");
  CREATE INDEX "_ethno_events_v_snapshot_idx" ON "_ethno_events_v" USING btree ("snapshot");
  CREATE INDEX "_ethno_events_v_published_locale_idx" ON "_ethno_events_v" USING btree ("published_locale");
  CREATE INDEX "_ethno_events_v_latest_idx" ON "_ethno_events_v" USING btree ("latest");
  CREATE INDEX "_ethno_events_v_version_meta_version_meta_image_idx" ON "_ethno_events_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_ethno_events_v_locales_locale_parent_id_unique" ON "_ethno_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_ethno_events_v_texts_order_parent" ON "_ethno_events_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_ethno_events_v_rels_order_idx" ON "_ethno_events_v_rels" USING btree ("order");
  CREATE INDEX "_ethno_events_v_rels_parent_idx" ON "_ethno_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_ethno_events_v_rels_path_idx" ON "_ethno_events_v_rels" USING btree ("path");
  CREATE INDEX "_ethno_events_v_rels_media_id_idx" ON "_ethno_events_v_rels" USING btree ("media_id");
  CREATE INDEX "_ethno_events_v_rels_contributors_id_idx" ON "_ethno_events_v_rels" USING btree ("contributors_id");
  CREATE INDEX "podcast_episodes_guests_order_idx" ON "podcast_episodes_guests" USING btree ("_order");
  CREATE INDEX "podcast_episodes_guests_parent_id_idx" ON "podcast_episodes_guests" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "podcast_episodes_guests_locales_locale_parent_id_unique" ON "podcast_episodes_guests_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "podcast_episodes_ai_disclosure_scope_order_idx" ON "podcast_episodes_ai_disclosure_scope" USING btree ("order");
  CREATE INDEX "podcast_episodes_ai_disclosure_scope_parent_idx" ON "podcast_episodes_ai_disclosure_scope" USING btree ("parent_id");
  CREATE INDEX "podcast_episodes_ethics_review_flags_order_idx" ON "podcast_episodes_ethics_review_flags" USING btree ("_order");
  CREATE INDEX "podcast_episodes_ethics_review_flags_parent_id_idx" ON "podcast_episodes_ethics_review_flags" USING btree ("_parent_id");
  CREATE INDEX "podcast_episodes_audio_idx" ON "podcast_episodes" USING btree ("audio_id");
  CREATE INDEX "podcast_episodes_hero_image_idx" ON "podcast_episodes" USING btree ("hero_image_id");
  CREATE INDEX "podcast_episodes_workflow_status_idx" ON "podcast_episodes" USING btree ("workflow_status");
  CREATE INDEX "podcast_episodes_assignee_idx" ON "podcast_episodes" USING btree ("assignee_id");
  CREATE UNIQUE INDEX "podcast_episodes_slug_idx" ON "podcast_episodes" USING btree ("slug");
  CREATE INDEX "podcast_episodes_region_idx" ON "podcast_episodes" USING btree ("region_id");
  CREATE INDEX "podcast_episodes_rubric_idx" ON "podcast_episodes" USING btree ("rubric_id");
  CREATE INDEX "podcast_episodes_published_at_idx" ON "podcast_episodes" USING btree ("published_at");
  CREATE INDEX "podcast_episodes_created_by_idx" ON "podcast_episodes" USING btree ("created_by_id");
  CREATE INDEX "podcast_episodes_updated_by_idx" ON "podcast_episodes" USING btree ("updated_by_id");
  CREATE INDEX "podcast_episodes_ethics_review_ethics_review_status_idx" ON "podcast_episodes" USING btree ("ethics_review_status");
  CREATE INDEX "podcast_episodes_ethics_review_ethics_review_reviewer_idx" ON "podcast_episodes" USING btree ("ethics_review_reviewer_id");
  CREATE INDEX "podcast_episodes_updated_at_idx" ON "podcast_episodes" USING btree ("updated_at");
  CREATE INDEX "podcast_episodes_created_at_idx" ON "podcast_episodes" USING btree ("created_at");
  CREATE INDEX "podcast_episodes__status_idx" ON "podcast_episodes" USING btree ("_status");
  CREATE INDEX "podcast_episodes_meta_meta_image_idx" ON "podcast_episodes_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "podcast_episodes_locales_locale_parent_id_unique" ON "podcast_episodes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "podcast_episodes_texts_order_parent" ON "podcast_episodes_texts" USING btree ("order","parent_id");
  CREATE INDEX "podcast_episodes_rels_order_idx" ON "podcast_episodes_rels" USING btree ("order");
  CREATE INDEX "podcast_episodes_rels_parent_idx" ON "podcast_episodes_rels" USING btree ("parent_id");
  CREATE INDEX "podcast_episodes_rels_path_idx" ON "podcast_episodes_rels" USING btree ("path");
  CREATE INDEX "podcast_episodes_rels_contributors_id_idx" ON "podcast_episodes_rels" USING btree ("contributors_id");
  CREATE INDEX "_podcast_episodes_v_version_guests_order_idx" ON "_podcast_episodes_v_version_guests" USING btree ("_order");
  CREATE INDEX "_podcast_episodes_v_version_guests_parent_id_idx" ON "_podcast_episodes_v_version_guests" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_podcast_episodes_v_version_guests_locales_locale_parent_id_" ON "_podcast_episodes_v_version_guests_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_podcast_episodes_v_version_ai_disclosure_scope_order_idx" ON "_podcast_episodes_v_version_ai_disclosure_scope" USING btree ("order");
  CREATE INDEX "_podcast_episodes_v_version_ai_disclosure_scope_parent_idx" ON "_podcast_episodes_v_version_ai_disclosure_scope" USING btree ("parent_id");
  CREATE INDEX "_podcast_episodes_v_version_ethics_review_flags_order_idx" ON "_podcast_episodes_v_version_ethics_review_flags" USING btree ("_order");
  CREATE INDEX "_podcast_episodes_v_version_ethics_review_flags_parent_id_idx" ON "_podcast_episodes_v_version_ethics_review_flags" USING btree ("_parent_id");
  CREATE INDEX "_podcast_episodes_v_parent_idx" ON "_podcast_episodes_v" USING btree ("parent_id");
  CREATE INDEX "_podcast_episodes_v_version_version_audio_idx" ON "_podcast_episodes_v" USING btree ("version_audio_id");
  CREATE INDEX "_podcast_episodes_v_version_version_hero_image_idx" ON "_podcast_episodes_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_podcast_episodes_v_version_version_workflow_status_idx" ON "_podcast_episodes_v" USING btree ("version_workflow_status");
  CREATE INDEX "_podcast_episodes_v_version_version_assignee_idx" ON "_podcast_episodes_v" USING btree ("version_assignee_id");
  CREATE INDEX "_podcast_episodes_v_version_version_slug_idx" ON "_podcast_episodes_v" USING btree ("version_slug");
  CREATE INDEX "_podcast_episodes_v_version_version_region_idx" ON "_podcast_episodes_v" USING btree ("version_region_id");
  CREATE INDEX "_podcast_episodes_v_version_version_rubric_idx" ON "_podcast_episodes_v" USING btree ("version_rubric_id");
  CREATE INDEX "_podcast_episodes_v_version_version_published_at_idx" ON "_podcast_episodes_v" USING btree ("version_published_at");
  CREATE INDEX "_podcast_episodes_v_version_version_created_by_idx" ON "_podcast_episodes_v" USING btree ("version_created_by_id");
  CREATE INDEX "_podcast_episodes_v_version_version_updated_by_idx" ON "_podcast_episodes_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_podcast_episodes_v_version_ethics_review_version_ethics_idx" ON "_podcast_episodes_v" USING btree ("version_ethics_review_status");
  CREATE INDEX "_podcast_episodes_v_version_ethics_review_version_ethi_1_idx" ON "_podcast_episodes_v" USING btree ("version_ethics_review_reviewer_id");
  CREATE INDEX "_podcast_episodes_v_version_version_updated_at_idx" ON "_podcast_episodes_v" USING btree ("version_updated_at");
  CREATE INDEX "_podcast_episodes_v_version_version_created_at_idx" ON "_podcast_episodes_v" USING btree ("version_created_at");
  CREATE INDEX "_podcast_episodes_v_version_version__status_idx" ON "_podcast_episodes_v" USING btree ("version__status");
  CREATE INDEX "_podcast_episodes_v_created_at_idx" ON "_podcast_episodes_v" USING btree ("created_at");
  CREATE INDEX "_podcast_episodes_v_updated_at_idx" ON "_podcast_episodes_v" USING btree ("updated_at");
  CREATE INDEX "_podcast_episodes_v_snapshot_idx" ON "_podcast_episodes_v" USING btree ("snapshot");
  CREATE INDEX "_podcast_episodes_v_published_locale_idx" ON "_podcast_episodes_v" USING btree ("published_locale");
  CREATE INDEX "_podcast_episodes_v_latest_idx" ON "_podcast_episodes_v" USING btree ("latest");
  CREATE INDEX "_podcast_episodes_v_version_meta_version_meta_image_idx" ON "_podcast_episodes_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_podcast_episodes_v_locales_locale_parent_id_unique" ON "_podcast_episodes_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_podcast_episodes_v_texts_order_parent" ON "_podcast_episodes_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_podcast_episodes_v_rels_order_idx" ON "_podcast_episodes_v_rels" USING btree ("order");
  CREATE INDEX "_podcast_episodes_v_rels_parent_idx" ON "_podcast_episodes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_podcast_episodes_v_rels_path_idx" ON "_podcast_episodes_v_rels" USING btree ("path");
  CREATE INDEX "_podcast_episodes_v_rels_contributors_id_idx" ON "_podcast_episodes_v_rels" USING btree ("contributors_id");
  CREATE INDEX "tv_segments_guests_order_idx" ON "tv_segments_guests" USING btree ("_order");
  CREATE INDEX "tv_segments_guests_parent_id_idx" ON "tv_segments_guests" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "tv_segments_guests_locales_locale_parent_id_unique" ON "tv_segments_guests_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "tv_segments_ai_disclosure_scope_order_idx" ON "tv_segments_ai_disclosure_scope" USING btree ("order");
  CREATE INDEX "tv_segments_ai_disclosure_scope_parent_idx" ON "tv_segments_ai_disclosure_scope" USING btree ("parent_id");
  CREATE INDEX "tv_segments_ethics_review_flags_order_idx" ON "tv_segments_ethics_review_flags" USING btree ("_order");
  CREATE INDEX "tv_segments_ethics_review_flags_parent_id_idx" ON "tv_segments_ethics_review_flags" USING btree ("_parent_id");
  CREATE INDEX "tv_segments_air_date_idx" ON "tv_segments" USING btree ("air_date");
  CREATE INDEX "tv_segments_video_idx" ON "tv_segments" USING btree ("video_id");
  CREATE INDEX "tv_segments_hero_image_idx" ON "tv_segments" USING btree ("hero_image_id");
  CREATE INDEX "tv_segments_workflow_status_idx" ON "tv_segments" USING btree ("workflow_status");
  CREATE INDEX "tv_segments_assignee_idx" ON "tv_segments" USING btree ("assignee_id");
  CREATE UNIQUE INDEX "tv_segments_slug_idx" ON "tv_segments" USING btree ("slug");
  CREATE INDEX "tv_segments_region_idx" ON "tv_segments" USING btree ("region_id");
  CREATE INDEX "tv_segments_rubric_idx" ON "tv_segments" USING btree ("rubric_id");
  CREATE INDEX "tv_segments_published_at_idx" ON "tv_segments" USING btree ("published_at");
  CREATE INDEX "tv_segments_created_by_idx" ON "tv_segments" USING btree ("created_by_id");
  CREATE INDEX "tv_segments_updated_by_idx" ON "tv_segments" USING btree ("updated_by_id");
  CREATE INDEX "tv_segments_ethics_review_ethics_review_status_idx" ON "tv_segments" USING btree ("ethics_review_status");
  CREATE INDEX "tv_segments_ethics_review_ethics_review_reviewer_idx" ON "tv_segments" USING btree ("ethics_review_reviewer_id");
  CREATE INDEX "tv_segments_updated_at_idx" ON "tv_segments" USING btree ("updated_at");
  CREATE INDEX "tv_segments_created_at_idx" ON "tv_segments" USING btree ("created_at");
  CREATE INDEX "tv_segments__status_idx" ON "tv_segments" USING btree ("_status");
  CREATE INDEX "tv_segments_meta_meta_image_idx" ON "tv_segments_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "tv_segments_locales_locale_parent_id_unique" ON "tv_segments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "tv_segments_texts_order_parent" ON "tv_segments_texts" USING btree ("order","parent_id");
  CREATE INDEX "tv_segments_rels_order_idx" ON "tv_segments_rels" USING btree ("order");
  CREATE INDEX "tv_segments_rels_parent_idx" ON "tv_segments_rels" USING btree ("parent_id");
  CREATE INDEX "tv_segments_rels_path_idx" ON "tv_segments_rels" USING btree ("path");
  CREATE INDEX "tv_segments_rels_contributors_id_idx" ON "tv_segments_rels" USING btree ("contributors_id");
  CREATE INDEX "_tv_segments_v_version_guests_order_idx" ON "_tv_segments_v_version_guests" USING btree ("_order");
  CREATE INDEX "_tv_segments_v_version_guests_parent_id_idx" ON "_tv_segments_v_version_guests" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_tv_segments_v_version_guests_locales_locale_parent_id_uniqu" ON "_tv_segments_v_version_guests_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_tv_segments_v_version_ai_disclosure_scope_order_idx" ON "_tv_segments_v_version_ai_disclosure_scope" USING btree ("order");
  CREATE INDEX "_tv_segments_v_version_ai_disclosure_scope_parent_idx" ON "_tv_segments_v_version_ai_disclosure_scope" USING btree ("parent_id");
  CREATE INDEX "_tv_segments_v_version_ethics_review_flags_order_idx" ON "_tv_segments_v_version_ethics_review_flags" USING btree ("_order");
  CREATE INDEX "_tv_segments_v_version_ethics_review_flags_parent_id_idx" ON "_tv_segments_v_version_ethics_review_flags" USING btree ("_parent_id");
  CREATE INDEX "_tv_segments_v_parent_idx" ON "_tv_segments_v" USING btree ("parent_id");
  CREATE INDEX "_tv_segments_v_version_version_air_date_idx" ON "_tv_segments_v" USING btree ("version_air_date");
  CREATE INDEX "_tv_segments_v_version_version_video_idx" ON "_tv_segments_v" USING btree ("version_video_id");
  CREATE INDEX "_tv_segments_v_version_version_hero_image_idx" ON "_tv_segments_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_tv_segments_v_version_version_workflow_status_idx" ON "_tv_segments_v" USING btree ("version_workflow_status");
  CREATE INDEX "_tv_segments_v_version_version_assignee_idx" ON "_tv_segments_v" USING btree ("version_assignee_id");
  CREATE INDEX "_tv_segments_v_version_version_slug_idx" ON "_tv_segments_v" USING btree ("version_slug");
  CREATE INDEX "_tv_segments_v_version_version_region_idx" ON "_tv_segments_v" USING btree ("version_region_id");
  CREATE INDEX "_tv_segments_v_version_version_rubric_idx" ON "_tv_segments_v" USING btree ("version_rubric_id");
  CREATE INDEX "_tv_segments_v_version_version_published_at_idx" ON "_tv_segments_v" USING btree ("version_published_at");
  CREATE INDEX "_tv_segments_v_version_version_created_by_idx" ON "_tv_segments_v" USING btree ("version_created_by_id");
  CREATE INDEX "_tv_segments_v_version_version_updated_by_idx" ON "_tv_segments_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_tv_segments_v_version_ethics_review_version_ethics_revi_idx" ON "_tv_segments_v" USING btree ("version_ethics_review_status");
  CREATE INDEX "_tv_segments_v_version_ethics_review_version_ethics_re_1_idx" ON "_tv_segments_v" USING btree ("version_ethics_review_reviewer_id");
  CREATE INDEX "_tv_segments_v_version_version_updated_at_idx" ON "_tv_segments_v" USING btree ("version_updated_at");
  CREATE INDEX "_tv_segments_v_version_version_created_at_idx" ON "_tv_segments_v" USING btree ("version_created_at");
  CREATE INDEX "_tv_segments_v_version_version__status_idx" ON "_tv_segments_v" USING btree ("version__status");
  CREATE INDEX "_tv_segments_v_created_at_idx" ON "_tv_segments_v" USING btree ("created_at");
  CREATE INDEX "_tv_segments_v_updated_at_idx" ON "_tv_segments_v" USING btree ("updated_at");
  CREATE INDEX "_tv_segments_v_snapshot_idx" ON "_tv_segments_v" USING btree ("snapshot");
  CREATE INDEX "_tv_segments_v_published_locale_idx" ON "_tv_segments_v" USING btree ("published_locale");
  CREATE INDEX "_tv_segments_v_latest_idx" ON "_tv_segments_v" USING btree ("latest");
  CREATE INDEX "_tv_segments_v_version_meta_version_meta_image_idx" ON "_tv_segments_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_tv_segments_v_locales_locale_parent_id_unique" ON "_tv_segments_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_tv_segments_v_texts_order_parent" ON "_tv_segments_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_tv_segments_v_rels_order_idx" ON "_tv_segments_v_rels" USING btree ("order");
  CREATE INDEX "_tv_segments_v_rels_parent_idx" ON "_tv_segments_v_rels" USING btree ("parent_id");
  CREATE INDEX "_tv_segments_v_rels_path_idx" ON "_tv_segments_v_rels" USING btree ("path");
  CREATE INDEX "_tv_segments_v_rels_contributors_id_idx" ON "_tv_segments_v_rels" USING btree ("contributors_id");
  CREATE INDEX "videos_audience_order_idx" ON "videos_audience" USING btree ("order");
  CREATE INDEX "videos_audience_parent_idx" ON "videos_audience" USING btree ("parent_id");
  CREATE INDEX "videos_guests_order_idx" ON "videos_guests" USING btree ("_order");
  CREATE INDEX "videos_guests_parent_id_idx" ON "videos_guests" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "videos_guests_locales_locale_parent_id_unique" ON "videos_guests_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "videos_ai_disclosure_scope_order_idx" ON "videos_ai_disclosure_scope" USING btree ("order");
  CREATE INDEX "videos_ai_disclosure_scope_parent_idx" ON "videos_ai_disclosure_scope" USING btree ("parent_id");
  CREATE INDEX "videos_ethics_review_flags_order_idx" ON "videos_ethics_review_flags" USING btree ("_order");
  CREATE INDEX "videos_ethics_review_flags_parent_id_idx" ON "videos_ethics_review_flags" USING btree ("_parent_id");
  CREATE INDEX "videos_video_idx" ON "videos" USING btree ("video_id");
  CREATE INDEX "videos_hero_image_idx" ON "videos" USING btree ("hero_image_id");
  CREATE INDEX "videos_workflow_status_idx" ON "videos" USING btree ("workflow_status");
  CREATE INDEX "videos_assignee_idx" ON "videos" USING btree ("assignee_id");
  CREATE UNIQUE INDEX "videos_slug_idx" ON "videos" USING btree ("slug");
  CREATE INDEX "videos_region_idx" ON "videos" USING btree ("region_id");
  CREATE INDEX "videos_rubric_idx" ON "videos" USING btree ("rubric_id");
  CREATE INDEX "videos_published_at_idx" ON "videos" USING btree ("published_at");
  CREATE INDEX "videos_created_by_idx" ON "videos" USING btree ("created_by_id");
  CREATE INDEX "videos_updated_by_idx" ON "videos" USING btree ("updated_by_id");
  CREATE INDEX "videos_ethics_review_ethics_review_status_idx" ON "videos" USING btree ("ethics_review_status");
  CREATE INDEX "videos_ethics_review_ethics_review_reviewer_idx" ON "videos" USING btree ("ethics_review_reviewer_id");
  CREATE INDEX "videos_updated_at_idx" ON "videos" USING btree ("updated_at");
  CREATE INDEX "videos_created_at_idx" ON "videos" USING btree ("created_at");
  CREATE INDEX "videos__status_idx" ON "videos" USING btree ("_status");
  CREATE INDEX "videos_meta_meta_image_idx" ON "videos_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "videos_locales_locale_parent_id_unique" ON "videos_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "videos_texts_order_parent" ON "videos_texts" USING btree ("order","parent_id");
  CREATE INDEX "videos_rels_order_idx" ON "videos_rels" USING btree ("order");
  CREATE INDEX "videos_rels_parent_idx" ON "videos_rels" USING btree ("parent_id");
  CREATE INDEX "videos_rels_path_idx" ON "videos_rels" USING btree ("path");
  CREATE INDEX "videos_rels_contributors_id_idx" ON "videos_rels" USING btree ("contributors_id");
  CREATE INDEX "_videos_v_version_audience_order_idx" ON "_videos_v_version_audience" USING btree ("order");
  CREATE INDEX "_videos_v_version_audience_parent_idx" ON "_videos_v_version_audience" USING btree ("parent_id");
  CREATE INDEX "_videos_v_version_guests_order_idx" ON "_videos_v_version_guests" USING btree ("_order");
  CREATE INDEX "_videos_v_version_guests_parent_id_idx" ON "_videos_v_version_guests" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_videos_v_version_guests_locales_locale_parent_id_unique" ON "_videos_v_version_guests_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_videos_v_version_ai_disclosure_scope_order_idx" ON "_videos_v_version_ai_disclosure_scope" USING btree ("order");
  CREATE INDEX "_videos_v_version_ai_disclosure_scope_parent_idx" ON "_videos_v_version_ai_disclosure_scope" USING btree ("parent_id");
  CREATE INDEX "_videos_v_version_ethics_review_flags_order_idx" ON "_videos_v_version_ethics_review_flags" USING btree ("_order");
  CREATE INDEX "_videos_v_version_ethics_review_flags_parent_id_idx" ON "_videos_v_version_ethics_review_flags" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_parent_idx" ON "_videos_v" USING btree ("parent_id");
  CREATE INDEX "_videos_v_version_version_video_idx" ON "_videos_v" USING btree ("version_video_id");
  CREATE INDEX "_videos_v_version_version_hero_image_idx" ON "_videos_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_videos_v_version_version_workflow_status_idx" ON "_videos_v" USING btree ("version_workflow_status");
  CREATE INDEX "_videos_v_version_version_assignee_idx" ON "_videos_v" USING btree ("version_assignee_id");
  CREATE INDEX "_videos_v_version_version_slug_idx" ON "_videos_v" USING btree ("version_slug");
  CREATE INDEX "_videos_v_version_version_region_idx" ON "_videos_v" USING btree ("version_region_id");
  CREATE INDEX "_videos_v_version_version_rubric_idx" ON "_videos_v" USING btree ("version_rubric_id");
  CREATE INDEX "_videos_v_version_version_published_at_idx" ON "_videos_v" USING btree ("version_published_at");
  CREATE INDEX "_videos_v_version_version_created_by_idx" ON "_videos_v" USING btree ("version_created_by_id");
  CREATE INDEX "_videos_v_version_version_updated_by_idx" ON "_videos_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_videos_v_version_ethics_review_version_ethics_review_st_idx" ON "_videos_v" USING btree ("version_ethics_review_status");
  CREATE INDEX "_videos_v_version_ethics_review_version_ethics_review_re_idx" ON "_videos_v" USING btree ("version_ethics_review_reviewer_id");
  CREATE INDEX "_videos_v_version_version_updated_at_idx" ON "_videos_v" USING btree ("version_updated_at");
  CREATE INDEX "_videos_v_version_version_created_at_idx" ON "_videos_v" USING btree ("version_created_at");
  CREATE INDEX "_videos_v_version_version__status_idx" ON "_videos_v" USING btree ("version__status");
  CREATE INDEX "_videos_v_created_at_idx" ON "_videos_v" USING btree ("created_at");
  CREATE INDEX "_videos_v_updated_at_idx" ON "_videos_v" USING btree ("updated_at");
  CREATE INDEX "_videos_v_snapshot_idx" ON "_videos_v" USING btree ("snapshot");
  CREATE INDEX "_videos_v_published_locale_idx" ON "_videos_v" USING btree ("published_locale");
  CREATE INDEX "_videos_v_latest_idx" ON "_videos_v" USING btree ("latest");
  CREATE INDEX "_videos_v_version_meta_version_meta_image_idx" ON "_videos_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_videos_v_locales_locale_parent_id_unique" ON "_videos_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_videos_v_texts_order_parent" ON "_videos_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_videos_v_rels_order_idx" ON "_videos_v_rels" USING btree ("order");
  CREATE INDEX "_videos_v_rels_parent_idx" ON "_videos_v_rels" USING btree ("parent_id");
  CREATE INDEX "_videos_v_rels_path_idx" ON "_videos_v_rels" USING btree ("path");
  CREATE INDEX "_videos_v_rels_contributors_id_idx" ON "_videos_v_rels" USING btree ("contributors_id");
  CREATE INDEX "contributors_full_name_idx" ON "contributors" USING btree ("full_name");
  CREATE INDEX "contributors_region_idx" ON "contributors" USING btree ("region_id");
  CREATE INDEX "contributors_photo_idx" ON "contributors" USING btree ("photo_id");
  CREATE INDEX "contributors_user_idx" ON "contributors" USING btree ("user_id");
  CREATE INDEX "contributors_active_idx" ON "contributors" USING btree ("active");
  CREATE INDEX "contributors_updated_at_idx" ON "contributors" USING btree ("updated_at");
  CREATE INDEX "contributors_created_at_idx" ON "contributors" USING btree ("created_at");
  CREATE UNIQUE INDEX "contributors_locales_locale_parent_id_unique" ON "contributors_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "rubrics_slug_idx" ON "rubrics" USING btree ("slug");
  CREATE INDEX "rubrics_region_idx" ON "rubrics" USING btree ("region_id");
  CREATE INDEX "rubrics_format_idx" ON "rubrics" USING btree ("format");
  CREATE INDEX "rubrics_cover_idx" ON "rubrics" USING btree ("cover_id");
  CREATE INDEX "rubrics_updated_at_idx" ON "rubrics" USING btree ("updated_at");
  CREATE INDEX "rubrics_created_at_idx" ON "rubrics" USING btree ("created_at");
  CREATE UNIQUE INDEX "rubrics_locales_locale_parent_id_unique" ON "rubrics_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "regions_slug_idx" ON "regions" USING btree ("slug");
  CREATE INDEX "regions_updated_at_idx" ON "regions" USING btree ("updated_at");
  CREATE INDEX "regions_created_at_idx" ON "regions" USING btree ("created_at");
  CREATE UNIQUE INDEX "regions_locales_locale_parent_id_unique" ON "regions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_created_by_idx" ON "media" USING btree ("created_by_id");
  CREATE INDEX "media_provenance_provenance_classification_idx" ON "media" USING btree ("provenance_classification");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_texts_order_parent" ON "media_texts" USING btree ("order","parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_contributor_idx" ON "users" USING btree ("contributor_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_regions_id_idx" ON "users_rels" USING btree ("regions_id");
  CREATE INDEX "workflow_events_target_collection_idx" ON "workflow_events" USING btree ("target_collection");
  CREATE INDEX "workflow_events_doc_id_idx" ON "workflow_events" USING btree ("doc_id");
  CREATE INDEX "workflow_events_actor_idx" ON "workflow_events" USING btree ("actor_id");
  CREATE INDEX "workflow_events_region_idx" ON "workflow_events" USING btree ("region_id");
  CREATE INDEX "workflow_events_doc_owner_idx" ON "workflow_events" USING btree ("doc_owner_id");
  CREATE UNIQUE INDEX "workflow_events_event_key_idx" ON "workflow_events" USING btree ("event_key");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE INDEX "editorial_comments_target_collection_idx" ON "editorial_comments" USING btree ("target_collection");
  CREATE INDEX "editorial_comments_doc_id_idx" ON "editorial_comments" USING btree ("doc_id");
  CREATE INDEX "editorial_comments_author_idx" ON "editorial_comments" USING btree ("author_id");
  CREATE INDEX "editorial_comments_region_idx" ON "editorial_comments" USING btree ("region_id");
  CREATE INDEX "editorial_comments_doc_owner_idx" ON "editorial_comments" USING btree ("doc_owner_id");
  CREATE INDEX "editorial_comments_updated_at_idx" ON "editorial_comments" USING btree ("updated_at");
  CREATE INDEX "editorial_comments_created_at_idx" ON "editorial_comments" USING btree ("created_at");
  CREATE UNIQUE INDEX "contribution_facts_key_idx" ON "contribution_facts" USING btree ("key");
  CREATE INDEX "contribution_facts_item_key_idx" ON "contribution_facts" USING btree ("item_key");
  CREATE INDEX "contribution_facts_day_idx" ON "contribution_facts" USING btree ("day");
  CREATE INDEX "contribution_facts_counted_idx" ON "contribution_facts" USING btree ("counted");
  CREATE INDEX "contribution_facts_synced_at_idx" ON "contribution_facts" USING btree ("synced_at");
  CREATE INDEX "contribution_facts_published_at_idx" ON "contribution_facts" USING btree ("published_at");
  CREATE UNIQUE INDEX "contribution_days_day_idx" ON "contribution_days" USING btree ("day");
  CREATE INDEX "contribution_days_starts_at_idx" ON "contribution_days" USING btree ("starts_at");
  CREATE INDEX "webhooks_events_order_idx" ON "webhooks_events" USING btree ("order");
  CREATE INDEX "webhooks_events_parent_idx" ON "webhooks_events" USING btree ("parent_id");
  CREATE INDEX "webhooks_active_idx" ON "webhooks" USING btree ("active");
  CREATE INDEX "webhooks_updated_at_idx" ON "webhooks" USING btree ("updated_at");
  CREATE INDEX "webhooks_created_at_idx" ON "webhooks" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_webhook_idx" ON "webhook_deliveries" USING btree ("webhook_id");
  CREATE INDEX "webhook_deliveries_doc_id_idx" ON "webhook_deliveries" USING btree ("doc_id");
  CREATE INDEX "webhook_deliveries_ok_idx" ON "webhook_deliveries" USING btree ("ok");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE INDEX "ethics_reviews_target_collection_idx" ON "ethics_reviews" USING btree ("target_collection");
  CREATE INDEX "ethics_reviews_doc_id_idx" ON "ethics_reviews" USING btree ("doc_id");
  CREATE INDEX "ethics_reviews_reviewer_idx" ON "ethics_reviews" USING btree ("reviewer_id");
  CREATE INDEX "ethics_reviews_updated_at_idx" ON "ethics_reviews" USING btree ("updated_at");
  CREATE INDEX "ethics_reviews_created_at_idx" ON "ethics_reviews" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_ethno_events_id_idx" ON "payload_locked_documents_rels" USING btree ("ethno_events_id");
  CREATE INDEX "payload_locked_documents_rels_podcast_episodes_id_idx" ON "payload_locked_documents_rels" USING btree ("podcast_episodes_id");
  CREATE INDEX "payload_locked_documents_rels_tv_segments_id_idx" ON "payload_locked_documents_rels" USING btree ("tv_segments_id");
  CREATE INDEX "payload_locked_documents_rels_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("videos_id");
  CREATE INDEX "payload_locked_documents_rels_contributors_id_idx" ON "payload_locked_documents_rels" USING btree ("contributors_id");
  CREATE INDEX "payload_locked_documents_rels_rubrics_id_idx" ON "payload_locked_documents_rels" USING btree ("rubrics_id");
  CREATE INDEX "payload_locked_documents_rels_regions_id_idx" ON "payload_locked_documents_rels" USING btree ("regions_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  CREATE INDEX "payload_locked_documents_rels_editorial_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("editorial_comments_id");
  CREATE INDEX "payload_locked_documents_rels_contribution_facts_id_idx" ON "payload_locked_documents_rels" USING btree ("contribution_facts_id");
  CREATE INDEX "payload_locked_documents_rels_contribution_days_id_idx" ON "payload_locked_documents_rels" USING btree ("contribution_days_id");
  CREATE INDEX "payload_locked_documents_rels_webhooks_id_idx" ON "payload_locked_documents_rels" USING btree ("webhooks_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_ethics_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("ethics_reviews_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_ai_disclosure_scope" CASCADE;
  DROP TABLE "articles_ethics_review_flags" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_texts" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_ai_disclosure_scope" CASCADE;
  DROP TABLE "_articles_v_version_ethics_review_flags" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_texts" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "ethno_events_associations" CASCADE;
  DROP TABLE "ethno_events_associations_locales" CASCADE;
  DROP TABLE "ethno_events_ai_disclosure_scope" CASCADE;
  DROP TABLE "ethno_events_ethics_review_flags" CASCADE;
  DROP TABLE "ethno_events" CASCADE;
  DROP TABLE "ethno_events_locales" CASCADE;
  DROP TABLE "ethno_events_texts" CASCADE;
  DROP TABLE "ethno_events_rels" CASCADE;
  DROP TABLE "_ethno_events_v_version_associations" CASCADE;
  DROP TABLE "_ethno_events_v_version_associations_locales" CASCADE;
  DROP TABLE "_ethno_events_v_version_ai_disclosure_scope" CASCADE;
  DROP TABLE "_ethno_events_v_version_ethics_review_flags" CASCADE;
  DROP TABLE "_ethno_events_v" CASCADE;
  DROP TABLE "_ethno_events_v_locales" CASCADE;
  DROP TABLE "_ethno_events_v_texts" CASCADE;
  DROP TABLE "_ethno_events_v_rels" CASCADE;
  DROP TABLE "podcast_episodes_guests" CASCADE;
  DROP TABLE "podcast_episodes_guests_locales" CASCADE;
  DROP TABLE "podcast_episodes_ai_disclosure_scope" CASCADE;
  DROP TABLE "podcast_episodes_ethics_review_flags" CASCADE;
  DROP TABLE "podcast_episodes" CASCADE;
  DROP TABLE "podcast_episodes_locales" CASCADE;
  DROP TABLE "podcast_episodes_texts" CASCADE;
  DROP TABLE "podcast_episodes_rels" CASCADE;
  DROP TABLE "_podcast_episodes_v_version_guests" CASCADE;
  DROP TABLE "_podcast_episodes_v_version_guests_locales" CASCADE;
  DROP TABLE "_podcast_episodes_v_version_ai_disclosure_scope" CASCADE;
  DROP TABLE "_podcast_episodes_v_version_ethics_review_flags" CASCADE;
  DROP TABLE "_podcast_episodes_v" CASCADE;
  DROP TABLE "_podcast_episodes_v_locales" CASCADE;
  DROP TABLE "_podcast_episodes_v_texts" CASCADE;
  DROP TABLE "_podcast_episodes_v_rels" CASCADE;
  DROP TABLE "tv_segments_guests" CASCADE;
  DROP TABLE "tv_segments_guests_locales" CASCADE;
  DROP TABLE "tv_segments_ai_disclosure_scope" CASCADE;
  DROP TABLE "tv_segments_ethics_review_flags" CASCADE;
  DROP TABLE "tv_segments" CASCADE;
  DROP TABLE "tv_segments_locales" CASCADE;
  DROP TABLE "tv_segments_texts" CASCADE;
  DROP TABLE "tv_segments_rels" CASCADE;
  DROP TABLE "_tv_segments_v_version_guests" CASCADE;
  DROP TABLE "_tv_segments_v_version_guests_locales" CASCADE;
  DROP TABLE "_tv_segments_v_version_ai_disclosure_scope" CASCADE;
  DROP TABLE "_tv_segments_v_version_ethics_review_flags" CASCADE;
  DROP TABLE "_tv_segments_v" CASCADE;
  DROP TABLE "_tv_segments_v_locales" CASCADE;
  DROP TABLE "_tv_segments_v_texts" CASCADE;
  DROP TABLE "_tv_segments_v_rels" CASCADE;
  DROP TABLE "videos_audience" CASCADE;
  DROP TABLE "videos_guests" CASCADE;
  DROP TABLE "videos_guests_locales" CASCADE;
  DROP TABLE "videos_ai_disclosure_scope" CASCADE;
  DROP TABLE "videos_ethics_review_flags" CASCADE;
  DROP TABLE "videos" CASCADE;
  DROP TABLE "videos_locales" CASCADE;
  DROP TABLE "videos_texts" CASCADE;
  DROP TABLE "videos_rels" CASCADE;
  DROP TABLE "_videos_v_version_audience" CASCADE;
  DROP TABLE "_videos_v_version_guests" CASCADE;
  DROP TABLE "_videos_v_version_guests_locales" CASCADE;
  DROP TABLE "_videos_v_version_ai_disclosure_scope" CASCADE;
  DROP TABLE "_videos_v_version_ethics_review_flags" CASCADE;
  DROP TABLE "_videos_v" CASCADE;
  DROP TABLE "_videos_v_locales" CASCADE;
  DROP TABLE "_videos_v_texts" CASCADE;
  DROP TABLE "_videos_v_rels" CASCADE;
  DROP TABLE "contributors" CASCADE;
  DROP TABLE "contributors_locales" CASCADE;
  DROP TABLE "rubrics" CASCADE;
  DROP TABLE "rubrics_locales" CASCADE;
  DROP TABLE "regions" CASCADE;
  DROP TABLE "regions_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "media_texts" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "editorial_comments" CASCADE;
  DROP TABLE "contribution_facts" CASCADE;
  DROP TABLE "contribution_days" CASCADE;
  DROP TABLE "webhooks_events" CASCADE;
  DROP TABLE "webhooks" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "ethics_reviews" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_articles_ai_disclosure_scope";
  DROP TYPE "public"."enum_articles_ethics_review_flags_source";
  DROP TYPE "public"."enum_articles_workflow_status";
  DROP TYPE "public"."enum_articles_ai_disclosure_usage";
  DROP TYPE "public"."enum_articles_ai_notice_kind";
  DROP TYPE "public"."enum_articles_ethics_review_status";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_ai_disclosure_scope";
  DROP TYPE "public"."enum__articles_v_version_ethics_review_flags_source";
  DROP TYPE "public"."enum__articles_v_version_workflow_status";
  DROP TYPE "public"."enum__articles_v_version_ai_disclosure_usage";
  DROP TYPE "public"."enum__articles_v_version_ai_notice_kind";
  DROP TYPE "public"."enum__articles_v_version_ethics_review_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_ethno_events_ai_disclosure_scope";
  DROP TYPE "public"."enum_ethno_events_ethics_review_flags_source";
  DROP TYPE "public"."enum_ethno_events_workflow_status";
  DROP TYPE "public"."enum_ethno_events_ai_disclosure_usage";
  DROP TYPE "public"."enum_ethno_events_ai_notice_kind";
  DROP TYPE "public"."enum_ethno_events_ethics_review_status";
  DROP TYPE "public"."enum_ethno_events_status";
  DROP TYPE "public"."enum__ethno_events_v_version_ai_disclosure_scope";
  DROP TYPE "public"."enum__ethno_events_v_version_ethics_review_flags_source";
  DROP TYPE "public"."enum__ethno_events_v_version_workflow_status";
  DROP TYPE "public"."enum__ethno_events_v_version_ai_disclosure_usage";
  DROP TYPE "public"."enum__ethno_events_v_version_ai_notice_kind";
  DROP TYPE "public"."enum__ethno_events_v_version_ethics_review_status";
  DROP TYPE "public"."enum__ethno_events_v_version_status";
  DROP TYPE "public"."enum__ethno_events_v_published_locale";
  DROP TYPE "public"."enum_podcast_episodes_ai_disclosure_scope";
  DROP TYPE "public"."enum_podcast_episodes_ethics_review_flags_source";
  DROP TYPE "public"."enum_podcast_episodes_workflow_status";
  DROP TYPE "public"."enum_podcast_episodes_ai_disclosure_usage";
  DROP TYPE "public"."enum_podcast_episodes_ai_notice_kind";
  DROP TYPE "public"."enum_podcast_episodes_ethics_review_status";
  DROP TYPE "public"."enum_podcast_episodes_status";
  DROP TYPE "public"."enum__podcast_episodes_v_version_ai_disclosure_scope";
  DROP TYPE "public"."enum__podcast_episodes_v_version_ethics_review_flags_source";
  DROP TYPE "public"."enum__podcast_episodes_v_version_workflow_status";
  DROP TYPE "public"."enum__podcast_episodes_v_version_ai_disclosure_usage";
  DROP TYPE "public"."enum__podcast_episodes_v_version_ai_notice_kind";
  DROP TYPE "public"."enum__podcast_episodes_v_version_ethics_review_status";
  DROP TYPE "public"."enum__podcast_episodes_v_version_status";
  DROP TYPE "public"."enum__podcast_episodes_v_published_locale";
  DROP TYPE "public"."enum_tv_segments_ai_disclosure_scope";
  DROP TYPE "public"."enum_tv_segments_ethics_review_flags_source";
  DROP TYPE "public"."enum_tv_segments_workflow_status";
  DROP TYPE "public"."enum_tv_segments_ai_disclosure_usage";
  DROP TYPE "public"."enum_tv_segments_ai_notice_kind";
  DROP TYPE "public"."enum_tv_segments_ethics_review_status";
  DROP TYPE "public"."enum_tv_segments_status";
  DROP TYPE "public"."enum__tv_segments_v_version_ai_disclosure_scope";
  DROP TYPE "public"."enum__tv_segments_v_version_ethics_review_flags_source";
  DROP TYPE "public"."enum__tv_segments_v_version_workflow_status";
  DROP TYPE "public"."enum__tv_segments_v_version_ai_disclosure_usage";
  DROP TYPE "public"."enum__tv_segments_v_version_ai_notice_kind";
  DROP TYPE "public"."enum__tv_segments_v_version_ethics_review_status";
  DROP TYPE "public"."enum__tv_segments_v_version_status";
  DROP TYPE "public"."enum__tv_segments_v_published_locale";
  DROP TYPE "public"."enum_videos_audience";
  DROP TYPE "public"."enum_videos_ai_disclosure_scope";
  DROP TYPE "public"."enum_videos_ethics_review_flags_source";
  DROP TYPE "public"."enum_videos_workflow_status";
  DROP TYPE "public"."enum_videos_provider";
  DROP TYPE "public"."enum_videos_ai_disclosure_usage";
  DROP TYPE "public"."enum_videos_ai_notice_kind";
  DROP TYPE "public"."enum_videos_ethics_review_status";
  DROP TYPE "public"."enum_videos_status";
  DROP TYPE "public"."enum__videos_v_version_audience";
  DROP TYPE "public"."enum__videos_v_version_ai_disclosure_scope";
  DROP TYPE "public"."enum__videos_v_version_ethics_review_flags_source";
  DROP TYPE "public"."enum__videos_v_version_workflow_status";
  DROP TYPE "public"."enum__videos_v_version_provider";
  DROP TYPE "public"."enum__videos_v_version_ai_disclosure_usage";
  DROP TYPE "public"."enum__videos_v_version_ai_notice_kind";
  DROP TYPE "public"."enum__videos_v_version_ethics_review_status";
  DROP TYPE "public"."enum__videos_v_version_status";
  DROP TYPE "public"."enum__videos_v_published_locale";
  DROP TYPE "public"."enum_contributors_media_type";
  DROP TYPE "public"."enum_rubrics_format";
  DROP TYPE "public"."enum_regions_kind";
  DROP TYPE "public"."enum_media_provenance_classification";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_workflow_events_target_collection";
  DROP TYPE "public"."enum_workflow_events_action";
  DROP TYPE "public"."enum_workflow_events_from";
  DROP TYPE "public"."enum_workflow_events_to";
  DROP TYPE "public"."enum_editorial_comments_target_collection";
  DROP TYPE "public"."enum_contribution_facts_type";
  DROP TYPE "public"."enum_webhooks_events";
  DROP TYPE "public"."enum_webhook_deliveries_event";
  DROP TYPE "public"."enum_ethics_reviews_decision";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
