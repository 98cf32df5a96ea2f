import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum__budget_lines_v_version_direction" AS ENUM('expense', 'income');
  CREATE TYPE "public"."enum__budget_lines_v_version_kind" AS ENUM('cash', 'in-kind');
  CREATE TYPE "public"."enum__budget_lines_v_version_category" AS ENUM('staff', 'services', 'logistics', 'deliverables', 'volunteering', 'premises', 'subsidy', 'technical-partnership', 'other');
  CREATE TYPE "public"."enum__budget_lines_v_version_status" AS ENUM('draft', 'proposed', 'validated');
  CREATE TABLE "_budget_lines_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_year" numeric NOT NULL,
  	"version_direction" "enum__budget_lines_v_version_direction" NOT NULL,
  	"version_kind" "enum__budget_lines_v_version_kind" DEFAULT 'cash' NOT NULL,
  	"version_category" "enum__budget_lines_v_version_category" NOT NULL,
  	"version_funder_id" integer,
  	"version_function_id" integer,
  	"version_planned" numeric NOT NULL,
  	"version_actual" numeric,
  	"version_status" "enum__budget_lines_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_budget_lines_v_locales" (
  	"version_label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "_budget_lines_v" ADD CONSTRAINT "_budget_lines_v_parent_id_budget_lines_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."budget_lines"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_lines_v" ADD CONSTRAINT "_budget_lines_v_version_funder_id_members_id_fk" FOREIGN KEY ("version_funder_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_lines_v" ADD CONSTRAINT "_budget_lines_v_version_function_id_functions_id_fk" FOREIGN KEY ("version_function_id") REFERENCES "public"."functions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_lines_v_locales" ADD CONSTRAINT "_budget_lines_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_budget_lines_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "_budget_lines_v_parent_idx" ON "_budget_lines_v" USING btree ("parent_id");
  CREATE INDEX "_budget_lines_v_version_version_year_idx" ON "_budget_lines_v" USING btree ("version_year");
  CREATE INDEX "_budget_lines_v_version_version_direction_idx" ON "_budget_lines_v" USING btree ("version_direction");
  CREATE INDEX "_budget_lines_v_version_version_category_idx" ON "_budget_lines_v" USING btree ("version_category");
  CREATE INDEX "_budget_lines_v_version_version_funder_idx" ON "_budget_lines_v" USING btree ("version_funder_id");
  CREATE INDEX "_budget_lines_v_version_version_function_idx" ON "_budget_lines_v" USING btree ("version_function_id");
  CREATE INDEX "_budget_lines_v_version_version_status_idx" ON "_budget_lines_v" USING btree ("version_status");
  CREATE INDEX "_budget_lines_v_version_version_updated_at_idx" ON "_budget_lines_v" USING btree ("version_updated_at");
  CREATE INDEX "_budget_lines_v_version_version_created_at_idx" ON "_budget_lines_v" USING btree ("version_created_at");
  CREATE INDEX "_budget_lines_v_created_at_idx" ON "_budget_lines_v" USING btree ("created_at");
  CREATE INDEX "_budget_lines_v_updated_at_idx" ON "_budget_lines_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_budget_lines_v_locales_locale_parent_id_unique" ON "_budget_lines_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_budget_lines_v_locales_parent_id_idx" ON "_budget_lines_v_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "_budget_lines_v" CASCADE;
  DROP TABLE "_budget_lines_v_locales" CASCADE;
  DROP TYPE "public"."enum__budget_lines_v_version_direction";
  DROP TYPE "public"."enum__budget_lines_v_version_kind";
  DROP TYPE "public"."enum__budget_lines_v_version_category";
  DROP TYPE "public"."enum__budget_lines_v_version_status";`)
}
