import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "members" ADD COLUMN "display_name" varchar;
  CREATE INDEX "members_display_name_idx" ON "members" USING btree ("display_name");`)
  // The organisations already there get the name \`displayName\` (collections/members) gives.
  await db.execute(sql`
   UPDATE "members" SET "display_name" = CASE
     WHEN coalesce(trim("acronym"), '') <> '' AND lower(trim("acronym")) <> lower("name")
     THEN trim("acronym") || ' — ' || "name"
     ELSE "name" END;`)
  // Organisations are listed by name in French order (« Agence … » before « ARADEL »), where the
  // server has ICU collations (the embedded one does); PostgreSQL's default collation may be C.
  await db.execute(sql`
   DO $$ BEGIN
     IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'fr-x-icu') THEN
       ALTER TABLE "members" ALTER COLUMN "name" TYPE varchar COLLATE "fr-x-icu";
       ALTER TABLE "members" ALTER COLUMN "display_name" TYPE varchar COLLATE "fr-x-icu";
     END IF;
   END $$;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "members_display_name_idx";
  ALTER TABLE "members" DROP COLUMN "display_name";`)
}
