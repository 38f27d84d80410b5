// Theoretical false-alarm rates: closed forms, the exact combination, and agreement with seeded simulations.
import { describe, expect, it } from 'vitest';
import { combinedFalseAlarmRate, ruleFalseAlarmRate, zigzagNumbers } from './false-alarm-rates.ts';
import {
  evaluateChartRules,
  evaluateRunRules,
  flaggedIndices,
  type RuleSelection,
  SPC_RULE_IDS,
} from './run-rules.ts';
import { seededNormal } from './seeded-random.ts';
import { xmrChart } from './xmr-chart.ts';

describe('theoretical rates', () => {
  it('uses the Euler zigzag numbers for alternation', () => {
    expect(zigzagNumbers(14)).toEqual([
      1, 1, 1, 2, 5, 16, 61, 272, 1385, 7936, 50521, 353792, 2702765, 22368256, 199360981,
    ]);
  });

  it('gives the closed forms for single rules', () => {
    expect(ruleFalseAlarmRate('NELSON_1')).toBeCloseTo(0.0026997960632601, 14);
    expect(ruleFalseAlarmRate('NELSON_2')).toBe(2 / 512);
    expect(ruleFalseAlarmRate('WE_4')).toBe(2 / 256);
    expect(ruleFalseAlarmRate('NELSON_3')).toBe(1 / 360);
    expect(ruleFalseAlarmRate('NELSON_4')).toBeCloseTo((2 * 199360981) / 87178291200, 15);
    expect(ruleFalseAlarmRate('NELSON_5')).toBeCloseTo(0.0020467245, 10);
    expect(ruleFalseAlarmRate('NELSON_6')).toBeCloseTo(0.0044656836, 10);
    expect(ruleFalseAlarmRate('NELSON_7')).toBeCloseTo(0.003260981, 9);
    expect(ruleFalseAlarmRate('NELSON_8')).toBeCloseTo(0.000101969, 9);
    expect(ruleFalseAlarmRate('WE_2')).toBe(ruleFalseAlarmRate('NELSON_5'));
  });

  it('the zone-and-order chain reproduces each closed form', () => {
    for (const rule of SPC_RULE_IDS)
      expect(combinedFalseAlarmRate([rule])).toBeCloseTo(ruleFalseAlarmRate(rule), 15);
  });

  it('combines rules below the sum of their rates (overlaps are counted once)', () => {
    const we = combinedFalseAlarmRate('western_electric');
    const nelson = combinedFalseAlarmRate('nelson');
    expect(we).toBeCloseTo(0.0164569253, 9);
    expect(nelson).toBeCloseTo(0.0232123458, 9);
    expect(combinedFalseAlarmRate(['NELSON_1', 'NELSON_2', 'NELSON_5', 'NELSON_6'])).toBeCloseTo(
      0.0126923281,
      9,
    );
    const sum = (rules: readonly string[]): number =>
      SPC_RULE_IDS.filter((r) => rules.includes(r)).reduce((s, r) => s + ruleFalseAlarmRate(r), 0);
    expect(we).toBeLessThan(sum(['WE_1', 'WE_2', 'WE_3', 'WE_4']));
    expect(nelson).toBeLessThan(sum(SPC_RULE_IDS.filter((r) => r.startsWith('NELSON'))));
    expect(nelson).toBeGreaterThan(Math.max(...SPC_RULE_IDS.map((r) => ruleFalseAlarmRate(r))));
  });
});

/*
 * In-control z-scores (known centre and sigma), 200 series of 500 monitored points after 15 points of context,
 * seeds 1…200. The series are independent, so the spread of their flagged fractions gives an honest standard
 * error even though alarms cluster inside a series (a long run fires at each point), which a binomial error
 * would understate.
 */
describe('simulated in-control series', () => {
  const SERIES = 200;
  const POINTS = 500;
  const CONTEXT = 15;
  const series = Array.from({ length: SERIES }, (_, s) => {
    const normal = seededNormal(s + 1);
    return Array.from({ length: CONTEXT + POINTS }, () => normal());
  });
  const sets: RuleSelection[] = [
    ['NELSON_1'],
    ['NELSON_1', 'NELSON_2', 'NELSON_5', 'NELSON_6'],
    'western_electric',
    'nelson',
  ];
  for (const rules of sets)
    it(`flag no more points than the theoretical rate for ${JSON.stringify(rules)}`, () => {
      const fractions = series.map(
        (z) => flaggedIndices(evaluateRunRules(z, { rules, from: CONTEXT })).length / POINTS,
      );
      const mean = fractions.reduce((a, b) => a + b, 0) / SERIES;
      const variance = fractions.reduce((a, f) => a + (f - mean) ** 2, 0) / (SERIES - 1);
      const standardError = Math.sqrt(variance / SERIES);
      const theory = combinedFalseAlarmRate(rules);
      expect(mean).toBeLessThanOrEqual(theory + 3 * standardError);
      // And not absurdly below: the rules do fire on noise, about as often as the theory says.
      expect(mean).toBeGreaterThan(0);
      expect(mean).toBeGreaterThanOrEqual(theory - 3 * standardError);
    });
});

/*
 * Detection: 100 in-control baseline points set the XmR limits, then the mean moves up by 1.5 sigma at point 100.
 * Across 50 seeds, the Western Electric rules flag a point within the 14 points from the shift in at least 90 %
 * of the series (their ARL at 1.5σ is about 6).
 */
describe('detection of a 1.5σ shift', () => {
  it('is flagged within 14 points for at least 90 % of 50 seeds', () => {
    let detected = 0;
    for (let seed = 1001; seed <= 1050; seed++) {
      const normal = seededNormal(seed);
      const values = Array.from({ length: 130 }, (_, i) => 50 + 4 * normal() + (i >= 100 ? 1.5 * 4 : 0));
      const chart = xmrChart(
        values.map((value) => ({ value })),
        { baseline: { start: 0, end: 100 } },
      );
      const signals = evaluateChartRules(chart.points, { rules: 'western_electric', from: 100 });
      if (signals.some((s) => s.firedAt < 114)) detected++;
    }
    expect(detected / 50).toBeGreaterThanOrEqual(0.9);
  });
});
