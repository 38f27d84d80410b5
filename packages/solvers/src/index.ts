// Public surface of the solvers package: forecasting (statistical daily forecasts per flow series) for now.
export {
  accuracyOf,
  bias,
  intervalCoverage,
  mape,
  type ScoredPoint,
  wape,
} from './forecasting/accuracy.ts';
export { fitCalendarRegression } from './forecasting/calendar-regression.ts';
export {
  buildDailySeries,
  type CalendarDay,
  calendarDays,
  type DailySeries,
  daysAfter,
} from './forecasting/daily-series.ts';
export { fitHoltWinters, type HoltWintersParams, type Seasonality } from './forecasting/holt-winters.ts';
export type { FitResult, FittedModel, Fitter } from './forecasting/model.ts';
export { nelderMead } from './forecasting/nelder-mead.ts';
export { fitSeasonalNaive } from './forecasting/seasonal-naive.ts';
export { forecastSeries } from './forecasting/select.ts';
export * from './forecasting/types.ts';
