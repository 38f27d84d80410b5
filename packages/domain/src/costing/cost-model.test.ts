// Activity unit costs and pallet-week storage cost from a small hand-computed model; breakdowns add up to the cent.
import { describe, expect, it } from 'vitest';
import { seededUniform } from '../kpi/spc/seeded-random.ts';
import { standardMinutesPerUnit } from '../planning/activity.ts';
import { isDomainError } from '../shared/errors.ts';
import {
  COST_MODEL_DUPLICATE_KEY,
  COST_MODEL_INVALID,
  COST_MODEL_UNKNOWN_RESOURCE,
  type CostModelInput,
  storageCosts,
  unitCosts,
} from './cost-model.ts';

// Permanent: 1500 c × 1.2 × 1600 h / 1600 h = 1800 c per productive hour = 30 c/min.
// Temp: 1500 c × 2.0 = 3000 c/h = 50 c/min. Pallet jack: 30,000 c / 100 h = 300 c/h = 5 c/min.
// Reach truck: 600 c/h = 10 c/min. IT: 600,000 c / (1000 h × 60) = 10 c per labour minute. Overhead 10 %.
const model: CostModelInput = {
  labour: [
    {
      id: 'op',
      qualification: 'picker',
      permanent: {
        hourlyGrossCents: 1500,
        premiumsShare: 0,
        employerRate: 0.2,
        absenteeism: 0,
        nonProductiveShare: 0,
        paidHoursPerYear: 1600,
        workedHoursPerYear: 1600,
      },
      tempAgencyCoefficient: 2,
    },
  ],
  equipment: [
    { id: 'jack', billing: 'per_month', costPerMonthCents: 30_000, operatingHoursPerMonth: 100 },
    { id: 'reach', billing: 'per_operating_hour', costPerOperatingHourCents: 600 },
  ],
  building: { id: 'rent', centsPerM2PerYear: 5200 },
  energy: [
    { temperatureClass: 'ambient', basis: 'm2', centsPerM2PerYear: 520 },
    { temperatureClass: 'negative_cold', basis: 'm3', centsPerM3PerYear: 104 },
  ],
  it: [{ id: 'wms', costPerMonthCents: 600_000 }],
  overheads: [{ id: 'site', basis: 'percent_of_direct', share: 0.1 }],
  practicalLabourHoursPerMonth: 1000,
  activities: [
    {
      activity: 'picking',
      standard: { unit: 'order_line', minutesPerUnit: 0.5, allowancePfd: 0.2, efficiency: 1 },
      labourId: 'op',
      tempShare: 0.25,
      equipment: [{ equipmentId: 'jack', minutesPerUnit: 0.6 }],
    },
    {
      activity: 'receiving',
      standard: { unit: 'pallet', minutesPerUnit: 2, allowancePfd: 0.1, efficiency: 1.1 },
      labourId: 'op',
      equipment: [{ equipmentId: 'reach', minutesPerUnit: 2.5 }],
      consumablesCentsPerUnit: 12,
    },
  ],
  storage: [
    { temperatureClass: 'ambient', m2PerPalletPosition: 1.3, rackingCentsPerPositionPerYear: 2600 },
    {
      temperatureClass: 'negative_cold',
      m2PerPalletPosition: 1.3,
      clearHeightM: 12,
      rackingCentsPerPositionPerYear: 2600,
    },
  ],
};

function codeAndField(run: () => unknown): [string, string | undefined] {
  try {
    run();
  } catch (e) {
    if (isDomainError(e)) return [e.code, e.field];
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('unitCosts', () => {
  const [picking, receiving] = unitCosts(model);

  it('costs picking per order line by hand', () => {
    // std min = 0.5 × 1.2 / 1 = 0.6. Permanent 0.6 × 0.75 × 30 = 13.5 → 14; temp 0.6 × 0.25 × 50 = 7.5 → 8;
    // jack 0.6 × 5 = 3; IT 0.6 × 10 = 6; overhead 10 % × (13.5 + 7.5 + 3) = 2.4 → 2.
    // Exact total 24 + 6 + 2.4 = 32.4 → 32; rounded lines 33, so the rounding line is −1.
    // To a ten-thousandth of a cent the exact 32.4 stays 32.4; labour 13.5 + 7.5 = 21.
    expect(picking).toEqual({
      activity: 'picking',
      unit: 'order_line',
      costPerUnitCents: 32,
      costPerUnitPreciseCents: 32.4,
      labourPreciseCents: 21,
      breakdown: [
        { resource: 'op', kind: 'labour_permanent', cents: 14 },
        { resource: 'op', kind: 'labour_temp', cents: 8 },
        { resource: 'jack', kind: 'equipment', cents: 3 },
        { resource: 'wms', kind: 'it', cents: 6 },
        { resource: 'site', kind: 'overhead', cents: 2 },
        { resource: 'rounding', kind: 'rounding', cents: -1 },
      ],
    });
  });

  it('costs receiving per pallet by hand', () => {
    // std min = 2 × 1.1 / 1.1 = 2. Permanent 2 × 30 = 60; reach 2.5 × 10 = 25; label 12; IT 2 × 10 = 20;
    // overhead 10 % × (60 + 25 + 12) = 9.7 → 10. Exact total 126.7 → 127 = 60 + 25 + 12 + 20 + 10;
    // precise 126.7 (exact to the ten-thousandth); labour 60.
    expect(receiving).toEqual({
      activity: 'receiving',
      unit: 'pallet',
      costPerUnitCents: 127,
      costPerUnitPreciseCents: 126.7,
      labourPreciseCents: 60,
      breakdown: [
        { resource: 'op', kind: 'labour_permanent', cents: 60 },
        { resource: 'reach', kind: 'equipment', cents: 25 },
        { resource: 'consumables', kind: 'consumables', cents: 12 },
        { resource: 'wms', kind: 'it', cents: 20 },
        { resource: 'site', kind: 'overhead', cents: 10 },
        { resource: 'rounding', kind: 'rounding', cents: 0 },
      ],
    });
  });

  it('uses the same standard minutes as standardMinutesPerUnit', () => {
    // 0.6 min × 30 c = 18 c per line with no temps, IT or overhead: proves std min = 0.6.
    const std = { unit: 'order_line' as const, minutesPerUnit: 0.5, allowancePfd: 0.2, efficiency: 1 };
    expect(standardMinutesPerUnit(std)).toBeCloseTo(0.6, 12);
    const [only] = unitCosts({
      ...model,
      it: [],
      overheads: [],
      activities: [{ activity: 'picking', standard: std, labourId: 'op' }],
    });
    expect(only?.costPerUnitCents).toBe(18);
  });

  it('keeps the exact cost to a ten-thousandth of a cent, rounded half away from zero', () => {
    // 0.15 min × 30 c = 4.5 c of labour + 0.21875 c of film = 4.71875 c exactly: 47,187.5 ten-thousandths
    // → 47,188 → 4.7188 c; whole cents 4.71875 → 5 = labour 4.5 → 5 + film 0.21875 → 0, rounding 0.
    const [only] = unitCosts({
      ...model,
      it: [],
      overheads: [],
      activities: [
        {
          activity: 'picking',
          standard: { unit: 'unit', minutesPerUnit: 0.15, allowancePfd: 0, efficiency: 1 },
          labourId: 'op',
          consumablesCentsPerUnit: 0.21875,
        },
      ],
    });
    expect(only).toEqual({
      activity: 'picking',
      unit: 'unit',
      costPerUnitCents: 5,
      costPerUnitPreciseCents: 4.7188,
      labourPreciseCents: 4.5,
      breakdown: [
        { resource: 'op', kind: 'labour_permanent', cents: 5 },
        { resource: 'consumables', kind: 'consumables', cents: 0 },
        { resource: 'rounding', kind: 'rounding', cents: 0 },
      ],
    });
  });

  it('breakdowns sum to the unit cost exactly over random models (seeded)', () => {
    const rnd = seededUniform(20_240_607);
    const pick = (lo: number, hi: number, decimals: number) =>
      Number((lo + rnd() * (hi - lo)).toFixed(decimals));
    for (let k = 0; k < 150; k++) {
      const m: CostModelInput = {
        ...model,
        labour: [
          {
            id: 'op',
            qualification: 'picker',
            permanent: {
              hourlyGrossCents: Math.round(pick(1100, 2500, 0)),
              premiumsShare: pick(0, 0.3, 3),
              employerRate: pick(0.1, 0.45, 3),
              absenteeism: pick(0, 0.15, 3),
              nonProductiveShare: pick(0, 0.15, 3),
            },
            tempAgencyCoefficient: pick(1.7, 2.5, 2),
            tempProductivityFactor: pick(0.8, 1, 2),
          },
        ],
        equipment: [
          {
            id: 'jack',
            billing: 'per_month',
            costPerMonthCents: Math.round(pick(0, 100_000, 0)),
            operatingHoursPerMonth: pick(50, 400, 1),
          },
          {
            id: 'reach',
            billing: 'per_operating_hour',
            costPerOperatingHourCents: Math.round(pick(0, 900, 0)),
          },
        ],
        it: [{ id: 'wms', costPerMonthCents: Math.round(pick(0, 1_000_000, 0)) }],
        overheads: [
          { id: 'site', basis: 'percent_of_direct', share: pick(0, 0.3, 3) },
          {
            id: 'heads',
            basis: 'per_head',
            costPerHeadPerMonthCents: Math.round(pick(0, 50_000, 0)),
            productiveHoursPerHeadPerMonth: pick(100, 160, 1),
          },
        ],
        practicalLabourHoursPerMonth: pick(100, 20_000, 1),
        activities: ['picking', 'receiving', 'packing'].map((activity) => ({
          activity: activity as 'picking',
          standard: {
            unit: 'unit' as const,
            minutesPerUnit: pick(0.05, 5, 3),
            allowancePfd: pick(0, 0.2, 3),
            efficiency: pick(0.7, 1.3, 2),
          },
          labourId: 'op',
          tempShare: pick(0, 1, 3),
          equipment: [
            { equipmentId: 'jack', minutesPerUnit: pick(0, 3, 2) },
            { equipmentId: 'reach', minutesPerUnit: pick(0, 3, 2) },
          ],
          consumablesCentsPerUnit: pick(0, 30, 1),
        })),
        storage: [
          {
            temperatureClass: 'ambient',
            m2PerPalletPosition: pick(0.8, 2, 2),
            rackingCentsPerPositionPerYear: Math.round(pick(0, 5000, 0)),
          },
        ],
        energy: [
          { temperatureClass: 'ambient', basis: 'm2', centsPerM2PerYear: Math.round(pick(0, 2000, 0)) },
        ],
      };
      for (const c of [...unitCosts(m), ...storageCosts(m)]) {
        const lines = c.breakdown.reduce((acc, l) => acc + l.cents, 0);
        expect(lines).toBe(c.costPerUnitCents);
        expect(c.breakdown.every((l) => Number.isInteger(l.cents))).toBe(true);
        const rounding = c.breakdown.at(-1);
        expect(rounding?.kind).toBe('rounding');
        // Each rounded line is within half a cent of its exact value, and so is the total.
        expect(Math.abs(rounding?.cents ?? 99)).toBeLessThanOrEqual(c.breakdown.length / 2);
        // The precise cost is a whole number of ten-thousandths within 0.00005 c of the exact one, the whole-cent
        // cost within 0.5 c of the exact one: the two differ by at most 0.50005 c.
        expect(
          Math.abs(c.costPerUnitPreciseCents * 10_000 - Math.round(c.costPerUnitPreciseCents * 10_000)),
        ).toBeLessThan(1e-6);
        expect(Math.abs(c.costPerUnitPreciseCents - c.costPerUnitCents)).toBeLessThanOrEqual(0.50005);
      }
    }
  });
});

describe('storageCosts', () => {
  it('costs a pallet position per week by hand', () => {
    // Ambient: building 1.3 m² × 5200 / 52 = 130; energy 1.3 × 520 / 52 = 13; racking 2600 / 52 = 50;
    // overhead 10 % × 193 = 19.3 → 19. Total 212.3 → 212 (precise 212.3).
    // Frozen (per m³): energy 1.3 × 12 m × 104 / 52 = 31.2 → 31; overhead 10 % × 211.2 = 21.12 → 21;
    // total 232.32 → 232 (precise 232.32).
    const [ambient, frozen] = storageCosts(model);
    expect(ambient).toEqual({
      temperatureClass: 'ambient',
      unit: 'pallet_week',
      costPerUnitCents: 212,
      costPerUnitPreciseCents: 212.3,
      breakdown: [
        { resource: 'rent', kind: 'building', cents: 130 },
        { resource: 'energy:ambient', kind: 'energy', cents: 13 },
        { resource: 'racking', kind: 'racking', cents: 50 },
        { resource: 'site', kind: 'overhead', cents: 19 },
        { resource: 'rounding', kind: 'rounding', cents: 0 },
      ],
    });
    expect(frozen?.costPerUnitCents).toBe(232);
    expect(frozen?.costPerUnitPreciseCents).toBe(232.32);
    expect(frozen?.breakdown.find((l) => l.kind === 'energy')?.cents).toBe(31);
  });
});

describe('validation', () => {
  const activity = model.activities?.[0];
  if (!activity) throw new Error('fixture');

  it('names the field of a share above 1 or a negative rate', () => {
    expect(
      codeAndField(() => unitCosts({ ...model, activities: [{ ...activity, tempShare: 1.5 }] })),
    ).toEqual([COST_MODEL_INVALID, 'activities.0.tempShare']);
    expect(
      codeAndField(() => unitCosts({ ...model, building: { id: 'rent', centsPerM2PerYear: -1 } })),
    ).toEqual([COST_MODEL_INVALID, 'building.centsPerM2PerYear']);
    expect(
      codeAndField(() =>
        unitCosts({ ...model, overheads: [{ id: 'o', basis: 'percent_of_direct', share: 2 }] }),
      ),
    ).toEqual([COST_MODEL_INVALID, 'overheads.0.share']);
  });

  it('rejects unknown keys (strict objects), also inside the standard', () => {
    const bad = { ...model, activities: [{ ...activity, standard: { ...activity.standard, id: 'x' } }] };
    expect(codeAndField(() => unitCosts(bad as CostModelInput))).toEqual([
      COST_MODEL_INVALID,
      'activities.0.standard',
    ]);
  });

  it('names unknown resources and duplicate keys', () => {
    expect(
      codeAndField(() => unitCosts({ ...model, activities: [{ ...activity, labourId: 'ghost' }] })),
    ).toEqual([COST_MODEL_UNKNOWN_RESOURCE, 'activities.0.labourId']);
    expect(codeAndField(() => storageCosts({ ...model, energy: [] }))).toEqual([
      COST_MODEL_UNKNOWN_RESOURCE,
      'storage.0.temperatureClass',
    ]);
    expect(codeAndField(() => unitCosts({ ...model, it: [{ id: 'op', costPerMonthCents: 1 }] }))).toEqual([
      COST_MODEL_DUPLICATE_KEY,
      'it.0.id',
    ]);
  });
});
