// Calendar regression: weekday effects, yearly Fourier terms, linear trend, catch-up and worked-holiday effects.
import { daysBetween } from '@logipilot/domain';
import type { CalendarDay, DailySeries } from './daily-series.ts';
import { solveRidge } from './least-squares.ts';
import { type FitResult, unavailable } from './model.ts';
import type { ForecastMethod } from './types.ts';

export interface CalendarRegressionOptions {
  /** Fit log(quantity): weekday and yearly effects then multiply instead of adding. */
  log?: boolean;
  /** Yearly Fourier pairs (used only when the history spans a year). */
  fourierTerms?: number;
}

/** A fixed origin, so that yearly terms of two fits share their phase. */
const ORIGIN = '2000-01-01';
const YEAR = 365.25;
/** Yearly terms need a full year of history; with less they trade off against the trend. */
const MIN_SPAN_FOR_YEARLY = 364;
const MIN_SPAN_FOR_TREND = 28;

interface Design {
  weekdays: number[];
  trend: boolean;
  fourier: number;
  catchUp: boolean;
  workedHoliday: boolean;
  names: string[];
}

function designFor(series: DailySeries, fourierTerms: number): Design {
  const seen = new Set<number>();
  let catchUp = false;
  let workedHoliday = false;
  series.days.forEach((d, i) => {
    if (series.values[i] === null) return;
    seen.add(d.weekday);
    catchUp ||= d.catchUp;
    workedHoliday ||= d.workedHoliday;
  });
  // The first weekday seen is the reference level, folded into the intercept.
  const weekdays = [...seen].sort((a, b) => a - b).slice(1);
  const span = series.days.length;
  const trend = span >= MIN_SPAN_FOR_TREND;
  const fourier = span >= MIN_SPAN_FOR_YEARLY ? fourierTerms : 0;
  const names = ['intercept', ...weekdays.map((w) => `weekday_${w}`)];
  if (trend) names.push('trend_per_year');
  for (let k = 1; k <= fourier; k++) names.push(`sin_${k}`, `cos_${k}`);
  if (catchUp) names.push('catch_up');
  if (workedHoliday) names.push('worked_holiday');
  return { weekdays, trend, fourier, catchUp, workedHoliday, names };
}

function features(design: Design, d: CalendarDay, t: number): number[] {
  const x = [1, ...design.weekdays.map((w) => (d.weekday === w ? 1 : 0))];
  if (design.trend) x.push(t / YEAR);
  if (design.fourier > 0) {
    const angle = (2 * Math.PI * daysBetween(ORIGIN, d.day)) / YEAR;
    for (let k = 1; k <= design.fourier; k++) x.push(Math.sin(k * angle), Math.cos(k * angle));
  }
  if (design.catchUp) x.push(d.catchUp ? 1 : 0);
  if (design.workedHoliday) x.push(d.workedHoliday ? 1 : 0);
  return x;
}

/**
 * Least squares with a tiny ridge penalty (not on the intercept). Closed days forecast 0: they are never fitted.
 * With `log`, the back-transform multiplies by the mean of exp(residual) (Duan's smearing) so that forecasts
 * estimate the mean, not the median.
 * @example fitCalendarRegression(series, { log: true }).model.params.weekday_6
 */
export function fitCalendarRegression(
  series: DailySeries,
  options: CalendarRegressionOptions = {},
): FitResult {
  const log = options.log ?? false;
  const method: ForecastMethod = log ? 'calendar_regression_log' : 'calendar_regression';
  const design = designFor(series, options.fourierTerms ?? 4);
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < series.days.length; i++) {
    const v = series.values[i];
    if (v === null || v === undefined) continue;
    if (log && v <= 0) return unavailable(method, 'non_positive_value');
    rows.push(features(design, series.days[i]!, i));
    y.push(log ? Math.log(v) : v);
  }
  if (rows.length < design.names.length + 7) return unavailable(method, 'short_history');
  const ridge = design.names.map((_, j) => (j === 0 ? 0 : 1e-6 * rows.length));
  const beta = solveRidge(rows, y, ridge);
  if (!beta) return unavailable(method, 'singular');
  const predict = (x: readonly number[]) => x.reduce((s, xi, j) => s + xi * beta[j]!, 0);
  let smearing = 1;
  if (log) {
    smearing = rows.reduce((s, x, r) => s + Math.exp(y[r]! - predict(x)), 0) / rows.length;
  }
  const start = series.days.length;
  return {
    ok: true,
    model: {
      method,
      params: Object.fromEntries(design.names.map((n, j) => [n, beta[j]!])),
      forecast: (days) =>
        days.map((d, h) => {
          if (!d.open) return 0;
          const f = predict(features(design, d, start + h));
          return Math.max(0, log ? Math.exp(f) * smearing : f);
        }),
    },
  };
}
