// HiGHS on the roster's MIP: a full solve from the local search's best roster, free or with the cover shortage
// held, under a work budget; the optimum is proven when a free solve finishes.
import type { Model } from 'highs';
import type { Highs } from '../levers/solve-highs.ts';
import { runWithin } from './highs-clock.ts';
import { type MipModel, mipAssignment, mipStart } from './mip-model.ts';
import type { Prepared } from './prepared.ts';
import type { Assignment } from './problem.ts';

type NativeModel = Model;

export interface ExactControl {
  /** performance.now() after which the solve stops. */
  deadline: number;
  seed: number;
  /** Checked between HiGHS nodes: true stops the solve (cancellation). */
  shouldStop: () => boolean;
  /** Called from inside HiGHS at least every 250 ms, for progress. */
  onTick: () => void;
}

export interface ExactOutcome {
  /** The best roster HiGHS found (null when none). */
  assignment: Assignment | null;
  /** Whether HiGHS proved it optimal for the model it was given. */
  optimal: boolean;
  /** HiGHS's dual bound. */
  bound: number;
  /** Whether the work budget stopped it. */
  limited: boolean;
}

export interface ExactLimits {
  /** Simplex iterations the solve may spend (checked between nodes: a work measure, not time). */
  lpBudget?: number;
  /** Branch-and-bound nodes the solve may explore. */
  nodeBudget?: number;
  /** HiGHS's own primal heuristics' share of the effort (default HiGHS's). */
  heuristicEffort?: number;
}

const OPTIMAL = 7;
const TICK_MS = 200;

/** One HiGHS model of the whole roster, solved as many times as asked (with or without the shortage held). */
export class ExactSearch {
  private readonly highs: Highs;
  private readonly native: NativeModel;
  private readonly p: Prepared;
  readonly model: MipModel;
  private readonly shortageRow: number;

  constructor(highs: Highs, native: NativeModel, p: Prepared, model: MipModel) {
    this.highs = highs;
    this.native = native;
    this.p = p;
    this.model = model;
    const inf = highs.infinity;
    const finite = (a: Float64Array) =>
      a.map((x) => (x === Number.POSITIVE_INFINITY ? inf : x === Number.NEGATIVE_INFINITY ? -inf : x));
    native.passModel({
      numCols: model.numCols,
      numRows: model.rowLower.length,
      offset: model.offset,
      colCost: model.colCost,
      colLower: finite(model.colLower),
      colUpper: finite(model.colUpper),
      rowLower: finite(model.rowLower),
      rowUpper: finite(model.rowUpper),
      matrix: {
        format: 'csr',
        numRows: model.rowLower.length,
        numCols: model.numCols,
        starts: model.starts,
        indices: model.indices,
        values: model.values,
      },
      integrality: model.integrality,
    });
    // One more row, free until restrictShortage binds it: the cover shortage cost Σ under-weight × shortage.
    this.shortageRow = model.rowLower.length;
    native.addRow(-highs.infinity, highs.infinity, {
      indices: model.underColumns,
      values: Float64Array.from(model.underColumns, (col) => model.colCost[col]!),
    });
  }

  /**
   * Keeps the cover shortage cost at `cost` (null = free). The shortage dominates the objective, and a model
   * told its value has a far tighter relaxation: the search then spends itself on the rest of the objective.
   */
  restrictShortage(cost: number | null): void {
    const inf = this.highs.infinity;
    this.native.changeRowBounds(this.shortageRow, cost ?? -inf, cost ?? inf);
  }

  /**
   * Solves the model with every cell column outside `free` (one flag per cell column) fixed at its value in
   * `current`: a neighbourhood of the roster repaired exactly. The bounds are restored afterwards.
   */
  solveNeighbourhood(
    current: Assignment,
    free: Uint8Array,
    control: ExactControl,
    limits: ExactLimits,
  ): ExactOutcome {
    const m = this.model;
    const n = m.firstAuxiliary;
    const start = mipStart(this.p, m, current);
    const lower = new Float64Array(n);
    const upper = new Float64Array(n);
    for (let c = 0; c < n; c++) {
      if (free[c] === 1) {
        lower[c] = m.colLower[c]!;
        upper[c] = m.colUpper[c]!;
      } else {
        lower[c] = start[c]!;
        upper[c] = start[c]!;
      }
    }
    const all = { kind: 'range', from: 0, to: n - 1 } as const;
    this.native.changeColsBounds(all, lower, upper);
    try {
      return this.solve(current, control, limits);
    } finally {
      this.native.changeColsBounds(all, m.colLower.subarray(0, n), m.colUpper.subarray(0, n));
    }
  }

  /** Solves the model from `current` as the starting solution. */
  solve(current: Assignment, control: ExactControl, limits: ExactLimits = {}): ExactOutcome {
    const lpBudget = limits.lpBudget ?? Number.POSITIVE_INFINITY;
    const m = this.model;
    const native = this.native;
    const start = mipStart(this.p, m, current);
    native.options.set({
      output_flag: false,
      mip_rel_gap: 0,
      mip_abs_gap: m.integralObjective ? 0.999 : 1e-6,
      // Fewer strong-branching probes per variable: on rosters the pseudo-costs become reliable quickly.
      mip_pscost_minreliable: 2,
      mip_max_nodes: limits.nodeBudget ?? 2_147_483_647,
      mip_heuristic_effort: limits.heuristicEffort ?? 0.05,
      random_seed: Math.abs(Math.trunc(control.seed)) % 2_147_483_647,
    });
    native.clearSolver();
    runWithin(native, control.deadline);
    try {
      native.setSolution({ colValue: start });
    } catch {
      // An infeasible start is refused: HiGHS then searches from nothing.
    }
    let best: Float64Array | null = null;
    let lastTick = performance.now();
    let limited = false;
    const types = this.highs.constants.callbackType;
    native.run({
      [types.mipImprovingSolution]: (event) => {
        if (event.data.mip_solution) best = Float64Array.from(event.data.mip_solution);
      },
      [types.mipInterrupt]: (event) => {
        const now = performance.now();
        if (now - lastTick >= TICK_MS) {
          lastTick = now;
          control.onTick();
        }
        // The budget counts simplex iterations, not time, so that a neighbourhood's outcome is reproducible.
        if (Number(event.data.mip_total_lp_iterations ?? 0) > lpBudget) {
          limited = true;
          event.interrupt();
        } else if (now >= control.deadline || control.shouldStop()) event.interrupt();
      },
    });
    const status = native.getModelStatus();
    const bound = Number(native.info.get('mip_dual_bound'));
    const values: Float64Array | null = best;
    return {
      assignment: values ? mipAssignment(this.p, m, values) : null,
      optimal: status === OPTIMAL,
      bound: Number.isFinite(bound) ? bound : Number.NEGATIVE_INFINITY,
      limited,
    };
  }
}
