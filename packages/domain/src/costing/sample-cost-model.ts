// A realistic French ambient + chilled DC cost model (handbook figures), the demo site's costs and the quote tests' reference.
import type { CostModelInput } from './cost-model.ts';

/** labour.md §3.4 handbook example: 12.20 €/h, +8 % premiums, 22 % employer rate → 21.28 € per productive hour. */
const OPERATOR = {
  hourlyGrossCents: 1220,
  premiumsShare: 0.08,
  employerRate: 0.22,
  absenteeism: 0.07,
  nonProductiveShare: 0.08,
} as const;

/** A licensed forklift driver (cariste CACES R489) earns about a euro an hour more than an operator. */
const FORKLIFT_DRIVER = { ...OPERATOR, hourlyGrossCents: 1330 } as const;

const PFD = 0.12;
const EFFICIENCY = 0.95;

/**
 * Standards come from productivity-costing §1.1 (mid-range), equipment from §6 (reach truck 750 €/month for
 * 300 operating hours = 2.50 €/h), space from §6 (regional rent 55 €/m²/year incl. charges). Cold energy per m³:
 * ≈ 35–45 kWh/m³/year at ≈ 0.17 €/kWh (IIR range 30–50 kWh/m³ for existing stores), so 7 € (chilled) and 12 €
 * (frozen) per m³ per year; ambient lighting and heating ≈ 4 €/m² per year.
 */
export const SAMPLE_COST_MODEL: CostModelInput = {
  labour: [
    { id: 'operator', qualification: 'picker', permanent: OPERATOR, tempAgencyCoefficient: 1.95 },
    {
      id: 'forklift_driver',
      qualification: 'R489:5',
      permanent: FORKLIFT_DRIVER,
      tempAgencyCoefficient: 1.95,
      tempProductivityFactor: 0.9,
    },
  ],
  equipment: [
    { id: 'reach_truck', billing: 'per_month', costPerMonthCents: 75_000, operatingHoursPerMonth: 300 },
    { id: 'pallet_truck', billing: 'per_month', costPerMonthCents: 30_000, operatingHoursPerMonth: 250 },
    { id: 'order_picker', billing: 'per_month', costPerMonthCents: 45_000, operatingHoursPerMonth: 280 },
  ],
  building: { id: 'building', centsPerM2PerYear: 5_500 },
  energy: [
    { temperatureClass: 'ambient', basis: 'm2', centsPerM2PerYear: 400 },
    { temperatureClass: 'positive_cold', basis: 'm3', centsPerM3PerYear: 700 },
    { temperatureClass: 'negative_cold', basis: 'm3', centsPerM3PerYear: 1_200 },
  ],
  it: [
    { id: 'wms', costPerMonthCents: 250_000 },
    { id: 'rf_terminals', costPerMonthCents: 60_000 },
  ],
  overheads: [
    { id: 'site_overhead', basis: 'percent_of_direct', share: 0.08 },
    // One team leader (≈ 3,300 € a month loaded) for about fifteen operators.
    {
      id: 'supervision',
      basis: 'per_head',
      costPerHeadPerMonthCents: 22_000,
      productiveHoursPerHeadPerMonth: 124,
    },
  ],
  practicalLabourHoursPerMonth: 2_400,
  activities: [
    {
      activity: 'unloading',
      standard: { unit: 'truck', minutesPerUnit: 30, allowancePfd: PFD, efficiency: EFFICIENCY },
      labourId: 'operator',
      equipment: [{ equipmentId: 'pallet_truck', minutesPerUnit: 25 }],
    },
    {
      activity: 'unloading',
      standard: { unit: 'carton', minutesPerUnit: 0.2, allowancePfd: PFD, efficiency: EFFICIENCY },
      labourId: 'operator',
      tempShare: 0.3,
    },
    {
      activity: 'receiving',
      standard: { unit: 'pallet', minutesPerUnit: 3, allowancePfd: PFD, efficiency: EFFICIENCY },
      labourId: 'operator',
      tempShare: 0.2,
      equipment: [{ equipmentId: 'pallet_truck', minutesPerUnit: 1 }],
      // Pallet label (SSCC) and its print.
      consumablesCentsPerUnit: 8,
    },
    {
      activity: 'putaway',
      standard: { unit: 'pallet', minutesPerUnit: 3, allowancePfd: PFD, efficiency: EFFICIENCY },
      labourId: 'forklift_driver',
      tempShare: 0.1,
      equipment: [{ equipmentId: 'reach_truck', minutesPerUnit: 3 }],
    },
    {
      activity: 'replenishment',
      standard: { unit: 'pallet', minutesPerUnit: 3.5, allowancePfd: PFD, efficiency: EFFICIENCY },
      labourId: 'forklift_driver',
      tempShare: 0.1,
      equipment: [{ equipmentId: 'reach_truck', minutesPerUnit: 3.5 }],
    },
    {
      activity: 'picking',
      standard: { unit: 'order', minutesPerUnit: 1.5, allowancePfd: PFD, efficiency: EFFICIENCY },
      labourId: 'operator',
      tempShare: 0.25,
      // Shipping label and delivery note.
      consumablesCentsPerUnit: 12,
    },
    {
      activity: 'picking',
      standard: { unit: 'order_line', minutesPerUnit: 0.55, allowancePfd: PFD, efficiency: EFFICIENCY },
      labourId: 'operator',
      tempShare: 0.25,
      equipment: [{ equipmentId: 'order_picker', minutesPerUnit: 0.45 }],
    },
    {
      activity: 'picking',
      standard: { unit: 'unit', minutesPerUnit: 0.1, allowancePfd: PFD, efficiency: EFFICIENCY },
      labourId: 'operator',
      tempShare: 0.25,
    },
    {
      activity: 'packing',
      standard: { unit: 'parcel', minutesPerUnit: 1.5, allowancePfd: PFD, efficiency: EFFICIENCY },
      labourId: 'operator',
      tempShare: 0.3,
      // Standard carton, dunnage and tape.
      consumablesCentsPerUnit: 65,
    },
    {
      activity: 'loading',
      // Staging, stretch-wrapping, labelling and loading (productivity-costing §1.1: 1.5–3 min to wrap and label).
      standard: { unit: 'pallet', minutesPerUnit: 5, allowancePfd: PFD, efficiency: EFFICIENCY },
      labourId: 'operator',
      tempShare: 0.2,
      equipment: [{ equipmentId: 'pallet_truck', minutesPerUnit: 2 }],
      // Stretch film and pallet label.
      consumablesCentsPerUnit: 45,
    },
    {
      activity: 'loading',
      // A loose carton handed over outside a pallet (parcel carrier, collection): scan, stage, hand over.
      standard: { unit: 'carton', minutesPerUnit: 0.3, allowancePfd: PFD, efficiency: EFFICIENCY },
      labourId: 'operator',
      tempShare: 0.2,
    },
    {
      activity: 'loading',
      standard: { unit: 'truck', minutesPerUnit: 35, allowancePfd: PFD, efficiency: EFFICIENCY },
      labourId: 'operator',
      equipment: [{ equipmentId: 'pallet_truck', minutesPerUnit: 30 }],
    },
    {
      activity: 'returns',
      standard: { unit: 'unit', minutesPerUnit: 1.5, allowancePfd: PFD, efficiency: EFFICIENCY },
      labourId: 'operator',
    },
    {
      activity: 'vas',
      standard: { unit: 'unit', minutesPerUnit: 0.4, allowancePfd: PFD, efficiency: EFFICIENCY },
      labourId: 'operator',
      tempShare: 0.5,
      consumablesCentsPerUnit: 3,
    },
    {
      activity: 'inventory',
      standard: { unit: 'hour', minutesPerUnit: 60, allowancePfd: 0, efficiency: 1 },
      labourId: 'operator',
    },
  ],
  storage: [
    { temperatureClass: 'ambient', m2PerPalletPosition: 1.1, rackingCentsPerPositionPerYear: 2_500 },
    {
      temperatureClass: 'positive_cold',
      m2PerPalletPosition: 1.1,
      clearHeightM: 10,
      rackingCentsPerPositionPerYear: 3_000,
    },
    {
      temperatureClass: 'negative_cold',
      m2PerPalletPosition: 1.1,
      clearHeightM: 10,
      rackingCentsPerPositionPerYear: 3_500,
    },
  ],
};
