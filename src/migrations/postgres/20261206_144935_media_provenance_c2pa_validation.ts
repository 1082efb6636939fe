import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_provenance_c2pa_validation" AS ENUM('valid', 'invalid');
  ALTER TABLE "media" ADD COLUMN "provenance_c2pa_validation" "enum_media_provenance_c2pa_validation";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP COLUMN "provenance_c2pa_validation";
  DROP TYPE "public"."enum_media_provenance_c2pa_validation";`)
}
