import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Every child table gets an index led by its parent's id (src/db/indexes.ts); media_texts had one
// written by hand in the media-access migration, now part of the schema under the common name.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "media_texts_parent_idx";
  CREATE INDEX "members_locales_parent_id_idx" ON "members_locales" USING btree ("_parent_id");
  CREATE INDEX "functions_locales_parent_id_idx" ON "functions_locales" USING btree ("_parent_id");
  CREATE INDEX "axes_locales_parent_id_idx" ON "axes_locales" USING btree ("_parent_id");
  CREATE INDEX "resources_locales_parent_id_idx" ON "resources_locales" USING btree ("_parent_id");
  CREATE INDEX "resources_texts_parent_id_idx" ON "resources_texts" USING btree ("parent_id");
  CREATE INDEX "_resources_v_locales_parent_id_idx" ON "_resources_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_resources_v_texts_parent_id_idx" ON "_resources_v_texts" USING btree ("parent_id");
  CREATE INDEX "trainings_locales_parent_id_idx" ON "trainings_locales" USING btree ("_parent_id");
  CREATE INDEX "_trainings_v_locales_parent_id_idx" ON "_trainings_v_locales" USING btree ("_parent_id");
  CREATE INDEX "regional_groups_locales_parent_id_idx" ON "regional_groups_locales" USING btree ("_parent_id");
  CREATE INDEX "_regional_groups_v_locales_parent_id_idx" ON "_regional_groups_v_locales" USING btree ("_parent_id");
  CREATE INDEX "events_locales_parent_id_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_locales_parent_id_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "budget_lines_locales_parent_id_idx" ON "budget_lines_locales" USING btree ("_parent_id");
  CREATE INDEX "milestones_locales_parent_id_idx" ON "milestones_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_id_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "media_texts_parent_id_idx" ON "media_texts" USING btree ("parent_id");
  CREATE INDEX "audit_log_texts_parent_id_idx" ON "audit_log_texts" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "members_locales_parent_id_idx";
  DROP INDEX "functions_locales_parent_id_idx";
  DROP INDEX "axes_locales_parent_id_idx";
  DROP INDEX "resources_locales_parent_id_idx";
  DROP INDEX "resources_texts_parent_id_idx";
  DROP INDEX "_resources_v_locales_parent_id_idx";
  DROP INDEX "_resources_v_texts_parent_id_idx";
  DROP INDEX "trainings_locales_parent_id_idx";
  DROP INDEX "_trainings_v_locales_parent_id_idx";
  DROP INDEX "regional_groups_locales_parent_id_idx";
  DROP INDEX "_regional_groups_v_locales_parent_id_idx";
  DROP INDEX "events_locales_parent_id_idx";
  DROP INDEX "_events_v_locales_parent_id_idx";
  DROP INDEX "budget_lines_locales_parent_id_idx";
  DROP INDEX "milestones_locales_parent_id_idx";
  DROP INDEX "media_locales_parent_id_idx";
  DROP INDEX "media_texts_parent_id_idx";
  DROP INDEX "audit_log_texts_parent_id_idx";
  CREATE INDEX "media_texts_parent_idx" ON "media_texts" USING btree ("parent_id");`)
}
