// The public benchmark through the product's solver: instances parsed into the rostering problem, scored as the
// independent referee scores them, and solved deterministically for a seed. The instances and the referee are read
// from ../shared/bench beside the repository (never copied into it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { fromBenchAssignments, parseCurtoisInstance, toBenchAssignments } from './curtois.ts';
import { evaluateRoster } from './evaluate.ts';
import { Rng } from './prng.ts';
import type { Assignment, RosterProblem } from './problem.ts';
import { solveRoster } from './solve.ts';

const bench = new URL('../../../../../shared/bench/', import.meta.url).pathname;
const instanceFile = (n: number) => join(bench, 'shift-scheduling/instances', `Instance${n}.txt`);
const referee = join(bench, 'tools/curtois-check.mjs');

function refereeOf(n: number, problem: RosterProblem, assignment: Assignment) {
  const dir = mkdtempSync(join(tmpdir(), 'logipilot-referee-'));
  try {
    const file = join(dir, 'solution.json');
    writeFileSync(file, JSON.stringify({ assignments: toBenchAssignments(problem, assignment) }));
    let out: string;
    try {
      out = execFileSync(process.execPath, [referee, instanceFile(n), file], { encoding: 'utf8' });
    } catch (error) {
      // Exit 1 = infeasible: the verdict is still on stdout.
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    return JSON.parse(out) as { feasible: boolean; objective: number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A random roster: each cell off or one of the person's slots (rules broken as they come). */
function randomAssignment(problem: RosterProblem, rng: Rng): Assignment {
  return problem.employees.map((e) => {
    const row = new Int32Array(problem.days).fill(-1);
    for (let d = 0; d < problem.days; d++) {
      if (rng.float() < 0.55 && e.slots.length > 0)
        row[d] = e.slots[Math.floor(rng.float() * e.slots.length)]!;
    }
    return row;
  });
}

describe('Curtois & Qu instances', () => {
  it('parses Instance1 into the rostering problem', () => {
    const problem = parseCurtoisInstance(readFileSync(instanceFile(1), 'utf8'), 'Instance1.txt');
    expect(problem.days).toBe(14);
    expect(problem.employees.map((e) => e.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(problem.shifts.map((s) => [s.id, s.minutes])).toEqual([['D', 480]]);
    // A: MaxShifts D=14, MaxTotalMinutes 4320, MinTotalMinutes 3360, consecutive 5/2, days off 2, weekends 1.
    expect(problem.employees[0]).toMatchObject({
      maxShiftsOfType: [14],
      maxMinutes: 4320,
      minMinutes: 3360,
      maxConsecutiveWork: 5,
      minConsecutiveWork: 2,
      minConsecutiveOff: 2,
      maxWeekends: 1,
    });
    // A's day off (day 0) is a hard unavailability.
    expect(problem.employees[0]!.unavailable).toContainEqual(expect.objectContaining({ day: 0 }));
  });

  it('names the file, line and field of a malformed instance', () => {
    const text = readFileSync(instanceFile(1), 'utf8').replace(
      'A,D=14,4320,3360,5,2,2,1',
      'A,D=14,43x0,3360,5,2,2,1',
    );
    try {
      parseCurtoisInstance(text, 'Broken.txt');
      expect.unreachable('a malformed instance must be rejected');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const params = (error as DomainError).params as Record<string, unknown>;
      expect(params.file).toBe('Broken.txt');
      expect(params.line).toBeTypeOf('number');
    }
  });

  it('scores random rosters of instances 1–3 exactly as the referee', () => {
    const rng = new Rng(11);
    for (const n of [1, 2, 3]) {
      const problem = parseCurtoisInstance(readFileSync(instanceFile(n), 'utf8'), `Instance${n}.txt`);
      for (let k = 0; k < 3; k++) {
        const assignment = randomAssignment(problem, rng);
        const ours = evaluateRoster(problem, assignment).score;
        const theirs = refereeOf(n, problem, assignment);
        expect(ours.soft, `Instance${n} roster ${k}`).toBe(theirs.objective);
        expect(ours.hard === 0, `Instance${n} roster ${k}`).toBe(theirs.feasible);
        expect(fromBenchAssignments(problem, toBenchAssignments(problem, assignment))).toEqual(assignment);
      }
    }
  }, 30_000);

  it('solves Instance1 to a roster the referee finds feasible, the same one for the same seed', async () => {
    const problem = parseCurtoisInstance(readFileSync(instanceFile(1), 'utf8'), 'Instance1.txt');
    const options = { seed: 1, timeLimitSeconds: 20, maxIterations: 200_000, exact: false };
    const first = await solveRoster(problem, options);
    const second = await solveRoster(problem, options);
    expect(second.assignment).toEqual(first.assignment);
    expect(first.score.hard).toBe(0);
    const verdict = refereeOf(1, problem, first.assignment);
    expect(verdict.feasible).toBe(true);
    expect(verdict.objective).toBe(first.score.soft);
  }, 60_000);
});
