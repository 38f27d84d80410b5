CREATE TABLE "budget_actuals" (
	"site_id" text NOT NULL,
	"month" text NOT NULL,
	"cost_centre" text NOT NULL,
	"line_key" text NOT NULL,
	"volume" double precision,
	"hours" double precision,
	"cost_cents" bigint NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" text NOT NULL,
	"source_file" text NOT NULL,
	CONSTRAINT "budget_actuals_site_id_month_cost_centre_line_key_pk" PRIMARY KEY("site_id","month","cost_centre","line_key")
);
--> statement-breakpoint
CREATE TABLE "budget_versions" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"input" jsonb NOT NULL,
	"basis" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "budget_versions_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "budget_versions_site_year_name_key" UNIQUE("site_id","year","name")
);
--> statement-breakpoint
CREATE TABLE "site_cost_models" (
	"site_id" text PRIMARY KEY NOT NULL,
	"model" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "budget_actuals" ADD CONSTRAINT "budget_actuals_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_versions" ADD CONSTRAINT "budget_versions_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_cost_models" ADD CONSTRAINT "site_cost_models_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_versions_site_year_idx" ON "budget_versions" USING btree ("site_id","year");