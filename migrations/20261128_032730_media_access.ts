import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { followAllDocuments } from '../src/plugins/media-access'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "media_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "media" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "organisation_id" integer;
  ALTER TABLE "media" ADD COLUMN "uploaded_by_id" integer;
  ALTER TABLE "media" ADD COLUMN "used_by_published" boolean DEFAULT false;
  ALTER TABLE "media_texts" ADD CONSTRAINT "media_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_texts_order_parent" ON "media_texts" USING btree ("order","parent_id");
  CREATE INDEX "media_texts_text_idx" ON "media_texts" USING btree ("text");
  ALTER TABLE "media" ADD CONSTRAINT "media_organisation_id_members_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_public_idx" ON "media" USING btree ("public");
  CREATE INDEX "media_organisation_idx" ON "media" USING btree ("organisation_id");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_used_by_published_idx" ON "media" USING btree ("used_by_published");`)

  // Written by hand: access asks which media have a given usage entry, and a document's write
  // which media name it; both look entries up by path and text, then the medium by parent.
  await db.execute(sql`
  CREATE INDEX "media_texts_path_text_idx" ON "media_texts" USING btree ("path", "text");
  CREATE INDEX "media_texts_parent_idx" ON "media_texts" USING btree ("parent_id");`)
  // Files uploaded before: their usage, from the documents that hold them (their uploader is unknown).
  await followAllDocuments(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "media_texts" CASCADE;
  ALTER TABLE "media" DROP CONSTRAINT "media_organisation_id_members_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_uploaded_by_id_users_id_fk";
  
  DROP INDEX "media_public_idx";
  DROP INDEX "media_organisation_idx";
  DROP INDEX "media_uploaded_by_idx";
  DROP INDEX "media_used_by_published_idx";
  ALTER TABLE "media" DROP COLUMN "public";
  ALTER TABLE "media" DROP COLUMN "organisation_id";
  ALTER TABLE "media" DROP COLUMN "uploaded_by_id";
  ALTER TABLE "media" DROP COLUMN "used_by_published";`)
}
