ALTER TABLE "kpi_daily_facts" ALTER COLUMN "lines_picked" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "lines_picked" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "lines_picked_ok" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "lines_picked_ok" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "units_picked" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "units_picked" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "earned_hours" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "earned_hours" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "lines_shipped" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "lines_shipped" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "lines_shipped_complete" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "lines_shipped_complete" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "lines_shipped_error" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "lines_shipped_error" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "units_shipped" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "units_shipped" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "orders_shipped" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "orders_shipped" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "orders_on_time" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "orders_on_time" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "orders_complete" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "orders_complete" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "orders_otif" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "orders_otif" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "orders_error_free" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "orders_error_free" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "order_cycle_hours" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "order_cycle_hours" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "receipts" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "receipts" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "pallets_received" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "pallets_received" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "cartons_received" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "cartons_received" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "receipts_put_away" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "receipts_put_away" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "dock_to_stock_hours" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "dock_to_stock_hours" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "locations_counted" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "locations_counted" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "locations_accurate" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "locations_accurate" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "units_expected" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "units_expected" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "units_discrepancy" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "units_discrepancy" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_worked" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_worked" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_direct" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_direct" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_picking" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_picking" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_inbound" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_inbound" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_outbound" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_outbound" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_standardised" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_standardised" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_overtime" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_overtime" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_temp" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_temp" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_absence" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_absence" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_contractual" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "hours_contractual" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "labour_cost_cents" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "labour_cost_cents" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "inbound_cost_cents" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "inbound_cost_cents" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "accidents_lost_time" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "accidents_lost_time" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "accidents_no_lost_time" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "accidents_no_lost_time" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "lost_days" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "lost_days" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "near_misses" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "near_misses" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "units_damaged" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "units_damaged" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "damage_value_cents" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "damage_value_cents" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "claims" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "claims" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "positions_occupied" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "positions_occupied" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "positions_usable" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi_daily_facts" ALTER COLUMN "positions_usable" DROP NOT NULL;