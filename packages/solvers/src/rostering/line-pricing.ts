// The cheapest line (one person's roster over the horizon) under the rules the MIP model holds, for given costs per
// cell: a dynamic programme over the days whose labels carry what the rules count (run lengths, minutes, shifts of
// each limited type, weekends), with dominance between labels that count the same things. Column generation prices
// its columns with it; the answer is exact unless a bucket overflowed (then `exact` is false).
import { CompletionBounds } from './line-bounds.ts';
import { LineRules, type LineState } from './line-rules.ts';
import type { Prepared } from './prepared.ts';

export interface PricedLine {
  /** The slot worked each day, -1 off. */
  line: Int32Array;
  /** Σ of the cells' costs along the line. */
  cost: number;
}

export interface PricingResult {
  /** The cheapest feasible line, or null when the person has none. */
  best: PricedLine | null;
  /** The next cheapest lines (other end states), cheapest first: at most the `alternatives` asked for. */
  others: PricedLine[];
  /** Whether `best` is proven the cheapest (no bucket was cut, no deadline came). */
  exact: boolean;
}

/** Limits on a pricing's work, for long horizons, where one pricing can take seconds. */
export interface PricingLimits {
  /** A `performance.now()` time: the search stops between two days, `best` null and `exact` false. */
  deadline?: number;
  /** Labels kept at most after each day, the cheapest (a beam: the answer is then not proven, `exact` false). */
  beam?: number;
}

interface Label extends LineState {
  cost: number;
  slot: number;
  prev: Label | null;
}

/** Labels a bucket keeps at most; beyond, the costliest go and the answer is no longer proven. */
const BUCKET_LIMIT = 400;
/** In a beam, what each minute behind the minimum's pace counts as (a shift behind: more than a cell costs). */
const BEHIND_PACE = 2;

function dominates(a: Label, b: Label): boolean {
  if (a.cost > b.cost + 1e-9 || a.weekends > b.weekends || a.minutes > b.minutes) return false;
  for (let i = 0; i < a.counts.length; i++) if (a.counts[i]! > b.counts[i]!) return false;
  return true;
}

/**
 * Cheapest line for person `e`. `cellCost[d * slots + s]` is the cost of working slot s on day d (not finite:
 * the cell may not take the slot); a day off costs 0. `alternatives` asks for that many more lines besides the
 * cheapest (the cheapest of other end states, not proven second best). With a `cutoff`, only lines cheaper than it
 * are sought: a label whose cost plus the least its days left can cost (`CompletionBounds`) reaches the cutoff goes
 * no further, and `best` is null when no line is cheaper. `limits` bound the work (see PricingLimits).
 */
export function priceLine(
  p: Prepared,
  e: number,
  cellCost: Float64Array,
  alternatives = 0,
  cutoff = Number.POSITIVE_INFINITY,
  limits: PricingLimits = {},
): PricingResult {
  const deadline = limits.deadline ?? Number.POSITIVE_INFINITY;
  const beam = limits.beam ?? Number.POSITIVE_INFINITY;
  const pp = p.people[e]!;
  const rules = new LineRules(p, e);
  const { H, S, atEnds, maxWork, minWork, minOff, workCap, tracked, trackIndex, maxWeekends, longest } =
    rules;
  const { minMinutes, maxMinutes, weekendsAfter } = rules;
  // Below a minimum on minutes, more is not simply worse: labels compare only at equal minutes until they reach it.
  const keyMinutes = (minutes: number) => (minMinutes < 0 ? 0 : Math.min(minutes, minMinutes));
  /**
   * A count that can no longer reach its maximum whatever the days left hold is as good as any lower one: raising
   * it to (maximum − days left) makes such labels equal, so that one dominates the others.
   */
  const normalise = (label: Label, d: number): Label => {
    const left = H - 1 - d;
    for (const [i, t] of tracked.entries()) {
      const floor = pp.maxOfType[t]! - left;
      if (label.counts[i]! < floor) {
        if (label.counts === label.prev?.counts) label.counts = Int32Array.from(label.counts);
        label.counts[i] = floor;
      }
    }
    if (maxWeekends >= 0) label.weekends = Math.max(label.weekends, maxWeekends - weekendsAfter[d]!);
    return label;
  };
  let exact = true;

  // Buckets by what must be equal for labels to compare: the last shift, the run, whether it is the first run,
  // and the minutes when a minimum applies to them.
  const runSpan = rules.runSpan;
  const keyOf = (last: number, run: number, first: boolean, minutes: number) =>
    ((last + 1) * runSpan + run) * 2 + (first ? 1 : 0) + keyMinutes(minutes) * 2 * runSpan * (p.shifts + 1);
  let layer = new Map<number, Label[]>();
  const bounds = Number.isFinite(cutoff) ? new CompletionBounds(p, rules, cellCost) : null;
  const insert = (into: Map<number, Label[]>, raw: Label, d: number) => {
    // A line that cannot reach the minimum minutes any more, working every day left, goes no further.
    if (minMinutes >= 0 && raw.minutes + (H - 1 - d) * longest < minMinutes) return;
    if (bounds && raw.cost + bounds.after(rules, d + 1, raw) >= cutoff) return;
    const label = normalise(raw, d);
    const key = keyOf(label.last, label.run, label.first, label.minutes);
    const bucket = into.get(key);
    if (!bucket) {
      into.set(key, [label]);
      return;
    }
    let kept = 0;
    for (let i = 0; i < bucket.length; i++) {
      const other = bucket[i]!;
      if (dominates(other, label)) return;
      if (!dominates(label, other)) bucket[kept++] = other;
    }
    bucket.length = kept;
    bucket.push(label);
    if (bucket.length > BUCKET_LIMIT) {
      bucket.sort((a, b) => a.cost - b.cost);
      bucket.length = BUCKET_LIMIT;
      exact = false;
    }
  };

  // Before day 0: the history's last shift and run (the max rule counts it; the min rules exempt the first run
  // unless they apply at the horizon's ends, and then the model has no history for them).
  const start: Label = {
    cost: 0,
    last: pp.workRunBefore > 0 ? pp.lastShift : -1,
    run: pp.workRunBefore > 0 ? Math.min(pp.workRunBefore, workCap) : 0,
    first: true,
    minutes: 0,
    counts: new Int32Array(tracked.length),
    weekends: 0,
    slot: -1,
    prev: null,
  };

  for (let d = 0; d < H; d++) {
    if (performance.now() >= deadline) return { best: null, others: [], exact: false };
    const next = new Map<number, Label[]>();
    const sources = d === 0 ? [[start]] : layer.values();
    const weekend = p.weekendWeek[d]!;
    const weekendStarts = weekend >= 0 && (d === 0 || p.weekendWeek[d - 1] !== weekend);
    for (const bucket of sources)
      for (const from of bucket) {
        const working = d > 0 ? from.last >= 0 : false;
        // A day off.
        {
          const endsWork = working && !(from.first && !atEnds) && from.run < minWork;
          if (!endsWork) {
            insert(
              next,
              {
                cost: from.cost,
                last: -1,
                run: working || d === 0 ? 1 : Math.min(from.run + 1, minOff),
                first: d === 0 ? true : working ? false : from.first,
                minutes: from.minutes,
                counts: from.counts,
                weekends: from.weekends,
                slot: -1,
                prev: from,
              },
              d,
            );
          }
        }
        // A worked slot.
        const offBefore = d > 0 && from.last < 0;
        if (offBefore && !(from.first && !atEnds) && from.run < minOff) continue;
        for (let s = 0; s < S; s++) {
          const c = cellCost[d * S + s]!;
          if (!Number.isFinite(c)) continue;
          const t = p.slotShift[s]!;
          const prevShift = d === 0 ? (pp.workRunBefore > 0 ? pp.lastShift : -1) : from.last;
          if (prevShift >= 0 && p.forbidden[prevShift * p.shifts + t] === 1) continue;
          const run = (d === 0 ? from.run : working ? from.run : 0) + 1;
          if (maxWork >= 0 && run > maxWork) continue;
          const minutes = from.minutes + p.shiftMinutes[t]!;
          if (minutes > maxMinutes) continue;
          const ti = trackIndex[t]!;
          if (ti >= 0 && from.counts[ti]! + 1 > pp.maxOfType[t]!) continue;
          if (pp.maxOfType[t] === 0) continue;
          // A weekend counts once: on its first day worked.
          const countsWeekend = weekend >= 0 && (weekendStarts || !working);
          const weekends = from.weekends + (countsWeekend && maxWeekends >= 0 ? 1 : 0);
          if (maxWeekends >= 0 && weekends > maxWeekends) continue;
          let counts = from.counts;
          if (ti >= 0) {
            counts = Int32Array.from(from.counts);
            counts[ti]!++;
          }
          insert(
            next,
            {
              cost: from.cost + c,
              last: t,
              run: Math.min(run, workCap),
              first: d === 0 ? true : working ? from.first : false,
              minutes,
              counts,
              weekends,
              slot: s,
              prev: from,
            },
            d,
          );
        }
      }
    layer = next;
    let size = 0;
    if (beam < Number.POSITIVE_INFINITY) for (const bucket of layer.values()) size += bucket.length;
    if (size > beam) {
      // The cheapest, a label behind the pace that the minimum on minutes sets counting as costlier (else the
      // cheapest lines of a person whose shifts are all in surplus work too little to reach it at the end).
      const pace = minMinutes > 0 ? (minMinutes * (d + 1)) / H : 0;
      const weekendPace = maxWeekends >= 0 ? (maxWeekends * (d + 1)) / H : Number.POSITIVE_INFINITY;
      const rank = (l: Label) =>
        l.cost +
        BEHIND_PACE * Math.max(0, pace - l.minutes) +
        BEHIND_PACE * longest * Math.max(0, l.weekends - weekendPace);
      const all: number[] = [];
      for (const bucket of layer.values()) for (const l of bucket) all.push(rank(l));
      all.sort((a, b) => a - b);
      const limit = all[beam - 1]!;
      for (const [key, bucket] of layer) {
        const kept = bucket.filter((l) => rank(l) <= limit);
        if (kept.length > 0) layer.set(key, kept);
        else layer.delete(key);
      }
      exact = false;
    }
  }

  const ends: Label[] = [];
  for (const bucket of layer.values()) {
    for (const l of bucket) {
      if (minMinutes >= 0 && l.minutes < minMinutes) continue;
      // The last run ends at the horizon: checked only when the rules apply at the ends.
      if (atEnds) {
        if (l.last >= 0 && l.run < minWork) continue;
        if (l.last < 0 && l.run < minOff) continue;
      }
      ends.push(l);
    }
  }
  if (ends.length === 0) return { best: null, others: [], exact };
  ends.sort((a, b) => a.cost - b.cost);
  const lineOf = (end: Label): PricedLine => {
    const line = new Int32Array(H).fill(-1);
    let cursor: Label | null = end;
    for (let d = H - 1; d >= 0 && cursor; d--) {
      line[d] = cursor.slot;
      cursor = cursor.prev;
    }
    return { line, cost: end.cost };
  };
  return {
    best: lineOf(ends[0]!),
    others: ends.slice(1, Math.max(1, alternatives + 1)).map(lineOf),
    exact,
  };
}
