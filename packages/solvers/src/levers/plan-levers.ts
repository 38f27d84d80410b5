// The levers planner: builds the LP, solves it with HiGHS and explains the cheapest mix line by line.
import { explainSolution } from './explain.ts';
import type { MatrixOutcome } from './highs-core.mjs';
import { solveMatrix } from './highs-core.mjs';
import { type LinearModel, type MatrixModel, toMatrixModel } from './linear-model.ts';
import { buildLeverModel, type LeverModelMeta } from './model.ts';
import { type Highs, loadHighs, readOutcome, type SolveOutcome, solverOptions } from './solve-highs.ts';
import type { PlanLeversInput, PlanLeversResult } from './types.ts';

/** A levers LP ready to solve: the model, what explains it, its arrays and the solver options. */
export interface PreparedLevers {
  input: PlanLeversInput;
  model: LinearModel;
  meta: LeverModelMeta;
  /** Null when the model has no column: nothing to solve. */
  matrix: MatrixModel | null;
  options: Record<string, string | number | boolean>;
}

/** Builds the LP of `input`; any solver (this thread's HiGHS or a solver thread) may then solve `matrix`. */
export function prepareLevers(input: PlanLeversInput): PreparedLevers {
  const { model, meta } = buildLeverModel(input);
  return {
    input,
    model,
    meta,
    matrix: model.variables.length === 0 ? null : toMatrixModel(model),
    options: solverOptions({
      ...(input.timeLimitSeconds !== undefined ? { timeLimitSeconds: input.timeLimitSeconds } : {}),
      ...(input.seed !== undefined ? { seed: input.seed } : {}),
    }),
  };
}

/** The solver's answer read against the prepared model's columns (null when there was nothing to solve). */
export function readAnswer(prepared: PreparedLevers, answer: MatrixOutcome | null): SolveOutcome | null {
  return prepared.matrix && answer ? readOutcome(prepared.matrix, answer) : null;
}

/**
 * The solver's answer as plan lines, explained. Infeasibility (the service level cannot be met, or the solver
 * finds no solution) is a status, never thrown.
 */
export function finishLevers(prepared: PreparedLevers, outcome: SolveOutcome | null): PlanLeversResult {
  const { input, meta } = prepared;
  if (!outcome) {
    const empty = explainSolution(input, meta, new Map());
    return {
      status: 'optimal',
      totalCostCents: 0,
      objectiveCents: 0,
      lines: [],
      explanation: empty.explanation,
    };
  }
  if (outcome.values.size === 0) {
    const code = outcome.status === 'error' ? 'LEVERS_SOLVER_ERROR' : 'LEVERS_NO_SOLUTION';
    return {
      status: outcome.status === 'time_limit' ? 'time_limit' : 'infeasible',
      totalCostCents: 0,
      objectiveCents: 0,
      lines: [],
      explanation: [{ code, params: { solverStatus: outcome.solverStatus, message: outcome.message ?? '' } }],
    };
  }
  const explained = explainSolution(input, meta, outcome.values);
  const status =
    outcome.status === 'time_limit'
      ? 'time_limit'
      : explained.shortfallHours > 1e-6
        ? 'infeasible'
        : 'optimal';
  return {
    status,
    totalCostCents: explained.totalCostCents,
    // HiGHS's own objective value: Σ cost·x over the same columns, without another pass over them.
    objectiveCents: Math.round(outcome.objective),
    lines: explained.lines,
    explanation: explained.explanation,
  };
}

/**
 * Cheapest mix of overtime, temps, shift extension and backlog that meets the service level.
 *
 * @example const plan = await planLevers({ gaps, people, rates, shiftHours: { morning: 7 }, options });
 *   plan.lines[0] // { kind: 'overtime', employeeId: 'e1', hours: 2, reason: { code: 'OVERTIME_CHEAPER_THAN_TEMP', … } }
 */
export async function planLevers(input: PlanLeversInput): Promise<PlanLeversResult> {
  return planLeversWith(await loadHighs(), input);
}

/** Same as `planLevers` with a runtime already loaded (a worker keeps one). Blocks while HiGHS runs. */
export function planLeversWith(highs: Highs, input: PlanLeversInput): PlanLeversResult {
  const prepared = prepareLevers(input);
  const answer = prepared.matrix ? solveMatrix(highs, prepared.matrix, prepared.options) : null;
  return finishLevers(prepared, readAnswer(prepared, answer));
}
