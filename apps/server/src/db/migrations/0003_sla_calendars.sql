CREATE TABLE "calendar_days" (
	"calendar_id" uuid NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"hours_of" text,
	"hours" jsonb,
	CONSTRAINT "calendar_days_calendar_id_date_pk" PRIMARY KEY("calendar_id","date")
);
--> statement-breakpoint
CREATE TABLE "calendars" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"builtin_key" text,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"time_zone" text NOT NULL,
	"weekly_hours" jsonb NOT NULL,
	"make_up_hours" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"builtin_key" text,
	"name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_policy_versions" (
	"policy_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"calendar_id" uuid NOT NULL,
	"targets" jsonb NOT NULL,
	"warning_percent" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "sla_policy_versions_policy_id_version_pk" PRIMARY KEY("policy_id","version")
);
--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_calendar_id_calendars_id_fk" FOREIGN KEY ("calendar_id") REFERENCES "public"."calendars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policy_versions" ADD CONSTRAINT "sla_policy_versions_policy_id_sla_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."sla_policies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policy_versions" ADD CONSTRAINT "sla_policy_versions_calendar_id_calendars_id_fk" FOREIGN KEY ("calendar_id") REFERENCES "public"."calendars"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendars_builtin_key_uq" ON "calendars" USING btree ("builtin_key");--> statement-breakpoint
CREATE INDEX "calendars_name_idx" ON "calendars" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "sla_policies_builtin_key_uq" ON "sla_policies" USING btree ("builtin_key");--> statement-breakpoint
CREATE INDEX "sla_policy_versions_effective_idx" ON "sla_policy_versions" USING btree ("policy_id","effective_from" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "sla_policy_versions_calendar_idx" ON "sla_policy_versions" USING btree ("calendar_id");