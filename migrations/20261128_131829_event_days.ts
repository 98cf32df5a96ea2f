import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** The tables holding an all-day flag and its dates, and their columns' prefix. */
const DATED = [
  ['events', ''],
  ['_events_v', 'version_'],
  ['trainings_sessions', ''],
  ['_trainings_v_version_sessions', ''],
]

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_trainings_sessions_startsat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum_trainings_sessions_endsat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum__trainings_v_version_sessions_startsat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum__trainings_v_version_sessions_endsat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum_events_startsat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum_events_endsat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum__events_v_version_startsat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum__events_v_version_endsat_tz" AS ENUM('Europe/Paris');
  ALTER TABLE "trainings_sessions" ADD COLUMN "all_day" boolean DEFAULT false;
  ALTER TABLE "trainings_sessions" ADD COLUMN "startsat_tz" "enum_trainings_sessions_startsat_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "trainings_sessions" ADD COLUMN "endsat_tz" "enum_trainings_sessions_endsat_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "_trainings_v_version_sessions" ADD COLUMN "all_day" boolean DEFAULT false;
  ALTER TABLE "_trainings_v_version_sessions" ADD COLUMN "startsat_tz" "enum__trainings_v_version_sessions_startsat_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "_trainings_v_version_sessions" ADD COLUMN "endsat_tz" "enum__trainings_v_version_sessions_endsat_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "events" ADD COLUMN "all_day" boolean DEFAULT false;
  ALTER TABLE "events" ADD COLUMN "startsat_tz" "enum_events_startsat_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "events" ADD COLUMN "endsat_tz" "enum_events_endsat_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "_events_v" ADD COLUMN "version_all_day" boolean DEFAULT false;
  ALTER TABLE "_events_v" ADD COLUMN "version_startsat_tz" "enum__events_v_version_startsat_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "_events_v" ADD COLUMN "version_endsat_tz" "enum__events_v_version_endsat_tz" DEFAULT 'Europe/Paris';`)

  // Dates written as days were stored at midnight UTC (« 01:00 » in Paris): those are all-day
  // entries, kept from now on at noon UTC (fields/dates.ts, calendarDay).
  for (const [table, prefix] of DATED) {
    const column = (name: string) => sql.raw(`"${prefix}${name}"`)
    await db.execute(sql`
      UPDATE ${sql.raw(`"${table}"`)}
      SET ${column('all_day')} = true,
          ${column('starts_at')} = ${column('starts_at')} + interval '12 hours',
          ${column('ends_at')} = ${column('ends_at')} + interval '12 hours'
      WHERE ${column('starts_at')} = date_trunc('day', ${column('starts_at')}, 'UTC')
        AND (${column('ends_at')} IS NULL
          OR ${column('ends_at')} = date_trunc('day', ${column('ends_at')}, 'UTC'))`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  for (const [table, prefix] of DATED) {
    const column = (name: string) => sql.raw(`"${prefix}${name}"`)
    await db.execute(sql`
      UPDATE ${sql.raw(`"${table}"`)}
      SET ${column('starts_at')} = ${column('starts_at')} - interval '12 hours',
          ${column('ends_at')} = ${column('ends_at')} - interval '12 hours'
      WHERE ${column('all_day')}`)
  }
  await db.execute(sql`
   ALTER TABLE "trainings_sessions" DROP COLUMN "all_day";
  ALTER TABLE "trainings_sessions" DROP COLUMN "startsat_tz";
  ALTER TABLE "trainings_sessions" DROP COLUMN "endsat_tz";
  ALTER TABLE "_trainings_v_version_sessions" DROP COLUMN "all_day";
  ALTER TABLE "_trainings_v_version_sessions" DROP COLUMN "startsat_tz";
  ALTER TABLE "_trainings_v_version_sessions" DROP COLUMN "endsat_tz";
  ALTER TABLE "events" DROP COLUMN "all_day";
  ALTER TABLE "events" DROP COLUMN "startsat_tz";
  ALTER TABLE "events" DROP COLUMN "endsat_tz";
  ALTER TABLE "_events_v" DROP COLUMN "version_all_day";
  ALTER TABLE "_events_v" DROP COLUMN "version_startsat_tz";
  ALTER TABLE "_events_v" DROP COLUMN "version_endsat_tz";
  DROP TYPE "public"."enum_trainings_sessions_startsat_tz";
  DROP TYPE "public"."enum_trainings_sessions_endsat_tz";
  DROP TYPE "public"."enum__trainings_v_version_sessions_startsat_tz";
  DROP TYPE "public"."enum__trainings_v_version_sessions_endsat_tz";
  DROP TYPE "public"."enum_events_startsat_tz";
  DROP TYPE "public"."enum_events_endsat_tz";
  DROP TYPE "public"."enum__events_v_version_startsat_tz";
  DROP TYPE "public"."enum__events_v_version_endsat_tz";`)
}
