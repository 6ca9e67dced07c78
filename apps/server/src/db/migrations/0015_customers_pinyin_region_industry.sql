ALTER TABLE "customers" ADD COLUMN "name_pinyin" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "industry_code" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "region_code" text;--> statement-breakpoint
CREATE INDEX "customers_name_pinyin_trgm_idx" ON "customers" USING gin ("name_pinyin" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "customers_name_pinyin_missing_idx" ON "customers" USING btree ("id") WHERE "customers"."name_pinyin" is null;--> statement-breakpoint
CREATE INDEX "customers_region_code_idx" ON "customers" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "customers_industry_code_idx" ON "customers" USING btree ("industry_code");