// p and u charts against a textbook example and hand-computed limits, with and without a weekday centre.
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../shared/errors.ts';
import { pChart, type RatioObservation, uChart } from './attribute-charts.ts';
import { evaluateChartRules } from './run-rules.ts';

/*
 * Montgomery, Introduction to Statistical Quality Control, Example 7.1 (frozen orange juice cans, 30 samples of
 * n = 50 cans, nonconforming counts below). Σx = 347, p̄ = 347/1500 = 0.231333; sigma = √(p̄(1 − p̄)/50) =
 * 0.0596351; limits 0.231333 ± 0.178905 = 0.052428 / 0.410238 (the book's 0.0524 / 0.4102). Samples 15 (22/50 =
 * 0.44) and 23 (24/50 = 0.48) are above. Revised limits without them: p̄ = 301/1400 = 0.215, sigma = 0.0580991,
 * limits 0.0407 / 0.3893 (as in the book).
 */
const orangeJuice = [
  12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6,
];

describe('pChart', () => {
  it('reproduces Montgomery’s orange-juice chart', () => {
    const chart = pChart(orangeJuice.map((x) => ({ numerator: x, denominator: 50 })));
    const first = chart.points[0]!;
    expect(first.centre).toBeCloseTo(0.231333, 6);
    expect(first.sigma).toBeCloseTo(0.0596351, 6);
    expect(first.lcl).toBeCloseTo(0.0524, 4);
    expect(first.ucl).toBeCloseTo(0.4102, 4);
    const above = chart.points.filter((p) => p.value > p.ucl).map((p) => p.index + 1);
    expect(above).toEqual([15, 23]);
    expect(chart.points[14]!.z).toBeCloseTo((0.44 - 0.231333) / 0.0596351, 4);
    expect(chart.points[14]!.zone).toBe('beyond');
    const signals = evaluateChartRules(chart.points, { rules: ['NELSON_1'] });
    expect(signals.map((s) => [s.firedAt, s.side])).toEqual([
      [14, 'above'],
      [22, 'above'],
    ]);
  });

  it('revises the limits on a flagged baseline excluding the assignable causes', () => {
    const observations: RatioObservation[] = orangeJuice.map((x, i) => ({
      numerator: x,
      denominator: 50,
      baseline: i !== 14 && i !== 22,
    }));
    const chart = pChart(observations, { baseline: 'flagged' });
    const p = chart.points[0]!;
    expect(p.centre).toBeCloseTo(0.215, 10);
    expect(p.lcl).toBeCloseTo(0.0407, 4);
    expect(p.ucl).toBeCloseTo(0.3893, 4);
    expect(chart.points[14]!.baseline).toBe(false);
  });

  it('gives each point limits from its own subgroup size, clamped to [0, 1]', () => {
    // Baseline Σx = 10, Σn = 100, p̄ = 0.1. n = 100: sigma = 0.03, limits 0.01 / 0.19. n = 25: sigma = 0.06,
    // 0.1 − 0.18 < 0 so LCL = 0, UCL = 0.28. n = 1: sigma = 0.3, UCL 1.0 clamped to 1 (0.1 + 0.9 = 1.0).
    const chart = pChart(
      [
        { numerator: 4, denominator: 50 },
        { numerator: 6, denominator: 50 },
        { numerator: 3, denominator: 100 },
        { numerator: 5, denominator: 25 },
        { numerator: 1, denominator: 1 },
      ],
      { baseline: { start: 0, end: 2 } },
    );
    const [, , big, small, single] = chart.points;
    expect(big!.sigma).toBeCloseTo(0.03, 12);
    expect(big!.lcl).toBeCloseTo(0.01, 12);
    expect(big!.ucl).toBeCloseTo(0.19, 12);
    expect(big!.z).toBeCloseTo((0.03 - 0.1) / 0.03, 12);
    expect(big!.zone).toBe('A');
    expect(big!.side).toBe('below');
    expect(small!.lcl).toBe(0);
    expect(small!.ucl).toBeCloseTo(0.28, 12);
    expect(small!.zone).toBe('B');
    expect(single!.ucl).toBeLessThanOrEqual(1);
    expect(single!.z).toBeCloseTo(3, 12);
  });

  it('refuses impossible observations with stable codes', () => {
    const code = (f: () => unknown): string | null => {
      try {
        f();
        return null;
      } catch (e) {
        return isDomainError(e) ? e.code : 'OTHER';
      }
    };
    expect(code(() => pChart([{ numerator: 6, denominator: 5 }]))).toBe('SPC_PROPORTION_ABOVE_ONE');
    expect(code(() => uChart([{ numerator: 1, denominator: 0 }]))).toBe('SPC_RATIO_INVALID');
    expect(code(() => pChart([{ numerator: 1, denominator: 5 }], { baseline: 'flagged' }))).toBe(
      'SPC_BASELINE_EMPTY',
    );
    expect(code(() => pChart([{ numerator: 1, denominator: 5 }], { baseline: { start: 0, end: 2 } }))).toBe(
      'SPC_BASELINE_RANGE_INVALID',
    );
    expect(code(() => pChart([{ numerator: 1, denominator: 5 }], { adjust: { weekday: true } }))).toBe(
      'SPC_DATE_INVALID',
    );
  });
});

describe('uChart', () => {
  it('matches hand-computed limits for varying areas of opportunity', () => {
    /*
     * Defects c over units n: baseline Σc = 60, Σn = 25, ū = 2.4.
     * n = 4: sigma = √0.6 = 0.7745967, limits 0.0762099 / 4.7237901.
     * n = 5: sigma = √0.48 = 0.6928203, limits 0.3215390 / 4.4784610.
     * n = 8: sigma = √0.3 = 0.5477226, limits 0.7568323 / 4.0431677.
     * n = 1 (monitoring): sigma = √2.4 = 1.5491933, 2.4 − 4.6475800 < 0 so LCL = 0, UCL = 7.0475800;
     *   c = 8 gives u = 8 > UCL, z = 5.6/1.5491933 = 3.6148.
     */
    const chart = uChart(
      [
        { numerator: 10, denominator: 5 },
        { numerator: 12, denominator: 4 },
        { numerator: 8, denominator: 4 },
        { numerator: 20, denominator: 8 },
        { numerator: 10, denominator: 4 },
        { numerator: 8, denominator: 1 },
      ],
      { baseline: { start: 0, end: 5 } },
    );
    const [n5, n4, , n8, , n1] = chart.points;
    expect(n5!.centre).toBeCloseTo(2.4, 12);
    expect(n4!.lcl).toBeCloseTo(0.0762099, 6);
    expect(n4!.ucl).toBeCloseTo(4.7237901, 6);
    expect(n5!.lcl).toBeCloseTo(0.321539, 6);
    expect(n5!.ucl).toBeCloseTo(4.478461, 6);
    expect(n8!.lcl).toBeCloseTo(0.7568323, 6);
    expect(n8!.ucl).toBeCloseTo(4.0431677, 6);
    expect(n1!.lcl).toBe(0);
    expect(n1!.ucl).toBeCloseTo(7.04758, 5);
    expect(n1!.z).toBeCloseTo(3.6148, 4);
    expect(n1!.baseline).toBe(false);
    expect(evaluateChartRules(chart.points, { rules: 'nelson', from: 5 }).map((s) => s.rule)).toEqual([
      'NELSON_1',
    ]);
  });
});

describe('attribute charts with a weekday centre', () => {
  // Four weeks from Monday 2026-01-05: 1 % picking errors on weekdays, 4 % on Sundays (temp staff), 500 lines a
  // day with a small deterministic wobble so that sigma is not zero.
  const start = Date.UTC(2026, 0, 5);
  const days: RatioObservation[] = Array.from({ length: 28 }, (_, i) => {
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const sunday = i % 7 === 6;
    return { date, numerator: (sunday ? 20 : 5) + ((i * 7) % 3) - 1, denominator: 500 };
  });

  it('keeps Sundays in control once each weekday has its own baseline proportion', () => {
    const flat = pChart(days);
    expect(flat.points.filter((p) => p.zone === 'beyond').map((p) => p.index)).toEqual([6, 13, 20, 27]);
    const adjusted = pChart(days, { adjust: { weekday: true } });
    expect(adjusted.points.filter((p) => p.zone === 'beyond')).toEqual([]);
    // The Sunday centre is that weekday's Σx/Σn over the baseline.
    const sundays = days.filter((_, i) => i % 7 === 6);
    const expected = sundays.reduce((s, d) => s + d.numerator, 0) / (500 * sundays.length);
    expect(adjusted.points[6]!.centre).toBeCloseTo(expected, 12);
    expect(adjusted.profile.weekdayObserved.every(Boolean)).toBe(true);
  });

  it('still sees a Sunday that doubles its error rate', () => {
    const worse = days.map((d, i) => (i === 27 ? { ...d, numerator: 45 } : d));
    const chart = pChart(worse, { adjust: { weekday: true }, baseline: { start: 0, end: 21 } });
    expect(evaluateChartRules(chart.points, { rules: ['NELSON_1'], from: 21 }).map((s) => s.firedAt)).toEqual(
      [27],
    );
  });
});
