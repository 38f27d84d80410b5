// Public surface of the levers planner: overtime, temps, shift extension and backlog as one explained LP.
export { type Explained, explainSolution, paramsKey } from './explain.ts';
export { type MatrixOutcome, solveMatrix } from './highs-core.mjs';
export {
  type LinearModel,
  type LpRow,
  type LpVariable,
  objectiveOf,
  toLpText,
  violations,
} from './linear-model.ts';
export { buildLeverModel, type LeverModelMeta, normaliseGaps, rampUpEfficiency } from './model.ts';
export {
  finishLevers,
  type PreparedLevers,
  planLevers,
  planLeversWith,
  prepareLevers,
  readAnswer,
} from './plan-levers.ts';
export { type Highs, loadHighs, type SolveOutcome, solveWithHighs } from './solve-highs.ts';
export { SolverThread, solverThread } from './solver-thread.ts';
export type * from './types.ts';
