CREATE TABLE "plans" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"from_day" date NOT NULL,
	"to_day" date NOT NULL,
	"weeks" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"scenario" jsonb NOT NULL,
	"forecast_version_ids" jsonb NOT NULL,
	"totals" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	CONSTRAINT "plans_site_id_id_pk" PRIMARY KEY("site_id","id")
);
--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plans_site_created_idx" ON "plans" USING btree ("site_id","created_at");