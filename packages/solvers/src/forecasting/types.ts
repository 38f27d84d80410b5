// The forecasting vocabulary: input schema, method names, reason codes and the shapes forecastSeries returns.
import type { SiteCalendar } from '@logipilot/domain';
import { z } from 'zod';

export const FORECAST_METHODS = [
  'seasonal_naive',
  'holt_winters_additive',
  'holt_winters_multiplicative',
  'calendar_regression',
  'calendar_regression_log',
  'mean',
] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

/** Why a method was skipped, a holdout shortened or an interval left flat: stable codes, sentences live in i18n. */
export const FORECAST_REASONS = [
  'FORECAST_NO_HISTORY',
  'FORECAST_ALL_ZERO',
  'FORECAST_SHORT_HISTORY',
  'FORECAST_HOLDOUT_SKIPPED',
  'FORECAST_HOLDOUT_EMPTY',
  'FORECAST_METHOD_UNAVAILABLE',
  'FORECAST_ACTIVITY_ON_CLOSED_DAYS',
  'FORECAST_INTERVALS_UNAVAILABLE',
] as const;
export type ForecastReasonCode = (typeof FORECAST_REASONS)[number];

export interface ForecastReason {
  code: ForecastReasonCode;
  params: Record<string, string | number>;
}

export interface HistoryPoint {
  /** ISO date, site-local. */
  day: string;
  quantity: number;
}

export const forecastOptionsSchema = z.strictObject({
  horizonDays: z.number().int().min(1).max(731),
  /** Calendar days at the end of the history kept aside to score the methods (0 = no selection, naive-first). */
  holdoutDays: z.number().int().min(0).max(731),
  /** Nominal coverage of the prediction interval, e.g. 0.8 for an 80 % interval. */
  coverage: z.number().gt(0).lt(1).default(0.8),
  /** Restricts the candidates (default: all). */
  methods: z.array(z.enum(FORECAST_METHODS)).min(1).optional(),
});

export interface ForecastSeriesInput {
  history: readonly HistoryPoint[];
  calendar: SiteCalendar;
  /** First day to forecast (default: the day after the last history point); later history is ignored. */
  startDay?: string;
  horizonDays: number;
  holdoutDays: number;
  coverage?: number;
  methods?: ForecastMethod[];
}

export interface Accuracy {
  /** Σ|forecast − actual| / Σ|actual|; null when every actual is zero. */
  wape: number | null;
  /** Mean of |forecast − actual| / |actual| over non-zero actuals; null when none. */
  mape: number | null;
  /** Actuals equal to zero that MAPE skipped. */
  mapeSkipped: number;
  /** Mean error / mean actual (positive = over-forecast); null when the actuals sum to zero. */
  bias: number | null;
  /** Scored points (open, observed days). */
  points: number;
}

export interface CandidateScore {
  method: ForecastMethod;
  wape: number | null;
  mape: number | null;
  bias: number | null;
  /** Share of holdout actuals inside the method's prediction interval. */
  coverage: number | null;
}

export interface ForecastPoint {
  day: string;
  value: number;
  lower: number;
  upper: number;
}

export interface ForecastSeriesResult {
  method: ForecastMethod;
  candidates: CandidateScore[];
  forecast: ForecastPoint[];
  /** The chosen method's accuracy on the holdout (null when no holdout could be kept). */
  accuracy: Accuracy | null;
  intervalCoverageOnHoldout: number | null;
  reasons: ForecastReason[];
}
