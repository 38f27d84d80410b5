// One person's line rules as steps from day to day: the state a line carries (last shift, run, first-run flag,
// minutes, shifts of each limited type, weekends) and what a day off or a worked slot does to it, or null when a
// rule forbids it. The pricing's dynamic programme and the enumeration of cheap lines both walk these steps.
import type { Prepared } from './prepared.ts';

export interface LineState {
  /** Shift type worked the state's day, -1 off. */
  last: number;
  /** Length of the current run of worked days (last ≥ 0) or of days off (last = -1), capped. */
  run: number;
  /** Whether the current run started at the horizon's start (exempt from the minimum when the rules say so). */
  first: boolean;
  minutes: number;
  /** Shifts worked of each tracked type. */
  counts: Int32Array;
  weekends: number;
}

export class LineRules {
  readonly H: number;
  readonly S: number;
  readonly atEnds: boolean;
  readonly maxWork: number;
  readonly minWork: number;
  readonly minOff: number;
  readonly workCap: number;
  /** Shift types whose maximum can bind, and each shift type's index among them (-1 untracked). */
  readonly tracked: number[];
  readonly trackIndex: Int32Array;
  /** The maximum of weekends worked when it can bind, else -1. */
  readonly maxWeekends: number;
  readonly minMinutes: number;
  readonly maxMinutes: number;
  /** The longest shift the person may work (minutes). */
  readonly longest: number;
  /** Weekends that still have a day after day d (an upper bound on the weekends a line may yet add). */
  readonly weekendsAfter: Int32Array;
  /** Distinct runs a state may carry (0 … runSpan − 1). */
  readonly runSpan: number;
  private readonly p: Prepared;
  private readonly e: number;

  constructor(p: Prepared, e: number) {
    this.p = p;
    this.e = e;
    const pp = p.people[e]!;
    const H = p.days;
    this.H = H;
    this.S = p.slots;
    this.atEnds = p.problem.rules.minConsecutiveAtHorizonEnds;
    this.maxWork = pp.maxConsecutiveWork;
    this.minWork = Math.max(1, pp.minConsecutiveWork);
    this.minOff = Math.max(1, pp.minConsecutiveOff);
    this.workCap = Math.max(this.maxWork, 0, this.minWork);
    this.runSpan = Math.max(this.workCap, this.minOff) + 1;
    this.tracked = Array.from(pp.limitedTypes).filter((t) => pp.maxOfType[t]! >= 0 && pp.maxOfType[t]! < H);
    this.trackIndex = new Int32Array(p.shifts).fill(-1);
    for (const [i, t] of this.tracked.entries()) this.trackIndex[t] = i;
    let weekendCount = 0;
    for (let d = 0; d < H; d++)
      if (p.weekendWeek[d]! >= 0 && (d === 0 || p.weekendWeek[d - 1] !== p.weekendWeek[d])) weekendCount++;
    this.maxWeekends = pp.maxWeekends >= 0 && pp.maxWeekends < weekendCount ? pp.maxWeekends : -1;
    this.minMinutes = pp.minMinutes;
    this.maxMinutes = pp.maxMinutes >= 0 ? pp.maxMinutes : Number.POSITIVE_INFINITY;
    let longest = 0;
    for (let s = 0; s < this.S; s++)
      if (pp.slotAllowed[s] === 1) longest = Math.max(longest, p.shiftMinutes[p.slotShift[s]!]!);
    this.longest = longest;
    this.weekendsAfter = new Int32Array(H);
    const seen = new Set<number>();
    for (let d = H - 1; d >= 0; d--) {
      this.weekendsAfter[d] = seen.size;
      if (p.weekendWeek[d]! >= 0) seen.add(p.weekendWeek[d]!);
    }
  }

  /** Before day 0: the history's last shift and run (the max rule counts it). */
  start(): LineState {
    const pp = this.p.people[this.e]!;
    return {
      last: pp.workRunBefore > 0 ? pp.lastShift : -1,
      run: pp.workRunBefore > 0 ? Math.min(pp.workRunBefore, this.workCap) : 0,
      first: true,
      minutes: 0,
      counts: new Int32Array(this.tracked.length),
      weekends: 0,
    };
  }

  /** Day d off after `from`, or null when that would end a run of work too short. */
  off(from: LineState, d: number): LineState | null {
    const working = d > 0 ? from.last >= 0 : false;
    if (working && !(from.first && !this.atEnds) && from.run < this.minWork) return null;
    return {
      last: -1,
      run: working || d === 0 ? 1 : Math.min(from.run + 1, this.minOff),
      first: d === 0 ? true : working ? false : from.first,
      minutes: from.minutes,
      counts: from.counts,
      weekends: from.weekends,
    };
  }

  /** Whether a day worked on day d may follow `from` whatever the slot (the days off before it are enough). */
  mayWork(from: LineState, d: number): boolean {
    const offBefore = d > 0 && from.last < 0;
    return !(offBefore && !(from.first && !this.atEnds) && from.run < this.minOff);
  }

  /** Slot s worked on day d after `from` (mayWork must hold), or null when a rule forbids it. */
  work(from: LineState, d: number, s: number): LineState | null {
    const p = this.p;
    const pp = p.people[this.e]!;
    const working = d > 0 ? from.last >= 0 : false;
    const t = p.slotShift[s]!;
    const prevShift = d === 0 ? (pp.workRunBefore > 0 ? pp.lastShift : -1) : from.last;
    if (prevShift >= 0 && p.forbidden[prevShift * p.shifts + t] === 1) return null;
    const run = (d === 0 ? from.run : working ? from.run : 0) + 1;
    if (this.maxWork >= 0 && run > this.maxWork) return null;
    const minutes = from.minutes + p.shiftMinutes[t]!;
    if (minutes > this.maxMinutes) return null;
    const ti = this.trackIndex[t]!;
    if (ti >= 0 && from.counts[ti]! + 1 > pp.maxOfType[t]!) return null;
    if (pp.maxOfType[t] === 0) return null;
    // A weekend counts once: on its first day worked.
    const weekend = p.weekendWeek[d]!;
    const weekendStarts = weekend >= 0 && (d === 0 || p.weekendWeek[d - 1] !== weekend);
    const countsWeekend = weekend >= 0 && (weekendStarts || !working);
    const weekends = from.weekends + (countsWeekend && this.maxWeekends >= 0 ? 1 : 0);
    if (this.maxWeekends >= 0 && weekends > this.maxWeekends) return null;
    let counts = from.counts;
    if (ti >= 0) {
      counts = Int32Array.from(from.counts);
      counts[ti]!++;
    }
    return {
      last: t,
      run: Math.min(run, this.workCap),
      first: d === 0 ? true : working ? from.first : false,
      minutes,
      counts,
      weekends,
    };
  }

  /** Whether a line may still reach the minimum minutes after day d, working every day left. */
  mayReachMinutes(state: LineState, d: number): boolean {
    return this.minMinutes < 0 || state.minutes + (this.H - 1 - d) * this.longest >= this.minMinutes;
  }

  /** Whether a state after the last day ends a feasible line (minutes, and the last run when the ends count). */
  ends(state: LineState, ignoreMinutes = false): boolean {
    if (!ignoreMinutes && this.minMinutes >= 0 && state.minutes < this.minMinutes) return false;
    if (this.atEnds) {
      if (state.last >= 0 && state.run < this.minWork) return false;
      if (state.last < 0 && state.run < this.minOff) return false;
    }
    return true;
  }

  /** Index of a state's (last, run, first) among `stateCount` of them. */
  key(state: LineState): number {
    return ((state.last + 1) * this.runSpan + state.run) * 2 + (state.first ? 1 : 0);
  }

  get stateCount(): number {
    return (this.p.shifts + 1) * this.runSpan * 2;
  }

  /** The state of a key with nothing counted yet (minutes, counts, weekends at 0). */
  relaxedState(key: number): LineState {
    const first = key % 2 === 1;
    const rest = (key - (first ? 1 : 0)) / 2;
    return {
      last: Math.floor(rest / this.runSpan) - 1,
      run: rest % this.runSpan,
      first,
      minutes: 0,
      counts: new Int32Array(this.tracked.length),
      weekends: 0,
    };
  }
}
