// Workload → FTE and headcount formulas of the handbook (productivity-costing.md §3; labour.md §3.4).
import { z } from 'zod';

/** Legal weekly duration (labour.md §1) and the annual reference that already nets paid leave and holidays. */
export const LEGAL_WEEKLY_HOURS = 35;
export const ANNUAL_REFERENCE_HOURS = 1607;

/** H_direct = V / P_std, P_std in units of work per productive hour (productivity-costing.md §3 step 2). */
export function directHoursFromRate(volume: number, unitsPerHour: number): number {
  return volume / unitsPerHour;
}

/**
 * H_required = H_direct / η + H_indirect, with H_indirect = indirectShare × (H_direct / η) (typ. 10–20 % of direct,
 * productivity-costing.md §3 step 2). With standards that already hold η (ProductivityStandard.efficiency), pass η = 1.
 */
export function requiredHours(direct: number, performance: number, indirectShare: number): number {
  return (direct / performance) * (1 + indirectShare);
}

/**
 * h_prod = hours × (1 − absenteeism) × (1 − non_productive_share) (productivity-costing.md §3 step 3): hours is 7 h a
 * day, 35 h a week or 1,607 h a year; non-productive = paid breaks, start/end of shift, meetings, travel to post.
 */
export function productiveHours(hours: number, absenteeism: number, nonProductiveShare: number): number {
  return hours * (1 - absenteeism) * (1 - nonProductiveShare);
}

/** FTE(t) = H_required(t) / h_prod(t). */
export function fte(required: number, productivePerPerson: number): number {
  return required / productivePerPerson;
}

/** Whole people to cover an FTE figure; the tolerance keeps 3.0000000001 (float noise) at 3. */
export function headcountOf(fteValue: number): number {
  return fteValue <= 1e-9 ? 0 : Math.ceil(fteValue - 1e-9);
}

/** Team leaders for a number of operators on a shift: ceil(operators / span of control). */
export function teamLeadersFor(operators: number, spanOfControl: number): number {
  return operators <= 0 ? 0 : Math.ceil(operators / spanOfControl - 1e-9);
}

/**
 * Efficiency of a new temp by day of mission (1 = first day). Unsourced practice (labour.md §3.5 notes only that
 * temps have a learning curve): half pace on day 1, 75 % days 2–3, 90 % days 4–5, standard from day 6.
 */
export const rampUpStepSchema = z.strictObject({
  fromDay: z.number().int().min(1).max(365),
  efficiency: z.number().positive().max(1),
});
export type RampUpStep = z.infer<typeof rampUpStepSchema>;
export const DEFAULT_RAMP_UP: readonly RampUpStep[] = [
  { fromDay: 1, efficiency: 0.5 },
  { fromDay: 2, efficiency: 0.75 },
  { fromDay: 4, efficiency: 0.9 },
  { fromDay: 6, efficiency: 1 },
];

/** The efficiency of the last step started on or before `dayOfMission`; 1 once past the curve or before it. */
export function rampUpEfficiency(curve: readonly RampUpStep[], dayOfMission: number): number {
  let e = 1;
  for (const step of [...curve].sort((a, b) => a.fromDay - b.fromDay)) {
    if (step.fromDay <= dayOfMission) e = step.efficiency;
  }
  return e;
}

/**
 * Average capacity factor of a crew whose share `newShare` is new temps at `efficiency`: 1 − share × (1 − efficiency).
 * 20 % newcomers at 0.75 → 0.95: the crew needs 1 / 0.95 ≈ 5.3 % more heads.
 */
export function crewRampUpFactor(newShare: number, efficiency: number): number {
  return 1 - newShare * (1 - efficiency);
}
