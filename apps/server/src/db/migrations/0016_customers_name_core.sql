ALTER TABLE "customers" ADD COLUMN "name_core" text;--> statement-breakpoint
CREATE INDEX "customers_name_core_idx" ON "customers" USING btree ("name_core");