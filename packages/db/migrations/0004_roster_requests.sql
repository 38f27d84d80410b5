CREATE TABLE "roster_requests" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"employee_id" text NOT NULL,
	"day" date NOT NULL,
	"shift" text NOT NULL,
	"on" boolean NOT NULL,
	"weight" integer NOT NULL,
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "roster_requests_site_id_id_pk" PRIMARY KEY("site_id","id")
);
--> statement-breakpoint
ALTER TABLE "roster_requests" ADD CONSTRAINT "roster_requests_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_requests" ADD CONSTRAINT "roster_requests_employee_fk" FOREIGN KEY ("site_id","employee_id") REFERENCES "public"."employees"("site_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "roster_requests_cell_idx" ON "roster_requests" USING btree ("site_id","employee_id","day","shift");--> statement-breakpoint
CREATE INDEX "roster_requests_site_day_idx" ON "roster_requests" USING btree ("site_id","day");