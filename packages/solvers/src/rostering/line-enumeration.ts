// Every line of one person that costs at most a threshold: a depth-first walk over the days, cut wherever the cost so
// far plus the least the days left can cost (a backward dynamic programme over last shift, run, weekends and
// minutes, which ignores counts and so never cuts a line that fits) exceeds the threshold. Column generation uses it
// to put in the master every line a better roster could use: with the LP's duals, a line whose reduced cost exceeds
// the gap between the best roster and the bound cannot be part of a better one.

import { CompletionBounds } from './line-bounds.ts';
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
