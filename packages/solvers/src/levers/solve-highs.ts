// Solves a LinearModel with HiGHS (WASM, blocking): one runtime per process, one fresh native solver per call.
import highsLoader from 'highs';
import { type LinearModel, toMatrixModel } from './linear-model.ts';

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

/** HiGHS model-status codes under the names its text interface reports (and SolveOutcome.solverStatus carries). */
const MODEL_STATUS: Record<number, string> = {
  0: 'Not Set',
  1: 'Load error',
  2: 'Model error',
  3: 'Presolve error',
  4: 'Solve error',
  5: 'Postsolve error',
  6: 'Empty',
  7: 'Optimal',
  8: 'Infeasible',
  9: 'Primal infeasible or unbounded',
  10: 'Unbounded',
  11: 'Bound on objective reached',
  12: 'Target for objective reached',
  13: 'Time limit reached',
  14: 'Iteration limit reached',
  15: 'Unknown',
};

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
  let statusText: string;
  let colValue: Float64Array | null = null;
  let objective = 0;
  try {
    const solved = highs.withModel((native) => {
      native.options.set({
        output_flag: false,
        ...(options.timeLimitSeconds !== undefined ? { time_limit: options.timeLimitSeconds } : {}),
        ...(options.seed !== undefined
          ? { random_seed: Math.abs(Math.trunc(options.seed)) % 2_147_483_647 }
          : {}),
      });
      if (m.colNames.length > 0) {
        native.passModel({
          numCols: m.colNames.length,
          numRows: m.rowLower.length,
          colCost: m.colCost,
          colLower: m.colLower,
          colUpper: m.colUpper.map((u) => (u === Number.POSITIVE_INFINITY ? highs.infinity : u)),
          rowLower: m.rowLower.map((l) => (l === Number.NEGATIVE_INFINITY ? -highs.infinity : l)),
          rowUpper: m.rowUpper.map((u) => (u === Number.POSITIVE_INFINITY ? highs.infinity : u)),
          matrix: {
            format: 'csr',
            numRows: m.rowLower.length,
            numCols: m.colNames.length,
            starts: m.starts,
            indices: m.indices,
            values: m.values,
          },
        });
      }
      native.run();
      const code = native.getModelStatus();
      const text = MODEL_STATUS[code] ?? 'Unknown';
      const withSolution = text === 'Optimal' || text === 'Time limit reached';
      return {
        text,
        colValue: withSolution ? native.getSolution().colValue : null,
        objective: withSolution ? native.getObjectiveValue() : 0,
      };
    });
    statusText = solved.text;
    colValue = solved.colValue;
    objective = solved.objective;
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
  if (colValue) {
    for (const [j, name] of m.colNames.entries()) {
      const x = colValue[j];
      if (x !== undefined && Number.isFinite(x)) values.set(name, x);
    }
  }
  const status =
    statusText === 'Optimal'
      ? 'optimal'
      : statusText === 'Time limit reached'
        ? 'time_limit'
        : statusText === 'Infeasible' || statusText === 'Primal infeasible or unbounded'
          ? 'infeasible'
          : 'error';
  return { status, values, objective, solverStatus: statusText };
}
