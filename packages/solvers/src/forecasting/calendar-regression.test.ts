// Calendar regression recovers known weekday, trend, yearly and catch-up coefficients on synthetic data.
import { type SiteCalendar, siteCalendarSchema } from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { fitCalendarRegression } from './calendar-regression.ts';
import { buildDailySeries, calendarDays, daysAfter } from './daily-series.ts';
import { syntheticSeries, yearAngle } from './synthetic-series.ts';

const calendar: SiteCalendar = siteCalendarSchema.parse({});
const FROM = '2024-01-01';

describe('fitCalendarRegression', () => {
  it('recovers the coefficients it was generated with', () => {
    const info = calendarDays(calendar, FROM, 730);
    const history = syntheticSeries({
      calendar,
      from: FROM,
      days: 730,
      noise: 1,
      seed: 3,
      mean: (_t, i, day) => {
        const d = info[i]!;
        return (
          50 +
          (d.weekday === 2 ? 10 : 0) +
          (d.weekday === 5 ? -5 : 0) +
          (20 * i) / 365.25 +
          8 * Math.sin(yearAngle(day)) +
          (d.catchUp ? 15 : 0)
        );
      },
    });
    const r = fitCalendarRegression(buildDailySeries(history, calendar));
    if (!r.ok) throw new Error('fit failed');
    const p = r.model.params;
    expect(p.intercept).toBeCloseTo(50, 0);
    expect(p.weekday_2).toBeCloseTo(10, 0);
    expect(p.weekday_3).toBeCloseTo(0, 0);
    expect(p.weekday_5).toBeCloseTo(-5, 0);
    expect(Math.abs(p.trend_per_year! - 20)).toBeLessThan(0.5);
    expect(Math.abs(p.sin_1! - 8)).toBeLessThan(0.3);
    expect(Math.abs(p.cos_1!)).toBeLessThan(0.3);
    expect(Math.abs(p.catch_up! - 15)).toBeLessThan(1);
  });

  it('log variant recovers multiplicative weekday factors and forecasts 0 on holidays', () => {
    const history = syntheticSeries({
      calendar,
      from: FROM,
      days: 400,
      noise: 0.02,
      relative: true,
      seed: 4,
      mean: (_t, _i, day) => 100 * (new Date(`${day}T00:00:00Z`).getUTCDay() === 1 ? 1.5 : 1),
    });
    const series = buildDailySeries(history, calendar);
    const r = fitCalendarRegression(series, { log: true });
    if (!r.ok) throw new Error('fit failed');
    // Monday is the reference level: every other weekday is log(1 / 1.5) below it.
    expect(r.model.params.weekday_3).toBeCloseTo(Math.log(1 / 1.5), 1);
    const days = daysAfter(series, 90);
    const f = r.model.forecast(days);
    const easterMonday = days.findIndex((d) => d.day === '2025-04-21');
    expect(easterMonday).toBeGreaterThan(0);
    expect(f[easterMonday]).toBe(0);
    days.forEach((d, h) => {
      if (!d.open) expect(f[h]).toBe(0);
    });
  });

  it('refuses the log variant when a value is zero, and a too-short history', () => {
    const history = syntheticSeries({ calendar, from: FROM, days: 60, mean: () => 0 });
    expect(fitCalendarRegression(buildDailySeries(history, calendar), { log: true }).ok).toBe(false);
    expect(fitCalendarRegression(buildDailySeries(history.slice(0, 6), calendar)).ok).toBe(false);
  });
});
