// Column generation on the roster's line formulation: each person takes one line (a whole roster of theirs that
// keeps every rule the MIP model holds), the lines together meet the cover or pay for it. HiGHS solves the master
// LP; `priceLine` finds each person's line of least reduced cost. Every round whose pricing is exact gives a
// Lagrangian lower bound on the roster's objective (LP value + Σ per person of the least reduced cost), and at
// convergence the LP value itself, which for rosters is far above the compact model's relaxation. A dive then
// builds a roster from the LP's choices.
import type { Model } from 'highs';
import type { Highs } from '../levers/solve-highs.ts';
import { priceLine } from './line-pricing.ts';
import type { MipModel } from './mip-model.ts';
import type { Prepared } from './prepared.ts';
import type { Assignment } from './problem.ts';

export interface MasterControl {
  /** performance.now() after which the work stops. */
  deadline: number;
  shouldStop: () => boolean;
  seed: number;
}

export interface ColumnGenerationOutcome {
  /** The best proven lower bound on the objective, or null when no round's pricing was exact. */
  lowerBound: number | null;
  /** The master LP's last value (objective units). */
  lpValue: number;
  /** Whether no line of negative reduced cost is left (then the LP value is the bound). */
  converged: boolean;
  rounds: number;
  columns: number;
}

const REDUCED_COST_EPSILON = 1e-6;
/** Lines of negative reduced cost a person may bring per round besides the cheapest (fewer rounds). */
const ALTERNATIVES = 2;
const OPTIMAL = 7;

/** The master problem of one roster, grown one round of priced lines at a time. */
export class LineMaster {
  private readonly native: Model;
  private readonly p: Prepared;
  private readonly model: MipModel;
  /** Per master column from `firstLine` on: the person and the line. */
  private readonly lines: { e: number; line: Int32Array }[] = [];
  private readonly known = new Set<string>();
  private readonly firstLine: number;
  private bound = Number.NEGATIVE_INFINITY;
  private boundProven = false;
  /** Per person: the master column its line is held at during a dive, or -1. */
  private readonly fixed: Int32Array;

  constructor(highs: Highs, native: Model, p: Prepared, model: MipModel) {
    this.native = native;
    this.p = p;
    this.model = model;
    const E = p.employees;
    const cover = p.problem.cover;
    const inf = highs.infinity;
    // Rows: one per person (exactly one line), then one per cover requirement (lines + under − over = need).
    const rowLower = new Float64Array(E + cover.length);
    const rowUpper = new Float64Array(E + cover.length);
    for (let e = 0; e < E; e++) {
      rowLower[e] = 1;
      rowUpper[e] = 1;
    }
    for (const [r, c] of cover.entries()) {
      rowLower[E + r] = c.requirement;
      rowUpper[E + r] = c.requirement;
    }
    // Columns: under and over of each requirement, at the model's costs.
    const numCols = 2 * cover.length;
    const colCost = new Float64Array(numCols);
    const colLower = new Float64Array(numCols);
    const colUpper = new Float64Array(numCols);
    const starts = new Int32Array(numCols + 1);
    const indices = new Int32Array(numCols);
    const values = new Float64Array(numCols);
    for (const [r, c] of cover.entries()) {
      colCost[2 * r] = c.underWeight;
      colUpper[2 * r] = Math.max(0, c.requirement);
      colCost[2 * r + 1] = c.overWeight;
      colUpper[2 * r + 1] = inf;
      indices[2 * r] = E + r;
      values[2 * r] = 1;
      indices[2 * r + 1] = E + r;
      values[2 * r + 1] = -1;
      starts[2 * r + 1] = 2 * r + 1;
      starts[2 * r + 2] = 2 * r + 2;
    }
    native.passModel({
      numCols,
      numRows: rowLower.length,
      offset: model.offset,
      colCost,
      colLower,
      colUpper,
      rowLower,
      rowUpper,
      matrix: { format: 'csc', numRows: rowLower.length, numCols, starts, indices, values },
    });
    native.options.set({ output_flag: false, presolve: 'off' });
    this.firstLine = numCols;
    this.fixed = new Int32Array(E).fill(-1);
  }

  /** The line's cost in the model (requests, soft unavailability, changes). */
  private lineCost(e: number, line: Int32Array): number {
    const map = this.model.cell[e]!;
    let cost = 0;
    for (let d = 0; d < this.p.days; d++) {
      const s = line[d]!;
      if (s >= 0) cost += this.model.colCost[map[d * this.p.slots + s]!]!;
    }
    return cost;
  }

  /** Adds person e's line as a column, unless it is there already; true when added. */
  addLine(e: number, line: Int32Array): boolean {
    const key = `${e}:${line.join(',')}`;
    if (this.known.has(key)) return false;
    this.known.add(key);
    const p = this.p;
    const rows = new Map<number, number>([[e, 1]]);
    for (let d = 0; d < p.days; d++) {
      const s = line[d]!;
      if (s < 0) continue;
      const c = d * p.slots + s;
      for (let i = p.coverStart[c]!; i < p.coverStart[c + 1]!; i++) {
        const row = p.employees + p.coverList[i]!;
        rows.set(row, (rows.get(row) ?? 0) + 1);
      }
    }
    const sorted = [...rows.entries()].sort((a, b) => a[0] - b[0]);
    this.native.addCol(this.lineCost(e, line), 0, 1, {
      indices: Int32Array.from(sorted, ([r]) => r),
      values: Float64Array.from(sorted, ([, v]) => v),
    });
    this.lines.push({ e, line: Int32Array.from(line) });
    return true;
  }

  /** Adds every person's line of a roster. */
  addRoster(assignment: Assignment): void {
    for (let e = 0; e < this.p.employees; e++) this.addLine(e, assignment[e]!);
  }

  private diving = false;

  get columns(): number {
    return this.lines.length;
  }

  /**
   * Rounds of LP and pricing until no line prices out negative or the deadline. The master must hold a feasible
   * roster's lines first (addRoster).
   */
  generate(control: MasterControl): ColumnGenerationOutcome {
    const p = this.p;
    const E = p.employees;
    const S = p.slots;
    const model = this.model;
    const native = this.native;
    let rounds = 0;
    let lpValue = Number.NaN;
    let converged = false;
    const cellCost = new Float64Array(p.days * S);
    while (performance.now() < control.deadline && !control.shouldStop()) {
      native.options.set({ time_limit: Math.max(0.01, (control.deadline - performance.now()) / 1000) });
      native.run();
      if (native.getModelStatus() !== OPTIMAL) break;
      rounds++;
      lpValue = Number(native.info.get('objective_function_value'));
      const dual = native.getSolution().rowDual;
      let added = 0;
      let exact = true;
      let reducedSum = 0;
      for (let e = 0; e < E; e++) {
        if (this.fixed[e]! >= 0) continue;
        const map = model.cell[e]!;
        for (let c = 0; c < cellCost.length; c++) {
          const col = map[c]!;
          if (col < 0 || model.colUpper[col] === 0) {
            cellCost[c] = Number.POSITIVE_INFINITY;
            continue;
          }
          let cost = model.colCost[col]!;
          for (let i = p.coverStart[c]!; i < p.coverStart[c + 1]!; i++) cost -= dual[E + p.coverList[i]!]!;
          cellCost[c] = cost;
        }
        const priced = priceLine(p, e, cellCost, ALTERNATIVES);
        if (!priced.exact) exact = false;
        if (!priced.best) continue;
        const reduced = priced.best.cost - dual[e]!;
        if (reduced < -REDUCED_COST_EPSILON) {
          reducedSum += reduced;
          if (this.addLine(e, priced.best.line)) added++;
          for (const other of priced.others)
            if (other.cost - dual[e]! < -REDUCED_COST_EPSILON && this.addLine(e, other.line)) added++;
        }
        if (performance.now() >= control.deadline || control.shouldStop()) {
          exact = false;
          break;
        }
      }
      if (exact && !this.diving) {
        // Each person takes exactly one line: no roster costs less than the LP plus every least reduced cost.
        const bound = lpValue + reducedSum;
        if (bound > this.bound) {
          this.bound = bound;
          this.boundProven = true;
        }
      }
      if (added === 0) {
        converged = exact;
        break;
      }
    }
    const whole = model.integralObjective;
    return {
      lowerBound: this.boundProven ? (whole ? Math.ceil(this.bound - 1e-6) : this.bound) : null,
      lpValue,
      converged,
      rounds,
      columns: this.lines.length,
    };
  }

  /**
   * A dive: holds the line the LP leans on most (and every line already at 1) for good, prices again, and so on
   * until every person's line is held: a roster built from the LP's own choices. The holds are lifted afterwards.
   * Returns null when the deadline came first.
   */
  dive(control: MasterControl): Assignment | null {
    const native = this.native;
    const E = this.p.employees;
    this.diving = true;
    try {
      while (this.fixed.includes(-1)) {
        if (performance.now() >= control.deadline || control.shouldStop()) return null;
        this.generate(control);
        if (native.getModelStatus() !== OPTIMAL) return null;
        const value = native.getSolution().colValue;
        // The line of largest value among the people not held yet; ties go to the first.
        let pick = -1;
        let pickValue = -1;
        const held: number[] = [];
        for (const [j, { e }] of this.lines.entries()) {
          if (this.fixed[e]! >= 0) continue;
          const v = value[this.firstLine + j] ?? 0;
          if (v > 0.999) held.push(j);
          if (v > pickValue + 1e-9) {
            pick = j;
            pickValue = v;
          }
        }
        if (pick < 0) return null;
        if (held.length === 0) held.push(pick);
        for (const j of held) {
          const { e } = this.lines[j]!;
          if (this.fixed[e]! >= 0) continue;
          this.fixed[e] = j;
          native.changeColBounds(this.firstLine + j, 1, 1);
        }
      }
      const roster: Assignment = [];
      for (let e = 0; e < E; e++) roster.push(Int32Array.from(this.lines[this.fixed[e]!]!.line));
      return roster;
    } finally {
      for (let e = 0; e < E; e++) {
        const j = this.fixed[e]!;
        if (j >= 0) native.changeColBounds(this.firstLine + j, 0, 1);
        this.fixed[e] = -1;
      }
      this.diving = false;
    }
  }
}
