// Large neighbourhood search for rosters too big for a full MIP: frees a block of cells (a few people over every
// day, every person over a window of days, or a rectangle of both), chosen by an adaptive roulette, whose size
// follows how hard HiGHS found the last ones; everything else stays fixed at the incumbent.
import type { MipModel } from './mip-model.ts';
import { coverAssigned, type Prepared } from './prepared.ts';
import type { Rng } from './prng.ts';
import type { Assignment } from './problem.ts';

/** The shapes of block a neighbourhood frees. */
const KINDS = ['people', 'days', 'rectangle', 'shortage'] as const;
export type NeighbourhoodKind = (typeof KINDS)[number];

/** Cell columns a first neighbourhood frees: about what HiGHS solves to optimality in a fraction of a second. */
const START_COLUMNS = 250;
const MIN_COLUMNS = 40;
/** Growth when HiGHS closed the neighbourhood within its budget, shrink when the budget stopped it. */
const GROW = 1.08;
const SHRINK = 0.85;
/** Roulette: weights drift toward the reward of each outcome; a kind never drops below the floor. */
const REACTION = 0.2;
const FLOOR = 0.1;

export interface Neighbourhood {
  kind: NeighbourhoodKind;
  /** One flag per cell column (1 = free). */
  free: Uint8Array;
  columns: number;
}

export class Neighbourhoods {
  private readonly p: Prepared;
  private readonly model: MipModel;
  private readonly rng: Rng;
  /** Cell columns of person e on day d, at [e * days + d]. */
  private readonly cellColumns: Int32Array;
  private readonly weights = KINDS.map(() => 1);
  /** Cell columns each kind frees next: the kinds differ in how hard HiGHS finds a block of a given size. */
  private readonly targets: number[];

  constructor(p: Prepared, model: MipModel, rng: Rng) {
    this.p = p;
    this.model = model;
    this.rng = rng;
    this.cellColumns = new Int32Array(p.employees * p.days);
    for (let e = 0; e < p.employees; e++) {
      const map = model.cell[e]!;
      for (let d = 0; d < p.days; d++) {
        let n = 0;
        for (let s = 0; s < p.slots; s++) if (map[d * p.slots + s]! >= 0) n++;
        this.cellColumns[e * p.days + d] = n;
      }
    }
    this.targets = KINDS.map(() => Math.min(START_COLUMNS, model.firstAuxiliary));
  }

  private pickKind(): number {
    const total = this.weights.reduce((a, b) => a + b, 0);
    let r = this.rng.float() * total;
    for (let k = 0; k < this.weights.length; k++) {
      r -= this.weights[k]!;
      if (r < 0) return k;
    }
    return this.weights.length - 1;
  }

  private shuffled(n: number): number[] {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = this.rng.int(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  }

  /** A day with a cover shortage in `current`, drawn in proportion to the shortage's cost; -1 when none. */
  private shortDay(current: Assignment): number {
    const p = this.p;
    const cover = p.problem.cover;
    const assigned = coverAssigned(p, current);
    const costs = cover.map((c, r) => Math.max(0, c.requirement - assigned[r]!) * c.underWeight);
    const total = costs.reduce((a, b) => a + b, 0);
    if (total <= 0) return -1;
    let r = this.rng.float() * total;
    for (const [i, cost] of costs.entries()) {
      r -= cost;
      if (r < 0) return cover[i]!.day;
    }
    return cover[cover.length - 1]!.day;
  }

  next(current: Assignment): Neighbourhood {
    const { p } = this;
    const H = p.days;
    const E = p.employees;
    let kindIndex = this.pickKind();
    let kind: NeighbourhoodKind = KINDS[kindIndex]!;
    const short = kind === 'shortage' ? this.shortDay(current) : -1;
    if (kind === 'shortage' && short < 0) {
      // Every requirement is met: a window of days anywhere instead.
      kindIndex = KINDS.indexOf('days');
      kind = 'days';
    }
    const cells = new Uint8Array(E * H);
    let columns = 0;
    const take = (e: number, d: number) => {
      if (cells[e * H + d] === 1) return;
      cells[e * H + d] = 1;
      columns += this.cellColumns[e * H + d]!;
    };
    const target = this.targets[kindIndex]!;
    if (kind === 'people') {
      for (const e of this.shuffled(E)) {
        for (let d = 0; d < H; d++) take(e, d);
        if (columns >= target) break;
      }
    } else if (kind === 'days' || kind === 'shortage') {
      // A window of consecutive days (around a short requirement's day), grown one day at a time on either side.
      let from = kind === 'shortage' ? short : this.rng.int(H);
      let to = from;
      for (let e = 0; e < E; e++) take(e, from);
      while (columns < target && to - from + 1 < H) {
        const left = from > 0 && (to === H - 1 || this.rng.float() < 0.5);
        if (left) from--;
        else to++;
        const d = left ? from : to;
        for (let e = 0; e < E; e++) take(e, d);
      }
    } else {
      // A week or two for several people.
      const width = Math.min(H, 7 + this.rng.int(8));
      const from = this.rng.int(H - width + 1);
      for (const e of this.shuffled(E)) {
        for (let d = from; d < from + width; d++) take(e, d);
        if (columns >= target) break;
      }
    }
    const free = new Uint8Array(this.model.firstAuxiliary);
    const S = p.slots;
    for (let e = 0; e < E; e++) {
      const map = this.model.cell[e]!;
      for (let d = 0; d < H; d++) {
        if (cells[e * H + d] !== 1) continue;
        for (let s = 0; s < S; s++) {
          const col = map[d * S + s]!;
          if (col >= 0) free[col] = 1;
        }
      }
    }
    return { kind, free, columns };
  }

  /** What the neighbourhood gave: its kind's weight and the next size follow. */
  learn(kind: NeighbourhoodKind, improved: boolean, limited: boolean): void {
    const k = KINDS.indexOf(kind);
    this.weights[k] = Math.max(FLOOR, (1 - REACTION) * this.weights[k]! + REACTION * (improved ? 1 : 0));
    const max = this.model.firstAuxiliary;
    const target = this.targets[k]!;
    this.targets[k] = Math.max(MIN_COLUMNS, Math.min(max, limited ? target * SHRINK : target * GROW));
  }
}
