// Peak days of a horizon: which days' workload stands out, by a documented rule the technician can choose.
import { z } from 'zod';

/**
 * `ratio_to_mean` (default): day > ratio × mean day, with the handbook's peak-day/average-day band 1.2–1.5
 * (productivity-costing.md §3 step 5), so 1.2 flags every day that needs flex. `mean_plus_sigma`: day > mean + k·σ
 * (population σ), for long horizons. `percentile`: day > the p-th percentile (nearest rank) of the horizon.
 * Means and spreads are over days with work: closed days would drag the mean down and flag ordinary days.
 */
export const peakRuleSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('ratio_to_mean'), ratio: z.number().min(1).max(5) }),
    z.strictObject({ kind: z.literal('mean_plus_sigma'), k: z.number().min(0).max(5) }),
    z.strictObject({ kind: z.literal('percentile'), p: z.number().min(0.5).max(1) }),
  ])
  .default({ kind: 'ratio_to_mean', ratio: 1.2 });
export type PeakRule = z.infer<typeof peakRuleSchema>;

export const DEFAULT_PEAK_RULE: PeakRule = { kind: 'ratio_to_mean', ratio: 1.2 };

export interface PeakDay {
  code: 'PEAK_DAY';
  params: { day: string; hours: number; threshold: number; ratioToMean: number; rule: PeakRule['kind'] };
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

/** Nearest-rank percentile: the smallest value with at least p of the values at or below it. */
export function percentileNearestRank(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

/** The threshold above which a day is a peak, from the worked days' totals. */
export function peakThreshold(hours: readonly number[], rule: PeakRule): number {
  const m = mean(hours);
  switch (rule.kind) {
    case 'ratio_to_mean':
      return rule.ratio * m;
    case 'mean_plus_sigma':
      return m + rule.k * Math.sqrt(mean(hours.map((h) => (h - m) ** 2)));
    case 'percentile':
      return percentileNearestRank(hours, rule.p);
  }
}

/** Days whose total hours exceed the rule's threshold (strictly), in date order. */
export function peakDays(
  totals: readonly { day: string; hours: number }[],
  rule: PeakRule = DEFAULT_PEAK_RULE,
): PeakDay[] {
  const worked = totals.filter((t) => t.hours > 0);
  if (worked.length === 0) return [];
  const hours = worked.map((t) => t.hours);
  const threshold = peakThreshold(hours, rule);
  const m = mean(hours);
  return worked
    .filter((t) => t.hours > threshold + 1e-9)
    .sort((a, b) => (a.day < b.day ? -1 : 1))
    .map((t) => ({
      code: 'PEAK_DAY',
      params: { day: t.day, hours: t.hours, threshold, ratioToMean: t.hours / m, rule: rule.kind },
    }));
}
