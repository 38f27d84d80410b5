// Loaded hourly cost against the handbook's worked examples (labour.md §3.4–3.5).
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/errors.ts';
import { toNumber } from './exact-ratio.ts';
import { LOADED_COST_INPUT_INVALID, loadedHourlyCost, loadedHourlyCostExact } from './loaded-cost.ts';
import { tempHourlyCostCents } from './rates.ts';

const operator = {
  hourlyGrossCents: 1220,
  premiumsShare: 0.08,
  employerRate: 0.22,
  absenteeism: 0.07,
  nonProductiveShare: 0.08,
};

describe('loadedHourlyCost', () => {
  it('reproduces the handbook operator: ≈ 16 €/paid hour, ≈ 21 €/productive hour', () => {
    // annual gross    = 1220 × 1820 × 1.08           = 2,398,032 c   (≈ 23,980 €)
    // annual employer = 2,398,032 × 1.22             = 2,925,599.04 c → 2,925,599 c (≈ 29,256 €)
    // per paid hour   = 2,925,599.04 / 1820          = 1,607.472 c → 1,607 c (16.07 €)
    // productive h    = 1607 × 0.93 × 0.92           = 1,374.9492 h (≈ 1,375 h)
    // per productive  = 2,925,599.04 / 1,374.9492    = 2,127.787… c → 2,128 c (21.28 €)
    expect(loadedHourlyCost(operator)).toEqual({
      perPaidHourCents: 1607,
      perProductiveHourCents: 2128,
      annualEmployerCostCents: 2_925_599,
    });
    expect(toNumber(loadedHourlyCostExact(operator).perProductiveHour)).toBeCloseTo(2127.787, 3);
  });

  it('gives the forklift driver of the handbook ≈ 24–25 €/productive hour', () => {
    // 1380 × 1.08 × 1.25 × 1820 / (1607 × 0.93 × 0.92) = 3,390,660 / 1,374.9492 = 2,466.0… c
    const r = loadedHourlyCost({ ...operator, hourlyGrossCents: 1380, employerRate: 0.25 });
    expect(r.perProductiveHourCents).toBe(2466);
  });

  it('matches the temp example 12.20 € × 1.95 = 23.79 €', () => {
    expect(tempHourlyCostCents({ grossHourlyWageCents: 1220, tempAgencyCoefficient: 1.95 })).toBe(2379);
  });

  it('rejects a share of 1 and a negative rate, naming the field', () => {
    for (const [patch, field] of [
      [{ absenteeism: 1 }, 'absenteeism'],
      [{ employerRate: -0.1 }, 'employerRate'],
      [{ nonProductiveShare: 1.2 }, 'nonProductiveShare'],
    ] as const) {
      try {
        loadedHourlyCost({ ...operator, ...patch });
        expect.unreachable();
      } catch (e) {
        expect(isDomainError(e) && e.code).toBe(LOADED_COST_INPUT_INVALID);
        expect(isDomainError(e) && e.field).toBe(field);
      }
    }
  });
});
