// Accuracy formulas against hand-computed values.
import { describe, expect, it } from 'vitest';
import { accuracyOf, bias, intervalCoverage, mape, wape } from './accuracy.ts';

const points = [
  { actual: 10, forecast: 8, lower: 7, upper: 12 },
  { actual: 0, forecast: 2, lower: 0, upper: 3 },
  { actual: 30, forecast: 33, lower: 25, upper: 29 },
  { actual: 20, forecast: 20, lower: 15, upper: 25 },
];

describe('accuracy', () => {
  it('WAPE is the sum of absolute errors over the sum of actuals', () => {
    expect(wape(points)).toBeCloseTo((2 + 2 + 3 + 0) / (10 + 0 + 30 + 20), 12);
  });

  it('MAPE skips zero actuals and says how many', () => {
    const m = mape(points);
    expect(m.skipped).toBe(1);
    expect(m.value).toBeCloseTo((2 / 10 + 3 / 30 + 0 / 20) / 3, 12);
  });

  it('bias is mean error over mean actual, positive when forecasts run high', () => {
    expect(bias(points)).toBeCloseTo((-2 + 2 + 3 + 0) / (10 + 0 + 30 + 20), 12);
    expect(bias([{ actual: 10, forecast: 5 }])).toBeCloseTo(-0.5, 12);
  });

  it('coverage counts actuals inside the interval, bounds included', () => {
    expect(intervalCoverage(points)).toBeCloseTo(3 / 4, 12);
    expect(intervalCoverage([{ actual: 1, forecast: 1 }])).toBeNull();
  });

  it('all-zero actuals give null ratios instead of dividing by zero', () => {
    const zeros = [
      { actual: 0, forecast: 0 },
      { actual: 0, forecast: 1 },
    ];
    expect(accuracyOf(zeros)).toEqual({ wape: null, mape: null, mapeSkipped: 2, bias: null, points: 2 });
  });
});
