// The closing MIP over a pool of lines, integral on cells rather than on lines: each line column λ stays continuous,
// and one binary column x per (person, day, slot) that some pooled line of the person uses is tied to them
// (Σ λ of the person's lines through the cell = x). Whole cells make whole lines: with x whole, every line of positive
// λ holds exactly the cells at 1, so they are one line. HiGHS then branches on a person's cells, as a planner would
// ("does Anna work the early shift on Tuesday?"), instead of on one of thousands of nearly equal lines: on instance
// 7's pool of 1,000 lines a person it proves the pool's optimum in 34 s where the line-integral model gave no answer
// in 300 s (ADR 0010).
import type { Highs } from '../levers/solve-highs.ts';
import { runWithin } from './highs-clock.ts';
import type { MipModel } from './mip-model.ts';
import { coverAssigned, type Prepared } from './prepared.ts';
import type { Assignment } from './problem.ts';

export interface PooledLine {
  e: number;
  line: Int32Array;
}

export interface CellClosingControl {
  /** performance.now() after which HiGHS stops. */
  deadline: number;
  shouldStop: () => boolean;
  seed: number;
}

export interface CellClosingOutcome {
  /** The best roster HiGHS found over the pool (the start counts), or null. */
  assignment: Assignment | null;
  /** The pool's optimum when HiGHS proved it, else null. */
  objective: number | null;
}

const OPTIMAL = 7;
const INFEASIBLE = 8;

/**
 * The best roster made of the pool's lines, one a person, from `start` (whose lines must all be in the pool). The
 * line costs and cover costs are those of `model`. HiGHS seeks only rosters cheaper than the start: with whole costs,
 * at least 1 cheaper. It cannot see that the objective is whole (the line columns are continuous), so it is told:
 * a node whose LP is above the start's cost less one is cut (instance 7: 17 nodes against 41 to the same proof).
 */
export function closeOnCells(
  highs: Highs,
  p: Prepared,
  model: MipModel,
  pool: readonly PooledLine[],
  start: Assignment,
  control: CellClosingControl,
): CellClosingOutcome {
  const E = p.employees;
  const D = p.days;
  const S = p.slots;
  const cover = p.problem.cover;
  const R = cover.length;
  // The cells some pooled line uses, numbered in order of person then cell.
  const cellIndex = new Int32Array(E * D * S).fill(-1);
  for (const { e, line } of pool)
    for (let d = 0; d < D; d++) if (line[d]! >= 0) cellIndex[(e * D + d) * S + line[d]!] = 0;
  const cells: number[] = [];
  for (let k = 0; k < cellIndex.length; k++) if (cellIndex[k]! === 0) cellIndex[k] = cells.push(k) - 1;
  const C = cells.length;
  const L = pool.length;
  // Rows: person (one line), cover (lines + under − over = need), link (lines through the cell − cell = 0).
  const coverRow = E;
  const linkRow = E + R;
  const numRows = E + R + C;
  const numCols = 2 * R + L + C;
  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols);
  const integrality = new Int32Array(numCols);
  const starts = new Int32Array(numCols + 1);
  const indices: number[] = [];
  const values: number[] = [];
  const close = (col: number) => {
    starts[col + 1] = indices.length;
  };
  for (const [r, c] of cover.entries()) {
    colCost[2 * r] = c.underWeight;
    colUpper[2 * r] = Math.max(0, c.requirement);
    indices.push(coverRow + r);
    values.push(1);
    close(2 * r);
    colCost[2 * r + 1] = c.overWeight;
    colUpper[2 * r + 1] = highs.infinity;
    indices.push(coverRow + r);
    values.push(-1);
    close(2 * r + 1);
  }
  const rows = new Map<number, number>();
  for (const [j, { e, line }] of pool.entries()) {
    const col = 2 * R + j;
    const map = model.cell[e]!;
    rows.clear();
    rows.set(e, 1);
    let cost = 0;
    for (let d = 0; d < D; d++) {
      const s = line[d]!;
      if (s < 0) continue;
      const c = d * S + s;
      cost += model.colCost[map[c]!]!;
      for (let i = p.coverStart[c]!; i < p.coverStart[c + 1]!; i++) {
        const row = coverRow + p.coverList[i]!;
        rows.set(row, (rows.get(row) ?? 0) + 1);
      }
      rows.set(linkRow + cellIndex[e * D * S + c]!, 1);
    }
    colCost[col] = cost;
    colUpper[col] = 1;
    for (const [row, v] of [...rows.entries()].sort((a, b) => a[0] - b[0])) {
      indices.push(row);
      values.push(v);
    }
    close(col);
  }
  for (let k = 0; k < C; k++) {
    const col = 2 * R + L + k;
    colUpper[col] = 1;
    integrality[col] = 1;
    indices.push(linkRow + k);
    values.push(-1);
    close(col);
  }
  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows);
  rowLower.fill(1, 0, E);
  rowUpper.fill(1, 0, E);
  for (const [r, c] of cover.entries()) {
    rowLower[coverRow + r] = c.requirement;
    rowUpper[coverRow + r] = c.requirement;
  }
  // The start: its cover slacks, its lines and its cells.
  const startValues = new Float64Array(numCols);
  const assigned = coverAssigned(p, start);
  for (const [r, c] of cover.entries()) {
    startValues[2 * r] = Math.max(0, c.requirement - assigned[r]!);
    startValues[2 * r + 1] = Math.max(0, assigned[r]! - c.requirement);
  }
  const startKeys = new Set(start.map((line, e) => `${e}:${line.join(',')}`));
  const seen = new Set<number>();
  for (const [j, { e, line }] of pool.entries())
    if (!seen.has(e) && startKeys.has(`${e}:${line.join(',')}`)) {
      seen.add(e);
      startValues[2 * R + j] = 1;
      for (let d = 0; d < D; d++)
        if (line[d]! >= 0) startValues[2 * R + L + cellIndex[(e * D + d) * S + line[d]!]!] = 1;
    }
  const whole = model.integralObjective;
  let startCost = model.offset;
  for (let col = 0; col < numCols; col++) startCost += colCost[col]! * startValues[col]!;
  const complete = seen.size === E;
  return highs.withModel((native) => {
    native.passModel({
      numCols,
      numRows,
      offset: model.offset,
      colCost,
      colLower,
      colUpper,
      rowLower,
      rowUpper,
      integrality,
      matrix: {
        format: 'csc',
        numRows,
        numCols,
        starts,
        indices: Int32Array.from(indices),
        values: Float64Array.from(values),
      },
    });
    native.options.set({
      output_flag: false,
      presolve: 'on',
      mip_rel_gap: 0,
      mip_abs_gap: whole ? 0.999 : 1e-6,
      random_seed: Math.abs(Math.trunc(control.seed)) % 2_147_483_647,
      ...(complete ? { objective_bound: startCost - (whole ? 1 - 1e-4 : 1e-6) } : {}),
    });
    runWithin(native, control.deadline);
    if (complete) {
      try {
        native.setSolution({ colValue: startValues });
      } catch {
        // A refused start: HiGHS searches from nothing.
      }
    }
    let best: Float64Array | null = null;
    const types = highs.constants.callbackType;
    native.run({
      [types.mipImprovingSolution]: (event) => {
        if (event.data.mip_solution) best = Float64Array.from(event.data.mip_solution);
      },
      [types.mipInterrupt]: (event) => {
        if (performance.now() >= control.deadline || control.shouldStop()) event.interrupt();
      },
    });
    const status = native.getModelStatus();
    const found: Float64Array | null = best;
    let assignment: Assignment | null = null;
    if (found) {
      assignment = Array.from({ length: E }, () => new Int32Array(D).fill(-1));
      for (let k = 0; k < C; k++) {
        if ((found[2 * R + L + k] ?? 0) < 0.5) continue;
        const cell = cells[k]!;
        const e = Math.floor(cell / (D * S));
        const c = cell % (D * S);
        assignment[e]![Math.floor(c / S)] = c % S;
      }
    }
    // Nothing under the cutoff: the start is the pool's best.
    if (status === INFEASIBLE && complete)
      return { assignment: null, objective: whole ? Math.round(startCost) : startCost };
    const value = Number(native.info.get('objective_function_value'));
    return { assignment, objective: status === OPTIMAL ? (whole ? Math.round(value) : value) : null };
  });
}
