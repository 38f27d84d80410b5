// The roster as a mixed-integer program (x[e,d,s] = 1 when person e works slot s on day d) for the rules a
// benchmark instance uses: succession, counts, total minutes, consecutive days, weekends, cells, requests, cover,
// changes. Problems with other rules in force (French working-time limits, fairness, soft row rules) have no model.
import type { Prepared } from './prepared.ts';
import type { Assignment } from './problem.ts';

export interface MipModel {
  numCols: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  integrality: Int32Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  offset: number;
  /** Column of x[e, d, s] at [e][d * slots + s], -1 when the cell may not take the slot. */
  cell: Int32Array[];
  /** The first column that is no x (cover slacks, weekend indicators). */
  firstAuxiliary: number;
  /** The shortage column of each cover requirement (its cost is the under-weight). */
  underColumns: Int32Array;
  /** Whether every objective coefficient is an integer (then a gap below 1 proves optimality). */
  integralObjective: boolean;
}

export interface MipOptions {
  initial?: Assignment | undefined;
  changeWeight?: number | undefined;
}

/** Why the problem has no model, or null when it has one. */
export function mipUnsupported(p: Prepared): string | null {
  const { rules } = p.problem;
  if (rules.weekendFairness !== 0 || rules.nightFairness !== 0) return 'fairness';
  for (const pp of p.people) {
    if (
      pp.maxMinutesPerCivilDay >= 0 ||
      pp.maxMinutesPerWeek >= 0 ||
      pp.maxAverageMinutesPerWeek >= 0 ||
      pp.maxDaysPerWeek >= 0 ||
      pp.minWeeklyRestMinutes >= 0 ||
      pp.partTimeWeeklyCeiling >= 0
    ) {
      return 'working-time limits';
    }
    if (
      rules.minConsecutiveAtHorizonEnds &&
      pp.hasHistory &&
      (pp.minConsecutiveWork > 1 || pp.minConsecutiveOff > 1)
    ) {
      return 'min-consecutive with history';
    }
    const uses: [boolean, boolean][] = [
      [pp.maxOfType.some((m) => m >= 0), rules.maxShiftsOfType.hard],
      [pp.minMinutes >= 0 || pp.maxMinutes >= 0, rules.totalMinutes.hard],
      [pp.maxConsecutiveWork >= 0 || pp.minConsecutiveWork > 1, rules.consecutiveWork.hard],
      [pp.minConsecutiveOff > 1, rules.consecutiveOff.hard],
      [pp.maxWeekends >= 0, rules.maxWeekends.hard],
      [p.forbidden.includes(1), rules.shiftSuccession.hard],
    ];
    if (uses.some(([used, hard]) => used && !hard)) return 'soft row rules';
  }
  return null;
}

class RowBuilder {
  lower: number[] = [];
  upper: number[] = [];
  starts: number[] = [0];
  indices: number[] = [];
  values: number[] = [];

  add(entries: Map<number, number>, lower: number, upper: number): void {
    let any = false;
    for (const [col, value] of entries) {
      if (value === 0) continue;
      this.indices.push(col);
      this.values.push(value);
      any = true;
    }
    if (!any) {
      // An empty row holds or fails on its constant alone; a failing one is kept so that the model says infeasible.
      if (lower <= 0 && upper >= 0) return;
    }
    this.lower.push(lower);
    this.upper.push(upper);
    this.starts.push(this.indices.length);
  }
}

/** Builds the model; call only when mipUnsupported(p) is null. */
export function buildMipModel(p: Prepared, options: MipOptions = {}): MipModel {
  const { problem } = p;
  const rules = problem.rules;
  const S = p.slots;
  const H = p.days;
  const cost: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  const integer: number[] = [];
  let offset = 0;
  const cell: Int32Array[] = [];
  const changeWeight = options.changeWeight ?? 0;

  for (const [e, pp] of p.people.entries()) {
    const map = new Int32Array(H * S).fill(-1);
    for (let d = 0; d < H; d++) {
      for (let s = 0; s < S; s++) {
        const blocked = pp.unavailableCell[d * S + s]! > 0 || pp.slotAllowed[s] === 0;
        if (blocked && rules.unavailable.hard) continue;
        const t = p.slotShift[s]!;
        map[d * S + s] = cost.length;
        cost.push(blocked ? rules.unavailable.weight : 0);
        lower.push(0);
        // A shift that may not follow the history's last day is closed on day 0.
        const closed = d === 0 && pp.lastShift >= 0 && p.forbidden[pp.lastShift * p.shifts + t] === 1;
        upper.push(closed || pp.maxOfType[t] === 0 ? 0 : 1);
        integer.push(1);
      }
    }
    cell.push(map);
    for (const q of problem.employees[e]!.requests) {
      if (q.day < 0 || q.day >= H) continue;
      if (q.on) offset += q.weight;
      for (let s = 0; s < S; s++) {
        const col = map[q.day * S + s]!;
        if (col >= 0 && p.slotShift[s] === q.shift) cost[col]! += q.on ? -q.weight : q.weight;
      }
    }
    const before = options.initial?.[e];
    if (before && changeWeight !== 0) {
      for (let d = 0; d < H; d++) {
        const was = before[d] ?? -1;
        if (was >= 0) {
          // 1 − x[was] when it was worked, + x for every other slot.
          offset += changeWeight;
          for (let s = 0; s < S; s++) {
            const col = map[d * S + s]!;
            if (col >= 0) cost[col]! += s === was ? -changeWeight : changeWeight;
          }
        } else {
          for (let s = 0; s < S; s++) {
            const col = map[d * S + s]!;
            if (col >= 0) cost[col]! += changeWeight;
          }
        }
      }
    }
  }
  const firstAuxiliary = cost.length;
  const rows = new RowBuilder();
  const worked = (e: number, d: number, into: Map<number, number>, factor: number) => {
    const map = cell[e]!;
    for (let s = 0; s < S; s++) {
      const col = map[d * S + s]!;
      if (col >= 0) into.set(col, (into.get(col) ?? 0) + factor);
    }
  };

  for (const [e, pp] of p.people.entries()) {
    const map = cell[e]!;
    for (let d = 0; d < H; d++) {
      const row = new Map<number, number>();
      worked(e, d, row, 1);
      rows.add(row, 0, 1);
    }
    // Succession: a day's shift a and any forbidden successor the next day.
    for (let d = 0; d + 1 < H; d++) {
      for (let a = 0; a < p.shifts; a++) {
        let any = false;
        const row = new Map<number, number>();
        for (let s = 0; s < S; s++) {
          if (p.slotShift[s] !== a) continue;
          const col = map[d * S + s]!;
          if (col >= 0) row.set(col, 1);
        }
        if (row.size === 0) continue;
        for (let s = 0; s < S; s++) {
          if (p.forbidden[a * p.shifts + p.slotShift[s]!] !== 1) continue;
          const col = map[(d + 1) * S + s]!;
          if (col >= 0) {
            row.set(col, 1);
            any = true;
          }
        }
        if (any) rows.add(row, Number.NEGATIVE_INFINITY, 1);
      }
    }
    for (let t = 0; t < p.shifts; t++) {
      const max = pp.maxOfType[t]!;
      if (max < 0) continue;
      const row = new Map<number, number>();
      for (let d = 0; d < H; d++) {
        for (let s = 0; s < S; s++) {
          const col = map[d * S + s]!;
          if (col >= 0 && p.slotShift[s] === t) row.set(col, 1);
        }
      }
      if (row.size > max) rows.add(row, Number.NEGATIVE_INFINITY, max);
    }
    if (pp.minMinutes >= 0 || pp.maxMinutes >= 0) {
      const row = new Map<number, number>();
      for (let d = 0; d < H; d++) {
        for (let s = 0; s < S; s++) {
          const col = map[d * S + s]!;
          if (col >= 0) row.set(col, p.shiftMinutes[p.slotShift[s]!]!);
        }
      }
      rows.add(
        row,
        pp.minMinutes >= 0 ? pp.minMinutes : Number.NEGATIVE_INFINITY,
        pp.maxMinutes >= 0 ? pp.maxMinutes : Number.POSITIVE_INFINITY,
      );
    }
    // Max consecutive worked days c: every c + 1 consecutive days hold at most c worked ones (history included).
    const c = pp.maxConsecutiveWork;
    if (c >= 0) {
      const history = problem.employees[e]!.history.shifts;
      for (let start = -history.length; start + c < H; start++) {
        if (start + c < 0) continue;
        const row = new Map<number, number>();
        let before = 0;
        for (let d = start; d <= start + c; d++) {
          if (d < 0) before += (history[history.length + d] ?? -1) >= 0 ? 1 : 0;
          else worked(e, d, row, 1);
        }
        rows.add(row, Number.NEGATIVE_INFINITY, c - before);
      }
    }
    const atEnds = rules.minConsecutiveAtHorizonEnds;
    // Min consecutive worked days m: no block of k < m worked days between two days off (or a horizon end).
    const m = pp.minConsecutiveWork;
    for (let k = 1; k < m; k++) {
      for (let d = atEnds ? 0 : 1; d + k <= (atEnds ? H : H - 1); d++) {
        const row = new Map<number, number>();
        for (let j = d; j < d + k; j++) worked(e, j, row, 1);
        if (d > 0) worked(e, d - 1, row, -1);
        if (d + k < H) worked(e, d + k, row, -1);
        rows.add(row, Number.NEGATIVE_INFINITY, k - 1);
      }
    }
    // Min consecutive days off: the same pattern with worked and off exchanged.
    const mo = pp.minConsecutiveOff;
    for (let k = 1; k < mo; k++) {
      for (let d = atEnds ? 0 : 1; d + k <= (atEnds ? H : H - 1); d++) {
        const row = new Map<number, number>();
        let constant = 0;
        for (let j = d; j < d + k; j++) {
          worked(e, j, row, -1);
          constant += 1;
        }
        if (d > 0) worked(e, d - 1, row, 1);
        else constant += 1;
        if (d + k < H) worked(e, d + k, row, 1);
        else constant += 1;
        // (off days) + (worked neighbours, or the horizon end) ≤ k + 1, the constants moved right.
        rows.add(row, Number.NEGATIVE_INFINITY, k + 1 - constant);
      }
    }
  }

  // Weekends: y[e, w] ≥ each weekend day worked; Σ y ≤ max.
  for (const [e, pp] of p.people.entries()) {
    if (pp.maxWeekends < 0) continue;
    const yOf = new Map<number, number>();
    for (let d = 0; d < H; d++) {
      const w = p.weekendWeek[d]!;
      if (w < 0) continue;
      let y = yOf.get(w);
      if (y === undefined) {
        y = cost.length;
        yOf.set(w, y);
        cost.push(0);
        lower.push(0);
        upper.push(1);
        integer.push(0);
      }
      const row = new Map<number, number>();
      worked(e, d, row, 1);
      row.set(y, -1);
      rows.add(row, Number.NEGATIVE_INFINITY, 0);
    }
    if (yOf.size > pp.maxWeekends) {
      rows.add(new Map([...yOf.values()].map((y) => [y, 1])), Number.NEGATIVE_INFINITY, pp.maxWeekends);
    }
  }

  // Cover: Σ x + under − over = requirement.
  const underColumns: number[] = [];
  for (const c of problem.cover) {
    const row = new Map<number, number>();
    for (let e = 0; e < p.employees; e++) {
      for (let s = 0; s < S; s++) {
        if (p.slotShift[s] !== c.shift || p.slotQualification[s] !== c.qualification) continue;
        const col = cell[e]![c.day * S + s]!;
        if (col >= 0) row.set(col, 1);
      }
    }
    const under = cost.length;
    underColumns.push(under);
    cost.push(c.underWeight);
    lower.push(0);
    upper.push(Math.max(0, c.requirement));
    integer.push(0);
    const over = cost.length;
    cost.push(c.overWeight);
    lower.push(0);
    upper.push(Number.POSITIVE_INFINITY);
    integer.push(0);
    row.set(under, 1);
    row.set(over, -1);
    rows.add(row, c.requirement, c.requirement);
  }

  return {
    numCols: cost.length,
    colCost: Float64Array.from(cost),
    colLower: Float64Array.from(lower),
    colUpper: Float64Array.from(upper),
    integrality: Int32Array.from(integer),
    rowLower: Float64Array.from(rows.lower),
    rowUpper: Float64Array.from(rows.upper),
    starts: Int32Array.from(rows.starts),
    indices: Int32Array.from(rows.indices),
    values: Float64Array.from(rows.values),
    offset,
    cell,
    firstAuxiliary,
    underColumns: Int32Array.from(underColumns),
    integralObjective: cost.every((x) => Number.isInteger(x)) && Number.isInteger(offset),
  };
}

/** The model's column values for a roster (auxiliary columns at their least feasible value). */
export function mipStart(p: Prepared, model: MipModel, assignment: Assignment): Float64Array {
  const x = new Float64Array(model.numCols);
  const S = p.slots;
  for (let e = 0; e < p.employees; e++) {
    const row = assignment[e]!;
    for (let d = 0; d < p.days; d++) {
      const s = row[d]!;
      if (s < 0) continue;
      const col = model.cell[e]![d * S + s]!;
      if (col >= 0) x[col] = 1;
    }
  }
  // Auxiliary columns: solve each row x + aux … from the cells; simplest is to read them from the CSR rows.
  for (let r = 0; r + 1 < model.starts.length; r++) {
    let activity = 0;
    const aux: number[] = [];
    for (let k = model.starts[r]!; k < model.starts[r + 1]!; k++) {
      const col = model.indices[k]!;
      if (col >= model.firstAuxiliary) aux.push(k);
      else activity += model.values[k]! * x[col]!;
    }
    if (aux.length === 0) continue;
    if (model.rowLower[r] === model.rowUpper[r]) {
      // Cover row: activity + under − over = requirement.
      const gap = model.rowLower[r]! - activity;
      for (const k of aux) {
        const col = model.indices[k]!;
        const coef = model.values[k]!;
        x[col] = coef > 0 ? Math.max(0, gap) : Math.max(0, -gap);
      }
    } else if (aux.length === 1) {
      // Weekend row: worked − y ≤ 0.
      const col = model.indices[aux[0]!]!;
      if (activity > 0) x[col] = 1;
    }
  }
  return x;
}

/** Reads a roster back from column values (a cell is worked when its x is above one half). */
export function mipAssignment(p: Prepared, model: MipModel, values: ArrayLike<number>): Assignment {
  const S = p.slots;
  return model.cell.map((map) => {
    const row = new Int32Array(p.days).fill(-1);
    for (let d = 0; d < p.days; d++) {
      for (let s = 0; s < S; s++) {
        const col = map[d * S + s]!;
        if (col >= 0 && (values[col] ?? 0) > 0.5) row[d] = s;
      }
    }
    return row;
  });
}
