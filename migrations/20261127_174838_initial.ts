import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_members_relation" AS ENUM('member', 'partner', 'funder');
  CREATE TYPE "public"."enum_members_kind" AS ENUM('institution', 'training', 'research', 'local-development', 'professional-network', 'resource-centre', 'employer', 'local-authority');
  CREATE TYPE "public"."enum_members_scope" AS ENUM('national', 'regional', 'local');
  CREATE TYPE "public"."enum_members_territory" AS ENUM('urban', 'rural', 'mixed');
  CREATE TYPE "public"."enum_members_status" AS ENUM('active', 'former');
  CREATE TYPE "public"."enum_functions_pilots_collections" AS ENUM('resources', 'trainings', 'regional-groups', 'events', 'budget-lines', 'milestones');
  CREATE TYPE "public"."enum_functions_pilots_role" AS ENUM('pilot', 'co-pilot');
  CREATE TYPE "public"."enum_resources_type" AS ENUM('job-profile', 'competency-framework', 'training-guide', 'survey', 'action-research', 'tool', 'proceedings', 'brochure', 'teaching-tool', 'legal', 'eu-programme', 'territorial-project', 'transition-strategy');
  CREATE TYPE "public"."enum_resources_language" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_resources_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__resources_v_version_type" AS ENUM('job-profile', 'competency-framework', 'training-guide', 'survey', 'action-research', 'tool', 'proceedings', 'brochure', 'teaching-tool', 'legal', 'eu-programme', 'territorial-project', 'transition-strategy');
  CREATE TYPE "public"."enum__resources_v_version_language" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum__resources_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__resources_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_trainings_format" AS ENUM('action-training', 'experimental', 'seminar', 'student-engineering-pool');
  CREATE TYPE "public"."enum_trainings_audience" AS ENUM('developers', 'elected-officials', 'technicians', 'mixed');
  CREATE TYPE "public"."enum_trainings_state" AS ENUM('design', 'open', 'running', 'done');
  CREATE TYPE "public"."enum_trainings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__trainings_v_version_format" AS ENUM('action-training', 'experimental', 'seminar', 'student-engineering-pool');
  CREATE TYPE "public"."enum__trainings_v_version_audience" AS ENUM('developers', 'elected-officials', 'technicians', 'mixed');
  CREATE TYPE "public"."enum__trainings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__trainings_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_regional_groups_state" AS ENUM('forming', 'active', 'closed');
  CREATE TYPE "public"."enum_regional_groups_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__regional_groups_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__regional_groups_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_events_kind" AS ENUM('regional-meeting', 'national-meeting', 'seminar', 'congress');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_kind" AS ENUM('regional-meeting', 'national-meeting', 'seminar', 'congress');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_budget_lines_direction" AS ENUM('expense', 'income');
  CREATE TYPE "public"."enum_budget_lines_kind" AS ENUM('cash', 'in-kind');
  CREATE TYPE "public"."enum_budget_lines_category" AS ENUM('staff', 'services', 'logistics', 'deliverables', 'volunteering', 'premises', 'subsidy', 'technical-partnership', 'other');
  CREATE TYPE "public"."enum_budget_lines_status" AS ENUM('draft', 'proposed', 'validated');
  CREATE TYPE "public"."enum_milestones_status" AS ENUM('planned', 'in-progress', 'done', 'late');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'coordinator', 'member');
  CREATE TYPE "public"."enum_users_org_role" AS ENUM('manager', 'contributor');
  CREATE TABLE "members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"acronym" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"relation" "enum_members_relation" DEFAULT 'member' NOT NULL,
  	"kind" "enum_members_kind",
  	"scope" "enum_members_scope",
  	"territory" "enum_members_territory",
  	"siren" varchar,
  	"siret" varchar,
  	"rna" varchar,
  	"website" varchar,
  	"email" varchar,
  	"logo_id" integer,
  	"member_since" timestamp(3) with time zone,
  	"status" "enum_members_status" DEFAULT 'active' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "members_locales" (
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "members_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regions_id" integer
  );
  
  CREATE TABLE "functions_pilots_collections" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_functions_pilots_collections",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "functions_pilots" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"organisation_id" integer NOT NULL,
  	"role" "enum_functions_pilots_role" DEFAULT 'pilot' NOT NULL,
  	"starts_on" timestamp(3) with time zone NOT NULL,
  	"ends_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "functions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "functions_locales" (
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "axes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "axes_locales" (
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "regions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"valid_from" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"merged_into_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "resources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"type" "enum_resources_type",
  	"url" varchar,
  	"publisher_id" integer,
  	"year" numeric,
  	"pages" numeric,
  	"language" "enum_resources_language" DEFAULT 'fr',
  	"function_id" integer,
  	"license" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_resources_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "resources_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "resources_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "resources_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"axes_id" integer
  );
  
  CREATE TABLE "_resources_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_type" "enum__resources_v_version_type",
  	"version_url" varchar,
  	"version_publisher_id" integer,
  	"version_year" numeric,
  	"version_pages" numeric,
  	"version_language" "enum__resources_v_version_language" DEFAULT 'fr',
  	"version_function_id" integer,
  	"version_license" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__resources_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__resources_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_resources_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_resources_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_resources_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"axes_id" integer
  );
  
  CREATE TABLE "trainings_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"place" varchar,
  	"region_id" integer,
  	"capacity" numeric
  );
  
  CREATE TABLE "trainings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"format" "enum_trainings_format",
  	"audience" "enum_trainings_audience",
  	"status" "enum_trainings_state" DEFAULT 'design',
  	"function_id" integer,
  	"rncp" varchar,
  	"hours" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_trainings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "trainings_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"objectives" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "trainings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"axes_id" integer,
  	"members_id" integer
  );
  
  CREATE TABLE "_trainings_v_version_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"place" varchar,
  	"region_id" integer,
  	"capacity" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trainings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_format" "enum__trainings_v_version_format",
  	"version_audience" "enum__trainings_v_version_audience",
  	"version_status" "enum_trainings_state" DEFAULT 'design',
  	"version_function_id" integer,
  	"version_rncp" varchar,
  	"version_hours" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__trainings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__trainings_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_trainings_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_objectives" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_trainings_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"axes_id" integer,
  	"members_id" integer
  );
  
  CREATE TABLE "regional_groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"region_id" integer,
  	"animator_id" integer,
  	"function_id" integer,
  	"status" "enum_regional_groups_state" DEFAULT 'forming',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_regional_groups_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "regional_groups_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "regional_groups_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"members_id" integer,
  	"axes_id" integer,
  	"resources_id" integer
  );
  
  CREATE TABLE "_regional_groups_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_region_id" integer,
  	"version_animator_id" integer,
  	"version_function_id" integer,
  	"version_status" "enum_regional_groups_state" DEFAULT 'forming',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__regional_groups_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__regional_groups_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_regional_groups_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_regional_groups_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"members_id" integer,
  	"axes_id" integer,
  	"resources_id" integer
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"kind" "enum_events_kind",
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"place" varchar,
  	"region_id" integer,
  	"expected_participants" numeric,
  	"participants" numeric,
  	"function_id" integer,
  	"regional_group_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"members_id" integer,
  	"axes_id" integer,
  	"resources_id" integer
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_kind" "enum__events_v_version_kind",
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_place" varchar,
  	"version_region_id" integer,
  	"version_expected_participants" numeric,
  	"version_participants" numeric,
  	"version_function_id" integer,
  	"version_regional_group_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"members_id" integer,
  	"axes_id" integer,
  	"resources_id" integer
  );
  
  CREATE TABLE "budget_lines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"direction" "enum_budget_lines_direction" NOT NULL,
  	"kind" "enum_budget_lines_kind" DEFAULT 'cash' NOT NULL,
  	"category" "enum_budget_lines_category" NOT NULL,
  	"funder_id" integer,
  	"function_id" integer,
  	"planned" numeric NOT NULL,
  	"actual" numeric,
  	"status" "enum_budget_lines_status" DEFAULT 'draft' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "budget_lines_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "milestones" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"period" varchar NOT NULL,
  	"due_on" timestamp(3) with time zone,
  	"function_id" integer,
  	"status" "enum_milestones_status" DEFAULT 'planned' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "milestones_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "milestones_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"resources_id" integer,
  	"trainings_id" integer,
  	"events_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"organisation_id" integer,
  	"org_role" "enum_users_org_role" DEFAULT 'contributor',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"members_id" integer,
  	"functions_id" integer,
  	"axes_id" integer,
  	"regions_id" integer,
  	"resources_id" integer,
  	"trainings_id" integer,
  	"regional_groups_id" integer,
  	"events_id" integer,
  	"budget_lines_id" integer,
  	"milestones_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "members" ADD CONSTRAINT "members_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members_locales" ADD CONSTRAINT "members_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "members_rels" ADD CONSTRAINT "members_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "members_rels" ADD CONSTRAINT "members_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "functions_pilots_collections" ADD CONSTRAINT "functions_pilots_collections_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."functions_pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "functions_pilots" ADD CONSTRAINT "functions_pilots_organisation_id_members_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "functions_pilots" ADD CONSTRAINT "functions_pilots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."functions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "functions_locales" ADD CONSTRAINT "functions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."functions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "axes_locales" ADD CONSTRAINT "axes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."axes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regions" ADD CONSTRAINT "regions_merged_into_id_regions_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources" ADD CONSTRAINT "resources_publisher_id_members_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources" ADD CONSTRAINT "resources_function_id_functions_id_fk" FOREIGN KEY ("function_id") REFERENCES "public"."functions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources_locales" ADD CONSTRAINT "resources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_texts" ADD CONSTRAINT "resources_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_rels" ADD CONSTRAINT "resources_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_rels" ADD CONSTRAINT "resources_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_rels" ADD CONSTRAINT "resources_rels_axes_fk" FOREIGN KEY ("axes_id") REFERENCES "public"."axes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_parent_id_resources_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_version_publisher_id_members_id_fk" FOREIGN KEY ("version_publisher_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_version_function_id_functions_id_fk" FOREIGN KEY ("version_function_id") REFERENCES "public"."functions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v_locales" ADD CONSTRAINT "_resources_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_texts" ADD CONSTRAINT "_resources_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_rels" ADD CONSTRAINT "_resources_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_rels" ADD CONSTRAINT "_resources_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_rels" ADD CONSTRAINT "_resources_v_rels_axes_fk" FOREIGN KEY ("axes_id") REFERENCES "public"."axes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_sessions" ADD CONSTRAINT "trainings_sessions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings_sessions" ADD CONSTRAINT "trainings_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings" ADD CONSTRAINT "trainings_function_id_functions_id_fk" FOREIGN KEY ("function_id") REFERENCES "public"."functions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings_locales" ADD CONSTRAINT "trainings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_axes_fk" FOREIGN KEY ("axes_id") REFERENCES "public"."axes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_sessions" ADD CONSTRAINT "_trainings_v_version_sessions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_sessions" ADD CONSTRAINT "_trainings_v_version_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_parent_id_trainings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_version_function_id_functions_id_fk" FOREIGN KEY ("version_function_id") REFERENCES "public"."functions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v_locales" ADD CONSTRAINT "_trainings_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_axes_fk" FOREIGN KEY ("axes_id") REFERENCES "public"."axes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regional_groups" ADD CONSTRAINT "regional_groups_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regional_groups" ADD CONSTRAINT "regional_groups_animator_id_members_id_fk" FOREIGN KEY ("animator_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regional_groups" ADD CONSTRAINT "regional_groups_function_id_functions_id_fk" FOREIGN KEY ("function_id") REFERENCES "public"."functions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regional_groups_locales" ADD CONSTRAINT "regional_groups_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regional_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regional_groups_rels" ADD CONSTRAINT "regional_groups_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regional_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regional_groups_rels" ADD CONSTRAINT "regional_groups_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regional_groups_rels" ADD CONSTRAINT "regional_groups_rels_axes_fk" FOREIGN KEY ("axes_id") REFERENCES "public"."axes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regional_groups_rels" ADD CONSTRAINT "regional_groups_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regional_groups_v" ADD CONSTRAINT "_regional_groups_v_parent_id_regional_groups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regional_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regional_groups_v" ADD CONSTRAINT "_regional_groups_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regional_groups_v" ADD CONSTRAINT "_regional_groups_v_version_animator_id_members_id_fk" FOREIGN KEY ("version_animator_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regional_groups_v" ADD CONSTRAINT "_regional_groups_v_version_function_id_functions_id_fk" FOREIGN KEY ("version_function_id") REFERENCES "public"."functions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regional_groups_v_locales" ADD CONSTRAINT "_regional_groups_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_regional_groups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regional_groups_v_rels" ADD CONSTRAINT "_regional_groups_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_regional_groups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regional_groups_v_rels" ADD CONSTRAINT "_regional_groups_v_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regional_groups_v_rels" ADD CONSTRAINT "_regional_groups_v_rels_axes_fk" FOREIGN KEY ("axes_id") REFERENCES "public"."axes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regional_groups_v_rels" ADD CONSTRAINT "_regional_groups_v_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_function_id_functions_id_fk" FOREIGN KEY ("function_id") REFERENCES "public"."functions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_regional_group_id_regional_groups_id_fk" FOREIGN KEY ("regional_group_id") REFERENCES "public"."regional_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_axes_fk" FOREIGN KEY ("axes_id") REFERENCES "public"."axes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_function_id_functions_id_fk" FOREIGN KEY ("version_function_id") REFERENCES "public"."functions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_regional_group_id_regional_groups_id_fk" FOREIGN KEY ("version_regional_group_id") REFERENCES "public"."regional_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_axes_fk" FOREIGN KEY ("axes_id") REFERENCES "public"."axes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_funder_id_members_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_function_id_functions_id_fk" FOREIGN KEY ("function_id") REFERENCES "public"."functions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_lines_locales" ADD CONSTRAINT "budget_lines_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."budget_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "milestones" ADD CONSTRAINT "milestones_function_id_functions_id_fk" FOREIGN KEY ("function_id") REFERENCES "public"."functions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "milestones_locales" ADD CONSTRAINT "milestones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "milestones_rels" ADD CONSTRAINT "milestones_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "milestones_rels" ADD CONSTRAINT "milestones_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "milestones_rels" ADD CONSTRAINT "milestones_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "milestones_rels" ADD CONSTRAINT "milestones_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_members_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_functions_fk" FOREIGN KEY ("functions_id") REFERENCES "public"."functions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_axes_fk" FOREIGN KEY ("axes_id") REFERENCES "public"."axes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regional_groups_fk" FOREIGN KEY ("regional_groups_id") REFERENCES "public"."regional_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_budget_lines_fk" FOREIGN KEY ("budget_lines_id") REFERENCES "public"."budget_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_milestones_fk" FOREIGN KEY ("milestones_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "members_slug_idx" ON "members" USING btree ("slug");
  CREATE INDEX "members_relation_idx" ON "members" USING btree ("relation");
  CREATE INDEX "members_kind_idx" ON "members" USING btree ("kind");
  CREATE INDEX "members_logo_idx" ON "members" USING btree ("logo_id");
  CREATE INDEX "members_status_idx" ON "members" USING btree ("status");
  CREATE INDEX "members_updated_at_idx" ON "members" USING btree ("updated_at");
  CREATE INDEX "members_created_at_idx" ON "members" USING btree ("created_at");
  CREATE UNIQUE INDEX "members_locales_locale_parent_id_unique" ON "members_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "members_rels_order_idx" ON "members_rels" USING btree ("order");
  CREATE INDEX "members_rels_parent_idx" ON "members_rels" USING btree ("parent_id");
  CREATE INDEX "members_rels_path_idx" ON "members_rels" USING btree ("path");
  CREATE INDEX "members_rels_regions_id_idx" ON "members_rels" USING btree ("regions_id");
  CREATE INDEX "functions_pilots_collections_order_idx" ON "functions_pilots_collections" USING btree ("order");
  CREATE INDEX "functions_pilots_collections_parent_idx" ON "functions_pilots_collections" USING btree ("parent_id");
  CREATE INDEX "functions_pilots_order_idx" ON "functions_pilots" USING btree ("_order");
  CREATE INDEX "functions_pilots_parent_id_idx" ON "functions_pilots" USING btree ("_parent_id");
  CREATE INDEX "functions_pilots_organisation_idx" ON "functions_pilots" USING btree ("organisation_id");
  CREATE UNIQUE INDEX "functions_slug_idx" ON "functions" USING btree ("slug");
  CREATE INDEX "functions_updated_at_idx" ON "functions" USING btree ("updated_at");
  CREATE INDEX "functions_created_at_idx" ON "functions" USING btree ("created_at");
  CREATE UNIQUE INDEX "functions_locales_locale_parent_id_unique" ON "functions_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "axes_number_idx" ON "axes" USING btree ("number");
  CREATE INDEX "axes_updated_at_idx" ON "axes" USING btree ("updated_at");
  CREATE INDEX "axes_created_at_idx" ON "axes" USING btree ("created_at");
  CREATE UNIQUE INDEX "axes_locales_locale_parent_id_unique" ON "axes_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "regions_code_idx" ON "regions" USING btree ("code");
  CREATE INDEX "regions_merged_into_idx" ON "regions" USING btree ("merged_into_id");
  CREATE INDEX "regions_updated_at_idx" ON "regions" USING btree ("updated_at");
  CREATE INDEX "regions_created_at_idx" ON "regions" USING btree ("created_at");
  CREATE UNIQUE INDEX "resources_slug_idx" ON "resources" USING btree ("slug");
  CREATE INDEX "resources_type_idx" ON "resources" USING btree ("type");
  CREATE INDEX "resources_publisher_idx" ON "resources" USING btree ("publisher_id");
  CREATE INDEX "resources_year_idx" ON "resources" USING btree ("year");
  CREATE INDEX "resources_function_idx" ON "resources" USING btree ("function_id");
  CREATE INDEX "resources_updated_at_idx" ON "resources" USING btree ("updated_at");
  CREATE INDEX "resources_created_at_idx" ON "resources" USING btree ("created_at");
  CREATE INDEX "resources__status_idx" ON "resources" USING btree ("_status");
  CREATE UNIQUE INDEX "resources_locales_locale_parent_id_unique" ON "resources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "resources_texts_order_parent" ON "resources_texts" USING btree ("order","parent_id");
  CREATE INDEX "resources_rels_order_idx" ON "resources_rels" USING btree ("order");
  CREATE INDEX "resources_rels_parent_idx" ON "resources_rels" USING btree ("parent_id");
  CREATE INDEX "resources_rels_path_idx" ON "resources_rels" USING btree ("path");
  CREATE INDEX "resources_rels_media_id_idx" ON "resources_rels" USING btree ("media_id");
  CREATE INDEX "resources_rels_axes_id_idx" ON "resources_rels" USING btree ("axes_id");
  CREATE INDEX "_resources_v_parent_idx" ON "_resources_v" USING btree ("parent_id");
  CREATE INDEX "_resources_v_version_version_slug_idx" ON "_resources_v" USING btree ("version_slug");
  CREATE INDEX "_resources_v_version_version_type_idx" ON "_resources_v" USING btree ("version_type");
  CREATE INDEX "_resources_v_version_version_publisher_idx" ON "_resources_v" USING btree ("version_publisher_id");
  CREATE INDEX "_resources_v_version_version_year_idx" ON "_resources_v" USING btree ("version_year");
  CREATE INDEX "_resources_v_version_version_function_idx" ON "_resources_v" USING btree ("version_function_id");
  CREATE INDEX "_resources_v_version_version_updated_at_idx" ON "_resources_v" USING btree ("version_updated_at");
  CREATE INDEX "_resources_v_version_version_created_at_idx" ON "_resources_v" USING btree ("version_created_at");
  CREATE INDEX "_resources_v_version_version__status_idx" ON "_resources_v" USING btree ("version__status");
  CREATE INDEX "_resources_v_created_at_idx" ON "_resources_v" USING btree ("created_at");
  CREATE INDEX "_resources_v_updated_at_idx" ON "_resources_v" USING btree ("updated_at");
  CREATE INDEX "_resources_v_snapshot_idx" ON "_resources_v" USING btree ("snapshot");
  CREATE INDEX "_resources_v_published_locale_idx" ON "_resources_v" USING btree ("published_locale");
  CREATE INDEX "_resources_v_latest_idx" ON "_resources_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_resources_v_locales_locale_parent_id_unique" ON "_resources_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_resources_v_texts_order_parent" ON "_resources_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_resources_v_rels_order_idx" ON "_resources_v_rels" USING btree ("order");
  CREATE INDEX "_resources_v_rels_parent_idx" ON "_resources_v_rels" USING btree ("parent_id");
  CREATE INDEX "_resources_v_rels_path_idx" ON "_resources_v_rels" USING btree ("path");
  CREATE INDEX "_resources_v_rels_media_id_idx" ON "_resources_v_rels" USING btree ("media_id");
  CREATE INDEX "_resources_v_rels_axes_id_idx" ON "_resources_v_rels" USING btree ("axes_id");
  CREATE INDEX "trainings_sessions_order_idx" ON "trainings_sessions" USING btree ("_order");
  CREATE INDEX "trainings_sessions_parent_id_idx" ON "trainings_sessions" USING btree ("_parent_id");
  CREATE INDEX "trainings_sessions_starts_at_idx" ON "trainings_sessions" USING btree ("starts_at");
  CREATE INDEX "trainings_sessions_region_idx" ON "trainings_sessions" USING btree ("region_id");
  CREATE UNIQUE INDEX "trainings_slug_idx" ON "trainings" USING btree ("slug");
  CREATE INDEX "trainings_format_idx" ON "trainings" USING btree ("format");
  CREATE INDEX "trainings_status_idx" ON "trainings" USING btree ("status");
  CREATE INDEX "trainings_function_idx" ON "trainings" USING btree ("function_id");
  CREATE INDEX "trainings_updated_at_idx" ON "trainings" USING btree ("updated_at");
  CREATE INDEX "trainings_created_at_idx" ON "trainings" USING btree ("created_at");
  CREATE INDEX "trainings__status_idx" ON "trainings" USING btree ("_status");
  CREATE UNIQUE INDEX "trainings_locales_locale_parent_id_unique" ON "trainings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "trainings_rels_order_idx" ON "trainings_rels" USING btree ("order");
  CREATE INDEX "trainings_rels_parent_idx" ON "trainings_rels" USING btree ("parent_id");
  CREATE INDEX "trainings_rels_path_idx" ON "trainings_rels" USING btree ("path");
  CREATE INDEX "trainings_rels_axes_id_idx" ON "trainings_rels" USING btree ("axes_id");
  CREATE INDEX "trainings_rels_members_id_idx" ON "trainings_rels" USING btree ("members_id");
  CREATE INDEX "_trainings_v_version_sessions_order_idx" ON "_trainings_v_version_sessions" USING btree ("_order");
  CREATE INDEX "_trainings_v_version_sessions_parent_id_idx" ON "_trainings_v_version_sessions" USING btree ("_parent_id");
  CREATE INDEX "_trainings_v_version_sessions_starts_at_idx" ON "_trainings_v_version_sessions" USING btree ("starts_at");
  CREATE INDEX "_trainings_v_version_sessions_region_idx" ON "_trainings_v_version_sessions" USING btree ("region_id");
  CREATE INDEX "_trainings_v_parent_idx" ON "_trainings_v" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_version_version_slug_idx" ON "_trainings_v" USING btree ("version_slug");
  CREATE INDEX "_trainings_v_version_version_format_idx" ON "_trainings_v" USING btree ("version_format");
  CREATE INDEX "_trainings_v_version_version_status_idx" ON "_trainings_v" USING btree ("version_status");
  CREATE INDEX "_trainings_v_version_version_function_idx" ON "_trainings_v" USING btree ("version_function_id");
  CREATE INDEX "_trainings_v_version_version_updated_at_idx" ON "_trainings_v" USING btree ("version_updated_at");
  CREATE INDEX "_trainings_v_version_version_created_at_idx" ON "_trainings_v" USING btree ("version_created_at");
  CREATE INDEX "_trainings_v_version_version__status_idx" ON "_trainings_v" USING btree ("version__status");
  CREATE INDEX "_trainings_v_created_at_idx" ON "_trainings_v" USING btree ("created_at");
  CREATE INDEX "_trainings_v_updated_at_idx" ON "_trainings_v" USING btree ("updated_at");
  CREATE INDEX "_trainings_v_snapshot_idx" ON "_trainings_v" USING btree ("snapshot");
  CREATE INDEX "_trainings_v_published_locale_idx" ON "_trainings_v" USING btree ("published_locale");
  CREATE INDEX "_trainings_v_latest_idx" ON "_trainings_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_trainings_v_locales_locale_parent_id_unique" ON "_trainings_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_trainings_v_rels_order_idx" ON "_trainings_v_rels" USING btree ("order");
  CREATE INDEX "_trainings_v_rels_parent_idx" ON "_trainings_v_rels" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_rels_path_idx" ON "_trainings_v_rels" USING btree ("path");
  CREATE INDEX "_trainings_v_rels_axes_id_idx" ON "_trainings_v_rels" USING btree ("axes_id");
  CREATE INDEX "_trainings_v_rels_members_id_idx" ON "_trainings_v_rels" USING btree ("members_id");
  CREATE UNIQUE INDEX "regional_groups_slug_idx" ON "regional_groups" USING btree ("slug");
  CREATE INDEX "regional_groups_region_idx" ON "regional_groups" USING btree ("region_id");
  CREATE INDEX "regional_groups_animator_idx" ON "regional_groups" USING btree ("animator_id");
  CREATE INDEX "regional_groups_function_idx" ON "regional_groups" USING btree ("function_id");
  CREATE INDEX "regional_groups_status_idx" ON "regional_groups" USING btree ("status");
  CREATE INDEX "regional_groups_updated_at_idx" ON "regional_groups" USING btree ("updated_at");
  CREATE INDEX "regional_groups_created_at_idx" ON "regional_groups" USING btree ("created_at");
  CREATE INDEX "regional_groups__status_idx" ON "regional_groups" USING btree ("_status");
  CREATE UNIQUE INDEX "regional_groups_locales_locale_parent_id_unique" ON "regional_groups_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "regional_groups_rels_order_idx" ON "regional_groups_rels" USING btree ("order");
  CREATE INDEX "regional_groups_rels_parent_idx" ON "regional_groups_rels" USING btree ("parent_id");
  CREATE INDEX "regional_groups_rels_path_idx" ON "regional_groups_rels" USING btree ("path");
  CREATE INDEX "regional_groups_rels_members_id_idx" ON "regional_groups_rels" USING btree ("members_id");
  CREATE INDEX "regional_groups_rels_axes_id_idx" ON "regional_groups_rels" USING btree ("axes_id");
  CREATE INDEX "regional_groups_rels_resources_id_idx" ON "regional_groups_rels" USING btree ("resources_id");
  CREATE INDEX "_regional_groups_v_parent_idx" ON "_regional_groups_v" USING btree ("parent_id");
  CREATE INDEX "_regional_groups_v_version_version_slug_idx" ON "_regional_groups_v" USING btree ("version_slug");
  CREATE INDEX "_regional_groups_v_version_version_region_idx" ON "_regional_groups_v" USING btree ("version_region_id");
  CREATE INDEX "_regional_groups_v_version_version_animator_idx" ON "_regional_groups_v" USING btree ("version_animator_id");
  CREATE INDEX "_regional_groups_v_version_version_function_idx" ON "_regional_groups_v" USING btree ("version_function_id");
  CREATE INDEX "_regional_groups_v_version_version_status_idx" ON "_regional_groups_v" USING btree ("version_status");
  CREATE INDEX "_regional_groups_v_version_version_updated_at_idx" ON "_regional_groups_v" USING btree ("version_updated_at");
  CREATE INDEX "_regional_groups_v_version_version_created_at_idx" ON "_regional_groups_v" USING btree ("version_created_at");
  CREATE INDEX "_regional_groups_v_version_version__status_idx" ON "_regional_groups_v" USING btree ("version__status");
  CREATE INDEX "_regional_groups_v_created_at_idx" ON "_regional_groups_v" USING btree ("created_at");
  CREATE INDEX "_regional_groups_v_updated_at_idx" ON "_regional_groups_v" USING btree ("updated_at");
  CREATE INDEX "_regional_groups_v_snapshot_idx" ON "_regional_groups_v" USING btree ("snapshot");
  CREATE INDEX "_regional_groups_v_published_locale_idx" ON "_regional_groups_v" USING btree ("published_locale");
  CREATE INDEX "_regional_groups_v_latest_idx" ON "_regional_groups_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_regional_groups_v_locales_locale_parent_id_unique" ON "_regional_groups_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_regional_groups_v_rels_order_idx" ON "_regional_groups_v_rels" USING btree ("order");
  CREATE INDEX "_regional_groups_v_rels_parent_idx" ON "_regional_groups_v_rels" USING btree ("parent_id");
  CREATE INDEX "_regional_groups_v_rels_path_idx" ON "_regional_groups_v_rels" USING btree ("path");
  CREATE INDEX "_regional_groups_v_rels_members_id_idx" ON "_regional_groups_v_rels" USING btree ("members_id");
  CREATE INDEX "_regional_groups_v_rels_axes_id_idx" ON "_regional_groups_v_rels" USING btree ("axes_id");
  CREATE INDEX "_regional_groups_v_rels_resources_id_idx" ON "_regional_groups_v_rels" USING btree ("resources_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_kind_idx" ON "events" USING btree ("kind");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_region_idx" ON "events" USING btree ("region_id");
  CREATE INDEX "events_function_idx" ON "events" USING btree ("function_id");
  CREATE INDEX "events_regional_group_idx" ON "events" USING btree ("regional_group_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_members_id_idx" ON "events_rels" USING btree ("members_id");
  CREATE INDEX "events_rels_axes_id_idx" ON "events_rels" USING btree ("axes_id");
  CREATE INDEX "events_rels_resources_id_idx" ON "events_rels" USING btree ("resources_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_kind_idx" ON "_events_v" USING btree ("version_kind");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_region_idx" ON "_events_v" USING btree ("version_region_id");
  CREATE INDEX "_events_v_version_version_function_idx" ON "_events_v" USING btree ("version_function_id");
  CREATE INDEX "_events_v_version_version_regional_group_idx" ON "_events_v" USING btree ("version_regional_group_id");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_members_id_idx" ON "_events_v_rels" USING btree ("members_id");
  CREATE INDEX "_events_v_rels_axes_id_idx" ON "_events_v_rels" USING btree ("axes_id");
  CREATE INDEX "_events_v_rels_resources_id_idx" ON "_events_v_rels" USING btree ("resources_id");
  CREATE INDEX "budget_lines_year_idx" ON "budget_lines" USING btree ("year");
  CREATE INDEX "budget_lines_direction_idx" ON "budget_lines" USING btree ("direction");
  CREATE INDEX "budget_lines_category_idx" ON "budget_lines" USING btree ("category");
  CREATE INDEX "budget_lines_funder_idx" ON "budget_lines" USING btree ("funder_id");
  CREATE INDEX "budget_lines_function_idx" ON "budget_lines" USING btree ("function_id");
  CREATE INDEX "budget_lines_status_idx" ON "budget_lines" USING btree ("status");
  CREATE INDEX "budget_lines_updated_at_idx" ON "budget_lines" USING btree ("updated_at");
  CREATE INDEX "budget_lines_created_at_idx" ON "budget_lines" USING btree ("created_at");
  CREATE UNIQUE INDEX "budget_lines_locales_locale_parent_id_unique" ON "budget_lines_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "milestones_period_idx" ON "milestones" USING btree ("period");
  CREATE INDEX "milestones_due_on_idx" ON "milestones" USING btree ("due_on");
  CREATE INDEX "milestones_function_idx" ON "milestones" USING btree ("function_id");
  CREATE INDEX "milestones_status_idx" ON "milestones" USING btree ("status");
  CREATE INDEX "milestones_updated_at_idx" ON "milestones" USING btree ("updated_at");
  CREATE INDEX "milestones_created_at_idx" ON "milestones" USING btree ("created_at");
  CREATE UNIQUE INDEX "milestones_locales_locale_parent_id_unique" ON "milestones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "milestones_rels_order_idx" ON "milestones_rels" USING btree ("order");
  CREATE INDEX "milestones_rels_parent_idx" ON "milestones_rels" USING btree ("parent_id");
  CREATE INDEX "milestones_rels_path_idx" ON "milestones_rels" USING btree ("path");
  CREATE INDEX "milestones_rels_resources_id_idx" ON "milestones_rels" USING btree ("resources_id");
  CREATE INDEX "milestones_rels_trainings_id_idx" ON "milestones_rels" USING btree ("trainings_id");
  CREATE INDEX "milestones_rels_events_id_idx" ON "milestones_rels" USING btree ("events_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_organisation_idx" ON "users" USING btree ("organisation_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_members_id_idx" ON "payload_locked_documents_rels" USING btree ("members_id");
  CREATE INDEX "payload_locked_documents_rels_functions_id_idx" ON "payload_locked_documents_rels" USING btree ("functions_id");
  CREATE INDEX "payload_locked_documents_rels_axes_id_idx" ON "payload_locked_documents_rels" USING btree ("axes_id");
  CREATE INDEX "payload_locked_documents_rels_regions_id_idx" ON "payload_locked_documents_rels" USING btree ("regions_id");
  CREATE INDEX "payload_locked_documents_rels_resources_id_idx" ON "payload_locked_documents_rels" USING btree ("resources_id");
  CREATE INDEX "payload_locked_documents_rels_trainings_id_idx" ON "payload_locked_documents_rels" USING btree ("trainings_id");
  CREATE INDEX "payload_locked_documents_rels_regional_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("regional_groups_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_budget_lines_id_idx" ON "payload_locked_documents_rels" USING btree ("budget_lines_id");
  CREATE INDEX "payload_locked_documents_rels_milestones_id_idx" ON "payload_locked_documents_rels" USING btree ("milestones_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "members" CASCADE;
  DROP TABLE "members_locales" CASCADE;
  DROP TABLE "members_rels" CASCADE;
  DROP TABLE "functions_pilots_collections" CASCADE;
  DROP TABLE "functions_pilots" CASCADE;
  DROP TABLE "functions" CASCADE;
  DROP TABLE "functions_locales" CASCADE;
  DROP TABLE "axes" CASCADE;
  DROP TABLE "axes_locales" CASCADE;
  DROP TABLE "regions" CASCADE;
  DROP TABLE "resources" CASCADE;
  DROP TABLE "resources_locales" CASCADE;
  DROP TABLE "resources_texts" CASCADE;
  DROP TABLE "resources_rels" CASCADE;
  DROP TABLE "_resources_v" CASCADE;
  DROP TABLE "_resources_v_locales" CASCADE;
  DROP TABLE "_resources_v_texts" CASCADE;
  DROP TABLE "_resources_v_rels" CASCADE;
  DROP TABLE "trainings_sessions" CASCADE;
  DROP TABLE "trainings" CASCADE;
  DROP TABLE "trainings_locales" CASCADE;
  DROP TABLE "trainings_rels" CASCADE;
  DROP TABLE "_trainings_v_version_sessions" CASCADE;
  DROP TABLE "_trainings_v" CASCADE;
  DROP TABLE "_trainings_v_locales" CASCADE;
  DROP TABLE "_trainings_v_rels" CASCADE;
  DROP TABLE "regional_groups" CASCADE;
  DROP TABLE "regional_groups_locales" CASCADE;
  DROP TABLE "regional_groups_rels" CASCADE;
  DROP TABLE "_regional_groups_v" CASCADE;
  DROP TABLE "_regional_groups_v_locales" CASCADE;
  DROP TABLE "_regional_groups_v_rels" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "budget_lines" CASCADE;
  DROP TABLE "budget_lines_locales" CASCADE;
  DROP TABLE "milestones" CASCADE;
  DROP TABLE "milestones_locales" CASCADE;
  DROP TABLE "milestones_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_members_relation";
  DROP TYPE "public"."enum_members_kind";
  DROP TYPE "public"."enum_members_scope";
  DROP TYPE "public"."enum_members_territory";
  DROP TYPE "public"."enum_members_status";
  DROP TYPE "public"."enum_functions_pilots_collections";
  DROP TYPE "public"."enum_functions_pilots_role";
  DROP TYPE "public"."enum_resources_type";
  DROP TYPE "public"."enum_resources_language";
  DROP TYPE "public"."enum_resources_status";
  DROP TYPE "public"."enum__resources_v_version_type";
  DROP TYPE "public"."enum__resources_v_version_language";
  DROP TYPE "public"."enum__resources_v_version_status";
  DROP TYPE "public"."enum__resources_v_published_locale";
  DROP TYPE "public"."enum_trainings_format";
  DROP TYPE "public"."enum_trainings_audience";
  DROP TYPE "public"."enum_trainings_state";
  DROP TYPE "public"."enum_trainings_status";
  DROP TYPE "public"."enum__trainings_v_version_format";
  DROP TYPE "public"."enum__trainings_v_version_audience";
  DROP TYPE "public"."enum__trainings_v_version_status";
  DROP TYPE "public"."enum__trainings_v_published_locale";
  DROP TYPE "public"."enum_regional_groups_state";
  DROP TYPE "public"."enum_regional_groups_status";
  DROP TYPE "public"."enum__regional_groups_v_version_status";
  DROP TYPE "public"."enum__regional_groups_v_published_locale";
  DROP TYPE "public"."enum_events_kind";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_kind";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_budget_lines_direction";
  DROP TYPE "public"."enum_budget_lines_kind";
  DROP TYPE "public"."enum_budget_lines_category";
  DROP TYPE "public"."enum_budget_lines_status";
  DROP TYPE "public"."enum_milestones_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_org_role";`)
}
