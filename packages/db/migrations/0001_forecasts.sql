CREATE TABLE "forecast_series_results" (
	"site_id" text NOT NULL,
	"version_id" text NOT NULL,
	"client_id" text NOT NULL,
	"flow" text NOT NULL,
	"method" text NOT NULL,
	"candidates" jsonb NOT NULL,
	"accuracy" jsonb,
	"interval_coverage_on_holdout" double precision,
	"reasons" jsonb NOT NULL,
	"points" jsonb NOT NULL,
	CONSTRAINT "forecast_series_results_site_id_version_id_client_id_flow_pk" PRIMARY KEY("site_id","version_id","client_id","flow")
);
--> statement-breakpoint
CREATE TABLE "forecast_versions" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"based_on" text,
	"note" text NOT NULL,
	"params" jsonb,
	CONSTRAINT "forecast_versions_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "forecast_versions_site_number_key" UNIQUE("site_id","number")
);
--> statement-breakpoint
CREATE TABLE "forecast_volumes" (
	"site_id" text NOT NULL,
	"version_id" text NOT NULL,
	"client_id" text NOT NULL,
	"flow" text NOT NULL,
	"day" date NOT NULL,
	"hour" integer,
	"quantity" double precision NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "forecast_volumes_key" UNIQUE NULLS NOT DISTINCT("site_id","version_id","client_id","flow","day","hour")
);
--> statement-breakpoint
ALTER TABLE "forecast_series_results" ADD CONSTRAINT "forecast_series_results_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_series_results" ADD CONSTRAINT "forecast_series_results_version_fk" FOREIGN KEY ("site_id","version_id") REFERENCES "public"."forecast_versions"("site_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_series_results" ADD CONSTRAINT "forecast_series_results_client_fk" FOREIGN KEY ("site_id","client_id") REFERENCES "public"."clients"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_versions" ADD CONSTRAINT "forecast_versions_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_volumes" ADD CONSTRAINT "forecast_volumes_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_volumes" ADD CONSTRAINT "forecast_volumes_version_fk" FOREIGN KEY ("site_id","version_id") REFERENCES "public"."forecast_versions"("site_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_volumes" ADD CONSTRAINT "forecast_volumes_client_fk" FOREIGN KEY ("site_id","client_id") REFERENCES "public"."clients"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forecast_series_results_site_client_idx" ON "forecast_series_results" USING btree ("site_id","client_id");--> statement-breakpoint
CREATE INDEX "forecast_volumes_site_day_idx" ON "forecast_volumes" USING btree ("site_id","day");