// forecastSeries: selection by holdout WAPE, intervals, closed days, short/empty/zero/gappy histories, determinism.
import { isDomainError, isoWeekday, type SiteCalendar, siteCalendarSchema } from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { forecastSeries } from './select.ts';
import { seededRandom, syntheticSeries } from './synthetic-series.ts';

const calendar: SiteCalendar = siteCalendarSchema.parse({
  closedDays: [{ date: '2025-12-29', reason: 'inventaire' }],
});
const WEEKDAY = [1.2, 1.1, 1, 0.9, 0.8, 1, 1];
const stationary = (seed: number, noise = 0.15) =>
  syntheticSeries({
    calendar,
    from: '2024-01-01',
    days: 700,
    mean: (_t, _i, day) => 100 * WEEKDAY[isoWeekday(day) - 1]!,
    noise,
    relative: true,
    seed,
  });

describe('forecastSeries', () => {
  it('picks the method with the lower holdout WAPE: the weekday mean on a noisy stable series', () => {
    const r = forecastSeries({
      history: stationary(1),
      calendar,
      horizonDays: 14,
      holdoutDays: 56,
      methods: ['seasonal_naive', 'calendar_regression'],
    });
    const [naive, regression] = r.candidates;
    expect(naive!.method).toBe('seasonal_naive');
    expect(regression!.wape!).toBeLessThan(naive!.wape!);
    expect(r.method).toBe('calendar_regression');
    expect(r.accuracy!.wape).toBe(regression!.wape);
  });

  it('picks seasonal naive when the level has just jumped (the regression averages over the past)', () => {
    const history = syntheticSeries({
      calendar,
      from: '2025-03-03',
      days: 200,
      mean: (_t, i, day) => (i < 130 ? 100 : 200) * WEEKDAY[isoWeekday(day) - 1]!,
    });
    const r = forecastSeries({
      history,
      calendar,
      horizonDays: 7,
      holdoutDays: 28,
      methods: ['seasonal_naive', 'calendar_regression'],
    });
    expect(r.method).toBe('seasonal_naive');
    expect(r.candidates[0]!.wape).toBeLessThan(r.candidates[1]!.wape!);
  });

  it('the chosen method is the candidate with the lowest WAPE', () => {
    const r = forecastSeries({ history: stationary(2), calendar, horizonDays: 14, holdoutDays: 56 });
    expect(r.candidates.length).toBe(5);
    const best = Math.min(...r.candidates.map((c) => c.wape!));
    expect(r.candidates.find((c) => c.method === r.method)!.wape).toBe(best);
  });

  it('80 % intervals cover about 80 % of a noisy holdout (pooled over three seeds)', () => {
    let inside = 0;
    let total = 0;
    for (const seed of [11, 12, 13]) {
      const r = forecastSeries({ history: stationary(seed), calendar, horizonDays: 14, holdoutDays: 56 });
      inside += r.intervalCoverageOnHoldout! * r.accuracy!.points;
      total += r.accuracy!.points;
    }
    const coverage = inside / total;
    expect(coverage).toBeGreaterThan(0.65);
    expect(coverage).toBeLessThan(0.95);
  });

  it('forecasts 0 (interval included) on weekends, public holidays and closed days', () => {
    // The history ends on Sunday 2025-11-30.
    const r = forecastSeries({ history: stationary(3), calendar, horizonDays: 40, holdoutDays: 56 });
    const at = (day: string) => r.forecast.find((p) => p.day === day)!;
    for (const day of ['2025-12-20', '2025-12-25', '2025-12-29', '2026-01-01']) {
      expect(at(day)).toEqual({ day, value: 0, lower: 0, upper: 0 });
    }
    const monday = at('2025-12-15');
    expect(monday.value).toBeGreaterThan(90);
    expect(monday.lower).toBeLessThan(monday.value);
    expect(monday.upper).toBeGreaterThan(monday.value);
  });

  it('never throws on a few days of history: seasonal naive with reason codes', () => {
    const history = stationary(4).slice(0, 5);
    const r = forecastSeries({ history, calendar, horizonDays: 10, holdoutDays: 56 });
    expect(r.method).toBe('seasonal_naive');
    expect(r.forecast).toHaveLength(10);
    expect(r.accuracy).toBeNull();
    expect(r.reasons.map((x) => x.code)).toEqual(
      expect.arrayContaining(['FORECAST_HOLDOUT_SKIPPED', 'FORECAST_SHORT_HISTORY']),
    );
  });

  it('empty and all-zero histories give zeros with a reason', () => {
    const empty = forecastSeries({
      history: [],
      calendar,
      horizonDays: 3,
      holdoutDays: 7,
      startDay: '2026-03-02',
    });
    expect(empty.method).toBe('mean');
    expect(empty.forecast.map((p) => p.value)).toEqual([0, 0, 0]);
    expect(empty.reasons[0]!.code).toBe('FORECAST_NO_HISTORY');
    const zeros = stationary(5).map((p) => ({ ...p, quantity: 0 }));
    const z = forecastSeries({ history: zeros, calendar, horizonDays: 5, holdoutDays: 56 });
    expect(z.forecast).toHaveLength(5);
    expect(z.forecast.every((p) => p.value === 0 && p.upper === 0)).toBe(true);
    expect(z.reasons.map((x) => x.code)).toContain('FORECAST_ALL_ZERO');
  });

  it('copes with gaps: a quarter of the days missing', () => {
    const random = seededRandom(9);
    const history = stationary(6).filter(() => random() > 0.25);
    const r = forecastSeries({ history, calendar, horizonDays: 14, holdoutDays: 56 });
    expect(r.candidates.length).toBeGreaterThanOrEqual(4);
    expect(r.forecast.every((p) => Number.isFinite(p.value) && p.value >= 0)).toBe(true);
    expect(r.accuracy!.wape!).toBeLessThan(0.2);
  });

  it('starts at startDay and ignores history from that day on', () => {
    const history = stationary(7);
    const r = forecastSeries({ history, calendar, horizonDays: 5, holdoutDays: 28, startDay: '2025-06-02' });
    expect(r.forecast.map((p) => p.day)).toEqual([
      '2025-06-02',
      '2025-06-03',
      '2025-06-04',
      '2025-06-05',
      '2025-06-06',
    ]);
  });

  it('is deterministic', () => {
    const input = { history: stationary(8), calendar, horizonDays: 21, holdoutDays: 56 };
    expect(forecastSeries(input)).toEqual(forecastSeries(input));
  });

  it('rejects invalid options with VALIDATION_FAILED', () => {
    let error: unknown;
    try {
      forecastSeries({ history: [], calendar, horizonDays: 0, holdoutDays: 7 });
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error) && error.code).toBe('VALIDATION_FAILED');
  });
});
