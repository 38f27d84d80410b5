// Solves a LinearModel with HiGHS (WASM, blocking): one runtime per process, one fresh native solver per call.
import highsLoader from 'highs';
import { type MatrixOutcome, solveMatrix } from './highs-core.mjs';
import { type LinearModel, type MatrixModel, toMatrixModel } from './linear-model.ts';

export type Highs = Awaited<ReturnType<typeof highsLoader>>;

export interface SolveOutcome {
  status: 'optimal' | 'infeasible' | 'time_limit' | 'error';
  /** Column values; empty when the solver found none. */
  values: Map<string, number>;
  objective: number;
  solverStatus: string;
  message?: string;
}

let runtime: Promise<Highs> | null = null;

/** The HiGHS runtime, instantiated once: compiling the WASM costs far more than a small solve. */
export function loadHighs(): Promise<Highs> {
  if (!runtime) {
    runtime = highsLoader().catch((error: unknown) => {
      runtime = null;
      throw error;
    });
  }
  return runtime;
}

/**
 * Options every levers solve runs with. Presolve is off: a week's LP (≈ 1,400 columns, 900 rows) is solved by the
 * dual simplex directly in ≈ 30 % less time than presolve + simplex + postsolve, on the same optimum's value (the
 * vertex may differ among equal-cost ones; the plan's tests check limits and cost, not one vertex).
 */
export const LEVER_SOLVER_OPTIONS = { output_flag: false, presolve: 'off' } as const;

/** The HiGHS options of one solve: the levers' own, the time limit and the seed. */
export function solverOptions(
  options: { timeLimitSeconds?: number; seed?: number } = {},
): Record<string, string | number | boolean> {
  return {
    ...LEVER_SOLVER_OPTIONS,
    ...(options.timeLimitSeconds !== undefined ? { time_limit: options.timeLimitSeconds } : {}),
    ...(options.seed !== undefined
      ? { random_seed: Math.abs(Math.trunc(options.seed)) % 2_147_483_647 }
      : {}),
  };
}

/** The solver's answer read against the model's columns: values by name and a status the planner acts on. */
export function readOutcome(m: Pick<MatrixModel, 'colNames'>, outcome: MatrixOutcome): SolveOutcome {
  const text = outcome.solverStatus;
  if (text === 'Exception') {
    return {
      status: 'error',
      values: new Map(),
      objective: 0,
      solverStatus: text,
      ...(outcome.message !== undefined ? { message: outcome.message } : {}),
    };
  }
  const values = new Map<string, number>();
  const colValue = outcome.colValue;
  if (colValue) {
    for (const [j, name] of m.colNames.entries()) {
      const x = colValue[j];
      if (x !== undefined && Number.isFinite(x)) values.set(name, x);
    }
  }
  const status =
    text === 'Optimal'
      ? 'optimal'
      : text === 'Time limit reached'
        ? 'time_limit'
        : text === 'Infeasible' || text === 'Primal infeasible or unbounded'
          ? 'infeasible'
          : 'error';
  return { status, values, objective: outcome.objective, solverStatus: text };
}

/**
 * The model goes in as arrays (HiGHS's matrix interface): writing and parsing LP text cost more than the solve of
 * a plan week. Columns keep the order the text would give them, so the answer is the one the text gives.
 */
export function solveWithHighs(
  highs: Highs,
  model: LinearModel,
  options: { timeLimitSeconds?: number; seed?: number } = {},
): SolveOutcome {
  const m = toMatrixModel(model);
  return readOutcome(m, solveMatrix(highs, m, solverOptions(options)));
}
