import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "function__status_idx" ON "resources" USING btree ("function_id","_status");
  CREATE INDEX "version_function_version__status_idx" ON "_resources_v" USING btree ("version_function_id","version__status");
  CREATE INDEX "function__status_1_idx" ON "trainings" USING btree ("function_id","_status");
  CREATE INDEX "version_function_version__status_1_idx" ON "_trainings_v" USING btree ("version_function_id","version__status");
  CREATE INDEX "function__status_2_idx" ON "regional_groups" USING btree ("function_id","_status");
  CREATE INDEX "version_function_version__status_2_idx" ON "_regional_groups_v" USING btree ("version_function_id","version__status");
  CREATE INDEX "function__status_3_idx" ON "events" USING btree ("function_id","_status");
  CREATE INDEX "version_function_version__status_3_idx" ON "_events_v" USING btree ("version_function_id","version__status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "function__status_idx";
  DROP INDEX "version_function_version__status_idx";
  DROP INDEX "function__status_1_idx";
  DROP INDEX "version_function_version__status_1_idx";
  DROP INDEX "function__status_2_idx";
  DROP INDEX "version_function_version__status_2_idx";
  DROP INDEX "function__status_3_idx";
  DROP INDEX "version_function_version__status_3_idx";`)
}
