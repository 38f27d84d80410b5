CREATE TABLE "absences" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"employee_id" text NOT NULL,
	"kind" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"planned" boolean NOT NULL,
	"note" text NOT NULL,
	CONSTRAINT "absences_site_id_id_pk" PRIMARY KEY("site_id","id")
);
--> statement-breakpoint
CREATE TABLE "aisles" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"zone_id" text NOT NULL,
	"code" text NOT NULL,
	"x" double precision NOT NULL,
	"y" double precision NOT NULL,
	"width" double precision NOT NULL,
	"depth" double precision NOT NULL,
	"working_width_m" double precision NOT NULL,
	CONSTRAINT "aisles_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "aisles_site_code_key" UNIQUE("site_id","code")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"user_id" text,
	"username" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	CONSTRAINT "audit_log_site_id_id_pk" PRIMARY KEY("site_id","id")
);
--> statement-breakpoint
CREATE TABLE "buildings" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"area_m2" double precision NOT NULL,
	"clear_height_m" double precision NOT NULL,
	CONSTRAINT "buildings_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "buildings_site_code_key" UNIQUE("site_id","code")
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"sector" text NOT NULL,
	"language" text NOT NULL,
	CONSTRAINT "clients_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "clients_site_code_key" UNIQUE("site_id","code")
);
--> statement-breakpoint
CREATE TABLE "cost_centres" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"client_id" text,
	CONSTRAINT "cost_centres_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "cost_centres_site_code_key" UNIQUE("site_id","code")
);
--> statement-breakpoint
CREATE TABLE "docks" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"building_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"direction" text NOT NULL,
	"temperature_class" text NOT NULL,
	"doors" jsonb NOT NULL,
	CONSTRAINT "docks_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "docks_site_code_key" UNIQUE("site_id","code")
);
--> statement-breakpoint
CREATE TABLE "employee_qualifications" (
	"site_id" text NOT NULL,
	"employee_id" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"scheme" text,
	"category" text,
	"issued_on" date NOT NULL,
	"expires_on" date,
	CONSTRAINT "employee_qualifications_site_id_employee_id_position_pk" PRIMARY KEY("site_id","employee_id","position")
);
--> statement-breakpoint
CREATE TABLE "employees" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"number" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"contract_kind" text NOT NULL,
	"contract_start" date NOT NULL,
	"contract_end" date,
	"contract_agency" text,
	"weekly_hours" double precision NOT NULL,
	"team" text NOT NULL,
	"cost_centre_id" text,
	"job_role" text NOT NULL,
	"availability" jsonb NOT NULL,
	CONSTRAINT "employees_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "employees_site_number_key" UNIQUE("site_id","number")
);
--> statement-breakpoint
CREATE TABLE "equipment_types" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"licence_scheme" text,
	"licence_category" text,
	"count" integer NOT NULL,
	"max_lift_height_m" double precision NOT NULL,
	"capacity_kg" double precision NOT NULL,
	CONSTRAINT "equipment_types_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "equipment_types_site_code_key" UNIQUE("site_id","code")
);
--> statement-breakpoint
CREATE TABLE "hazard_cells" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"zone_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"rubrics" jsonb NOT NULL,
	"adr_classes" jsonb NOT NULL,
	CONSTRAINT "hazard_cells_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "hazard_cells_site_code_key" UNIQUE("site_id","code")
);
--> statement-breakpoint
CREATE TABLE "import_mappings" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"name" text NOT NULL,
	"entity" text NOT NULL,
	"columns" jsonb NOT NULL,
	CONSTRAINT "import_mappings_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "import_mappings_site_entity_name_key" UNIQUE("site_id","entity","name")
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"zone_id" text NOT NULL,
	"aisle_id" text,
	"hazard_cell_id" text,
	"code" text NOT NULL,
	"type" text NOT NULL,
	"aisle" text NOT NULL,
	"bay" integer NOT NULL,
	"level" integer NOT NULL,
	"position" integer NOT NULL,
	"x" double precision NOT NULL,
	"y" double precision NOT NULL,
	"z" double precision NOT NULL,
	"width_mm" integer NOT NULL,
	"depth_mm" integer NOT NULL,
	"height_mm" integer NOT NULL,
	"max_load_kg" double precision NOT NULL,
	"max_beam_load_kg" double precision,
	"occupied" boolean NOT NULL,
	"blocked" boolean NOT NULL,
	CONSTRAINT "locations_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "locations_site_code_key" UNIQUE("site_id","code")
);
--> statement-breakpoint
CREATE TABLE "productivity_standards" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"activity" text NOT NULL,
	"method" text NOT NULL,
	"zone_id" text,
	"unit" text NOT NULL,
	"minutes_per_unit" double precision NOT NULL,
	"allowance_pfd" double precision NOT NULL,
	"efficiency" double precision NOT NULL,
	CONSTRAINT "productivity_standards_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "productivity_standards_site_key" UNIQUE NULLS NOT DISTINCT("site_id","activity","method","unit","zone_id")
);
--> statement-breakpoint
CREATE TABLE "rates" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"qualification" text NOT NULL,
	"loaded_hourly_cost_cents" bigint NOT NULL,
	"gross_hourly_wage_cents" bigint NOT NULL,
	"overtime_premium_25" double precision NOT NULL,
	"overtime_premium_50" double precision NOT NULL,
	"night_premium" double precision NOT NULL,
	"sunday_premium" double precision NOT NULL,
	"temp_agency_coefficient" double precision NOT NULL,
	CONSTRAINT "rates_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "rates_site_qualification_key" UNIQUE("site_id","qualification")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"time_zone" text NOT NULL,
	"address" text NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"country" text NOT NULL,
	"calendar" jsonb NOT NULL,
	CONSTRAINT "sites_code_key" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "skus" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"client_id" text NOT NULL,
	"code" text NOT NULL,
	"description" text NOT NULL,
	"family" text NOT NULL,
	"length_mm" integer NOT NULL,
	"width_mm" integer NOT NULL,
	"height_mm" integer NOT NULL,
	"weight_kg" double precision NOT NULL,
	"units_per_case" integer NOT NULL,
	"cases_per_layer" integer NOT NULL,
	"layers_per_pallet" integer NOT NULL,
	"adr_class" text,
	"un_number" text,
	"packing_group" text,
	"temperature_class" text NOT NULL,
	"shelf_life_days" integer,
	CONSTRAINT "skus_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "skus_site_code_key" UNIQUE("site_id","code")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"client_id" text,
	"locale" text NOT NULL,
	"password_hash" text DEFAULT '' NOT NULL,
	CONSTRAINT "users_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "users_site_username_key" UNIQUE("site_id","username"),
	CONSTRAINT "users_username_key" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "zones" (
	"id" text NOT NULL,
	"site_id" text NOT NULL,
	"building_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"temperature_class" text NOT NULL,
	"area_m2" double precision NOT NULL,
	"x" double precision NOT NULL,
	"y" double precision NOT NULL,
	"width" double precision NOT NULL,
	"depth" double precision NOT NULL,
	CONSTRAINT "zones_site_id_id_pk" PRIMARY KEY("site_id","id"),
	CONSTRAINT "zones_site_code_key" UNIQUE("site_id","code")
);
--> statement-breakpoint
ALTER TABLE "absences" ADD CONSTRAINT "absences_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "absences" ADD CONSTRAINT "absences_employee_fk" FOREIGN KEY ("site_id","employee_id") REFERENCES "public"."employees"("site_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aisles" ADD CONSTRAINT "aisles_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aisles" ADD CONSTRAINT "aisles_zone_fk" FOREIGN KEY ("site_id","zone_id") REFERENCES "public"."zones"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_centres" ADD CONSTRAINT "cost_centres_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_centres" ADD CONSTRAINT "cost_centres_client_fk" FOREIGN KEY ("site_id","client_id") REFERENCES "public"."clients"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "docks" ADD CONSTRAINT "docks_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "docks" ADD CONSTRAINT "docks_building_fk" FOREIGN KEY ("site_id","building_id") REFERENCES "public"."buildings"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_qualifications" ADD CONSTRAINT "employee_qualifications_employee_fk" FOREIGN KEY ("site_id","employee_id") REFERENCES "public"."employees"("site_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_cost_centre_fk" FOREIGN KEY ("site_id","cost_centre_id") REFERENCES "public"."cost_centres"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_types" ADD CONSTRAINT "equipment_types_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_cells" ADD CONSTRAINT "hazard_cells_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_cells" ADD CONSTRAINT "hazard_cells_zone_fk" FOREIGN KEY ("site_id","zone_id") REFERENCES "public"."zones"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_zone_fk" FOREIGN KEY ("site_id","zone_id") REFERENCES "public"."zones"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_aisle_fk" FOREIGN KEY ("site_id","aisle_id") REFERENCES "public"."aisles"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_hazard_cell_fk" FOREIGN KEY ("site_id","hazard_cell_id") REFERENCES "public"."hazard_cells"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "productivity_standards" ADD CONSTRAINT "productivity_standards_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "productivity_standards" ADD CONSTRAINT "productivity_standards_zone_fk" FOREIGN KEY ("site_id","zone_id") REFERENCES "public"."zones"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rates" ADD CONSTRAINT "rates_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_fk" FOREIGN KEY ("site_id","user_id") REFERENCES "public"."users"("site_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skus" ADD CONSTRAINT "skus_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skus" ADD CONSTRAINT "skus_client_fk" FOREIGN KEY ("site_id","client_id") REFERENCES "public"."clients"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_client_fk" FOREIGN KEY ("site_id","client_id") REFERENCES "public"."clients"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_site_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_building_fk" FOREIGN KEY ("site_id","building_id") REFERENCES "public"."buildings"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "absences_site_period_idx" ON "absences" USING btree ("site_id","from_date","to_date");--> statement-breakpoint
CREATE INDEX "audit_log_site_at_idx" ON "audit_log" USING btree ("site_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_site_entity_at_idx" ON "audit_log" USING btree ("site_id","entity","at");--> statement-breakpoint
CREATE INDEX "employee_qualifications_site_expiry_idx" ON "employee_qualifications" USING btree ("site_id","expires_on");--> statement-breakpoint
CREATE INDEX "locations_site_zone_idx" ON "locations" USING btree ("site_id","zone_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "skus_site_client_idx" ON "skus" USING btree ("site_id","client_id");