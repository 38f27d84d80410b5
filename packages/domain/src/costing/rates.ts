// Cost centres and the rate table per qualification (loaded hourly cost, premiums, temp agency coefficient).
import { z } from 'zod';
import { centsSchema, codeSchema, idSchema, nameSchema } from '../shared/schema-parts.ts';
import type { EurCents } from '../shared/units.ts';

export const costCentreSchema = z.strictObject({
  id: idSchema,
  siteId: idSchema,
  code: codeSchema,
  name: nameSchema,
  /** Client the cost centre is dedicated to, or null for shared activity. */
  clientId: idSchema.nullable().default(null),
});
export type CostCentre = z.infer<typeof costCentreSchema>;

/**
 * One line of the rate table. `qualification` is a job role (picker, team_leader…) or a licence key such as
 * "R489:5". Premiums are fractions (0.25 = +25 %). Legal defaults: overtime +25 % then +50 % (C. trav. L3121-36).
 */
export const rateSchema = z.strictObject({
  id: idSchema,
  siteId: idSchema,
  qualification: z.string().min(1).max(50),
  /** Loaded cost per paid hour, employer contributions included, in cents. */
  loadedHourlyCostCents: centsSchema,
  /** Gross hourly wage in cents (base of the temp agency invoice). */
  grossHourlyWageCents: centsSchema,
  overtimePremium25: z.number().min(0.1).max(1).default(0.25),
  overtimePremium50: z.number().min(0.1).max(2).default(0.5),
  nightPremium: z.number().min(0).max(1).default(0.15),
  sundayPremium: z.number().min(0).max(2).default(0.5),
  /** Billing coefficient of the temp agency (coefficient de facturation, typically 1.85–2.10). */
  tempAgencyCoefficient: z.number().min(1).max(3).default(1.95),
});
export type Rate = z.infer<typeof rateSchema>;

/** Hourly cost of a temp worker: gross wage × agency coefficient (handbook: labour.md §3.5). */
export function tempHourlyCostCents(
  r: Pick<Rate, 'grossHourlyWageCents' | 'tempAgencyCoefficient'>,
): EurCents {
  return Math.round(r.grossHourlyWageCents * r.tempAgencyCoefficient) as EurCents;
}

/** Weekly overtime split: HS25 = min(max(H − 35, 0), 8); HS50 = max(H − 43, 0) (handbook: labour.md). */
export function overtimeSplit(weeklyHours: number): { at25: number; at50: number } {
  return { at25: Math.min(Math.max(weeklyHours - 35, 0), 8), at50: Math.max(weeklyHours - 43, 0) };
}
