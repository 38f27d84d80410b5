// The demo site's cost model: the handbook's sample rates and standards, with fixed costs sized on the site itself.
import {
  type CostModelInput,
  type FixedCost,
  SAMPLE_COST_MODEL,
  type SiteBundle,
  type TemperatureClass,
} from '@logipilot/domain';

/** Regional logistics rent incl. charges (productivity-costing §6): 55 €/m²/year. */
const RENT_CENTS_PER_M2_YEAR = 5_500;
/** Lighting and heating of ambient floor ≈ 4 €/m²/year; cold per m³ (7 € chilled, 12 € frozen) at 10 m clear height. */
const ENERGY_CENTS_PER_M2_YEAR: Record<TemperatureClass, number> = {
  ambient: 400,
  positive_cold: 7_000,
  negative_cold: 12_000,
};
/** Long-term rental incl. maintenance per truck and month (productivity-costing §6: 400–1,000 €). */
const RENTAL_CENTS_PER_MONTH: Record<string, number> = {
  REACH: 75_000,
  COUNTERBALANCE: 60_000,
  'RIDE-ON-PALLET-TRUCK': 30_000,
  'WALKIE-PALLET-TRUCK': 8_000,
};
/** Paid hours of a full-time month: 35 h × 52 / 12. */
const PAID_HOURS_PER_MONTH = 151.67;
/** WMS licence, RF terminals, EDI and printers per site and month. */
const IT_CENTS_PER_MONTH = 310_000;
/** Insurance of goods and building, maintenance of racks and doors: ≈ 1.5 % of rent each month. */
const MAINTENANCE_SHARE_OF_RENT = 0.15;

/**
 * Fixed costs go to the cost centre that bears them: rent, energy, rentals and IT to the shared activity (MUTU);
 * team leaders and the site's office staff to the structure (STRUCT). Direct labour is not here: the budget costs it
 * from the volumes, the standards and the rate table.
 */
export function demoCostModel(bundle: SiteBundle): CostModelInput {
  const shared =
    bundle.costCentres.find((c) => c.code === 'CC-MUTU')?.code ?? bundle.costCentres[0]?.code ?? 'SITE';
  const structure = bundle.costCentres.find((c) => c.code === 'CC-STRUCT')?.code ?? shared;
  const area = bundle.buildings.reduce((a, b) => a + b.areaM2, 0);
  const rent = Math.round((area * RENT_CENTS_PER_M2_YEAR) / 12);
  const energy = Math.round(
    bundle.zones.reduce((a, z) => a + z.areaM2 * ENERGY_CENTS_PER_M2_YEAR[z.temperatureClass], 0) / 12,
  );
  const rentals = bundle.equipmentTypes.reduce(
    (a, e) => a + e.count * (RENTAL_CENTS_PER_MONTH[e.code] ?? 50_000),
    0,
  );
  const rateOf = new Map(bundle.rates.map((r) => [r.qualification, r.loadedHourlyCostCents]));
  const monthlyOf = (role: string): number =>
    bundle.employees
      .filter((e) => e.jobRole === role && e.contract.kind !== 'temp')
      .reduce((a, e) => a + (rateOf.get(role) ?? 0) * PAID_HOURS_PER_MONTH * (e.weeklyHours / 35), 0);
  const fixedCosts: FixedCost[] = [
    { id: 'rent', costCentre: shared, kind: 'rent', centsPerMonth: rent },
    { id: 'energy', costCentre: shared, kind: 'energy', centsPerMonth: energy },
    { id: 'equipment_rental', costCentre: shared, kind: 'equipment', centsPerMonth: rentals },
    { id: 'it', costCentre: shared, kind: 'it', centsPerMonth: IT_CENTS_PER_MONTH },
    {
      id: 'maintenance_insurance',
      costCentre: shared,
      kind: 'maintenance',
      centsPerMonth: Math.round(rent * MAINTENANCE_SHARE_OF_RENT),
    },
    {
      id: 'team_leaders',
      costCentre: structure,
      kind: 'supervision',
      centsPerMonth: Math.round(monthlyOf('team_leader')),
    },
    {
      id: 'site_office',
      costCentre: structure,
      kind: 'supervision',
      centsPerMonth: Math.round(monthlyOf('admin_clerk')),
    },
  ];
  return { ...SAMPLE_COST_MODEL, fixedCosts, sharedCostCentre: shared };
}
