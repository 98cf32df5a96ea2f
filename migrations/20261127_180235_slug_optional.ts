import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "members" ALTER COLUMN "slug" DROP NOT NULL;
  ALTER TABLE "functions" ALTER COLUMN "slug" DROP NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "members" ALTER COLUMN "slug" SET NOT NULL;
  ALTER TABLE "functions" ALTER COLUMN "slug" SET NOT NULL;`)
}
