// The levers planner: builds the LP, solves it with HiGHS and explains the cheapest mix line by line.
import { explainSolution } from './explain.ts';
import { objectiveOf } from './linear-model.ts';
import { buildLeverModel } from './model.ts';
import { type Highs, loadHighs, solveWithHighs } from './solve-highs.ts';
import type { PlanLeversInput, PlanLeversResult } from './types.ts';

/**
 * Cheapest mix of overtime, temps, shift extension and backlog that meets the service level.
 * Infeasibility (the service level cannot be met, or the solver finds no solution) is a status, never thrown.
 *
 * @example const plan = await planLevers({ gaps, people, rates, shiftHours: { morning: 7 }, options });
 *   plan.lines[0] // { kind: 'overtime', employeeId: 'e1', hours: 2, reason: { code: 'OVERTIME_CHEAPER_THAN_TEMP', … } }
 */
export async function planLevers(input: PlanLeversInput): Promise<PlanLeversResult> {
  return planLeversWith(await loadHighs(), input);
}

/** Same as `planLevers` with a runtime already loaded (a worker keeps one). Blocks while HiGHS runs. */
export function planLeversWith(highs: Highs, input: PlanLeversInput): PlanLeversResult {
  const { model, meta } = buildLeverModel(input);
  if (model.variables.length === 0) {
    const empty = explainSolution(input, model, meta, new Map());
    return {
      status: 'optimal',
      totalCostCents: 0,
      objectiveCents: 0,
      lines: [],
      explanation: empty.explanation,
    };
  }
  const outcome = solveWithHighs(highs, model, {
    ...(input.timeLimitSeconds !== undefined ? { timeLimitSeconds: input.timeLimitSeconds } : {}),
    ...(input.seed !== undefined ? { seed: input.seed } : {}),
  });
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
  const explained = explainSolution(input, model, meta, outcome.values);
  const status =
    outcome.status === 'time_limit'
      ? 'time_limit'
      : explained.shortfallHours > 1e-6
        ? 'infeasible'
        : 'optimal';
  return {
    status,
    totalCostCents: explained.totalCostCents,
    objectiveCents: Math.round(objectiveOf(model, outcome.values)),
    lines: explained.lines,
    explanation: explained.explanation,
  };
}
