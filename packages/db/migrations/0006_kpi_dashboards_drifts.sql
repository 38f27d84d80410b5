CREATE TABLE "drift_records" (
	"site_id" text NOT NULL,
	"id" text NOT NULL,
	"alert_id" text NOT NULL,
	"kpi_id" text NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"rule" text NOT NULL,
	"start" date NOT NULL,
	"fired_at" date NOT NULL,
	"value" double precision NOT NULL,
	"centre" double precision NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "drift_records_pk" PRIMARY KEY("site_id","id")
);
--> statement-breakpoint
CREATE TABLE "kpi_dashboards" (
	"site_id" text NOT NULL,
	"user_id" text NOT NULL,
	"layout" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "kpi_dashboards_pk" PRIMARY KEY("site_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "drift_records" ADD CONSTRAINT "drift_records_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_dashboards" ADD CONSTRAINT "kpi_dashboards_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "drift_records_alert_idx" ON "drift_records" USING btree ("site_id","alert_id");