// Public surface of the solvers package: statistical forecasting and the staffing-levers LP.
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
export * from './levers/index.ts';
