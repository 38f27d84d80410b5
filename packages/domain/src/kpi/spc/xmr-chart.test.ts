// XmR chart against hand-computed limits, and its weekday/season centre on simulated daily volumes.
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../shared/errors.ts';
import { evaluateChartRules } from './run-rules.ts';
import { seededUniform } from './seeded-random.ts';
import { type IndividualObservation, xmrChart } from './xmr-chart.ts';

describe('xmrChart', () => {
  it('matches limits computed by hand', () => {
    /*
     * Values 10 12 11 14 13 12 15 13: mean 100/8 = 12.5. Moving ranges 2 1 3 1 1 3 2, MR̄ = 13/7 = 1.8571429.
     * sigma = 1.8571429/1.128 = 1.6464033; limits 12.5 ± 4.9392097 = 7.5607903 / 17.4392097.
     * MR chart UCL = 3.267 × 1.8571429 = 6.0672857. A 9th value 20 (monitoring) gives z = 7.5/1.6464033 = 4.5554
     * and a moving range of 7 above the MR limit.
     */
    const chart = xmrChart(
      [10, 12, 11, 14, 13, 12, 15, 13, 20].map((value) => ({ value })),
      { baseline: { start: 0, end: 8 } },
    );
    expect(chart.meanMovingRange).toBeCloseTo(13 / 7, 12);
    expect(chart.sigma).toBeCloseTo(1.6464033, 6);
    const p = chart.points[0]!;
    expect(p.centre).toBeCloseTo(12.5, 12);
    expect(p.lcl).toBeCloseTo(7.5607903, 6);
    expect(p.ucl).toBeCloseTo(17.4392097, 6);
    expect(chart.points[8]!.z).toBeCloseTo(4.5554, 4);
    expect(chart.movingRanges[0]!.value).toBeNull();
    expect(chart.movingRanges[1]!.value).toBe(2);
    expect(chart.movingRanges[8]!.ucl).toBeCloseTo(6.0672857, 6);
    expect(chart.movingRanges.filter((m) => m.beyondLimit).map((m) => m.index)).toEqual([8]);
    expect(evaluateChartRules(chart.points, { rules: 'western_electric', from: 8 })).toMatchObject([
      { rule: 'WE_1', firedAt: 8, side: 'above' },
    ]);
  });

  it('takes no moving range across a gap in a flagged baseline', () => {
    // Baseline 0,1 and 3,4 (point 2 excluded): ranges |12−10| and |11−13| only, MR̄ = 2; the mean is 11.5.
    const chart = xmrChart(
      [
        { value: 10, baseline: true },
        { value: 12, baseline: true },
        { value: 40 },
        { value: 13, baseline: true },
        { value: 11, baseline: true },
      ],
      { baseline: 'flagged' },
    );
    expect(chart.meanMovingRange).toBe(2);
    expect(chart.points[0]!.centre).toBe(11.5);
  });

  it('needs two consecutive baseline points', () => {
    try {
      xmrChart([{ value: 1 }, { value: 2 }], { baseline: { start: 0, end: 1 } });
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('SPC_BASELINE_TOO_SHORT');
    }
  });
});

/** Daily volumes from Monday 2025-01-06: weekday shape × month shape × (1 ± 1 % uniform noise). */
function dailyVolumes(days: number, seed: number, seasonal: boolean): IndividualObservation[] {
  const weekday = [1100, 1000, 1000, 1000, 1000, 950, 20];
  const month = [0.8, 0.85, 0.9, 1, 1, 1.05, 1.1, 0.9, 1, 1.1, 1.3, 1.5];
  const uniform = seededUniform(seed);
  const start = Date.UTC(2025, 0, 6);
  return Array.from({ length: days }, (_, i) => {
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const m = seasonal ? month[Number(date.slice(5, 7)) - 1]! : 1;
    return { date, value: weekday[i % 7]! * m * (1 + 0.02 * (uniform() - 0.5)) };
  });
}

describe('xmrChart with a calendar centre', () => {
  /*
   * Uniform noise of half-width a gives E|U1 − U2| = 2a/3, so sigma ≈ 0.59a and 3 sigma ≈ 1.77a > a: once the
   * calendar shape is removed, no in-control point can pass 3 sigma, whatever the seed.
   */
  /*
   * Flat centre on the weekday shape 1100 1000 1000 1000 1000 950 20: mean 867, moving ranges about
   * 100 0 0 0 50 930 1080 a week, MR̄ ≈ 309, sigma ≈ 274, LCL ≈ 867 − 821 = 46: every Sunday (20) is "beyond".
   */
  it('flags quiet Sundays on a flat centre but not with a weekday profile', () => {
    const series = dailyVolumes(56, 7, false);
    const flat = xmrChart(series, { baseline: { start: 0, end: 28 } });
    const flatAlarms = evaluateChartRules(flat.points, { rules: ['NELSON_1'] });
    expect(flatAlarms.length).toBeGreaterThan(0);
    expect(flatAlarms.every((s) => s.firedAt % 7 === 6 && s.side === 'below')).toBe(true);
    for (const mode of ['multiplicative', 'additive'] as const) {
      const adjusted = xmrChart(series, { baseline: { start: 0, end: 28 }, adjust: { weekday: true }, mode });
      expect(evaluateChartRules(adjusted.points, { rules: ['NELSON_1'] })).toEqual([]);
      // Residual moving ranges: sigma reflects the 1 % noise, not the Sunday swing.
      expect(adjusted.points[0]!.sigma).toBeLessThan(flat.sigma / 10);
    }
  });

  it('finds a 10 % step after the baseline', () => {
    const series = dailyVolumes(56, 11, false).map((o, i) => (i >= 42 ? { ...o, value: o.value * 1.1 } : o));
    const chart = xmrChart(series, { baseline: { start: 0, end: 28 }, adjust: { weekday: true } });
    expect(chart.residualScale).toBe('relative');
    const signals = evaluateChartRules(chart.points, { rules: ['NELSON_1'], from: 28 });
    expect(signals.length).toBeGreaterThan(7);
    expect(signals[0]!.firedAt).toBe(42);
    expect(signals.every((s) => s.firedAt >= 42 && s.side === 'above')).toBe(true);
  });

  it('follows the season too when the baseline covers a year', () => {
    const series = dailyVolumes(728, 3, true);
    const baseline = { start: 0, end: 364 } as const;
    const weekdayOnly = xmrChart(series, { baseline, adjust: { weekday: true } });
    expect(evaluateChartRules(weekdayOnly.points, { rules: ['NELSON_1'], from: 364 }).length).toBeGreaterThan(
      0,
    );
    const both = xmrChart(series, { baseline, adjust: { weekday: true, month: true } });
    expect(evaluateChartRules(both.points, { rules: ['NELSON_1'], from: 364 })).toEqual([]);
    expect(both.profile.month[11]! / both.profile.month[0]!).toBeCloseTo(1.5 / 0.8, 2);
    expect(both.profile.weekday[0]! / both.profile.weekday[1]!).toBeCloseTo(1.1, 2);
  });

  it('refuses negative values for a multiplicative calendar', () => {
    const series = dailyVolumes(14, 1, false).map((o, i) => (i === 3 ? { ...o, value: -5 } : o));
    try {
      xmrChart(series, { adjust: { weekday: true } });
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('SPC_MULTIPLICATIVE_NEEDS_POSITIVE');
    }
    expect(() => xmrChart(series, { adjust: { weekday: true }, mode: 'additive' })).not.toThrow();
  });
});
