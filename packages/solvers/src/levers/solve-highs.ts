// Solves a LinearModel with HiGHS (WASM, blocking): one runtime per process, one fresh native solver per call.
import highsLoader from 'highs';
import { type LinearModel, toLpText } from './linear-model.ts';

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

export function solveWithHighs(
  highs: Highs,
  model: LinearModel,
  options: { timeLimitSeconds?: number; seed?: number } = {},
): SolveOutcome {
  let result: ReturnType<Highs['solve']>;
  try {
    result = highs.solve(toLpText(model), {
      output_flag: false,
      ...(options.timeLimitSeconds !== undefined ? { time_limit: options.timeLimitSeconds } : {}),
      ...(options.seed !== undefined
        ? { random_seed: Math.abs(Math.trunc(options.seed)) % 2_147_483_647 }
        : {}),
    });
  } catch (error) {
    return {
      status: 'error',
      values: new Map(),
      objective: 0,
      solverStatus: 'Exception',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  const values = new Map<string, number>();
  const hasSolution = result.Status === 'Optimal' || result.Status === 'Time limit reached';
  if (hasSolution) {
    for (const [name, column] of Object.entries(result.Columns)) {
      if ('Primal' in column && Number.isFinite(column.Primal)) values.set(name, column.Primal);
    }
  }
  const status =
    result.Status === 'Optimal'
      ? 'optimal'
      : result.Status === 'Time limit reached'
        ? 'time_limit'
        : result.Status === 'Infeasible' || result.Status === 'Primal infeasible or unbounded'
          ? 'infeasible'
          : 'error';
  return { status, values, objective: hasSolution ? result.ObjectiveValue : 0, solverStatus: result.Status };
}
