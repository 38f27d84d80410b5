// Nelder–Mead finds known minima and is deterministic.
import { describe, expect, it } from 'vitest';
import { nelderMead } from './nelder-mead.ts';

describe('nelderMead', () => {
  it('minimises the Rosenbrock function', () => {
    const r = nelderMead(([x, y]) => (1 - x!) ** 2 + 100 * (y! - x! ** 2) ** 2, [-1.2, 1], {
      maxEvaluations: 2000,
      tolerance: 1e-14,
    });
    expect(r.x[0]).toBeCloseTo(1, 3);
    expect(r.x[1]).toBeCloseTo(1, 3);
  });

  it('treats non-finite values as +∞ and gives the same answer twice', () => {
    const f = ([x]: readonly number[]) => (x! < 0 ? Number.NaN : (x! - 3) ** 2);
    const a = nelderMead(f, [1]);
    expect(a.x[0]).toBeCloseTo(3, 4);
    expect(nelderMead(f, [1])).toEqual(a);
  });
});
