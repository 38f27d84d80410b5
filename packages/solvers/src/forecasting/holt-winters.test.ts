// Holt–Winters recovers synthetic series with known level, trend and weekday season; parameters stay in bounds.
import { type SiteCalendar, siteCalendarSchema } from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { buildDailySeries, daysAfter } from './daily-series.ts';
import { fitHoltWinters, PHI_MAX, PHI_MIN } from './holt-winters.ts';
import { syntheticSeries } from './synthetic-series.ts';

const calendar: SiteCalendar = siteCalendarSchema.parse({});
const WEEKDAY_ADD = [20, 10, 0, -10, -20, 0, 0];
const WEEKDAY_MUL = [1.3, 1.1, 1, 0.9, 0.7, 1, 1];

/** Expected values of the next `count` open days after a series of `openSoFar` open days. */
function truthAfter(
  history: { day: string }[],
  count: number,
  mean: (openIndex: number, weekday: number) => number,
): { days: ReturnType<typeof daysAfter>; truth: number[] } {
  const series = buildDailySeries(history as { day: string; quantity: number }[], calendar);
  const days = daysAfter(series, count);
  let openIndex = series.days.filter((d) => d.open).length;
  const truth = days.map((d) => (d.open ? mean(openIndex++, d.weekday) : 0));
  return { days, truth };
}

describe('fitHoltWinters', () => {
  it('additive: recovers level + trend + weekday effects (no noise, no damping)', () => {
    const mean = (t: number, weekday: number) => 100 + 0.5 * t + WEEKDAY_ADD[weekday - 1]!;
    const history = syntheticSeries({
      calendar,
      from: '2025-01-06',
      days: 210,
      mean: (t, _i, day) => mean(t, new Date(`${day}T00:00:00Z`).getUTCDay() || 7),
    });
    const series = buildDailySeries(history, calendar);
    const r = fitHoltWinters(series, { seasonality: 'additive', damped: false });
    if (!r.ok) throw new Error('fit failed');
    const { days, truth } = truthAfter(history, 21, mean);
    const f = r.model.forecast(days);
    days.forEach((d, h) => {
      if (!d.open) expect(f[h]).toBe(0);
      else expect(Math.abs(f[h]! - truth[h]!) / truth[h]!).toBeLessThan(0.01);
    });
  });

  it('multiplicative: recovers a trending series with weekday factors (1 % noise, damped)', () => {
    const mean = (t: number, weekday: number) => (200 + 0.2 * t) * WEEKDAY_MUL[weekday - 1]!;
    const history = syntheticSeries({
      calendar,
      from: '2025-01-06',
      days: 280,
      mean: (t, _i, day) => mean(t, new Date(`${day}T00:00:00Z`).getUTCDay() || 7),
      noise: 0.01,
      relative: true,
      seed: 7,
    });
    const series = buildDailySeries(history, calendar);
    const r = fitHoltWinters(series, { seasonality: 'multiplicative' });
    if (!r.ok) throw new Error('fit failed');
    const { alpha, beta, gamma, phi } = r.model.params as Record<string, number>;
    expect(alpha).toBeGreaterThan(0);
    expect(alpha).toBeLessThan(1);
    expect(beta).toBeGreaterThan(0);
    expect(beta).toBeLessThanOrEqual(alpha!);
    expect(gamma).toBeGreaterThan(0);
    expect(gamma).toBeLessThanOrEqual(1 - alpha!);
    expect(phi).toBeGreaterThanOrEqual(PHI_MIN);
    expect(phi).toBeLessThanOrEqual(PHI_MAX);
    const { days, truth } = truthAfter(history, 14, mean);
    const f = r.model.forecast(days);
    let err = 0;
    let sum = 0;
    days.forEach((d, h) => {
      if (!d.open) {
        expect(f[h]).toBe(0);
        return;
      }
      err += Math.abs(f[h]! - truth[h]!);
      sum += truth[h]!;
    });
    expect(err / sum).toBeLessThan(0.03);
  });

  it('needs two weeks to start, and a positive level for the multiplicative season', () => {
    const short = syntheticSeries({ calendar, from: '2025-01-06', days: 10, mean: () => 5 });
    expect(fitHoltWinters(buildDailySeries(short, calendar), { seasonality: 'additive' }).ok).toBe(false);
    const zeros = syntheticSeries({ calendar, from: '2025-01-06', days: 60, mean: () => 0 });
    expect(fitHoltWinters(buildDailySeries(zeros, calendar), { seasonality: 'multiplicative' }).ok).toBe(
      false,
    );
  });
});
