// Holt–Winters exponential smoothing (ETS with damped trend, additive or multiplicative weekly season), fitted.
//
// The season is keyed by ISO weekday and the clock ticks on open days only. A period of 7 on calendar days would
// feed the smoother a zero every Sunday and every holiday; a period of 5 or 6 on an open-day index would shift
// Monday's index onto Tuesday after each holiday. Keying by weekday keeps Monday = Monday across closures, and
// stepping on open days keeps the trend "per worked day". Closed days forecast 0; missing open days are steps
// without an observation (the state runs on, uncorrected).
import type { CalendarDay, DailySeries } from './daily-series.ts';
import { type FitResult, unavailable } from './model.ts';
import { nelderMead } from './nelder-mead.ts';
import type { ForecastMethod } from './types.ts';

export type Seasonality = 'additive' | 'multiplicative';

export interface HoltWintersParams {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
}

interface State {
  level: number;
  trend: number;
  /** Index 0 = Monday … 6 = Sunday. */
  season: number[];
}

/** Parameter bounds: 0 < β < α, 0 < γ < 1 − α (the usual ETS admissible region), 0.8 ≤ φ ≤ 0.98. */
export const PHI_MIN = 0.8;
export const PHI_MAX = 0.98;
const ALPHA_MIN = 0.001;
const ALPHA_MAX = 0.999;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

function toParams(x: readonly number[], damped: boolean): HoltWintersParams {
  const alpha = ALPHA_MIN + (ALPHA_MAX - ALPHA_MIN) * sigmoid(x[0]!);
  const beta = alpha * sigmoid(x[1]!);
  const gamma = (1 - alpha) * sigmoid(x[2]!);
  const phi = damped ? PHI_MIN + (PHI_MAX - PHI_MIN) * sigmoid(x[3]!) : 1;
  return { alpha, beta, gamma, phi };
}

function toUnconstrained(p: HoltWintersParams, damped: boolean): number[] {
  const x = [
    logit((p.alpha - ALPHA_MIN) / (ALPHA_MAX - ALPHA_MIN)),
    logit(p.beta / p.alpha),
    logit(p.gamma / (1 - p.alpha)),
  ];
  if (damped) x.push(logit((p.phi - PHI_MIN) / (PHI_MAX - PHI_MIN)));
  return x;
}

/** Deterministic start points: a slow, a medium and a reactive smoother. */
const STARTS: HoltWintersParams[] = [
  { alpha: 0.1, beta: 0.01, gamma: 0.1, phi: 0.9 },
  { alpha: 0.3, beta: 0.03, gamma: 0.2, phi: 0.95 },
  { alpha: 0.6, beta: 0.1, gamma: 0.2, phi: 0.85 },
];

/** The first weeks (up to four) give the initial level, trend and weekday indices. */
function initialState(series: DailySeries, seasonality: Seasonality): State | null {
  const weeks = Math.min(4, Math.floor(series.days.length / 7));
  if (weeks < 2) return null;
  const weekValues: { weekday: number; value: number }[][] = [];
  for (let w = 0; w < weeks; w++) {
    const bucket: { weekday: number; value: number }[] = [];
    for (let i = w * 7; i < w * 7 + 7; i++) {
      const v = series.values[i];
      if (v !== null && v !== undefined) bucket.push({ weekday: series.days[i]!.weekday, value: v });
    }
    if (bucket.length > 0) weekValues.push(bucket);
  }
  if (weekValues.length < 2) return null;
  const means = weekValues.map((b) => b.reduce((s, p) => s + p.value, 0) / b.length);
  if (seasonality === 'multiplicative' && means.some((m) => m <= 0)) return null;
  const openPerWeek = Math.max(1, series.calendar.workingWeekdays.length);
  const sums = new Array<number>(7).fill(0);
  const counts = new Array<number>(7).fill(0);
  weekValues.forEach((bucket, w) => {
    const m = means[w]!;
    for (const p of bucket) {
      sums[p.weekday - 1]! += seasonality === 'additive' ? p.value - m : p.value / m;
      counts[p.weekday - 1]!++;
    }
  });
  const neutral = seasonality === 'additive' ? 0 : 1;
  return {
    level: means[0]!,
    trend: (means[means.length - 1]! - means[0]!) / ((means.length - 1) * openPerWeek),
    season: sums.map((s, i) => (counts[i]! > 0 ? s / counts[i]! : neutral)),
  };
}

/** Runs the smoother over the series; returns the one-step SSE and the final state (SSE = ∞ if it breaks down). */
function smooth(
  series: DailySeries,
  init: State,
  p: HoltWintersParams,
  seasonality: Seasonality,
): { sse: number; state: State; residuals: number } {
  let { level, trend } = init;
  const season = [...init.season];
  let sse = 0;
  let residuals = 0;
  for (let i = 0; i < series.days.length; i++) {
    const d = series.days[i]!;
    if (!d.open) continue;
    const s = season[d.weekday - 1]!;
    const base = level + p.phi * trend;
    const y = series.values[i];
    if (y === null || y === undefined) {
      level = base;
      trend *= p.phi;
      continue;
    }
    if (seasonality === 'additive') {
      const e = y - (base + s);
      level = base + p.alpha * e;
      trend = p.phi * trend + p.beta * e;
      season[d.weekday - 1] = s + p.gamma * e;
      sse += e * e;
    } else {
      if (base <= 0 || s <= 0) return { sse: Number.POSITIVE_INFINITY, state: init, residuals };
      const e = y - base * s;
      level = base + (p.alpha * e) / s;
      trend = p.phi * trend + (p.beta * e) / s;
      season[d.weekday - 1] = s + (p.gamma * e) / base;
      sse += e * e;
    }
    residuals++;
  }
  return { sse, state: { level, trend, season }, residuals };
}

function project(
  state: State,
  p: HoltWintersParams,
  seasonality: Seasonality,
  days: readonly CalendarDay[],
): number[] {
  let damping = 0;
  let phiPower = 1;
  return days.map((d) => {
    if (!d.open) return 0;
    phiPower *= p.phi;
    damping += phiPower;
    const base = state.level + damping * state.trend;
    const s = state.season[d.weekday - 1]!;
    const y = seasonality === 'additive' ? base + s : base * s;
    return Math.max(0, y);
  });
}

export interface HoltWintersOptions {
  seasonality: Seasonality;
  /** Damped trend (φ fitted in [0.8, 0.98]); false fixes φ = 1. */
  damped?: boolean;
  /** Fixed parameters instead of fitting them (tests, what-if). */
  params?: HoltWintersParams;
}

/**
 * Fits α, β, γ (and φ) by minimising the one-step SSE with Nelder–Mead from three fixed start points.
 * @example fitHoltWinters(series, { seasonality: 'multiplicative' })
 */
export function fitHoltWinters(series: DailySeries, options: HoltWintersOptions): FitResult {
  const { seasonality } = options;
  const damped = options.damped ?? true;
  const method: ForecastMethod =
    seasonality === 'additive' ? 'holt_winters_additive' : 'holt_winters_multiplicative';
  const init = initialState(series, seasonality);
  if (!init) return unavailable(method, seasonality === 'additive' ? 'short_history' : 'non_positive_level');
  let params = options.params;
  if (!params) {
    let best: { value: number; x: number[] } | null = null;
    for (const start of STARTS) {
      const r = nelderMead(
        (x) => smooth(series, init, toParams(x, damped), seasonality).sse,
        toUnconstrained(start, damped),
        { maxEvaluations: 300, tolerance: 1e-9, step: 1 },
      );
      if (!best || r.value < best.value) best = r;
    }
    if (!best || !Number.isFinite(best.value)) return unavailable(method, 'no_convergence');
    params = toParams(best.x, damped);
  }
  const run = smooth(series, init, params, seasonality);
  if (!Number.isFinite(run.sse)) return unavailable(method, 'no_convergence');
  const fitted = params;
  return {
    ok: true,
    model: {
      method,
      params: { ...fitted, level: run.state.level, trend: run.state.trend, sse: run.sse },
      forecast: (days) => project(run.state, fitted, seasonality, days),
    },
  };
}
