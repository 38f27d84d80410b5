// Repair by pricing on benchmark instance 3 (read from ../shared/bench beside the repository): people whose lines
// were broken get lines that keep every personal rule, the others keep theirs, and each repaired line costs the
// roster no more than the person's rule-abiding line of a solved roster would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCurtoisInstance } from './curtois.ts';
import { scaleCurtoisInstance } from './curtois-scale.ts';
import { evaluateRoster } from './evaluate.ts';
import { repairLines } from './line-repair.ts';
import { buildMipModel } from './mip-model.ts';
import { copyAssignment, prepare } from './prepared.ts';
import { solveRoster } from './solve.ts';

const bench = new URL('../../../../../shared/bench/', import.meta.url).pathname;

describe('repairLines', () => {
  it('gives broken people their cheapest rule-abiding lines and leaves the others alone', async () => {
    const file = join(bench, 'shift-scheduling/instances', 'Instance3.txt');
    const problem = parseCurtoisInstance(readFileSync(file, 'utf8'), file);
    const p = prepare(problem);
    const model = buildMipModel(p);
    const solved = await solveRoster(problem, {
      seed: 1,
      timeLimitSeconds: 60,
      maxIterations: 200_000,
      exact: false,
    });
    expect(solved.score.hard).toBe(0);
    // Person 0 works the first slot every day (too many in a row, too many minutes), person 5 never works (too few).
    const broken = copyAssignment(solved.assignment);
    broken[0]!.fill(0);
    broken[5]!.fill(-1);
    const brokenScore = evaluateRoster(problem, broken, {}, p);
    const breakers = new Set(brokenScore.violations.filter((v) => v.hard).map((v) => v.employee));
    expect(breakers).toEqual(new Set([0, 5]));

    const repaired = repairLines(p, model, broken, [0, 5]);
    const score = evaluateRoster(problem, repaired, {}, p).score;
    expect(score.hard).toBe(0);
    for (let e = 0; e < p.employees; e++) if (e !== 0 && e !== 5) expect(repaired[e]).toEqual(broken[e]);
    expect(broken[0]!.every((s) => s === 0)).toBe(true);
    // Person 5, repaired last, is priced against everyone else's final lines: their own line of the solved roster
    // (which keeps their rules) cannot make the roster cheaper.
    const withSolvedLine = copyAssignment(repaired);
    withSolvedLine[5]!.set(solved.assignment[5]!);
    const alternative = evaluateRoster(problem, withSolvedLine, {}, p).score;
    expect(alternative.hard).toBe(0);
    expect(score.soft).toBeLessThanOrEqual(alternative.soft);

    // At a deadline already past, nobody is repaired: the roster comes back as it was, not half-priced.
    const late = repairLines(p, model, broken, [0, 5], performance.now() - 1);
    for (let e = 0; e < p.employees; e++) expect(late[e]).toEqual(broken[e]);
    expect(evaluateRoster(problem, late, {}, p).score).toEqual(brokenScore.score);
  });

  it('repairs the lines of a long horizon too (priced in a beam)', () => {
    // Instance 3's two weeks repeated five times: 70 days, past the length where the repair prices in a beam.
    const file = join(bench, 'shift-scheduling/instances', 'Instance3.txt');
    const problem = parseCurtoisInstance(scaleCurtoisInstance(readFileSync(file, 'utf8'), 5), file);
    expect(problem.days).toBe(70);
    const p = prepare(problem);
    const model = buildMipModel(p);
    // Everyone works the first slot every day they may: far too many shifts, minutes, days in a row and weekends.
    const broken = problem.employees.map(() => new Int32Array(problem.days).fill(0));
    const before = evaluateRoster(problem, broken, {}, p);
    const breakers = [...new Set(before.violations.filter((v) => v.hard).map((v) => v.employee!))];
    expect(breakers.length).toBe(problem.employees.length);
    const repaired = repairLines(p, model, broken, breakers);
    expect(evaluateRoster(problem, repaired, {}, p).score.hard).toBe(0);
  });
});
