// Prediction intervals from out-of-sample relative errors: refit without the last block, forecast it, take quantiles.
//
// Why out-of-sample: one-step residuals of a smoother understate errors weeks ahead, and the regression's in-sample
// residuals flatter it. So each method is refitted on its training data minus a final block (the horizon, 14–56
// days), the block is forecast, and the quantiles of the relative errors (actual − forecast) / forecast give the
// band, applied multiplicatively (warehouse noise scales with volume). Beyond the block's length the band widens
// with √(step / block). Only data before the holdout is used, so the coverage reported on the holdout is honest.
import type { CalendarDay, DailySeries } from './daily-series.ts';
import { headOf } from './daily-series.ts';
import type { Fitter } from './model.ts';

export interface ErrorBand {
  /** Quantiles of relative error; the interval is value × (1 + low) … value × (1 + high). */
  low: number;
  high: number;
  /** Calendar days of the block the errors come from. */
  blockDays: number;
  errors: number;
  source: 'refit_block' | 'naive_in_sample';
}

const MIN_ERRORS = 5;
const MIN_BLOCK = 14;
const MAX_BLOCK = 56;
const MIN_FIT_DAYS = 14;

/** Linear-interpolation quantile (type 7) of an ascending array. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function band(errors: number[], coverage: number, blockDays: number, source: ErrorBand['source']): ErrorBand {
  const sorted = [...errors].sort((a, b) => a - b);
  return {
    low: quantileSorted(sorted, (1 - coverage) / 2),
    high: quantileSorted(sorted, (1 + coverage) / 2),
    blockDays,
    errors: sorted.length,
    source,
  };
}

/** Relative changes from each observed open day to the next observed open day of the same weekday. */
function naiveErrors(series: DailySeries): number[] {
  const last = new Map<number, number>();
  const out: number[] = [];
  series.days.forEach((d, i) => {
    const v = series.values[i];
    if (v === null || v === undefined) return;
    const prev = last.get(d.weekday);
    if (prev !== undefined && prev > 0) out.push((v - prev) / prev);
    last.set(d.weekday, v);
  });
  return out;
}

/** The error band of a method on a series, for forecasts `horizonDays` ahead; null when nothing can be measured. */
export function errorBand(
  fit: Fitter,
  series: DailySeries,
  horizonDays: number,
  coverage: number,
): ErrorBand | null {
  const blockDays = Math.min(MAX_BLOCK, Math.max(MIN_BLOCK, horizonDays));
  const headLength = series.days.length - blockDays;
  if (headLength >= MIN_FIT_DAYS) {
    const r = fit(headOf(series, headLength));
    if (r.ok) {
      const block = series.days.slice(headLength);
      const forecast = r.model.forecast(block);
      const errors: number[] = [];
      block.forEach((d, h) => {
        const actual = series.values[headLength + h];
        const f = forecast[h]!;
        if (actual !== null && actual !== undefined && d.open && f > 0) errors.push((actual - f) / f);
      });
      if (errors.length >= MIN_ERRORS) return band(errors, coverage, blockDays, 'refit_block');
    }
  }
  const naive = naiveErrors(series);
  return naive.length >= MIN_ERRORS ? band(naive, coverage, 7, 'naive_in_sample') : null;
}

/** Lower and upper bounds for forecasts on consecutive days following the training series. */
export function applyBand(
  values: readonly number[],
  days: readonly CalendarDay[],
  errorBand: ErrorBand | null,
): { lower: number; upper: number }[] {
  return values.map((v, h) => {
    if (!days[h]!.open || !errorBand) return { lower: v, upper: v };
    const widen = Math.sqrt(Math.max(1, (h + 1) / errorBand.blockDays));
    return {
      lower: Math.max(0, v * (1 + errorBand.low * widen)),
      upper: Math.max(0, v * (1 + errorBand.high * widen)),
    };
  });
}
