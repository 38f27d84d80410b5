// Seasonal naive: each open day repeats the last observed open day of the same weekday; closed days forecast 0.
import type { DailySeries } from './daily-series.ts';
import { type FitResult, unavailable } from './model.ts';

/** Mean of the last `n` observed open days (the fallback for a weekday never seen open). */
export function recentMean(series: DailySeries, n: number): number | null {
  let sum = 0;
  let count = 0;
  for (let i = series.values.length - 1; i >= 0 && count < n; i--) {
    const v = series.values[i];
    if (v === null || v === undefined) continue;
    sum += v;
    count++;
  }
  return count > 0 ? sum / count : null;
}

/**
 * Holidays, closed days and missing days are never references (they hold null), so after a holiday Monday the
 * next Monday repeats the Monday before it.
 * @example fitSeasonalNaive(series).model.forecast(daysAfter(series, 14))
 */
export function fitSeasonalNaive(series: DailySeries): FitResult {
  const lastByWeekday = new Map<number, number>();
  series.days.forEach((d, i) => {
    const v = series.values[i];
    if (v !== null && v !== undefined) lastByWeekday.set(d.weekday, v);
  });
  const fallback = recentMean(series, 7);
  if (fallback === null) return unavailable('seasonal_naive', 'no_observation');
  return {
    ok: true,
    model: {
      method: 'seasonal_naive',
      params: { weekdaysSeen: lastByWeekday.size },
      forecast: (days) => days.map((d) => (d.open ? (lastByWeekday.get(d.weekday) ?? fallback) : 0)),
    },
  };
}

/** Flat mean of the last four weeks' open days: the last resort when nothing else can be fitted. */
export function fitRecentMean(series: DailySeries): FitResult {
  const mean = recentMean(series, 28);
  if (mean === null) return unavailable('mean', 'no_observation');
  return {
    ok: true,
    model: { method: 'mean', params: { mean }, forecast: (days) => days.map((d) => (d.open ? mean : 0)) },
  };
}
