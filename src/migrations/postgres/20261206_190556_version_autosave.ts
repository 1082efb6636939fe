import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "_articles_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_ethno_events_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_podcast_episodes_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_tv_segments_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_videos_v" ADD COLUMN "autosave" boolean;
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "_ethno_events_v_autosave_idx" ON "_ethno_events_v" USING btree ("autosave");
  CREATE INDEX "_podcast_episodes_v_autosave_idx" ON "_podcast_episodes_v" USING btree ("autosave");
  CREATE INDEX "_tv_segments_v_autosave_idx" ON "_tv_segments_v" USING btree ("autosave");
  CREATE INDEX "_videos_v_autosave_idx" ON "_videos_v" USING btree ("autosave");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_articles_v_autosave_idx";
  DROP INDEX "_ethno_events_v_autosave_idx";
  DROP INDEX "_podcast_episodes_v_autosave_idx";
  DROP INDEX "_tv_segments_v_autosave_idx";
  DROP INDEX "_videos_v_autosave_idx";
  ALTER TABLE "_articles_v" DROP COLUMN "autosave";
  ALTER TABLE "_ethno_events_v" DROP COLUMN "autosave";
  ALTER TABLE "_podcast_episodes_v" DROP COLUMN "autosave";
  ALTER TABLE "_tv_segments_v" DROP COLUMN "autosave";
  ALTER TABLE "_videos_v" DROP COLUMN "autosave";`)
}
