// The cheapest line of one person, checked against every line there is: random small instances in the benchmark's
// format (rules at the horizon's ends or not, a history or not, weekends anywhere), random costs per cell.
import { describe, expect, it } from 'vitest';
import { parseCurtoisInstance } from './curtois.ts';
import { evaluateRoster } from './evaluate.ts';
import { priceLine } from './line-pricing.ts';
import { buildMipModel } from './mip-model.ts';
import { prepare } from './prepared.ts';
import { Rng } from './prng.ts';
import type { RosterProblem } from './problem.ts';

function randomProblem(rng: Rng): RosterProblem {
  const days = 6 + rng.int(4);
  const shiftCount = 1 + rng.int(3);
  const ids = ['E', 'L', 'N'].slice(0, shiftCount);
  const shifts = ids.map((id, i) => {
    const forbidden = ids.filter((_, j) => j < i && rng.float() < 0.6);
    return `${id},${[480, 450, 600][i]},${forbidden.join('|')}`;
  });
  const max = ids.map((id) => `${id}=${rng.float() < 0.2 ? 0 : 1 + rng.int(days)}`).join('|');
  const maxMinutes = 480 * (2 + rng.int(days - 1));
  const minMinutes = rng.float() < 0.5 ? 0 : 480 * rng.int(3);
  const maxConsecutive = 2 + rng.int(4);
  const minConsecutive = 1 + rng.int(3);
  const minOff = 1 + rng.int(3);
  const maxWeekends = rng.int(3);
  const off = rng.float() < 0.5 ? `X,${rng.int(days)}` : 'X,';
  const text = [
    'SECTION_HORIZON',
    String(days),
    '',
    'SECTION_SHIFTS',
    ...shifts,
    '',
    'SECTION_STAFF',
    `X,${max},${maxMinutes},${minMinutes},${maxConsecutive},${minConsecutive},${minOff},${maxWeekends}`,
    '',
    'SECTION_DAYS_OFF',
    off,
    '',
    'SECTION_COVER',
    `0,E,1,100,1`,
    '',
  ].join('\n');
  const parsed = parseCurtoisInstance(text, 'random.txt');
  const atEnds = rng.float() < 0.5;
  const history =
    !atEnds && rng.float() < 0.5
      ? Array.from({ length: 1 + rng.int(4) }, () => (rng.float() < 0.6 ? rng.int(shiftCount) : -1))
      : [];
  return {
    ...parsed,
    firstWeekday: 1 + rng.int(7),
    rules: { ...parsed.rules, minConsecutiveAtHorizonEnds: atEnds },
    cover: [],
    employees: parsed.employees.map((e) => ({
      ...e,
      history: { shifts: history, minutesByDay: history.map((s) => (s >= 0 ? 480 : 0)) },
    })),
  };
}

/** Every line, the feasible ones by the evaluator, the cheapest by the costs. */
function cheapestByEnumeration(problem: RosterProblem, cost: Float64Array): number {
  const H = problem.days;
  const S = problem.slots.length;
  const p = prepare(problem);
  const line = new Int32Array(H).fill(-1);
  let best = Number.POSITIVE_INFINITY;
  const visit = (d: number, sum: number) => {
    if (d === H) {
      if (evaluateRoster(problem, [line], {}, p).score.hard === 0) best = Math.min(best, sum);
      return;
    }
    line[d] = -1;
    visit(d + 1, sum);
    for (let s = 0; s < S; s++) {
      const c = cost[d * S + s]!;
      if (!Number.isFinite(c)) continue;
      line[d] = s;
      visit(d + 1, sum + c);
    }
    line[d] = -1;
  };
  visit(0, 0);
  return best;
}

describe('priceLine', () => {
  it('finds the cheapest feasible line, as enumerating every line does, on 150 random people', () => {
    const rng = new Rng(20261127);
    let feasible = 0;
    for (let trial = 0; trial < 150; trial++) {
      const problem = randomProblem(rng);
      const p = prepare(problem);
      const model = buildMipModel(p);
      const S = p.slots;
      const cost = new Float64Array(p.days * S);
      for (let c = 0; c < cost.length; c++) {
        const col = model.cell[0]![c]!;
        cost[c] = col < 0 || model.colUpper[col] === 0 ? Number.POSITIVE_INFINITY : rng.int(13) - 6;
      }
      const expected = cheapestByEnumeration(problem, cost);
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
    }
    // The generator is not degenerate: most people have some feasible line.
    expect(feasible).toBeGreaterThan(75);
  });
});
