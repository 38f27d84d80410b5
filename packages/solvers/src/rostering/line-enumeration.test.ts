// Every line under a threshold, checked against every line there is: random small people (line-fixtures.ts), random
// costs per cell, thresholds from the cheapest line up; and the limits make it say when it stopped short.
import { describe, expect, it } from 'vitest';
import { enumerateLines } from './line-enumeration.ts';
import { everyFeasibleLine, randomPersonProblem } from './line-fixtures.ts';
import { buildMipModel } from './mip-model.ts';
import { prepare } from './prepared.ts';
import { Rng } from './prng.ts';

const UNLIMITED = { maxLines: 1_000_000, maxNodes: 10_000_000 };

describe('enumerateLines', () => {
  it('lists exactly the feasible lines at or under the threshold, on 150 random people', () => {
    const rng = new Rng(20261128);
    let nonEmpty = 0;
    for (let trial = 0; trial < 150; trial++) {
      const problem = randomPersonProblem(rng);
      const p = prepare(problem);
      const model = buildMipModel(p);
      const cost = new Float64Array(p.days * p.slots);
      for (let c = 0; c < cost.length; c++) {
        const col = model.cell[0]![c]!;
        cost[c] = col < 0 || model.colUpper[col] === 0 ? Number.POSITIVE_INFINITY : rng.int(13) - 6;
      }
      const all = everyFeasibleLine(problem, cost);
      const cheapest = Math.min(...all.map((l) => l.cost));
      const threshold = (Number.isFinite(cheapest) ? cheapest : 0) + rng.int(9);
      const expected = all
        .filter((l) => l.cost <= threshold)
        .map((l) => l.line.join(','))
        .sort();
      const result = enumerateLines(p, 0, cost, threshold, UNLIMITED);
      expect(result.complete).toBe(true);
      expect(result.lines.map((l) => l.line.join(',')).sort(), `trial ${trial}`).toEqual(expected);
      for (const l of result.lines) {
        let sum = 0;
        for (const [d, s] of l.line.entries()) if (s >= 0) sum += cost[d * p.slots + s]!;
        expect(sum).toBeCloseTo(l.cost, 9);
      }
      // The relaxed minimum never exceeds the cheapest line.
      if (Number.isFinite(cheapest)) expect(result.relaxedMinimum).toBeLessThanOrEqual(cheapest + 1e-9);
      if (expected.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(75);
  });

  it('says it is incomplete when a limit stops it', () => {
    const rng = new Rng(7);
    for (let trial = 0; trial < 50; trial++) {
      const problem = randomPersonProblem(rng);
      const p = prepare(problem);
      const cost = new Float64Array(p.days * p.slots).fill(0);
      const all = enumerateLines(p, 0, cost, 0, UNLIMITED);
      if (all.lines.length < 3) continue;
      const capped = enumerateLines(p, 0, cost, 0, { maxLines: 2, maxNodes: 10_000_000 });
      expect(capped.complete).toBe(false);
      expect(capped.lines).toHaveLength(2);
      const starved = enumerateLines(p, 0, cost, 0, { maxLines: 1_000_000, maxNodes: 3 });
      expect(starved.complete).toBe(false);
      return;
    }
    throw new Error('no random person with three lines or more');
  });
});
