// One HiGHS solve of a model given as arrays: shared by the in-thread solver (solve-highs.ts) and the solver thread
// (highs-worker.mjs). Plain JavaScript because a worker thread does not inherit the TypeScript loader.

/** HiGHS model-status codes under the names its text interface reports. */
export const MODEL_STATUS = Object.freeze({
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
});

/** Infinite bounds as HiGHS's own infinity, in a fresh array (the caller's stays as it is). */
function finite(values, infinity) {
  const out = Float64Array.from(values);
  for (let i = 0; i < out.length; i++) {
    if (out[i] === Number.POSITIVE_INFINITY) out[i] = infinity;
    else if (out[i] === Number.NEGATIVE_INFINITY) out[i] = -infinity;
  }
  return out;
}

/**
 * Solves `m` (columns, rows, CSR matrix) with `options` set on a fresh native model; never throws.
 * @returns the solver's status text, the column values when it has a solution (else null) and the objective.
 */
export function solveMatrix(highs, m, options) {
  try {
    return highs.withModel((native) => {
      native.options.set(options);
      const numCols = m.colCost.length;
      const numRows = m.rowLower.length;
      if (numCols > 0) {
        native.passModel({
          numCols,
          numRows,
          colCost: m.colCost,
          colLower: m.colLower,
          colUpper: finite(m.colUpper, highs.infinity),
          rowLower: finite(m.rowLower, highs.infinity),
          rowUpper: finite(m.rowUpper, highs.infinity),
          matrix: { format: 'csr', numRows, numCols, starts: m.starts, indices: m.indices, values: m.values },
        });
      }
      native.run();
      const solverStatus = MODEL_STATUS[native.getModelStatus()] ?? 'Unknown';
      const withSolution = solverStatus === 'Optimal' || solverStatus === 'Time limit reached';
      return {
        solverStatus,
        colValue: withSolution ? Float64Array.from(native.getSolution().colValue) : null,
        objective: withSolution ? native.getObjectiveValue() : 0,
      };
    });
  } catch (error) {
    return {
      solverStatus: 'Exception',
      colValue: null,
      objective: 0,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
