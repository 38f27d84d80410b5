DROP INDEX "kpi_daily_facts_key_idx";--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ADD COLUMN "client_id" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "kpi_daily_facts_key_idx" ON "kpi_daily_facts" USING btree ("site_id","dimension","client_id","key","day");--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" DROP CONSTRAINT "kpi_daily_facts_pk";
--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ADD CONSTRAINT "kpi_daily_facts_pk" PRIMARY KEY("site_id","dimension","client_id","day","key");