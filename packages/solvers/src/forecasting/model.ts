// The one interface every forecasting method implements: fit on a daily series, forecast the days that follow.
import type { CalendarDay, DailySeries } from './daily-series.ts';
import type { ForecastMethod, ForecastReason } from './types.ts';

export interface FittedModel {
  method: ForecastMethod;
  /** Fitted parameters worth showing (smoothing constants, coefficients…). */
  params: Record<string, number>;
  /** Point forecasts for the days right after the training series, in order; closed days get 0. */
  forecast(days: readonly CalendarDay[]): number[];
}

export type FitResult = { ok: true; model: FittedModel } | { ok: false; reason: ForecastReason };

export type Fitter = (series: DailySeries) => FitResult;

export function unavailable(method: ForecastMethod, why: string): FitResult {
  return { ok: false, reason: { code: 'FORECAST_METHOD_UNAVAILABLE', params: { method, why } } };
}
