import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { searchOptions } from '../payload.config'
import { reindex } from '../src/plugins/search'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_index" ADD COLUMN "title_en" varchar;
  ALTER TABLE "search_index" ADD COLUMN "content_en" varchar;`)

  // Written by hand: English searched with English stemming, both languages' words unstemmed for
  // prefixes (coop → coopération), and names with typos by trigrams. Accents are ignored throughout.
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TEXT SEARCH CONFIGURATION english_unaccent (COPY = english);
  ALTER TEXT SEARCH CONFIGURATION english_unaccent
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, english_stem;
  CREATE TEXT SEARCH CONFIGURATION simple_unaccent (COPY = simple);
  ALTER TEXT SEARCH CONFIGURATION simple_unaccent
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, simple;
  ALTER TABLE "search_index" ADD COLUMN "tsv_en" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english_unaccent'::regconfig, coalesce("title_en", '')), 'A') ||
    setweight(to_tsvector('english_unaccent'::regconfig, coalesce("content_en", '')), 'B')
  ) STORED;
  ALTER TABLE "search_index" ADD COLUMN "words" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple_unaccent'::regconfig, coalesce("title", '')), 'A') ||
    setweight(to_tsvector('simple_unaccent'::regconfig, coalesce("content", '')), 'B')
  ) STORED;
  ALTER TABLE "search_index" ADD COLUMN "words_en" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple_unaccent'::regconfig, coalesce("title_en", '')), 'A') ||
    setweight(to_tsvector('simple_unaccent'::regconfig, coalesce("content_en", '')), 'B')
  ) STORED;
  CREATE INDEX "search_index_tsv_en_idx" ON "search_index" USING gin ("tsv_en");
  CREATE INDEX "search_index_words_idx" ON "search_index" USING gin ("words");
  CREATE INDEX "search_index_words_en_idx" ON "search_index" USING gin ("words_en");
  CREATE INDEX "search_index_title_trgm_idx" ON "search_index" USING gin ("title" gin_trgm_ops);
  CREATE INDEX "search_index_title_en_trgm_idx" ON "search_index" USING gin ("title_en" gin_trgm_ops);`)
  // The existing entries get their English text.
  await reindex(req, searchOptions, ['resources', 'trainings', 'events', 'members'])
}

// pg_trgm stays: dropping an extension other objects may use is the operator's call.
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_index" DROP COLUMN "tsv_en";
  ALTER TABLE "search_index" DROP COLUMN "words";
  ALTER TABLE "search_index" DROP COLUMN "words_en";
  ALTER TABLE "search_index" DROP COLUMN "title_en";
  ALTER TABLE "search_index" DROP COLUMN "content_en";
  DROP TEXT SEARCH CONFIGURATION IF EXISTS english_unaccent;
  DROP TEXT SEARCH CONFIGURATION IF EXISTS simple_unaccent;`)
}
