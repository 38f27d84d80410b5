// Column generation on benchmark instances 1–3 (read from ../shared/bench beside the repository): its bound never
// exceeds the published optimum and comes within 10 % of it, and the dive's roster is one
// the evaluator finds feasible, at or above the bound.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHighs } from '../levers/solve-highs.ts';
import { LineMaster } from './column-generation.ts';
import { parseCurtoisInstance } from './curtois.ts';
import { evaluateRoster } from './evaluate.ts';
import { buildMipModel } from './mip-model.ts';
import { prepare } from './prepared.ts';
import { Rng } from './prng.ts';
import { solveRoster } from './solve.ts';

const bench = new URL('../../../../../shared/bench/', import.meta.url).pathname;
/** Published optima (reference_results.csv, best_reported). */
const OPTIMUM: Record<number, number> = { 1: 607, 2: 828, 3: 1001 };

/** Instance n and a feasible start from a short local search alone, bounded by moves (reproducible). */
async function instanceWithStart(n: number) {
  const file = join(bench, 'shift-scheduling/instances', `Instance${n}.txt`);
  const problem = parseCurtoisInstance(readFileSync(file, 'utf8'), file);
  const start = await solveRoster(problem, {
    seed: 1,
    timeLimitSeconds: 60,
    maxIterations: 200_000,
    exact: false,
  });
  return { problem, start };
}

describe('LineMaster', () => {
  for (const n of [1, 2, 3]) {
    it(`bounds instance ${n} from below and dives to a feasible roster`, async () => {
      const { problem, start } = await instanceWithStart(n);
      expect(start.score.hard).toBe(0);
      const p = prepare(problem);
      const model = buildMipModel(p);
      const highs = await loadHighs();
      const control = { deadline: performance.now() + 60_000, shouldStop: () => false, seed: 1 };
      const { outcome, dived, drawn } = highs.withModel((native) => {
        const master = new LineMaster(highs, native, p, model);
        master.addRoster(start.assignment);
        const outcome = master.generate(control);
        const dived = master.dive(control);
        // A quick dive drawing its holds (two LPs after each): another roster, as feasible.
        const drawn = master.dive(control, new Rng(n), 2);
        return { outcome, dived, drawn };
      });
      expect(outcome.converged).toBe(true);
      expect(outcome.lowerBound).not.toBeNull();
      const bound = outcome.lowerBound!;
      expect(bound).toBeLessThanOrEqual(OPTIMUM[n]!);
      // The line formulation's bound is within 10 % of the optimum on these instances (instance 1: 558 for 607).
      expect(bound).toBeGreaterThanOrEqual(OPTIMUM[n]! * 0.9);
      expect(dived).not.toBeNull();
      const score = evaluateRoster(problem, dived!, {}, p).score;
      expect(score.hard).toBe(0);
      expect(score.soft).toBeGreaterThanOrEqual(bound);
      expect(drawn).not.toBeNull();
      const drawnScore = evaluateRoster(problem, drawn!, {}, p).score;
      expect(drawnScore.hard).toBe(0);
      expect(drawnScore.soft).toBeGreaterThanOrEqual(bound);
    });
  }

  it('closes the gap on instance 1: every line that could do better, HiGHS on whole cells, the optimum proven', async () => {
    const { problem, start } = await instanceWithStart(1);
    const p = prepare(problem);
    const startCost = evaluateRoster(problem, start.assignment, {}, p).score;
    expect(startCost.hard).toBe(0);
    const model = buildMipModel(p);
    const highs = await loadHighs();
    const control = { deadline: performance.now() + 60_000, shouldStop: () => false, seed: 1 };
    const { full, capped, deepened } = highs.withModel((native) => {
      const master = new LineMaster(highs, native, p, model);
      master.addRoster(start.assignment);
      master.generate(control);
      // Lines capped at two a person: a roster perhaps, never a proof.
      const capped = master.closeGap(start.assignment, startCost.soft, control, {
        maxLines: 2,
        maxNodes: 1_000_000,
        retries: 2,
      });
      const full = master.closeGap(start.assignment, startCost.soft, control, {
        maxLines: 100_000,
        maxNodes: 10_000_000,
        retries: 0,
      });
      // From the optimum, two lines a person settle nothing better but leave lines out: the next round, with all of
      // them, proves it.
      const optimum = full.assignment ?? start.assignment;
      const deepened = master.closeGap(optimum, OPTIMUM[1]!, control, {
        maxLines: 2,
        maxNodes: 10_000_000,
        retries: 0,
        growth: 100_000,
        maxLinesLast: 100_000,
      });
      return { full, capped, deepened };
    });
    expect(deepened.complete).toBe(true);
    expect(deepened.proven).toBe(true);
    expect(deepened.objective).toBe(OPTIMUM[1]);
    expect(capped.complete).toBe(false);
    expect(capped.proven).toBe(false);
    expect(full.complete).toBe(true);
    expect(full.proven).toBe(true);
    if (startCost.soft > OPTIMUM[1]!) {
      expect(full.objective).toBe(OPTIMUM[1]);
      const score = evaluateRoster(problem, full.assignment!, {}, p).score;
      expect(score).toEqual({ hard: 0, soft: OPTIMUM[1] });
    } else expect(startCost.soft).toBe(OPTIMUM[1]);
  });
});
