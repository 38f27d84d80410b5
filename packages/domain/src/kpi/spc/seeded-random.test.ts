// The seeded generators replay exactly and have the moments their simulations rely on.
import { describe, expect, it } from 'vitest';
import { normalCdf } from './normal-distribution.ts';
import { seededNormal, seededUniform } from './seeded-random.ts';

describe('seeded random numbers', () => {
  it('replays a seed and differs across seeds', () => {
    const a = seededUniform(42);
    const b = seededUniform(42);
    const c = seededUniform(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
  });

  it('draws standard normals (mean 0, variance 1, 3σ tail ≈ 0.27 %)', () => {
    const normal = seededNormal(7);
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    let beyond3 = 0;
    for (let i = 0; i < n; i++) {
      const x = normal();
      sum += x;
      squares += x * x;
      if (Math.abs(x) > 3) beyond3++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.01);
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.01);
    // Binomial standard error of the tail fraction: √(0.0027 × 0.9973 / 200000) ≈ 0.000116.
    expect(Math.abs(beyond3 / n - 0.0026998)).toBeLessThan(4 * 0.000116);
  });
});

describe('normalCdf', () => {
  it('matches tabulated values', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 14);
    expect(normalCdf(-2)).toBeCloseTo(0.022750131948179195, 15);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316300933, 15);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-6) / 9.865876450376946e-10).toBeCloseTo(1, 10);
    expect(normalCdf(8)).toBe(1 - normalCdf(-8));
  });
});
