// Local search on a SearchState: random moves (change a cell, swap two people's cells on a day or over a block of
// days, set a block, ruin and recreate a block of days of a few people), simulated-annealing acceptance in cycles
// that restart from the best roster; every decision comes from the seeded generator and the iteration count.
import { Rng } from './prng.ts';
import type { SearchState } from './search-state.ts';

export interface SearchParams {
  /**
   * Iterations of the first annealing cycle (its temperature falls from `hot` to `cold`, then it restarts from the
   * best); each next cycle is `growth` times longer, so that short runs get quick answers and long runs slow cooling.
   */
  cycle: number;
  growth: number;
  hot: number;
  cold: number;
  /**
   * The weight of hard units oscillates between these bounds: raised while the roster breaks hard rules, lowered
   * while it keeps them, so that the search crosses infeasible rosters without settling there.
   */
  minHardWeight: number;
  maxHardWeight: number;
  /** Iterations between two adjustments of the weight. */
  weightPeriod: number;
}

/**
 * Parameters scaled to the problem: cycles to its size, temperatures and hard weights to its cover weights (the
 * benchmark charges 100 a missing person, a site's rule set 1,000: the same search, ten times the scale).
 */
export function defaultParams(state: SearchState): SearchParams {
  const cells = state.p.employees * state.p.days;
  const under = state.p.problem.cover
    .map((c) => c.underWeight)
    .filter((w) => w > 0)
    .sort((a, b) => a - b);
  const scale = under.length > 0 ? under[Math.floor(under.length / 2)]! / 100 : 1;
  return {
    cycle: Math.max(200_000, cells * 400),
    growth: 1.5,
    hot: 40 * scale,
    cold: 0.5 * scale,
    minHardWeight: 20 * scale,
    maxHardWeight: 5000 * scale,
    weightPeriod: 5000,
  };
}

export class LocalSearch {
  readonly state: SearchState;
  readonly rng: Rng;
  readonly params: SearchParams;
  iterations = 0;
  best: Int32Array[];
  bestHard: number;
  bestSoft: number;
  /** Incremented whenever the best roster improves. */
  improvements = 0;
  /** Annealing cycles completed, and the cycle in which the best roster last improved. */
  cycles = 0;
  lastImprovingCycle = 0;

  private readonly coverSlots: Int32Array[];
  private readonly coverDay: Int32Array;
  private temperature: number;
  private cycleStart = 0;
  private cycleLength: number;

  constructor(state: SearchState, seed: number, params: SearchParams = defaultParams(state)) {
    this.state = state;
    this.rng = new Rng(seed);
    this.params = params;
    this.best = state.rows.map((row) => Int32Array.from(row));
    this.bestHard = state.hard;
    this.bestSoft = state.soft;
    this.temperature = params.hot;
    this.cycleLength = params.cycle;
    state.hardWeight = params.maxHardWeight / 5;
    const p = state.p;
    this.coverDay = Int32Array.from(p.problem.cover, (c) => c.day);
    this.coverSlots = p.problem.cover.map((c) => {
      const slots: number[] = [];
      for (let s = 0; s < p.slots; s++) {
        if (p.slotShift[s] === c.shift && p.slotQualification[s] === c.qualification) slots.push(s);
      }
      return Int32Array.from(slots);
    });
  }

  /** Runs `count` iterations. */
  run(count: number): void {
    for (let i = 0; i < count; i++) this.step();
  }

  step(): void {
    const { hot, cold } = this.params;
    if (this.iterations - this.cycleStart >= this.cycleLength) {
      this.cycleStart = this.iterations;
      this.cycleLength = Math.round(this.cycleLength * this.params.growth);
      this.cycles++;
      this.restart();
    }
    // The temperature moves by steps of 64 moves: a power per move would cost more than some moves.
    if ((this.iterations & 63) === 0) {
      const phase = (this.iterations - this.cycleStart) / this.cycleLength;
      this.temperature = hot * (cold / hot) ** phase;
    }
    if (this.iterations % this.params.weightPeriod === 0) this.adjustWeight();
    this.iterations++;
    const r = this.rng.float();
    if (r < 0.01) {
      this.ruinAndRecreate();
      return;
    }
    const state = this.state;
    state.begin();
    let moved: boolean;
    if (r < 0.3) moved = this.change();
    else if (r < 0.45) moved = this.transfer();
    else if (r < 0.65) moved = this.swap();
    else if (r < 0.85) moved = this.blockSwap();
    else moved = this.blockSet();
    if (!moved) {
      state.revert();
      return;
    }
    const delta = state.evaluate();
    if (this.accept(delta)) {
      state.commit();
      this.noteBest();
    } else state.revert();
  }

  private adjustWeight(): void {
    const s = this.state;
    const { minHardWeight, maxHardWeight } = this.params;
    s.hardWeight =
      s.hard > 0 ? Math.min(maxHardWeight, s.hardWeight * 1.2) : Math.max(minHardWeight, s.hardWeight / 1.2);
  }

  private accept(delta: number): boolean {
    if (delta <= 0) return true;
    return this.rng.float() < Math.exp(-delta / this.temperature);
  }

  private noteBest(): void {
    const s = this.state;
    if (s.hard < this.bestHard || (s.hard === this.bestHard && s.soft < this.bestSoft - 1e-9)) {
      this.bestHard = s.hard;
      this.bestSoft = s.soft;
      for (let e = 0; e < s.rows.length; e++) this.best[e]!.set(s.rows[e]!);
      this.improvements++;
      this.lastImprovingCycle = this.cycles;
    }
  }

  /** Continues from `assignment`, which becomes the best known (a better roster found by another method). */
  reset(assignment: readonly Int32Array[]): void {
    for (let e = 0; e < this.best.length; e++) this.best[e]!.set(assignment[e]!);
    this.restart();
  }

  /** Back to the best roster (the totals recomputed, which also drops floating-point drift). */
  restart(): void {
    this.state.load(this.best);
    this.bestHard = this.state.hard;
    this.bestSoft = this.state.soft;
  }

  private allowed(e: number, d: number, slot: number): boolean {
    const s = this.state;
    return s.cellHard[e]![d * s.values + slot + 1] === 0;
  }

  private randomValue(e: number, d: number, not: number): number {
    const domain = this.state.domain[e]![d]!;
    if (domain.length < 2) return not;
    let v = domain[this.rng.int(domain.length)]!;
    if (v === not) v = domain[(domain.indexOf(v) + 1 + this.rng.int(domain.length - 1)) % domain.length]!;
    return v;
  }

  /** One cell: half the time aimed at a cover requirement that is short (add someone) or over (take one off). */
  private change(): boolean {
    const s = this.state;
    const p = s.p;
    const rng = this.rng;
    if (rng.float() < 0.5 && p.problem.cover.length > 0) {
      for (let attempt = 0; attempt < 4; attempt++) {
        const r = rng.int(p.problem.cover.length);
        const gap = s.gap(r);
        if (gap === 0) continue;
        const slots = this.coverSlots[r]!;
        if (slots.length === 0) continue;
        const d = this.coverDay[r]!;
        for (let tries = 0; tries < 8; tries++) {
          const e = rng.int(p.employees);
          const current = s.rows[e]![d]!;
          if (gap > 0) {
            const slot = slots[rng.int(slots.length)]!;
            if (current === slot || !this.allowed(e, d, slot)) continue;
            s.set(e, d, slot);
            return true;
          }
          if (slots.includes(current)) {
            s.set(e, d, rng.float() < 0.5 ? -1 : this.randomValue(e, d, current));
            return true;
          }
        }
      }
    }
    const e = rng.int(p.employees);
    const d = rng.int(p.days);
    const current = s.rows[e]![d]!;
    const v = this.randomValue(e, d, current);
    if (v === current) return false;
    s.set(e, d, v);
    return true;
  }

  /**
   * One person moves a shift from one day to another (their hours stay the same): half the time to a day whose
   * cover is short.
   */
  private transfer(): boolean {
    const s = this.state;
    const p = s.p;
    const rng = this.rng;
    let e = -1;
    let to = -1;
    let slot = -1;
    if (rng.float() < 0.5 && p.problem.cover.length > 0) {
      const r = rng.int(p.problem.cover.length);
      const slots = this.coverSlots[r]!;
      if (s.gap(r) > 0 && slots.length > 0) {
        to = this.coverDay[r]!;
        slot = slots[rng.int(slots.length)]!;
        for (let tries = 0; tries < 8; tries++) {
          const candidate = rng.int(p.employees);
          if (s.rows[candidate]![to] === -1 && this.allowed(candidate, to, slot)) {
            e = candidate;
            break;
          }
        }
      }
    }
    if (e < 0) {
      e = rng.int(p.employees);
      to = rng.int(p.days);
      if (s.rows[e]![to] !== -1) return false;
      slot = this.randomValue(e, to, -1);
      if (slot < 0) return false;
    }
    const row = s.rows[e]!;
    // A worked day of the same person, searched from a random start.
    const offset = rng.int(p.days);
    for (let k = 0; k < p.days; k++) {
      const from = (offset + k) % p.days;
      if (from === to || row[from] === -1) continue;
      s.set(e, from, -1);
      s.set(e, to, slot);
      return true;
    }
    return false;
  }

  /** Two people exchange their cells on one day: the cover stays as it is. */
  private swap(): boolean {
    const s = this.state;
    const p = s.p;
    const d = this.rng.int(p.days);
    for (let attempt = 0; attempt < 4; attempt++) {
      const a = this.rng.int(p.employees);
      const b = this.rng.int(p.employees);
      const va = s.rows[a]![d]!;
      const vb = s.rows[b]![d]!;
      if (a === b || va === vb || !this.allowed(a, d, vb) || !this.allowed(b, d, va)) continue;
      s.set(a, d, vb);
      s.set(b, d, va);
      return true;
    }
    return false;
  }

  /** Two people exchange a block of 2 to 7 days (cells one of them may not take are left as they are). */
  private blockSwap(): boolean {
    const s = this.state;
    const p = s.p;
    const a = this.rng.int(p.employees);
    const b = this.rng.int(p.employees);
    if (a === b) return false;
    const length = Math.min(p.days, 2 + this.rng.int(6));
    const from = this.rng.int(p.days - length + 1);
    let changed = false;
    for (let d = from; d < from + length; d++) {
      const va = s.rows[a]![d]!;
      const vb = s.rows[b]![d]!;
      if (va === vb || !this.allowed(a, d, vb) || !this.allowed(b, d, va)) continue;
      s.set(a, d, vb);
      s.set(b, d, va);
      changed = true;
    }
    return changed;
  }

  /** One person: a block of 1 to 4 days set to one value (off half the time). */
  private blockSet(): boolean {
    const s = this.state;
    const p = s.p;
    const e = this.rng.int(p.employees);
    const length = Math.min(p.days, 1 + this.rng.int(4));
    const from = this.rng.int(p.days - length + 1);
    const v = this.rng.float() < 0.5 ? -1 : this.randomValue(e, from, -1);
    let changed = false;
    for (let d = from; d < from + length; d++) {
      if (s.rows[e]![d] === v || !this.allowed(e, d, v)) continue;
      s.set(e, d, v);
      changed = true;
    }
    return changed;
  }

  /**
   * Clears a block of days of a few people, then refills it cell by cell with the best value for the search
   * penalty; the whole is kept or undone like one move.
   */
  private ruinAndRecreate(): void {
    const s = this.state;
    const p = s.p;
    const rng = this.rng;
    const people = Math.min(p.employees, 2 + rng.int(3));
    const length = Math.min(p.days, 3 + rng.int(6));
    const from = rng.int(p.days - length + 1);
    const chosen: number[] = [];
    while (chosen.length < people) {
      const e = rng.int(p.employees);
      if (!chosen.includes(e)) chosen.push(e);
    }
    const before = s.penalty;
    const saved = chosen.map((e) => s.rows[e]!.slice(from, from + length));
    s.begin();
    for (const e of chosen) for (let d = from; d < from + length; d++) s.set(e, d, -1);
    s.evaluate();
    s.commit();
    // Refill in a random order of cells, each with its best value given the cells refilled before it.
    const cells: number[] = [];
    for (let i = 0; i < chosen.length; i++)
      for (let d = from; d < from + length; d++) cells.push(i * length + d - from);
    for (let i = cells.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      const t = cells[i]!;
      cells[i] = cells[j]!;
      cells[j] = t;
    }
    for (const cell of cells) {
      const e = chosen[Math.floor(cell / length)]!;
      const d = from + (cell % length);
      const domain = s.domain[e]![d]!;
      let bestValue = -1;
      let bestDelta = 0;
      for (let k = 0; k < domain.length; k++) {
        const v = domain[k]!;
        if (v < 0) continue;
        s.begin();
        s.set(e, d, v);
        const delta = s.evaluate();
        s.revert();
        if (delta < bestDelta - 1e-9) {
          bestDelta = delta;
          bestValue = v;
        }
      }
      if (bestValue >= 0) {
        s.begin();
        s.set(e, d, bestValue);
        s.evaluate();
        s.commit();
      }
    }
    const delta = s.penalty - before;
    if (this.accept(delta)) {
      this.noteBest();
      return;
    }
    s.begin();
    for (const [i, e] of chosen.entries()) {
      const old = saved[i]!;
      for (let d = from; d < from + length; d++) s.set(e, d, old[d - from]!);
    }
    s.evaluate();
    s.commit();
  }
}
