// The cheapest line of one person, checked against every line there is: random small instances in the benchmark's
// format (rules at the horizon's ends or not, a history or not, weekends anywhere), random costs per cell.
import { describe, expect, it } from 'vitest';
import { evaluateRoster } from './evaluate.ts';
import { everyFeasibleLine, randomPersonProblem } from './line-fixtures.ts';
import { priceLine } from './line-pricing.ts';
import { buildMipModel } from './mip-model.ts';
import { prepare } from './prepared.ts';
import { Rng } from './prng.ts';

describe('priceLine', () => {
  it('finds the cheapest feasible line, as enumerating every line does, on 150 random people', () => {
    const rng = new Rng(20261127);
    let feasible = 0;
    for (let trial = 0; trial < 150; trial++) {
      const problem = randomPersonProblem(rng);
      const p = prepare(problem);
      const model = buildMipModel(p);
      const S = p.slots;
      const cost = new Float64Array(p.days * S);
      for (let c = 0; c < cost.length; c++) {
        const col = model.cell[0]![c]!;
        cost[c] = col < 0 || model.colUpper[col] === 0 ? Number.POSITIVE_INFINITY : rng.int(13) - 6;
      }
      const expected = Math.min(...everyFeasibleLine(problem, cost).map((l) => l.cost));
      const { best, exact } = priceLine(p, 0, cost);
      expect(exact).toBe(true);
      if (!Number.isFinite(expected)) {
        expect(best, `trial ${trial}`).toBeNull();
        continue;
      }
      feasible++;
      expect(best, `trial ${trial}`).not.toBeNull();
      expect(best!.cost, `trial ${trial}`).toBeCloseTo(expected, 9);
      // The line it returns is itself feasible and costs what it says.
      expect(evaluateRoster(problem, [best!.line], {}, p).score.hard, `trial ${trial}`).toBe(0);
      let sum = 0;
      for (const [d, s] of best!.line.entries()) if (s >= 0) sum += cost[d * S + s]!;
      expect(sum).toBeCloseTo(best!.cost, 9);
      // With a cutoff: the same cheapest line when it is under the cutoff, none when it is not.
      const under = priceLine(p, 0, cost, 0, expected + 0.5);
      expect(under.exact).toBe(true);
      expect(under.best?.cost, `trial ${trial}`).toBeCloseTo(expected, 9);
      expect(priceLine(p, 0, cost, 0, expected).best, `trial ${trial}`).toBeNull();
      // A beam of a few labels a day: a rule-abiding line when it finds one, never cheaper than the cheapest; a beam
      // wider than any day's labels changes nothing.
      const narrow = priceLine(p, 0, cost, 0, Number.POSITIVE_INFINITY, { beam: 3 });
      if (narrow.best) {
        expect(evaluateRoster(problem, [narrow.best.line], {}, p).score.hard, `trial ${trial}`).toBe(0);
        expect(narrow.best.cost).toBeGreaterThanOrEqual(expected - 1e-9);
      } else expect(narrow.exact).toBe(false);
      if (narrow.exact) expect(narrow.best?.cost).toBeCloseTo(expected, 9);
      const wide = priceLine(p, 0, cost, 0, Number.POSITIVE_INFINITY, { beam: 1_000_000 });
      expect(wide.exact).toBe(true);
      expect(wide.best?.cost, `trial ${trial}`).toBeCloseTo(expected, 9);
      // A deadline already past: no line, and not claimed exact (a caller must not read it as "no line exists").
      const late = priceLine(p, 0, cost, 0, Number.POSITIVE_INFINITY, { deadline: performance.now() - 1 });
      expect(late.best).toBeNull();
      expect(late.exact).toBe(false);
    }
    // The generator is not degenerate: most people have some feasible line.
    expect(feasible).toBeGreaterThan(75);
  });
});
