// Loaded cost of a permanent employee per paid and per productive hour, exactly as the handbook's labour.md §3.4 formula.
import { z } from 'zod';
import { DomainError } from '../shared/errors.ts';
import { centsSchema } from '../shared/schema-parts.ts';
import type { EurCents } from '../shared/units.ts';
import { div, fromDecimal, int, mul, ONE, type Ratio, roundHalfAway, sub } from './exact-ratio.ts';

/** Rejected input of `loadedHourlyCost`; `field` names the offending property. */
export const LOADED_COST_INPUT_INVALID = 'LOADED_COST_INPUT_INVALID';

/** A fraction in [0, 1) — a share of 1 would leave no productive hour. */
const shareBelowOne = z.number().min(0).lt(1);

export const loadedCostInputSchema = z.strictObject({
  /** Gross hourly wage in cents (12.20 € → 1220). */
  hourlyGrossCents: centsSchema.refine((v) => v > 0, { message: 'POSITIVE' }),
  /** Night, Sunday, seniority… premiums as a share of the base gross (0.08 = +8 %). */
  premiumsShare: z.number().min(0).max(1),
  /** Effective employer contribution rate after the réduction générale (0.22 = 22 %). */
  employerRate: z.number().min(0).max(1),
  /** Hours of absence / contractual hours (0.07 = 7 %). */
  absenteeism: shareBelowOne,
  /** Meetings, training, walking to post, break drift (0.08 = 8 %). */
  nonProductiveShare: shareBelowOne,
  /** Paid hours per year: 151.67 h × 12 ≈ 1,820 at 35 h. */
  paidHoursPerYear: z.number().positive().max(4000).default(1820),
  /** Worked hours per year before absence: 1,607 h already excludes paid leave and public holidays. */
  workedHoursPerYear: z.number().positive().max(4000).default(1607),
});
export type LoadedCostInput = z.input<typeof loadedCostInputSchema>;
type LoadedCostParsed = z.output<typeof loadedCostInputSchema>;

export interface LoadedHourlyCost {
  perPaidHourCents: EurCents;
  perProductiveHourCents: EurCents;
  annualEmployerCostCents: EurCents;
}

/** The three results as exact fractions of a cent, before the single rounding. */
export interface LoadedHourlyCostExact {
  perPaidHour: Ratio;
  perProductiveHour: Ratio;
  annualEmployerCost: Ratio;
}

export function parseLoadedCostInput(input: unknown): LoadedCostParsed {
  const parsed = loadedCostInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({
    code: LOADED_COST_INPUT_INVALID,
    field: issue.path.map(String).join('.'),
    params: { field: issue.path.map(String).join('.'), issue: issue.code },
  }));
  const first = details[0];
  throw new DomainError(LOADED_COST_INPUT_INVALID, {
    ...(first ? { field: first.field, params: first.params } : {}),
    details,
  });
}

/**
 * annual_gross     = hourly_gross × paid_hours × (1 + premiums)
 * annual_employer  = annual_gross × (1 + employer_rate)
 * productive_hours = worked_hours (1,607) × (1 − absenteeism) × (1 − non_productive)
 * per paid hour    = annual_employer / paid_hours;  per productive hour = annual_employer / productive_hours
 * All in exact rationals from the decimals as typed.
 */
export function loadedHourlyCostExact(input: LoadedCostInput): LoadedHourlyCostExact {
  const p = parseLoadedCostInput(input);
  const paidHours = fromDecimal(p.paidHoursPerYear);
  const annualGross = mul(mul(int(p.hourlyGrossCents), paidHours), sumOne(fromDecimal(p.premiumsShare)));
  const annualEmployerCost = mul(annualGross, sumOne(fromDecimal(p.employerRate)));
  const productiveHours = mul(
    mul(fromDecimal(p.workedHoursPerYear), sub(ONE, fromDecimal(p.absenteeism))),
    sub(ONE, fromDecimal(p.nonProductiveShare)),
  );
  return {
    annualEmployerCost,
    perPaidHour: div(annualEmployerCost, paidHours),
    perProductiveHour: div(annualEmployerCost, productiveHours),
  };
}

/**
 * Loaded cost per paid hour, per productive hour and per year, each rounded once (half away from zero) from
 * its exact value — never computed from another rounded figure. Handbook example (12.20 €/h, +8 %, 22 %, 7 %,
 * 8 %): 16.07 €/paid hour, 21.28 €/productive hour.
 */
export function loadedHourlyCost(input: LoadedCostInput): LoadedHourlyCost {
  const exact = loadedHourlyCostExact(input);
  return {
    perPaidHourCents: roundHalfAway(exact.perPaidHour) as EurCents,
    perProductiveHourCents: roundHalfAway(exact.perProductiveHour) as EurCents,
    annualEmployerCostCents: roundHalfAway(exact.annualEmployerCost) as EurCents,
  };
}

function sumOne(share: Ratio): Ratio {
  return { n: share.n + share.d, d: share.d };
}
