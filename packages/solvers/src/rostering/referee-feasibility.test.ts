// The evaluator against the benchmark's independent referee on instances 1–3, feasible rosters included: rosters
// from a short local search, random one-cell changes of them, and hand-made patterns. Hard count 0 exactly
// when the referee says feasible, soft score = the referee's objective. Most verdicts come from the referee's own
// functions (imported); a few go through its command line on temporary files, as the benchmark uses it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { construct } from './construct.ts';
import { parseCurtoisInstance, toBenchAssignments } from './curtois.ts';
import { evaluateRoster } from './evaluate.ts';
import { LocalSearch } from './local-search.ts';
import { emptyAssignment, prepare } from './prepared.ts';
import { Rng } from './prng.ts';
import type { Assignment, RosterProblem } from './problem.ts';
import { SearchState } from './search-state.ts';

const bench = new URL('../../../../../shared/bench/', import.meta.url).pathname;
const instanceFile = (n: number) => join(bench, 'shift-scheduling/instances', `Instance${n}.txt`);
const refereeFile = join(bench, 'tools/curtois-check.mjs');

interface Verdict {
  feasible: boolean;
  objective: number;
}
interface RefereeModule {
  parseInstance(text: string, name?: string): unknown;
  normaliseSolution(solution: unknown, instance: unknown): unknown;
  evaluate(instance: unknown, rows: unknown): Verdict;
}

let referee: RefereeModule;
beforeAll(async () => {
  referee = (await import(pathToFileURL(refereeFile).href)) as RefereeModule;
});

function load(n: number): { problem: RosterProblem; text: string } {
  const text = readFileSync(instanceFile(n), 'utf8');
  return { problem: parseCurtoisInstance(text, `Instance${n}.txt`), text };
}

function judged(text: string, problem: RosterProblem, assignment: Assignment): Verdict {
  const instance = referee.parseInstance(text);
  const rows = referee.normaliseSolution({ assignments: toBenchAssignments(problem, assignment) }, instance);
  return referee.evaluate(instance, rows);
}

function judgedByCommand(n: number, problem: RosterProblem, assignment: Assignment): Verdict {
  const dir = mkdtempSync(join(tmpdir(), 'logipilot-referee-'));
  try {
    const file = join(dir, 'solution.json');
    writeFileSync(file, JSON.stringify({ assignments: toBenchAssignments(problem, assignment) }));
    try {
      return JSON.parse(
        execFileSync(process.execPath, [refereeFile, instanceFile(n), file], { encoding: 'utf8' }),
      );
    } catch (error) {
      return JSON.parse(String((error as { stdout?: string }).stdout ?? ''));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A feasible roster, as a short local search finds it. */
function searched(problem: RosterProblem, seed: number): Assignment {
  const state = new SearchState(prepare(problem), emptyAssignment(problem));
  construct(state, new Rng(seed));
  const search = new LocalSearch(state, seed);
  search.run(150_000);
  return search.best;
}

function pattern(problem: RosterProblem, line: (e: number, d: number) => number): Assignment {
  return problem.employees.map((_, e) => Int32Array.from({ length: problem.days }, (_, d) => line(e, d)));
}

describe.each([1, 2, 3])('Instance%i against the referee', (n) => {
  it('agrees on searched rosters and on random one-cell changes of them', () => {
    const { problem, text } = load(n);
    const rng = new Rng(100 + n);
    let feasible = 0;
    let infeasible = 0;
    for (const seed of [1, 2]) {
      const base = searched(problem, seed);
      const rosters = [base];
      for (let k = 0; k < 60; k++) {
        const changed = base.map((row) => Int32Array.from(row));
        const e = rng.int(problem.employees.length);
        const d = rng.int(problem.days);
        changed[e]![d] = rng.int(problem.slots.length + 1) - 1;
        rosters.push(changed);
      }
      for (const roster of rosters) {
        const ours = evaluateRoster(problem, roster).score;
        const theirs = judged(text, problem, roster);
        expect(ours.soft).toBe(theirs.objective);
        expect(ours.hard === 0).toBe(theirs.feasible);
        if (theirs.feasible) feasible++;
        else infeasible++;
      }
    }
    // Both verdicts must have been exercised for the agreement to mean anything.
    expect(feasible).toBeGreaterThan(0);
    expect(infeasible).toBeGreaterThan(0);
  });

  it('agrees on hand-made patterns, through the referee’s command line', () => {
    const { problem } = load(n);
    const S = problem.slots.length;
    const patterns = [
      pattern(problem, () => -1),
      pattern(problem, (e) => e % S),
      pattern(problem, (e, d) => ((d + e) % 3 === 2 ? -1 : (e + d) % S)),
      pattern(problem, (e, d) => (d % 7 >= 5 || d === 0 || d === problem.days - 1 ? -1 : (d + e) % S)),
    ];
    for (const roster of patterns) {
      const ours = evaluateRoster(problem, roster).score;
      const theirs = judgedByCommand(n, problem, roster);
      expect(ours.soft).toBe(theirs.objective);
      expect(ours.hard === 0).toBe(theirs.feasible);
    }
  });
});
