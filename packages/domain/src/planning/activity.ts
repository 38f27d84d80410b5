// Warehouse activities, methods and productivity standards (activity × method × zone → minutes per unit + allowances).
import { z } from 'zod';
import { idSchema } from '../shared/schema-parts.ts';

export const ACTIVITIES = [
  'unloading',
  'receiving',
  'putaway',
  'replenishment',
  'picking',
  'packing',
  'loading',
  'returns',
  'vas',
  'inventory',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const UNITS_OF_WORK = [
  'truck',
  'pallet',
  'carton',
  'order_line',
  'unit',
  'parcel',
  'order',
  'hour',
] as const;
export type UnitOfWork = (typeof UNITS_OF_WORK)[number];

export const productivityStandardSchema = z.strictObject({
  id: idSchema,
  siteId: idSchema,
  activity: z.enum(ACTIVITIES),
  /** Method, e.g. "rf_scan", "voice", "pick_to_light", "reach_truck", "manual". */
  method: z.string().min(1).max(50),
  /** Null = applies to every zone without a more specific standard. */
  zoneId: idSchema.nullable().default(null),
  unit: z.enum(UNITS_OF_WORK),
  /** Normal time per unit of work, before allowances. */
  minutesPerUnit: z.number().positive().max(10_000),
  /** Personal, fatigue and delay allowances (PF&D) as a fraction: 0.12 = 12 % (handbook: 10–15 %). */
  allowancePfd: z.number().min(0).max(1).default(0.12),
  /** Expected efficiency relative to standard (0.85 = 85 % of standard pace). */
  efficiency: z.number().positive().max(1.5).default(1),
});
export type ProductivityStandard = z.infer<typeof productivityStandardSchema>;

/** standard_time = t_task × (1 + PF&D) / efficiency (handbook: productivity-costing.md §1). */
export function standardMinutesPerUnit(
  s: Pick<ProductivityStandard, 'minutesPerUnit' | 'allowancePfd' | 'efficiency'>,
): number {
  return (s.minutesPerUnit * (1 + s.allowancePfd)) / s.efficiency;
}

/**
 * Picks the standard for an activity, method and unit of work in a zone: the zone's own, else the site-wide one.
 * A variable standard has one row per driver (picking per order line and per carton), hence the unit.
 */
export function findStandard(
  standards: readonly ProductivityStandard[],
  activity: Activity,
  method: string,
  unit: ProductivityStandard['unit'],
  zoneId: string | null,
): ProductivityStandard | null {
  const candidates = standards.filter(
    (s) => s.activity === activity && s.method === method && s.unit === unit,
  );
  return candidates.find((s) => s.zoneId === zoneId) ?? candidates.find((s) => s.zoneId === null) ?? null;
}
