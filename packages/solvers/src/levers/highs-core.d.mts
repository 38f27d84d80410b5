// Types of highs-core.mjs (plain JavaScript so that the solver thread can load it without the TypeScript loader).
import type highsLoader from 'highs';

type Highs = Awaited<ReturnType<typeof highsLoader>>;

/** The arrays of a model, as `toMatrixModel` gives them (infinite bounds allowed). */
export interface MatrixArrays {
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export interface MatrixOutcome {
  /** HiGHS's model status as its text interface names it, or 'Exception' when the call threw. */
  solverStatus: string;
  colValue: Float64Array | null;
  objective: number;
  message?: string;
}

export const MODEL_STATUS: Readonly<Record<number, string>>;

export function solveMatrix(
  highs: Highs,
  m: MatrixArrays,
  options: Readonly<Record<string, string | number | boolean>>,
): MatrixOutcome;
