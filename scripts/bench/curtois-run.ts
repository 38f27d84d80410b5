// One `logipilot roster bench` run on a Curtois & Qu instance, judged by the benchmark's independent referee: shared
// by the solver benchmark (roster-curtois.ts) and the plain-MIP baseline (roster-curtois-baseline.ts). The instances
// stay in ../shared/bench beside the repository (their licence forbids copying them in).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
export const shared = join(root, '..', 'shared', 'bench');
export const instanceFile = (n: number) => join(shared, 'shift-scheduling', 'instances', `Instance${n}.txt`);
export const referee = join(shared, 'tools', 'curtois-check.mjs');
export const INSTANCES = Array.from({ length: 12 }, (_, i) => i + 1);

export type Method = 'solver' | 'plain-mip';

export interface Row {
  instance: number;
  reference: number | null;
  objective: number | null;
  feasible: boolean;
  seconds: number | null;
  /** The proven lower bound the command printed, if any. */
  lowerBound: number | null;
  note: string;
}

export interface Printed {
  objective: number | null;
  feasible: boolean;
  seconds: number;
  lowerBound?: number;
  assignments: Record<string, string[]> | null;
  mip?: { status: string; lowerBound: number | null };
}

/** best_reported per instance, from reference_results.csv. */
export function references(): Map<number, number> {
  const text = readFileSync(join(shared, 'shift-scheduling', 'reference_results.csv'), 'utf8');
  const [header = '', ...lines] = text.trim().split(/\r?\n/);
  const columns = header.split(',');
  const best = columns.indexOf('best_reported');
  const out = new Map<number, number>();
  for (const line of lines) {
    const cells = line.split(',');
    out.set(Number(cells[0]), Number(cells[best]));
  }
  return out;
}

/** The references, or null when the benchmark files beside the repository are missing (then nothing runs). */
export function referencesIfPresent(): Map<number, number> | null {
  try {
    const refs = references();
    readFileSync(referee);
    return refs;
  } catch {
    return null;
  }
}

export const MISSING_FILES =
  'Benchmark files `../shared/bench/shift-scheduling` or `../shared/bench/tools` not found: not run.';

/**
 * Runs the command in a fresh process, writes its roster to `dir` and has the referee judge it; on instance n's file
 * unless another `file` is given (a scaled instance: curtois-scale.ts).
 */
export function runOne(
  n: number,
  reference: number | null,
  dir: string,
  method: Method,
  seed: number,
  seconds: number,
  file = instanceFile(n),
): { row: Row; printed: Printed | null } {
  const row: Row = {
    instance: n,
    reference,
    objective: null,
    feasible: false,
    seconds: null,
    lowerBound: null,
    note: '',
  };
  const cli = spawnSync(
    process.execPath,
    [
      join(root, 'apps/cli/bin/logipilot.mjs'),
      'roster',
      'bench',
      '--instance',
      file,
      '--time-limit',
      String(seconds),
      '--seed',
      String(seed),
      '--method',
      method,
      '--json',
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (cli.status !== 0) {
    row.note = `command failed (exit ${cli.status}): ${cli.stdout.slice(0, 200)}${cli.stderr.slice(0, 200)}`;
    return { row, printed: null };
  }
  const printed = JSON.parse(cli.stdout) as Printed;
  row.seconds = printed.seconds;
  row.lowerBound = printed.lowerBound ?? null;
  // Only the plain MIP may end without a roster (HiGHS found no integer solution in time): nothing to judge.
  if (printed.assignments === null) {
    row.note = method === 'plain-mip' ? 'no roster' : 'the command printed no roster';
    return { row, printed };
  }
  const solution = join(dir, `Instance${n}-${method}-${seed}.json`);
  writeFileSync(solution, JSON.stringify({ assignments: printed.assignments }));
  const check = spawnSync(process.execPath, [referee, file, solution], { encoding: 'utf8' });
  if (check.status !== 0 && check.status !== 1) {
    row.note = `referee rejected the roster: ${check.stdout.slice(0, 200)}`;
    return { row, printed };
  }
  const verdict = JSON.parse(check.stdout) as { feasible: boolean; objective: number };
  row.objective = verdict.objective;
  row.feasible = verdict.feasible;
  if (verdict.objective !== printed.objective || verdict.feasible !== printed.feasible) {
    row.note = `the command printed ${printed.objective} (${printed.feasible ? 'feasible' : 'infeasible'})`;
  }
  return { row, printed };
}

/** The gap of an objective to the reference, in per cent (null when either is missing). */
export function gapPercent(r: Row): number | null {
  return r.objective === null || r.reference === null
    ? null
    : (100 * (r.objective - r.reference)) / r.reference;
}
