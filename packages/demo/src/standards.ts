// Productivity standards per activity and method (productivity-costing.md §1.1), with cold-zone variants.
import type { ProductivityStandard, Zone } from '@logipilot/domain';

type Row = Pick<ProductivityStandard, 'activity' | 'method' | 'unit' | 'minutesPerUnit'>;

/** Minutes per unit of work at standard pace, before allowances: 60 / the middle of the handbook's hourly range. */
const SITE_WIDE: readonly Row[] = [
  { activity: 'unloading', method: 'pallet_truck', unit: 'truck', minutesPerUnit: 30 },
  { activity: 'unloading', method: 'manual', unit: 'carton', minutesPerUnit: 0.17 },
  { activity: 'receiving', method: 'rf_scan', unit: 'pallet', minutesPerUnit: 2 },
  { activity: 'putaway', method: 'reach_truck', unit: 'pallet', minutesPerUnit: 3 },
  { activity: 'replenishment', method: 'reach_truck', unit: 'pallet', minutesPerUnit: 3.3 },
  { activity: 'picking', method: 'rf_scan', unit: 'carton', minutesPerUnit: 0.3 },
  { activity: 'picking', method: 'voice', unit: 'carton', minutesPerUnit: 0.26 },
  // Variable picking standard: per order line (travel, locate, scan) plus per unit grabbed (2–4 s).
  { activity: 'picking', method: 'rf_scan', unit: 'order_line', minutesPerUnit: 0.6 },
  { activity: 'picking', method: 'rf_scan', unit: 'unit', minutesPerUnit: 0.05 },
  { activity: 'picking', method: 'reach_truck', unit: 'pallet', minutesPerUnit: 2.7 },
  { activity: 'packing', method: 'manual', unit: 'parcel', minutesPerUnit: 1.2 },
  { activity: 'packing', method: 'stretch_wrapper', unit: 'pallet', minutesPerUnit: 1 },
  // Variable loading standard: per truck (docking, securing, paperwork) plus per pallet: 10 + 33 × 0.7 ≈ 33 min for a
  // full 33-pallet trailer, inside the handbook's 20–45 min.
  { activity: 'loading', method: 'pallet_truck', unit: 'truck', minutesPerUnit: 10 },
  { activity: 'loading', method: 'pallet_truck', unit: 'pallet', minutesPerUnit: 0.7 },
  { activity: 'loading', method: 'manual', unit: 'carton', minutesPerUnit: 0.1 },
  { activity: 'returns', method: 'manual', unit: 'unit', minutesPerUnit: 1.5 },
  { activity: 'vas', method: 'manual', unit: 'unit', minutesPerUnit: 0.5 },
  { activity: 'inventory', method: 'rf_scan', unit: 'pallet', minutesPerUnit: 0.8 },
];

/** Standards that only exist on the large site (VNA, pick-to-light, elevating order pickers). */
const LARGE_ONLY: readonly Row[] = [
  { activity: 'putaway', method: 'vna', unit: 'pallet', minutesPerUnit: 2.5 },
  { activity: 'picking', method: 'pick_to_light', unit: 'order_line', minutesPerUnit: 0.15 },
  { activity: 'picking', method: 'order_picker', unit: 'order_line', minutesPerUnit: 0.9 },
];

/**
 * Cold zones keep the ambient pace (efficiency 1): the warm-up breaks of the cold-work table
 * (qualifications-safety.md §3) are applied once, by the staffing rules' exposure limit, not here as well. The higher
 * PF&D allowance covers the heavier clothing and handling in the cold.
 */
const COLD_EFFICIENCY = { positive_cold: 1, negative_cold: 1 } as const;

export function generateStandards(
  siteId: string,
  zones: readonly Zone[],
  large: boolean,
): ProductivityStandard[] {
  const rows = large ? [...SITE_WIDE, ...LARGE_ONLY] : SITE_WIDE;
  const out: ProductivityStandard[] = rows.map((r) => ({
    id: `${siteId}-std-${r.activity}-${r.method}-${r.unit}`,
    siteId,
    ...r,
    zoneId: null,
    allowancePfd: 0.12,
    efficiency: 1,
  }));
  for (const z of zones) {
    if (z.temperatureClass === 'ambient') continue;
    for (const r of SITE_WIDE.filter(
      (s) => s.activity === 'picking' || s.activity === 'putaway' || s.activity === 'replenishment',
    )) {
      out.push({
        id: `${siteId}-std-${r.activity}-${r.method}-${r.unit}-${z.code}`,
        siteId,
        ...r,
        zoneId: z.id,
        // Colder rooms need more recovery time, counted here as allowance and lower efficiency.
        allowancePfd: z.temperatureClass === 'negative_cold' ? 0.15 : 0.13,
        efficiency: COLD_EFFICIENCY[z.temperatureClass],
      });
    }
  }
  return out;
}
