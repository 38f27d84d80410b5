// The rostering solvers the conformance suite holds to its contract: one line per entry point of the product, so
// that a new solver joins every conformance test by being added to SOLVERS.
import type { Assignment, RosterProblem, SolveResult } from '../problem.ts';
import { solveRoster } from '../solve.ts';
import { solveRosterInWorker } from '../solve-in-worker.ts';

/** What every solver takes: a seed and a move budget (never a clock), and a warm start for re-plans. */
export interface ConformanceOptions {
  seed: number;
  maxIterations: number;
  initial?: Assignment;
  changeWeight?: number;
}

export interface ConformanceSolver {
  name: string;
  solve(problem: RosterProblem, options: ConformanceOptions): Promise<SolveResult>;
}

/**
 * A safety net only: every run ends on its move budget long before, so that no verdict depends on the machine's
 * speed (the benchmark measures speed).
 */
const SAFETY_SECONDS = 50;

export const SOLVERS: readonly ConformanceSolver[] = [
  {
    name: 'solveRoster, construction + local search (exact: false)',
    solve: (problem, o) => solveRoster(problem, { ...o, timeLimitSeconds: SAFETY_SECONDS, exact: false }),
  },
  {
    name: 'solveRoster, default options (HiGHS exact phase allowed)',
    solve: (problem, o) => solveRoster(problem, { ...o, timeLimitSeconds: SAFETY_SECONDS }),
  },
  {
    name: 'solveRosterInWorker, default options',
    solve: (problem, o) => solveRosterInWorker(problem, { ...o, timeLimitSeconds: SAFETY_SECONDS }),
  },
];

/** The solvers as `[name, solver]` rows for `describe.each` / `it.each` (the name in full in each test's title). */
export const SOLVER_ROWS = SOLVERS.map((solver) => [solver.name, solver] as const);
