ALTER TABLE "renewal_tasks" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "renewal_tasks" ADD COLUMN "new_contract_id" uuid;--> statement-breakpoint
ALTER TABLE "renewal_tasks" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "renewal_tasks" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "renewal_tasks" ADD CONSTRAINT "renewal_tasks_new_contract_id_contracts_id_fk" FOREIGN KEY ("new_contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;