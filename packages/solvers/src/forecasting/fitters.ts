// Fitter factories that bind each method's options, so that selection can treat all methods alike.
import { fitCalendarRegression } from './calendar-regression.ts';
import { fitHoltWinters, type Seasonality } from './holt-winters.ts';
import type { Fitter } from './model.ts';

export function holtWintersFitter(seasonality: Seasonality, damped = true): Fitter {
  return (series) => fitHoltWinters(series, { seasonality, damped });
}

export function calendarRegressionFitter(log: boolean): Fitter {
  return (series) => fitCalendarRegression(series, { log });
}
