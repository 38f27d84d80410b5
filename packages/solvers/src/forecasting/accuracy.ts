// Forecast accuracy measures: WAPE, MAPE (zero actuals skipped and counted), bias, interval coverage.
import type { Accuracy } from './types.ts';

export interface ScoredPoint {
  actual: number;
  forecast: number;
  lower?: number;
  upper?: number;
}

/**
 * Weighted absolute percentage error, Σ|f − a| / Σ|a|. Null when every actual is zero (undefined ratio).
 * @example wape([{ actual: 10, forecast: 8 }, { actual: 30, forecast: 33 }]) // (2 + 3) / 40 = 0.125
 */
export function wape(points: readonly ScoredPoint[]): number | null {
  let err = 0;
  let sum = 0;
  for (const p of points) {
    err += Math.abs(p.forecast - p.actual);
    sum += Math.abs(p.actual);
  }
  return sum > 0 ? err / sum : null;
}

/** Mean absolute percentage error over non-zero actuals; `skipped` counts the zero actuals left out. */
export function mape(points: readonly ScoredPoint[]): { value: number | null; skipped: number } {
  let total = 0;
  let n = 0;
  let skipped = 0;
  for (const p of points) {
    if (p.actual === 0) {
      skipped++;
      continue;
    }
    total += Math.abs(p.forecast - p.actual) / Math.abs(p.actual);
    n++;
  }
  return { value: n > 0 ? total / n : null, skipped };
}

/** Mean error divided by mean actual, Σ(f − a) / Σa: +0.05 means forecasts run 5 % high. */
export function bias(points: readonly ScoredPoint[]): number | null {
  let err = 0;
  let sum = 0;
  for (const p of points) {
    err += p.forecast - p.actual;
    sum += p.actual;
  }
  return sum !== 0 ? err / sum : null;
}

/** Share of actuals inside [lower, upper]; points without an interval are not counted. */
export function intervalCoverage(points: readonly ScoredPoint[]): number | null {
  let inside = 0;
  let n = 0;
  for (const p of points) {
    if (p.lower === undefined || p.upper === undefined) continue;
    n++;
    if (p.actual >= p.lower && p.actual <= p.upper) inside++;
  }
  return n > 0 ? inside / n : null;
}

export function accuracyOf(points: readonly ScoredPoint[]): Accuracy {
  const m = mape(points);
  return {
    wape: wape(points),
    mape: m.value,
    mapeSkipped: m.skipped,
    bias: bias(points),
    points: points.length,
  };
}
