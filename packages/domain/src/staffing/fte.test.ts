import { describe, expect, it } from 'vitest';
import {
  ANNUAL_REFERENCE_HOURS,
  crewRampUpFactor,
  DEFAULT_RAMP_UP,
  directHoursFromRate,
  fte,
  headcountOf,
  LEGAL_WEEKLY_HOURS,
  productiveHours,
  rampUpEfficiency,
  requiredHours,
  teamLeadersFor,
} from './fte.ts';

describe('handbook worked example (productivity-costing.md §3)', () => {
  it('12,000 lines/day at 110 lines/h, η 0.92, +15 % indirect, 7 h × 0.93 × 0.92 ⇒ 22.8 FTE', () => {
    // direct = 12,000 / 110 = 109.0909 h at standard; / 0.92 = 118.577 h ("118.6 h/day")
    const atStandard = directHoursFromRate(12_000, 110);
    expect(atStandard).toBeCloseTo(109.0909, 4);
    const direct = atStandard / 0.92;
    expect(direct).toBeCloseTo(118.577, 3);
    // + 15 % indirect: 118.577 × 1.15 = 136.364 h ("136.4 h")
    const required = requiredHours(atStandard, 0.92, 0.15);
    expect(required).toBeCloseTo(136.364, 3);
    // h_prod = 7 × (1 − 0.07) × (1 − 0.08) = 7 × 0.93 × 0.92 = 5.9892 h ("≈ 5.99 h")
    const hProd = productiveHours(7, 0.07, 0.08);
    expect(hProd).toBeCloseTo(5.9892, 4);
    // FTE = 136.364 / 5.9892 = 22.768 ("22.8 FTE")
    const f = fte(required, hProd);
    expect(f).toBeCloseTo(22.768, 3);
    expect(Math.round(f * 10) / 10).toBe(22.8);
    // +20 % peak day: 22.768 × 1.2 = 27.32 ("≈ 27 FTE")
    expect(Math.round(fte(requiredHours(atStandard * 1.2, 0.92, 0.15), hProd))).toBe(27);
  });

  it('weekly and annual productive hours per FTE (labour.md §3.4: 1,607 × 0.93 × 0.92 ≈ 1,375 h)', () => {
    // 1,607 × 0.93 = 1,494.51; × 0.92 = 1,374.95
    expect(productiveHours(ANNUAL_REFERENCE_HOURS, 0.07, 0.08)).toBeCloseTo(1374.95, 2);
    // 35 × 0.93 × 0.92 = 29.946
    expect(productiveHours(LEGAL_WEEKLY_HOURS, 0.07, 0.08)).toBeCloseTo(29.946, 3);
  });
});

describe('headcount and span of control', () => {
  it('rounds FTE up to whole people, without float noise', () => {
    expect(headcountOf(22.768)).toBe(23);
    expect(headcountOf(0.1 + 0.2 + 2.7)).toBe(3); // 3.0000000000000004 stays 3
    expect(headcountOf(0)).toBe(0);
  });

  it('one team leader per 12 operators: 23 → 2, 24 → 2, 25 → 3', () => {
    expect(teamLeadersFor(23, 12)).toBe(2); // 23 / 12 = 1.92
    expect(teamLeadersFor(24, 12)).toBe(2);
    expect(teamLeadersFor(25, 12)).toBe(3); // 25 / 12 = 2.08
    expect(teamLeadersFor(0, 12)).toBe(0);
  });
});

describe('temp ramp-up', () => {
  it('follows the curve by day of mission', () => {
    expect(rampUpEfficiency(DEFAULT_RAMP_UP, 1)).toBe(0.5);
    expect(rampUpEfficiency(DEFAULT_RAMP_UP, 3)).toBe(0.75);
    expect(rampUpEfficiency(DEFAULT_RAMP_UP, 5)).toBe(0.9);
    expect(rampUpEfficiency(DEFAULT_RAMP_UP, 6)).toBe(1);
    expect(rampUpEfficiency([], 1)).toBe(1);
  });

  it('lowers a crew capacity by share × (1 − efficiency)', () => {
    // 20 % newcomers at 0.75: 1 − 0.2 × 0.25 = 0.95
    expect(crewRampUpFactor(0.2, 0.75)).toBeCloseTo(0.95, 10);
    expect(crewRampUpFactor(0, 0.5)).toBe(1);
  });
});
