import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { searchOptions } from '../payload.config'
import { reindex } from '../src/plugins/search'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "search_index" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_type" varchar NOT NULL,
  	"doc_id" numeric NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"content" varchar,
  	"facets" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_index_id" integer;
  CREATE INDEX "search_index_doc_type_idx" ON "search_index" USING btree ("doc_type");
  CREATE INDEX "search_index_doc_id_idx" ON "search_index" USING btree ("doc_id");
  CREATE INDEX "search_index_updated_at_idx" ON "search_index" USING btree ("updated_at");
  CREATE INDEX "search_index_created_at_idx" ON "search_index" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_index_fk" FOREIGN KEY ("search_index_id") REFERENCES "public"."search_index"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_index_id_idx" ON "payload_locked_documents_rels" USING btree ("search_index_id");`)

  // Written by hand: French full-text search that ignores accents (cooperation = coopération),
  // and stems (coopérer, coopération). The vector is kept by PostgreSQL itself from the row.
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
  ALTER TEXT SEARCH CONFIGURATION french_unaccent
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, french_stem;
  ALTER TABLE "search_index" ADD COLUMN "tsv" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('french_unaccent'::regconfig, coalesce("title", '')), 'A') ||
    setweight(to_tsvector('french_unaccent'::regconfig, coalesce("content", '')), 'B')
  ) STORED;
  CREATE INDEX "search_index_tsv_idx" ON "search_index" USING gin ("tsv");
  CREATE INDEX "search_index_facets_idx" ON "search_index" USING gin ("facets");`)
  // The collections searchable when the index was made; a later one is indexed by its own migration.
  await reindex(req, searchOptions, ['resources', 'trainings', 'events', 'members'])
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_index" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_index" CASCADE;
  DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_index_fk";
  
  DROP INDEX "payload_locked_documents_rels_search_index_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_index_id";`)
}
