// The solver's working roster with its score kept up to date move by move: a move sets a few cells, only the
// people it touches are re-evaluated (their row rules) and only the cover requirements of the changed cells.
import { PersonRules } from './person-rules.ts';
import type { Prepared } from './prepared.ts';
import type { Assignment, Score } from './problem.ts';

export interface StateOptions {
  initial?: Assignment | undefined;
  changeWeight?: number | undefined;
}

/** Cost of a cover requirement with `n` people assigned. */
function coverCost(requirement: number, under: number, over: number, n: number): number {
  return n < requirement ? (requirement - n) * under : (n - requirement) * over;
}

export class SearchState {
  readonly p: Prepared;
  readonly rows: Int32Array[];
  /** Values a cell takes (slot + 1, 0 = off) per person: [day * values + value]. */
  readonly values: number;
  readonly cellSoft: Float64Array[];
  readonly cellHard: Float64Array[];
  /** Per person and day, the slots (-1 = off) that break no hard cell rule: the moves' choices. */
  readonly domain: Int32Array[][];

  /** Weight of a guide unit (hard) in the penalty the search minimises: penalty = hardWeight × guide + soft. */
  hardWeight: number;

  hard = 0;
  guide = 0;
  soft = 0;

  private readonly rules: PersonRules;
  private readonly rowHard: Float64Array;
  private readonly rowGuide: Float64Array;
  private readonly rowSoft: Float64Array;
  private readonly cellHardSum: Float64Array;
  private readonly cellSoftSum: Float64Array;
  private readonly weekends: Float64Array;
  private readonly nights: Float64Array;
  private fairness = 0;
  readonly assigned: Int32Array;
  private readonly requirement: Int32Array;
  private readonly under: Float64Array;
  private readonly over: Float64Array;
  private coverTotal = 0;

  // The move being tried: cells set (for undo) and people touched.
  private logPerson: Int32Array;
  private logDay: Int32Array;
  private logOld: Int32Array;
  private logSize = 0;
  private readonly touched: Int32Array;
  private touchedSize = 0;
  private readonly touchMark: Int32Array;
  private moveId = 1;
  private readonly newHard: Float64Array;
  private readonly newGuide: Float64Array;
  private readonly newSoft: Float64Array;
  private readonly newWeekends: Float64Array;
  private readonly newNights: Float64Array;
  private readonly oldWeekends: Float64Array;
  private readonly oldNights: Float64Array;
  private readonly pendingCellHard: Float64Array;
  private readonly pendingCellSoft: Float64Array;
  private coverDelta = 0;
  private cellHardDelta = 0;
  private cellSoftDelta = 0;
  private pendingFairness = 0;
  /** Deltas of the tried move (valid after `evaluate`). */
  deltaHard = 0;
  deltaGuide = 0;
  deltaSoft = 0;

  constructor(prepared: Prepared, start: Assignment, options: StateOptions = {}, hardWeight = 1000) {
    const p = prepared;
    this.p = p;
    this.hardWeight = hardWeight;
    this.values = p.slots + 1;
    this.rules = new PersonRules(p);
    const E = p.employees;
    this.rows = start.map((row) => Int32Array.from(row));
    this.cellSoft = [];
    this.cellHard = [];
    this.domain = [];
    const { problem } = p;
    const unavailable = problem.rules.unavailable;
    const changeWeight = options.changeWeight ?? 0;
    for (let e = 0; e < E; e++) {
      const pp = p.people[e]!;
      const soft = new Float64Array(p.days * this.values);
      const hard = new Float64Array(p.days * this.values);
      const domain: Int32Array[] = [];
      for (let d = 0; d < p.days; d++) {
        const allowed: number[] = [-1];
        for (let s = 0; s < p.slots; s++) {
          const blocked = pp.unavailableCell[d * p.slots + s]! > 0 || pp.slotAllowed[s] === 0;
          if (blocked) {
            if (unavailable.hard) hard[d * this.values + s + 1] = 1;
            else soft[d * this.values + s + 1] = unavailable.weight;
          }
          if (!blocked || !unavailable.hard) allowed.push(s);
        }
        domain.push(Int32Array.from(allowed));
      }
      for (const q of problem.employees[e]!.requests) {
        if (q.day < 0 || q.day >= p.days) continue;
        for (let v = 0; v < this.values; v++) {
          const works = v > 0 && p.slotShift[v - 1] === q.shift;
          if (works !== q.on) soft[q.day * this.values + v]! += q.weight;
        }
      }
      const before = options.initial?.[e];
      if (before && changeWeight !== 0) {
        for (let d = 0; d < p.days; d++) {
          const was = (before[d] ?? -1) + 1;
          for (let v = 0; v < this.values; v++) if (v !== was) soft[d * this.values + v]! += changeWeight;
        }
      }
      this.cellSoft.push(soft);
      this.cellHard.push(hard);
      this.domain.push(domain);
    }
    this.rowHard = new Float64Array(E);
    this.rowGuide = new Float64Array(E);
    this.rowSoft = new Float64Array(E);
    this.cellHardSum = new Float64Array(E);
    this.cellSoftSum = new Float64Array(E);
    this.weekends = new Float64Array(E);
    this.nights = new Float64Array(E);
    const cover = problem.cover;
    this.assigned = new Int32Array(cover.length);
    this.requirement = Int32Array.from(cover, (c) => c.requirement);
    this.under = Float64Array.from(cover, (c) => c.underWeight);
    this.over = Float64Array.from(cover, (c) => c.overWeight);
    const logCapacity = Math.max(64, E * p.days);
    this.logPerson = new Int32Array(logCapacity);
    this.logDay = new Int32Array(logCapacity);
    this.logOld = new Int32Array(logCapacity);
    this.touched = new Int32Array(E);
    this.touchMark = new Int32Array(E);
    this.newHard = new Float64Array(E);
    this.newGuide = new Float64Array(E);
    this.newSoft = new Float64Array(E);
    this.newWeekends = new Float64Array(E);
    this.newNights = new Float64Array(E);
    this.oldWeekends = new Float64Array(E);
    this.oldNights = new Float64Array(E);
    this.pendingCellHard = new Float64Array(E);
    this.pendingCellSoft = new Float64Array(E);
    this.recompute();
  }

  /** Recomputes every total from the rows (after a bulk change, and to drop floating-point drift). */
  recompute(): void {
    const p = this.p;
    this.assigned.fill(0);
    this.hard = 0;
    this.guide = 0;
    this.soft = 0;
    for (let e = 0; e < p.employees; e++) {
      const row = this.rows[e]!;
      const ch = this.cellHard[e]!;
      const cs = this.cellSoft[e]!;
      let h = 0;
      let s = 0;
      for (let d = 0; d < p.days; d++) {
        const v = row[d]! + 1;
        h += ch[d * this.values + v]!;
        s += cs[d * this.values + v]!;
        if (v > 0) {
          const c = d * p.slots + v - 1;
          for (let i = p.coverStart[c]!; i < p.coverStart[c + 1]!; i++) this.assigned[p.coverList[i]!]!++;
        }
      }
      this.cellHardSum[e] = h;
      this.cellSoftSum[e] = s;
      this.rules.run(e, row);
      this.rowHard[e] = this.rules.hard;
      this.rowGuide[e] = this.rules.guide;
      this.rowSoft[e] = this.rules.soft;
      this.weekends[e] = this.rules.weekends;
      this.nights[e] = this.rules.nights;
      this.hard += h + this.rules.hard;
      this.guide += h + this.rules.guide;
      this.soft += s + this.rules.soft;
    }
    this.coverTotal = 0;
    for (let r = 0; r < this.assigned.length; r++) {
      this.coverTotal += coverCost(this.requirement[r]!, this.under[r]!, this.over[r]!, this.assigned[r]!);
    }
    this.fairness = this.fairnessOf(this.weekends, this.nights);
    this.soft += this.coverTotal + this.fairness;
  }

  private fairnessOf(weekends: Float64Array, nights: Float64Array): number {
    const { weekendFairness, nightFairness } = this.p.problem.rules;
    let total = 0;
    if (weekendFairness !== 0) total += excessOverMean(weekends) * weekendFairness;
    if (nightFairness !== 0) total += excessOverMean(nights) * nightFairness;
    return total;
  }

  get penalty(): number {
    return this.hardWeight * this.guide + this.soft;
  }

  score(): Score {
    return { hard: this.hard, soft: this.soft };
  }

  /** The cover shortfall (positive) or excess (negative) of requirement r. */
  gap(r: number): number {
    return this.requirement[r]! - this.assigned[r]!;
  }

  // ---- moves: begin(), set()…, evaluate(), then commit() or revert() ----

  begin(): void {
    this.logSize = 0;
    this.touchedSize = 0;
    this.moveId++;
    this.coverDelta = 0;
    this.cellHardDelta = 0;
    this.cellSoftDelta = 0;
  }

  /** Sets one cell inside the current move (the cover is updated at once, people at `evaluate`). */
  set(e: number, d: number, slot: number): void {
    const row = this.rows[e]!;
    const old = row[d]!;
    if (old === slot) return;
    if (this.logSize === this.logPerson.length) this.growLog();
    this.logPerson[this.logSize] = e;
    this.logDay[this.logSize] = d;
    this.logOld[this.logSize] = old;
    this.logSize++;
    if (this.touchMark[e] !== this.moveId) {
      this.touchMark[e] = this.moveId;
      this.touched[this.touchedSize++] = e;
      this.pendingCellHard[e] = 0;
      this.pendingCellSoft[e] = 0;
    }
    row[d] = slot;
    const base = d * this.values;
    const h = this.cellHard[e]![base + slot + 1]! - this.cellHard[e]![base + old + 1]!;
    const s = this.cellSoft[e]![base + slot + 1]! - this.cellSoft[e]![base + old + 1]!;
    this.pendingCellHard[e]! += h;
    this.pendingCellSoft[e]! += s;
    this.cellHardDelta += h;
    this.cellSoftDelta += s;
    const p = this.p;
    if (old >= 0) this.coverChange(d * p.slots + old, -1);
    if (slot >= 0) this.coverChange(d * p.slots + slot, 1);
  }

  private coverChange(c: number, step: number): void {
    const p = this.p;
    for (let i = p.coverStart[c]!; i < p.coverStart[c + 1]!; i++) {
      const r = p.coverList[i]!;
      const n = this.assigned[r]!;
      const req = this.requirement[r]!;
      const before = n < req ? (req - n) * this.under[r]! : (n - req) * this.over[r]!;
      const m = n + step;
      const after = m < req ? (req - m) * this.under[r]! : (m - req) * this.over[r]!;
      this.assigned[r] = m;
      this.coverDelta += after - before;
    }
  }

  private growLog(): void {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.logPerson = grow(this.logPerson);
    this.logDay = grow(this.logDay);
    this.logOld = grow(this.logOld);
  }

  /** Re-evaluates the touched people; returns the change of the search penalty. */
  evaluate(): number {
    let dh = this.cellHardDelta;
    let dg = this.cellHardDelta;
    let ds = this.cellSoftDelta + this.coverDelta;
    const fair = this.p.problem.rules.weekendFairness !== 0 || this.p.problem.rules.nightFairness !== 0;
    for (let i = 0; i < this.touchedSize; i++) {
      const e = this.touched[i]!;
      this.rules.run(e, this.rows[e]!);
      this.newHard[e] = this.rules.hard;
      this.newGuide[e] = this.rules.guide;
      this.newSoft[e] = this.rules.soft;
      this.newWeekends[e] = this.rules.weekends;
      this.newNights[e] = this.rules.nights;
      dh += this.rules.hard - this.rowHard[e]!;
      dg += this.rules.guide - this.rowGuide[e]!;
      ds += this.rules.soft - this.rowSoft[e]!;
    }
    if (fair) {
      for (let i = 0; i < this.touchedSize; i++) {
        const e = this.touched[i]!;
        this.oldWeekends[e] = this.weekends[e]!;
        this.oldNights[e] = this.nights[e]!;
        this.weekends[e] = this.newWeekends[e]!;
        this.nights[e] = this.newNights[e]!;
      }
      this.pendingFairness = this.fairnessOf(this.weekends, this.nights);
      for (let i = 0; i < this.touchedSize; i++) {
        const e = this.touched[i]!;
        this.weekends[e] = this.oldWeekends[e]!;
        this.nights[e] = this.oldNights[e]!;
      }
      ds += this.pendingFairness - this.fairness;
    }
    this.deltaHard = dh;
    this.deltaGuide = dg;
    this.deltaSoft = ds;
    return this.hardWeight * dg + ds;
  }

  commit(): void {
    const fair = this.p.problem.rules.weekendFairness !== 0 || this.p.problem.rules.nightFairness !== 0;
    for (let i = 0; i < this.touchedSize; i++) {
      const e = this.touched[i]!;
      this.rowHard[e] = this.newHard[e]!;
      this.rowGuide[e] = this.newGuide[e]!;
      this.rowSoft[e] = this.newSoft[e]!;
      this.weekends[e] = this.newWeekends[e]!;
      this.nights[e] = this.newNights[e]!;
      this.cellHardSum[e]! += this.pendingCellHard[e]!;
      this.cellSoftSum[e]! += this.pendingCellSoft[e]!;
    }
    if (fair) this.fairness = this.pendingFairness;
    this.coverTotal += this.coverDelta;
    this.hard += this.deltaHard;
    this.guide += this.deltaGuide;
    this.soft += this.deltaSoft;
    this.logSize = 0;
    this.touchedSize = 0;
  }

  revert(): void {
    const p = this.p;
    for (let i = this.logSize - 1; i >= 0; i--) {
      const e = this.logPerson[i]!;
      const d = this.logDay[i]!;
      const row = this.rows[e]!;
      const now = row[d]!;
      const old = this.logOld[i]!;
      row[d] = old;
      if (now >= 0) this.coverUndo(d * p.slots + now, -1);
      if (old >= 0) this.coverUndo(d * p.slots + old, 1);
    }
    this.logSize = 0;
    this.touchedSize = 0;
  }

  private coverUndo(c: number, step: number): void {
    const p = this.p;
    for (let i = p.coverStart[c]!; i < p.coverStart[c + 1]!; i++) this.assigned[p.coverList[i]!]! += step;
  }

  /** Replaces the whole roster (e.g. back to the best one) and recomputes the totals. */
  load(assignment: Assignment): void {
    for (let e = 0; e < this.rows.length; e++) this.rows[e]!.set(assignment[e]!);
    this.recompute();
  }

  /** The person's guide (hard) units, from the rules of their row and their cells. */
  personGuide(e: number): number {
    return this.rowGuide[e]! + this.cellHardSum[e]!;
  }
}

/** Σ max(0, x − mean). */
function excessOverMean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const mean = sum / values.length;
  let excess = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > mean) excess += values[i]! - mean;
  return excess;
}
