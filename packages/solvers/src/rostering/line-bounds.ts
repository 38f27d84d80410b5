// The least a line can still cost from a state: a backward dynamic programme over the days whose states are the
// last shift, the run, the weekends worked and the minutes worked (counts of limited shift types aside, so the bound
// never exceeds the true least cost). The enumeration of cheap lines and the pricing cut with it.
import type { LineRules, LineState } from './line-rules.ts';
import type { Prepared } from './prepared.ts';

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
export class CompletionBounds {
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
