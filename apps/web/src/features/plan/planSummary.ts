// Figures derived from a PlanResult for the page: people needed and missing, per day and shift, and two versions compared.
import type { PlanDay, PlanResult, PlanTotals } from '../../api/types.ts';

/** Hours of work of one day (sum of its activities), as the server sums `totals.hours`. */
export function dayHours(day: PlanDay): number {
  return day.activities.reduce((sum, a) => sum + a.hours, 0);
}

/** People missing on one day: positive gaps only (a surplus of pickers does not drive a forklift). */
export function dayGap(day: PlanDay): number {
  return day.shifts.reduce((sum, s) => sum + Math.max(0, s.gap), 0);
}

export function dayNeeded(day: PlanDay): number {
  return day.shifts.reduce((sum, s) => sum + s.needed, 0);
}

export interface PlanFigures {
  hours: number;
  /** Person-shifts needed over the horizon. */
  needed: number;
  available: number;
  /** Person-shifts missing over the horizon (positive gaps). */
  gap: number;
  /** Highest number of people needed on one day. */
  peakNeeded: number;
  /** Day × shift slots with at least one person missing. */
  shortSlots: number;
}

export function planFigures(plan: PlanResult): PlanFigures {
  let needed = 0;
  let available = 0;
  let gap = 0;
  let peakNeeded = 0;
  const shortSlots = new Set<string>();
  for (const day of plan.days) {
    let neededToday = 0;
    for (const s of day.shifts) {
      needed += s.needed;
      neededToday += s.needed;
      available += s.available;
      if (s.gap > 0) {
        gap += s.gap;
        shortSlots.add(`${day.date}|${s.shift}`);
      }
    }
    peakNeeded = Math.max(peakNeeded, neededToday);
  }
  return { hours: plan.totals.hours, needed, available, gap, peakNeeded, shortSlots: shortSlots.size };
}

/** Per day and shift: people needed, available and missing, summed over qualifications. */
export function shiftSums(day: PlanDay): Map<string, { needed: number; available: number; gap: number }> {
  const sums = new Map<string, { needed: number; available: number; gap: number }>();
  for (const s of day.shifts) {
    const sum = sums.get(s.shift) ?? { needed: 0, available: 0, gap: 0 };
    sum.needed += s.needed;
    sum.available += s.available;
    sum.gap += Math.max(0, s.gap);
    sums.set(s.shift, sum);
  }
  return sums;
}

export const COMPARED_TOTALS = [
  'hours',
  'overtimeHours',
  'tempHours',
  'cost',
  'peakDays',
] as const satisfies readonly (keyof PlanTotals)[];

export interface DayComparison {
  date: string;
  hoursA: number | null;
  hoursB: number | null;
  gapA: number | null;
  gapB: number | null;
  peakA: boolean;
  peakB: boolean;
}

/** The days of two versions aligned by date (either may cover days the other does not). */
export function compareDays(a: PlanResult, b: PlanResult): DayComparison[] {
  const byDate = new Map<string, DayComparison>();
  const row = (date: string) => {
    let r = byDate.get(date);
    if (!r) {
      r = { date, hoursA: null, hoursB: null, gapA: null, gapB: null, peakA: false, peakB: false };
      byDate.set(date, r);
    }
    return r;
  };
  for (const day of a.days)
    Object.assign(row(day.date), { hoursA: dayHours(day), gapA: dayGap(day), peakA: day.peak });
  for (const day of b.days)
    Object.assign(row(day.date), { hoursB: dayHours(day), gapB: dayGap(day), peakB: day.peak });
  return [...byDate.values()].sort((x, y) => x.date.localeCompare(y.date));
}

/** B − A, or null when either side has no value. */
export function delta(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : b - a;
}
