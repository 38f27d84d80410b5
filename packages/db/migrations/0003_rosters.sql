CREATE TABLE "rosters" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"from_day" date NOT NULL,
	"days" integer NOT NULL,
	"plan_id" text,
	"based_on" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"notice_days" integer NOT NULL,
	"demand" jsonb NOT NULL,
	"assignments" jsonb NOT NULL,
	"score" jsonb NOT NULL,
	"solve" jsonb,
	CONSTRAINT "rosters_site_id_id_pk" PRIMARY KEY("site_id","id")
);
--> statement-breakpoint
ALTER TABLE "rosters" ADD CONSTRAINT "rosters_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rosters_site_created_idx" ON "rosters" USING btree ("site_id","created_at");--> statement-breakpoint
CREATE INDEX "rosters_site_status_idx" ON "rosters" USING btree ("site_id","status");