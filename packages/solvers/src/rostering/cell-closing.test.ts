// The closing MIP on whole cells, against every roster its pool can make: on benchmark instance 1 (read from
// ../shared/bench beside the repository) with a pool of three lines a person, HiGHS's answer is the cheapest of the
// pool's rosters, tried one by one, and a roster the evaluator scores at that cost; from that roster, HiGHS proves that
// nothing in the pool is cheaper.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHighs } from '../levers/solve-highs.ts';
import { closeOnCells, type PooledLine } from './cell-closing.ts';
import { parseCurtoisInstance } from './curtois.ts';
import { evaluateRoster } from './evaluate.ts';
import { priceLine } from './line-pricing.ts';
import { buildMipModel } from './mip-model.ts';
import { prepare } from './prepared.ts';
import { Rng } from './prng.ts';
import type { Assignment } from './problem.ts';

const bench = new URL('../../../../../shared/bench/', import.meta.url).pathname;

describe('closeOnCells', () => {
  it('finds the cheapest roster of its pool on instance 1, as trying every roster of the pool does', async () => {
    const file = join(bench, 'shift-scheduling/instances', 'Instance1.txt');
    const problem = parseCurtoisInstance(readFileSync(file, 'utf8'), file);
    const p = prepare(problem);
    const model = buildMipModel(p);
    const E = p.employees;
    const rng = new Rng(7);
    // Three lines a person: the cheapest under cell costs drawn at random around the model's, and its next two.
    const byPerson: Int32Array[][] = [];
    const cellCost = new Float64Array(p.days * p.slots);
    for (let e = 0; e < E; e++) {
      const map = model.cell[e]!;
      for (let c = 0; c < cellCost.length; c++) {
        const col = map[c]!;
        cellCost[c] =
          col < 0 || model.colUpper[col] === 0
            ? Number.POSITIVE_INFINITY
            : model.colCost[col]! - 100 * rng.float();
      }
      const priced = priceLine(p, e, cellCost, 2);
      const lines = [priced.best!, ...priced.others].map((l) => l.line);
      byPerson.push(lines.slice(0, 3));
    }
    expect(byPerson.every((lines) => lines.length >= 2)).toBe(true);
    // Every roster of the pool, the last line of each person first: the start is the costliest of a first sample.
    let cheapest = Number.POSITIVE_INFINITY;
    const choice = new Int32Array(E);
    const roster = (): Assignment => byPerson.map((lines, e) => lines[choice[e]!]!);
    for (;;) {
      const score = evaluateRoster(problem, roster(), {}, p).score;
      if (score.hard === 0) cheapest = Math.min(cheapest, score.soft);
      let e = 0;
      while (e < E && ++choice[e]! === byPerson[e]!.length) choice[e++] = 0;
      if (e === E) break;
    }
    const start = byPerson.map((lines) => lines[0]!);
    const startCost = evaluateRoster(problem, start, {}, p).score;
    expect(startCost.hard).toBe(0);
    // The pool holds a cheaper roster than the start: HiGHS has to find it.
    expect(cheapest).toBeLessThan(startCost.soft);
    const pool: PooledLine[] = byPerson.flatMap((lines, e) => lines.map((line) => ({ e, line })));
    const highs = await loadHighs();
    const outcome = closeOnCells(highs, p, model, pool, start, {
      deadline: performance.now() + 60_000,
      shouldStop: () => false,
      seed: 1,
    });
    expect(outcome.objective).toBe(cheapest);
    const found = outcome.assignment ?? start;
    expect(evaluateRoster(problem, found, {}, p).score).toEqual({ hard: 0, soft: cheapest });
    // Each person's roster is one of their pooled lines.
    for (let e = 0; e < E; e++)
      expect(byPerson[e]!.some((line) => line.join(',') === found[e]!.join(','))).toBe(true);
    // From the pool's best, nothing is cheaper: HiGHS proves it and the start's cost is the pool's optimum.
    const again = closeOnCells(highs, p, model, pool, found, {
      deadline: performance.now() + 60_000,
      shouldStop: () => false,
      seed: 1,
    });
    expect(again.objective).toBe(cheapest);
    if (again.assignment) expect(evaluateRoster(problem, again.assignment, {}, p).score.soft).toBe(cheapest);
  });
});
