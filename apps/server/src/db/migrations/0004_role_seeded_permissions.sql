ALTER TABLE "roles" ADD COLUMN "seeded_permissions" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
-- System roles seeded before this column existed: what they hold now counts as already granted.
UPDATE "roles" SET "seeded_permissions" = "permissions" WHERE "is_system";
