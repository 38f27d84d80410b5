// Which activity, method and unit of work each measured flow drives: a per-site map with a default.
import { z } from 'zod';
import { FLOW_KINDS, type FlowKind } from '../shared/flows.ts';
import { ACTIVITIES, UNITS_OF_WORK } from './activity.ts';

export const flowActivitySchema = z.strictObject({
  activity: z.enum(ACTIVITIES),
  /** Must match the `method` of a productivity standard, e.g. "rf_scan", "reach_truck". */
  method: z.string().min(1).max(50),
  unit: z.enum(UNITS_OF_WORK),
});
export type FlowActivity = z.infer<typeof flowActivitySchema>;

/**
 * One entry per flow. `null` means the flow drives no work of its own on this site, e.g. when the per-truck loading
 * standard already includes every pallet, `pallets_shipped` must be null or loading is counted twice.
 */
export type FlowActivityMap = Record<FlowKind, FlowActivity | null>;

/**
 * Methods follow the demo standards (productivity-costing.md §1.1). Picking is a variable standard: one row per
 * order line (fixed part) and one per unit (variable part), so both flows feed the same activity.
 */
export const DEFAULT_FLOW_ACTIVITY_MAP: Readonly<FlowActivityMap> = {
  inbound_trucks: { activity: 'unloading', method: 'pallet_truck', unit: 'truck' },
  inbound_pallets: { activity: 'receiving', method: 'rf_scan', unit: 'pallet' },
  inbound_loose_cartons: { activity: 'unloading', method: 'manual', unit: 'carton' },
  putaway_pallets: { activity: 'putaway', method: 'reach_truck', unit: 'pallet' },
  replenishments: { activity: 'replenishment', method: 'reach_truck', unit: 'pallet' },
  order_lines: { activity: 'picking', method: 'rf_scan', unit: 'order_line' },
  units_picked: { activity: 'picking', method: 'rf_scan', unit: 'unit' },
  parcels_packed: { activity: 'packing', method: 'manual', unit: 'parcel' },
  pallets_shipped: { activity: 'loading', method: 'pallet_truck', unit: 'pallet' },
  trucks_loaded: { activity: 'loading', method: 'pallet_truck', unit: 'truck' },
  returns: { activity: 'returns', method: 'manual', unit: 'unit' },
  vas_units: { activity: 'vas', method: 'manual', unit: 'unit' },
};

/** A site's overrides (only the flows it changes), completed from the default map. */
export const flowActivityMapSchema = z
  .partialRecord(z.enum(FLOW_KINDS), flowActivitySchema.nullable())
  .default({})
  .transform((overrides): FlowActivityMap => ({ ...DEFAULT_FLOW_ACTIVITY_MAP, ...overrides }));

/** The activity a flow drives on this site, or null when the site maps it to nothing. */
export function activityOfFlow(map: Readonly<FlowActivityMap>, flow: FlowKind): FlowActivity | null {
  return map[flow];
}
