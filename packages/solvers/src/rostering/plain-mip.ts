// Baseline for the benchmark: the roster's full MIP (the model of the solver's exact phase) handed to HiGHS alone,
// with its own time limit and seed, no warm start and no local search, to measure what the solver adds.
import type { Model } from 'highs';
import { MODEL_STATUS } from '../levers/highs-core.mjs';
import { loadHighs } from '../levers/solve-highs.ts';
import { evaluateRoster } from './evaluate.ts';
import { buildMipModel, type MipModel, mipAssignment, mipUnsupported } from './mip-model.ts';
import { type Prepared, prepare } from './prepared.ts';
import type { Assignment, RosterProblem, Score, SolveProgress, SolveResult } from './problem.ts';

export interface PlainMipOptions {
  timeLimitSeconds: number;
  seed: number;
  /** Called from inside HiGHS at most every 250 ms, and when it finds a better roster (`iterations` stays 0). */
  onProgress?: (progress: SolveProgress) => void;
}

/**
 * Why the run ended: `optimal` (proven), `time-limit`, `infeasible` (HiGHS proved the model has no solution),
 * `unsupported` (the problem's rules have no MIP model), `too-large` (the WebAssembly build ran out of memory or
 * refused the model), `error` (any other HiGHS status).
 */
export type PlainMipStatus = 'optimal' | 'time-limit' | 'infeasible' | 'unsupported' | 'too-large' | 'error';

/** A SolveResult whose roster may be missing: HiGHS can end without any integer solution. */
export interface PlainMipResult extends Omit<SolveResult, 'assignment' | 'score'> {
  /** HiGHS's best integer solution read as a roster; null when it found none. */
  assignment: Assignment | null;
  /** The solver's own evaluator on that roster; null without one. */
  score: Score | null;
  status: PlainMipStatus;
  /** HiGHS's text for its model status, or the error it raised. */
  detail: string;
  /** HiGHS's objective for its solution (the evaluator's soft score, unless the model and evaluator disagree). */
  mipObjective: number | null;
  /** Size of the model HiGHS was given. */
  columns: number;
  rows: number;
  nonZeros: number;
  /** Branch-and-bound nodes explored (`iterations` counts HiGHS's simplex iterations). */
  nodes: number;
}

const OPTIMAL = 7;
const INFEASIBLE = 8;
const TIME_LIMIT = 13;
/** HiGHS's `primal_solution_status` when it holds a feasible point. */
const SOLUTION_FEASIBLE = 2;
const TICK_MS = 250;

/** What one HiGHS run left: its status code (-1 when it threw), its best solution and its counters. */
interface Outcome {
  status: number;
  values: Float64Array | null;
  objective: number | null;
  bound: number;
  nodes: number;
  iterations: number;
}

/** Whether an error thrown by the WebAssembly runtime means that the model did not fit its memory. */
function outOfMemory(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /memory|allocat|RangeError|abort/i.test(text);
}

function passModel(native: Model, infinity: number, m: MipModel): void {
  const finite = (a: Float64Array) =>
    a.map((x) =>
      x === Number.POSITIVE_INFINITY ? infinity : x === Number.NEGATIVE_INFINITY ? -infinity : x,
    );
  native.passModel({
    numCols: m.numCols,
    numRows: m.rowLower.length,
    offset: m.offset,
    colCost: m.colCost,
    colLower: finite(m.colLower),
    colUpper: finite(m.colUpper),
    rowLower: finite(m.rowLower),
    rowUpper: finite(m.rowUpper),
    matrix: {
      format: 'csr',
      numRows: m.rowLower.length,
      numCols: m.numCols,
      starts: m.starts,
      indices: m.indices,
      values: m.values,
    },
    integrality: m.integrality,
  });
}

/**
 * Solves the roster's full MIP with HiGHS alone. The time limit covers the model's construction too (HiGHS gets
 * what is left), so that the baseline and the solver spend the same wall-clock time. Never invents a roster: when
 * HiGHS has no integer solution at the end, `assignment` and `score` are null.
 */
export async function solvePlainMip(
  problem: RosterProblem,
  options: PlainMipOptions,
): Promise<PlainMipResult> {
  const started = performance.now();
  const p = prepare(problem);
  const empty = (status: PlainMipStatus, detail: string, m?: MipModel): PlainMipResult => ({
    assignment: null,
    score: null,
    violations: [],
    iterations: 0,
    elapsedMs: performance.now() - started,
    cancelled: false,
    status,
    detail,
    mipObjective: null,
    columns: m?.numCols ?? 0,
    rows: m?.rowLower.length ?? 0,
    nonZeros: m?.values.length ?? 0,
    nodes: 0,
  });
  const unsupported = mipUnsupported(p);
  if (unsupported !== null) return empty('unsupported', unsupported);
  const highs = await loadHighs();
  const model = buildMipModel(p);
  const remaining = options.timeLimitSeconds - (performance.now() - started) / 1000;

  // Outside the native call, so that a roster found before HiGHS fails (e.g. out of memory) is still returned.
  const incumbent: { values: Float64Array | null; objective: number | null } = {
    values: null,
    objective: null,
  };
  let outcome: Outcome;
  try {
    outcome = highs.withModel((native) => {
      passModel(native, highs.infinity, model);
      native.options.set({
        output_flag: false,
        time_limit: Math.max(0.01, remaining),
        random_seed: Math.abs(Math.trunc(options.seed)) % 2_147_483_647,
      });
      let lastTick = performance.now();
      const types = highs.constants.callbackType;
      // Before HiGHS has a roster, the progress says so as one hard unit (the score of "no feasible roster yet").
      const progress = (soft: number | null) =>
        options.onProgress?.({
          elapsedMs: performance.now() - started,
          iterations: 0,
          best: soft === null ? { hard: 1, soft: 0 } : { hard: 0, soft },
        });
      native.run({
        [types.mipImprovingSolution]: (event) => {
          if (!event.data.mip_solution) return;
          const objective = Number(event.data.objective_function_value ?? Number.NaN);
          incumbent.values = Float64Array.from(event.data.mip_solution);
          incumbent.objective = Number.isFinite(objective) ? objective : null;
          progress(incumbent.objective);
        },
        [types.mipInterrupt]: () => {
          const now = performance.now();
          if (now - lastTick < TICK_MS) return;
          lastTick = now;
          progress(incumbent.objective);
        },
      });
      const status = native.getModelStatus();
      // An info item HiGHS does not hold after this run throws: it then counts as absent.
      const info = (name: string): number => {
        try {
          return Number(native.info.get(name));
        } catch {
          return Number.NaN;
        }
      };
      // The final solution when HiGHS reports one (it may come from presolve, with no callback); else the last
      // improving solution the callback saw.
      let values = incumbent.values;
      let objective = incumbent.objective;
      if (info('primal_solution_status') === SOLUTION_FEASIBLE) {
        values = Float64Array.from(native.getSolution().colValue);
        objective = native.getObjectiveValue();
      }
      return {
        status,
        values,
        objective,
        bound: info('mip_dual_bound'),
        nodes: info('mip_node_count') || 0,
        iterations: info('simplex_iteration_count') || 0,
      };
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const failed = outOfMemory(error) ? 'too-large' : 'error';
    if (incumbent.values === null) return empty(failed, detail, model);
    outcome = { ...incumbent, status: -1, bound: Number.NaN, nodes: 0, iterations: 0 };
    return toResult(problem, p, model, outcome, failed, detail, started);
  }
  const status: PlainMipStatus =
    outcome.status === OPTIMAL
      ? 'optimal'
      : outcome.status === TIME_LIMIT
        ? 'time-limit'
        : outcome.status === INFEASIBLE
          ? 'infeasible'
          : 'error';
  return toResult(problem, p, model, outcome, status, MODEL_STATUS[outcome.status] ?? 'Unknown', started);
}

/** HiGHS's answer read as a roster, scored by the solver's evaluator; no roster when it had no solution. */
function toResult(
  problem: RosterProblem,
  p: Prepared,
  model: MipModel,
  outcome: Outcome,
  status: PlainMipStatus,
  detail: string,
  started: number,
): PlainMipResult {
  const assignment = outcome.values ? mipAssignment(p, model, outcome.values) : null;
  const evaluation = assignment ? evaluateRoster(problem, assignment, {}, p) : null;
  let lowerBound: number | undefined;
  if (Number.isFinite(outcome.bound)) {
    // With whole-number costs the bound rounds up to the next whole number, as in the solver's exact phase.
    lowerBound = model.integralObjective ? Math.ceil(outcome.bound - 1e-6) : outcome.bound;
    if (evaluation) lowerBound = Math.min(lowerBound, evaluation.score.soft);
  }
  return {
    assignment,
    score: evaluation?.score ?? null,
    violations: evaluation?.violations ?? [],
    iterations: outcome.iterations,
    elapsedMs: performance.now() - started,
    cancelled: false,
    ...(lowerBound !== undefined ? { lowerBound } : {}),
    status,
    detail,
    mipObjective: outcome.objective,
    columns: model.numCols,
    rows: model.rowLower.length,
    nonZeros: model.values.length,
    nodes: outcome.nodes,
  };
}
