ALTER TABLE "kpi_daily_facts" DROP CONSTRAINT "kpi_daily_facts_site_fk";
--> statement-breakpoint
DROP INDEX "kpi_daily_facts_key_idx";