// forecastSeries: scores every method on a holdout, keeps the best by WAPE, refits it on the whole history.
import { addDays, DomainError, daysBetween, zodErrorToDetails } from '@logipilot/domain';
import type { ZodError } from 'zod';
import { accuracyOf, intervalCoverage, type ScoredPoint } from './accuracy.ts';
import {
  buildDailySeries,
  type CalendarDay,
  calendarDays,
  type DailySeries,
  daysAfter,
  headOf,
  observedCount,
} from './daily-series.ts';
import { calendarRegressionFitter, holtWintersFitter } from './fitters.ts';
import { applyBand, errorBand } from './intervals.ts';
import type { FittedModel, Fitter } from './model.ts';
import { fitRecentMean, fitSeasonalNaive } from './seasonal-naive.ts';
import {
  type Accuracy,
  type CandidateScore,
  type ForecastMethod,
  type ForecastPoint,
  type ForecastReason,
  type ForecastSeriesInput,
  type ForecastSeriesResult,
  forecastOptionsSchema,
} from './types.ts';

/** Candidates in order of simplicity: on equal error the simpler one wins. */
const FITTERS: Record<ForecastMethod, Fitter> = {
  seasonal_naive: fitSeasonalNaive,
  holt_winters_additive: holtWintersFitter('additive'),
  holt_winters_multiplicative: holtWintersFitter('multiplicative'),
  calendar_regression: calendarRegressionFitter(false),
  calendar_regression_log: calendarRegressionFitter(true),
  mean: fitRecentMean,
};
const DEFAULT_METHODS: ForecastMethod[] = [
  'seasonal_naive',
  'holt_winters_additive',
  'holt_winters_multiplicative',
  'calendar_regression',
  'calendar_regression_log',
];
/** About two weeks of observed open days before the holdout, or the holdout is not worth scoring. */
const MIN_TRAINING_OBSERVATIONS = 12;

const round1 = (v: number) => Math.round(v * 10) / 10;
const round4 = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 10_000);

function roundAccuracy(a: Accuracy): Accuracy {
  return { ...a, wape: round4(a.wape), mape: round4(a.mape), bias: round4(a.bias) };
}

interface Scored {
  score: CandidateScore;
  absError: number;
  accuracy: Accuracy;
}

function scoreOn(
  method: ForecastMethod,
  train: DailySeries,
  full: DailySeries,
  coverage: number,
): Scored | ForecastReason {
  const fit = FITTERS[method];
  const r = fit(train);
  if (!r.ok) return { code: r.reason.code, params: { ...r.reason.params, stage: 'holdout' } };
  const holdout = full.days.slice(train.days.length);
  const values = r.model.forecast(holdout);
  const bounds = applyBand(values, holdout, errorBand(fit, train, holdout.length, coverage));
  const points: ScoredPoint[] = [];
  holdout.forEach((d, h) => {
    const actual = full.values[train.days.length + h];
    if (!d.open || actual === null || actual === undefined) return;
    points.push({ actual, forecast: values[h]!, lower: bounds[h]!.lower, upper: bounds[h]!.upper });
  });
  const accuracy = accuracyOf(points);
  const absError = points.reduce((s, p) => s + Math.abs(p.forecast - p.actual), 0);
  const cov = intervalCoverage(points);
  return {
    score: {
      method,
      wape: round4(accuracy.wape),
      mape: round4(accuracy.mape),
      bias: round4(accuracy.bias),
      coverage: round4(cov),
    },
    absError,
    accuracy,
  };
}

function forecastWith(
  model: FittedModel,
  fit: Fitter,
  series: DailySeries,
  horizonDays: number,
  coverage: number,
  startDay: string | undefined,
  reasons: ForecastReason[],
): ForecastPoint[] {
  const last = series.days[series.days.length - 1]!.day;
  const lead = startDay ? Math.max(0, daysBetween(addDays(last, 1), startDay)) : 0;
  const days = daysAfter(series, lead + horizonDays);
  const values = model.forecast(days);
  const band = errorBand(fit, series, horizonDays, coverage);
  if (!band) reasons.push({ code: 'FORECAST_INTERVALS_UNAVAILABLE', params: { method: model.method } });
  const bounds = applyBand(values, days, band);
  return days.slice(lead).map((d, i) => {
    const h = i + lead;
    return {
      day: d.day,
      value: round1(values[h]!),
      lower: round1(Math.min(bounds[h]!.lower, values[h]!)),
      upper: round1(Math.max(bounds[h]!.upper, values[h]!)),
    };
  });
}

function invalid(error: ZodError): DomainError {
  const details = zodErrorToDetails(error);
  return new DomainError('VALIDATION_FAILED', {
    ...(details[0]?.field ? { field: details[0].field } : {}),
    details,
  });
}

/**
 * Forecasts one daily series on the site's calendar. Never throws on data (short, all-zero, gappy histories fall
 * back to seasonal naive or a recent mean with a reason code); throws VALIDATION_FAILED on invalid options.
 * @example forecastSeries({ history, calendar, horizonDays: 28, holdoutDays: 56, coverage: 0.8 }).forecast[0]
 */
export function forecastSeries(input: ForecastSeriesInput): ForecastSeriesResult {
  const parsed = forecastOptionsSchema.safeParse({
    horizonDays: input.horizonDays,
    holdoutDays: input.holdoutDays,
    coverage: input.coverage,
    methods: input.methods,
  });
  if (!parsed.success) throw invalid(parsed.error);
  const { horizonDays, holdoutDays, coverage } = parsed.data;
  const methods = parsed.data.methods ?? DEFAULT_METHODS;
  const reasons: ForecastReason[] = [];
  const startDay = input.startDay;
  const history = startDay ? input.history.filter((p) => p.day < startDay) : input.history;
  const series = buildDailySeries(history, input.calendar);
  if (series.activityOnClosedDays > 0) {
    reasons.push({ code: 'FORECAST_ACTIVITY_ON_CLOSED_DAYS', params: { days: series.activityOnClosedDays } });
  }
  const observed = observedCount(series);
  if (observed === 0) {
    reasons.push({ code: 'FORECAST_NO_HISTORY', params: {} });
    return emptyResult(input, horizonDays, reasons);
  }
  if (series.values.every((v) => v === null || v === 0)) {
    reasons.push({ code: 'FORECAST_ALL_ZERO', params: { observed } });
    const from = startDay ?? addDays(series.days[series.days.length - 1]!.day, 1);
    return {
      ...emptyResult(input, horizonDays, reasons),
      forecast: zeros(calendarDays(input.calendar, from, horizonDays)),
    };
  }

  const candidates: Scored[] = [];
  const trainLength = series.days.length - holdoutDays;
  const train = headOf(series, Math.max(0, trainLength));
  const trainObserved = observedCount(train);
  if (holdoutDays === 0 || trainObserved < MIN_TRAINING_OBSERVATIONS) {
    if (holdoutDays > 0) {
      reasons.push({ code: 'FORECAST_HOLDOUT_SKIPPED', params: { holdoutDays, observed: trainObserved } });
    }
  } else if (observed - trainObserved === 0) {
    reasons.push({ code: 'FORECAST_HOLDOUT_EMPTY', params: { holdoutDays } });
  } else {
    for (const method of methods) {
      const s = scoreOn(method, train, series, coverage);
      if ('score' in s) candidates.push(s);
      else reasons.push(s);
    }
  }

  // Lowest absolute error wins (same ranking as WAPE, and defined when the holdout is all zeros).
  const ranked = [...candidates].sort((a, b) => a.absError - b.absError);
  const order = new Set<ForecastMethod>([...ranked.map((c) => c.score.method), 'seasonal_naive', 'mean']);
  for (const method of order) {
    const fit = FITTERS[method];
    const r = fit(series);
    if (!r.ok) {
      if (method === ranked[0]?.score.method) {
        reasons.push({ code: r.reason.code, params: { ...r.reason.params, stage: 'full_history' } });
      }
      continue;
    }
    if (candidates.length === 0 && observed < MIN_TRAINING_OBSERVATIONS) {
      reasons.push({ code: 'FORECAST_SHORT_HISTORY', params: { observed, method } });
    }
    const chosen = candidates.find((c) => c.score.method === method);
    const accuracy = chosen ? roundAccuracy(chosen.accuracy) : null;
    return {
      method,
      candidates: candidates.map((c) => c.score),
      forecast: forecastWith(r.model, fit, series, horizonDays, coverage, startDay, reasons),
      accuracy,
      intervalCoverageOnHoldout: chosen ? chosen.score.coverage : null,
      reasons,
    };
  }
  return emptyResult(input, horizonDays, reasons);
}

/** Nothing to learn from: zeros from `startDay` (or no forecast at all when there is no day to start from). */
function emptyResult(
  input: ForecastSeriesInput,
  horizonDays: number,
  reasons: ForecastReason[],
): ForecastSeriesResult {
  const days = input.startDay ? calendarDays(input.calendar, input.startDay, horizonDays) : [];
  return {
    method: 'mean',
    candidates: [],
    forecast: zeros(days),
    accuracy: null,
    intervalCoverageOnHoldout: null,
    reasons,
  };
}

function zeros(days: readonly CalendarDay[]): ForecastPoint[] {
  return days.map((d) => ({ day: d.day, value: 0, lower: 0, upper: 0 }));
}
