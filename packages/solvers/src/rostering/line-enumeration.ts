// Every line of one person that costs at most a threshold: a depth-first walk over the days, cut wherever the cost so
// far plus the least the days left can cost (a backward dynamic programme over last shift, run, weekends and
// minutes, which ignores counts and so never cuts a line that fits) exceeds the threshold. Column generation uses it
// to put in the master every line a better roster could use: with the LP's duals, a line whose reduced cost exceeds
// the gap between the best roster and the bound cannot be part of a better one.
import type { PricedLine } from './line-pricing.ts';
import { LineRules, type LineState } from './line-rules.ts';
import type { Prepared } from './prepared.ts';

export interface EnumerationLimits {
  /** Lines kept at most; beyond, the enumeration stops incomplete. */
  maxLines: number;
  /** States visited at most; beyond, the enumeration stops incomplete. */
  maxNodes: number;
}

export interface EnumerationResult {
  lines: PricedLine[];
  /** Whether every line under the threshold is in `lines` (no limit was reached). */
  complete: boolean;
  /** The least cost of any line by the relaxed programme (a lower bound on the cheapest line). */
  relaxedMinimum: number;
}

const EPSILON = 1e-9;

/** Table entries at most for the minutes dimension; beyond, the minutes are left out of the bound. */
const TABLE_LIMIT = 4_000_000;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * The least cost of days d … H − 1 from each state before day d, by (last shift, run, first-run), the weekends
 * worked (when limited) and the minutes worked so far, counts aside. Minutes count in units of the greatest common
 * divisor of the shifts' lengths, up to the maximum (or, without one, up to the minimum, beyond which more minutes
 * change nothing).
 */
class CompletionBounds {
  private readonly table: Float64Array;
  private readonly K: number;
  private readonly W: number;
  private readonly M: number;
  private readonly unit: number;

  constructor(p: Prepared, rules: LineRules, cellCost: Float64Array) {
    const { H, S } = rules;
    const K = rules.stateCount;
    let unit = 0;
    for (let s = 0; s < S; s++) {
      let usable = false;
      for (let d = 0; d < H && !usable; d++) usable = Number.isFinite(cellCost[d * S + s]!);
      if (usable) unit = gcd(unit, p.shiftMinutes[p.slotShift[s]!]!);
    }
    const capped = !Number.isFinite(rules.maxMinutes);
    const top = capped ? rules.minMinutes : rules.maxMinutes;
    let M = unit > 0 && top > 0 ? (capped ? Math.ceil(top / unit) : Math.floor(top / unit)) + 1 : 1;
    const W = rules.maxWeekends >= 0 ? rules.maxWeekends + 1 : 1;
    if ((H + 1) * K * W * M > TABLE_LIMIT) M = 1;
    this.K = K;
    this.W = W;
    this.M = M;
    this.unit = unit > 0 ? unit : 1;
    const step = new Int32Array(S);
    for (let s = 0; s < S; s++) step[s] = M === 1 ? 0 : p.shiftMinutes[p.slotShift[s]!]! / this.unit;
    const WM = W * M;
    const table = new Float64Array((H + 1) * K * WM).fill(Number.POSITIVE_INFINITY);
    for (let key = 0; key < K; key++) {
      if (!rules.ends(rules.relaxedState(key), true)) continue;
      for (let m = 0; m < M; m++)
        if (M === 1 || rules.minMinutes < 0 || m * this.unit >= rules.minMinutes)
          for (let w = 0; w < W; w++) table[(H * K + key) * WM + w * M + m] = 0;
    }
    const workKey = new Int32Array(S);
    const weekendStep = new Int32Array(S);
    for (let d = H - 1; d >= 0; d--) {
      for (let key = 0; key < K; key++) {
        const from = rules.relaxedState(key);
        const off = rules.off(from, d);
        const offBase = off ? ((d + 1) * K + rules.key(off)) * WM : -1;
        const mayWork = rules.mayWork(from, d);
        for (let s = 0; s < S; s++) {
          const worked = mayWork && Number.isFinite(cellCost[d * S + s]!) ? rules.work(from, d, s) : null;
          workKey[s] = worked ? rules.key(worked) : -1;
          // From a state with no weekend counted, the weekends after the step are the step's own.
          weekendStep[s] = worked && W > 1 ? worked.weekends : 0;
        }
        const base = (d * K + key) * WM;
        for (let w = 0; w < W; w++)
          for (let m = 0; m < M; m++) {
            let best = offBase >= 0 ? table[offBase + w * M + m]! : Number.POSITIVE_INFINITY;
            for (let s = 0; s < S; s++) {
              if (workKey[s]! < 0) continue;
              const weekends = w + weekendStep[s]!;
              if (weekends >= W) continue;
              let after = m + step[s]!;
              if (after >= M) {
                if (!capped) continue;
                after = M - 1;
              }
              const c =
                cellCost[d * S + s]! + table[((d + 1) * K + workKey[s]!) * WM + weekends * M + after]!;
              if (c < best) best = c;
            }
            table[base + w * M + m] = best;
          }
      }
    }
    this.table = table;
  }

  /** The least cost of days d … H − 1 after `state` (d = H: 0 when the state ends a line, else ∞). */
  after(rules: LineRules, d: number, state: LineState): number {
    const { M, W } = this;
    const m = M === 1 ? 0 : Math.min(Math.round(state.minutes / this.unit), M - 1);
    const w = W === 1 ? 0 : state.weekends;
    return this.table[((d * this.K + rules.key(state)) * W + w) * M + m]!;
  }
}

/**
 * Every feasible line of person `e` whose cost (Σ `cellCost[d * slots + s]` along it; a day off costs 0; a cell not
 * finite may not take the slot) is at most `threshold`, until a limit is reached. The walk goes cheapest first, and
 * among equals along `prefer` (a line to stay close to), so that a limit cuts the costliest and farthest lines.
 */
export function enumerateLines(
  p: Prepared,
  e: number,
  cellCost: Float64Array,
  threshold: number,
  limits: EnumerationLimits,
  prefer?: Int32Array,
): EnumerationResult {
  const rules = new LineRules(p, e);
  const { H, S } = rules;
  const bounds = new CompletionBounds(p, rules, cellCost);
  const start = rules.start();
  const relaxedMinimum = bounds.after(rules, 0, start);
  const lines: PricedLine[] = [];
  const path = new Int32Array(H).fill(-1);
  let nodes = 0;
  let complete = true;
  const limit = threshold + EPSILON;

  const visit = (d: number, from: LineState, cost: number): void => {
    if (!complete) return;
    if (++nodes > limits.maxNodes) {
      complete = false;
      return;
    }
    if (d === H) {
      if (!rules.ends(from)) return;
      if (lines.length >= limits.maxLines) {
        complete = false;
        return;
      }
      lines.push({ line: Int32Array.from(path), cost });
      return;
    }
    // Children cheapest first by cost so far plus the bound on the rest, and among equals the incumbent's choice
    // of the day first: a limit then keeps the lines of least cost, and the ones closest to the incumbent.
    const children: { slot: number; state: LineState; cost: number; estimate: number }[] = [];
    const off = rules.off(from, d);
    if (off && rules.mayReachMinutes(off, d)) {
      const estimate = cost + bounds.after(rules, d + 1, off);
      if (estimate <= limit) children.push({ slot: -1, state: off, cost, estimate });
    }
    if (rules.mayWork(from, d))
      for (let s = 0; s < S; s++) {
        const c = cellCost[d * S + s]!;
        if (!Number.isFinite(c)) continue;
        const worked = rules.work(from, d, s);
        if (!worked) continue;
        const estimate = cost + c + bounds.after(rules, d + 1, worked);
        if (estimate <= limit) children.push({ slot: s, state: worked, cost: cost + c, estimate });
      }
    const preferred = prefer ? prefer[d]! : -2;
    children.sort(
      (a, b) =>
        a.estimate - b.estimate ||
        (a.slot === preferred ? 0 : 1) - (b.slot === preferred ? 0 : 1) ||
        a.slot - b.slot,
    );
    for (const child of children) {
      path[d] = child.slot;
      visit(d + 1, child.state, child.cost);
    }
    path[d] = -1;
  };

  if (relaxedMinimum <= limit) visit(0, start, 0);
  return { lines, complete, relaxedMinimum };
}
