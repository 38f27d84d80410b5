// The rules that read one person's whole row (succession, counts, minutes, consecutive days, weekends, French
// working-time limits): one implementation for the evaluator (with explanations) and the solver (numbers only).
import { AVERAGE_WEEKS, MINUTES_PER_DAY, type Prepared, type PreparedPerson } from './prepared.ts';
import type { RuleWeight, Violation } from './problem.ts';

/**
 * Weight of one hard unit in the solver's guiding penalty, by the unit's kind: a minute of excess weighs a
 * sixtieth of a day or of a shift, so that an hour over a limit counts like one day too many in a row.
 */
export const MINUTE_SCALE = 1 / 60;

/** Where and why a rule is broken, for its Violation. */
interface Why {
  days: readonly number[];
  params: Record<string, string | number>;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Evaluates rows of one problem; reuse one instance (its scratch arrays are sized once). */
export class PersonRules {
  /** Σ hard units of the last evaluated row. */
  hard = 0;
  /** Σ weighted soft penalties of the last evaluated row. */
  soft = 0;
  /** The hard units weighted by kind (MINUTE_SCALE for minutes): what the solver's penalty reads. */
  guide = 0;
  /** Weekends worked (counted once) and night shifts of the last row, for the fairness terms. */
  weekends = 0;
  nights = 0;

  private readonly p: Prepared;
  private readonly count: Int32Array;
  private readonly civil: Float64Array;
  private readonly weekMinutes: Float64Array;
  private readonly weekDays: Int32Array;
  private readonly weekendWorked: Uint8Array;
  private readonly intervals: Float64Array;
  private sink: Violation[] | null = null;
  private person = 0;

  constructor(prepared: Prepared) {
    this.p = prepared;
    this.count = new Int32Array(prepared.shifts);
    this.civil = new Float64Array(prepared.days + 1);
    this.weekMinutes = new Float64Array(prepared.weeks + AVERAGE_WEEKS);
    this.weekDays = new Int32Array(prepared.weeks);
    this.weekendWorked = new Uint8Array(prepared.weeks);
    let longest = 0;
    for (const person of prepared.people) longest = Math.max(longest, person.historyIntervals.length);
    this.intervals = new Float64Array(longest + 2 * prepared.days);
  }

  /**
   * Counts `units` of a rule; `why` (built only when explanations are wanted: `this.sink && {…}`) becomes a
   * Violation. The search calls this millions of times, so nothing is allocated without a sink.
   */
  private add(rule: RuleWeight, units: number, minutes: boolean, code: string, why: Why | null): void {
    if (units <= 0) return;
    let penalty: number;
    if (rule.hard) {
      this.hard += units;
      this.guide += minutes ? units * MINUTE_SCALE : units;
      penalty = units;
    } else {
      penalty = units * rule.weight;
      this.soft += penalty;
    }
    if (this.sink && why) {
      this.sink.push({
        code,
        hard: rule.hard,
        penalty,
        employee: this.person,
        days: why.days,
        params: { units, ...why.params },
      });
    }
  }

  private shiftId(t: number): string {
    return this.p.problem.shifts[t]?.id ?? String(t);
  }

  /** Evaluates `row` (slot per day, -1 off) of person `e`; explanations go to `sink` when given. */
  run(e: number, row: Int32Array, sink: Violation[] | null = null): void {
    const p = this.p;
    const pp = p.people[e]!;
    const rules = p.problem.rules;
    const days = p.days;
    const slotShift = p.slotShift;
    this.hard = 0;
    this.soft = 0;
    this.guide = 0;
    this.sink = sink;
    this.person = e;

    // One pass: succession (history's last day included), counts, minutes, nights, weekends and the blocks of
    // worked days and days off (each closed when the other kind starts).
    const count = this.count;
    for (let t = 0; t < count.length; t++) count[t] = 0;
    const weekendWorked = this.weekendWorked;
    for (let w = 0; w < weekendWorked.length; w++) weekendWorked[w] = 0;
    const forbidden = p.forbidden;
    const shifts = p.shifts;
    const weekendWeek = p.weekendWeek;
    const blocks = pp.maxConsecutiveWork >= 0 || pp.minConsecutiveWork >= 0 || pp.minConsecutiveOff >= 0;
    let minutes = 0;
    let nights = 0;
    let weekends = 0;
    let prev = pp.lastShift;
    let blockStart = 0;
    let blockWorking = days > 0 && row[0]! >= 0;
    for (let d = 0; d < days; d++) {
      const slot = row[d]!;
      const t = slot >= 0 ? slotShift[slot]! : -1;
      const working = t >= 0;
      if (working !== blockWorking) {
        if (blocks) this.block(pp, blockStart, d - 1, blockWorking);
        blockStart = d;
        blockWorking = working;
      }
      if (working) {
        if (prev >= 0 && forbidden[prev * shifts + t] === 1) {
          this.add(
            rules.shiftSuccession,
            1,
            false,
            'ROSTER_SHIFT_SUCCESSION',
            this.sink && {
              days: [d - 1, d],
              params: { previous: this.shiftId(prev), shift: this.shiftId(t) },
            },
          );
        }
        count[t]!++;
        minutes += p.shiftMinutes[t]!;
        nights += p.shiftNight[t]!;
        const w = weekendWeek[d]!;
        if (w >= 0 && weekendWorked[w] === 0) {
          weekendWorked[w] = 1;
          weekends++;
        }
      }
      prev = t;
    }
    if (blocks && days > 0) this.block(pp, blockStart, days - 1, blockWorking);
    this.nights = nights;
    this.weekends = weekends;
    const limited = pp.limitedTypes;
    for (let i = 0; i < limited.length; i++) {
      const t = limited[i]!;
      const max = pp.maxOfType[t]!;
      if (count[t]! > max) {
        const n = count[t]!;
        this.add(
          rules.maxShiftsOfType,
          n - max,
          false,
          'ROSTER_MAX_SHIFTS_OF_TYPE',
          this.sink && { days: [], params: { shift: this.shiftId(t), count: n, max } },
        );
      }
    }
    if (pp.minMinutes >= 0 && minutes < pp.minMinutes) {
      this.add(
        rules.totalMinutes,
        pp.minMinutes - minutes,
        true,
        'ROSTER_TOTAL_MINUTES',
        this.sink && { days: [], params: { minutes, min: pp.minMinutes } },
      );
    }
    if (pp.maxMinutes >= 0 && minutes > pp.maxMinutes) {
      this.add(
        rules.totalMinutes,
        minutes - pp.maxMinutes,
        true,
        'ROSTER_TOTAL_MINUTES',
        this.sink && { days: [], params: { minutes, max: pp.maxMinutes } },
      );
    }

    if (pp.maxWeekends >= 0 && weekends > pp.maxWeekends) this.weekendRule(pp, row, weekends);
    if (
      pp.maxMinutesPerCivilDay >= 0 ||
      pp.maxMinutesPerWeek >= 0 ||
      pp.maxAverageMinutesPerWeek >= 0 ||
      pp.partTimeWeeklyCeiling >= 0 ||
      pp.maxDaysPerWeek >= 0
    ) {
      this.workingTime(pp, row);
    }
    if (pp.minWeeklyRestMinutes >= 0) this.weeklyRest(pp, row);
    this.sink = null;
  }

  /** A maximal block of worked days or of days off; the block touching day 0 continues the history's. */
  private block(pp: PreparedPerson, start: number, end: number, working: boolean): void {
    const rules = this.p.problem.rules;
    const first = start === 0;
    const last = end === this.p.days - 1;
    const length = end - start + 1 + (first ? (working ? pp.workRunBefore : pp.offRunBefore) : 0);
    const checkMin = (!first && !last) || rules.minConsecutiveAtHorizonEnds;
    if (working) {
      const maxWork = pp.maxConsecutiveWork;
      const minWork = pp.minConsecutiveWork;
      if (maxWork >= 0 && length > maxWork) {
        this.add(
          rules.consecutiveWork,
          length - maxWork,
          false,
          'ROSTER_MAX_CONSECUTIVE_WORK',
          this.sink && { days: range(start, end), params: { length, max: maxWork } },
        );
      }
      if (minWork >= 0 && checkMin && length < minWork) {
        this.add(
          rules.consecutiveWork,
          minWork - length,
          false,
          'ROSTER_MIN_CONSECUTIVE_WORK',
          this.sink && { days: range(start, end), params: { length, min: minWork } },
        );
      }
    } else {
      const minOff = pp.minConsecutiveOff;
      if (minOff >= 0 && checkMin && length < minOff) {
        this.add(
          rules.consecutiveOff,
          minOff - length,
          false,
          'ROSTER_MIN_CONSECUTIVE_OFF',
          this.sink && { days: range(start, end), params: { length, min: minOff } },
        );
      }
    }
  }

  /** Weekends worked beyond the maximum (a weekend is worked when its Saturday or Sunday is; counted once). */
  private weekendRule(pp: PreparedPerson, row: Int32Array, weekends: number): void {
    const p = this.p;
    this.add(
      p.problem.rules.maxWeekends,
      weekends - pp.maxWeekends,
      false,
      'ROSTER_MAX_WEEKENDS',
      this.sink && {
        days: range(0, p.days - 1).filter((d) => p.weekendWeek[d]! >= 0 && row[d]! >= 0),
        params: { weekends, max: pp.maxWeekends },
      },
    );
  }

  /** Civil-day, weekly, 12-week average, part-time and days-per-week limits (history included). */
  private workingTime(pp: PreparedPerson, row: Int32Array): void {
    const p = this.p;
    const rules = p.problem.rules;
    const days = p.days;
    const civil = this.civil;
    civil.fill(0);
    let prev = pp.lastShift;
    for (let d = 0; d < days; d++) {
      const slot = row[d]!;
      const t = slot >= 0 ? p.slotShift[slot]! : -1;
      if (t >= 0) civil[d]! += p.civilFirst[t]!;
      if (prev >= 0) civil[d]! += p.civilSecond[prev]!;
      prev = t;
    }
    if (prev >= 0) civil[days] = p.civilSecond[prev]!;

    if (pp.maxMinutesPerCivilDay >= 0) {
      const max = pp.maxMinutesPerCivilDay;
      for (let d = 0; d < days; d++) {
        const m = civil[d]!;
        if (m > max) {
          this.add(
            rules.minutesPerCivilDay,
            m - max,
            true,
            'ROSTER_DAILY_MAXIMUM',
            this.sink && { days: [d], params: { minutes: m, max } },
          );
        }
      }
    }

    const weeks = p.weeks;
    const wm = this.weekMinutes;
    wm.fill(0);
    wm.set(pp.historyWeekMinutes, 0);
    wm[AVERAGE_WEEKS] = pp.historyWeekZeroMinutes;
    const wd = this.weekDays;
    wd.fill(0);
    if (weeks > 0) wd[0] = pp.historyWeekZeroDays;
    for (let d = 0; d < days; d++) {
      const w = p.week[d]!;
      wm[w + AVERAGE_WEEKS]! += civil[d]!;
      if (row[d]! >= 0) wd[w]!++;
    }
    // The part of a last-day night shift after midnight belongs to the same week unless the last day is a Sunday.
    if (days > 0 && p.weekday[days - 1] !== 6) wm[p.week[days - 1]! + AVERAGE_WEEKS]! += civil[days]!;

    const weekDays = (w: number) => range(0, days - 1).filter((d) => p.week[d] === w);
    for (let w = 0; w < weeks; w++) {
      const m = wm[w + AVERAGE_WEEKS]!;
      if (pp.maxMinutesPerWeek >= 0 && m > pp.maxMinutesPerWeek) {
        const max = pp.maxMinutesPerWeek;
        this.add(
          rules.minutesPerWeek,
          m - max,
          true,
          'ROSTER_WEEKLY_MAXIMUM',
          this.sink && { days: weekDays(w), params: { week: w, minutes: m, max } },
        );
      }
      if (pp.partTimeWeeklyCeiling >= 0 && m >= pp.partTimeWeeklyCeiling) {
        const ceiling = pp.partTimeWeeklyCeiling;
        this.add(
          rules.partTime,
          m - ceiling + 1,
          true,
          'ROSTER_PART_TIME',
          this.sink && { days: weekDays(w), params: { week: w, minutes: m, ceiling } },
        );
      }
      if (pp.maxDaysPerWeek >= 0 && wd[w]! > pp.maxDaysPerWeek) {
        const n = wd[w]!;
        const max = pp.maxDaysPerWeek;
        this.add(
          rules.daysPerWeek,
          n - max,
          false,
          'ROSTER_DAYS_PER_WEEK',
          this.sink && { days: weekDays(w), params: { week: w, days: n, max } },
        );
      }
      if (pp.maxAverageMinutesPerWeek >= 0) {
        // The window of the 12 weeks ending with week w; weeks before the known history count as 0.
        let total = 0;
        for (let k = w; k > w - AVERAGE_WEEKS; k--) total += wm[k + AVERAGE_WEEKS]!;
        const allowed = AVERAGE_WEEKS * pp.maxAverageMinutesPerWeek;
        if (total > allowed) {
          const max = pp.maxAverageMinutesPerWeek;
          this.add(
            rules.averageMinutesPerWeek,
            total - allowed,
            true,
            'ROSTER_AVERAGE_MAXIMUM',
            this.sink && {
              days: weekDays(w),
              params: { week: w, average: Math.round(total / AVERAGE_WEEKS), max },
            },
          );
        }
      }
    }
  }

  /**
   * The longest rest inside each calendar week (clipped to the week): the time before the known history and
   * after the horizon counts as rest, since nothing is known to be worked there.
   */
  private weeklyRest(pp: PreparedPerson, row: Int32Array): void {
    const p = this.p;
    const days = p.days;
    const iv = this.intervals;
    let n = 0;
    for (let i = 0; i < pp.historyIntervals.length; i++) iv[n++] = pp.historyIntervals[i]!;
    for (let d = 0; d < days; d++) {
      const slot = row[d]!;
      if (slot < 0) continue;
      const t = p.slotShift[slot]!;
      iv[n++] = d * MINUTES_PER_DAY + p.shiftStart[t]!;
      iv[n++] = d * MINUTES_PER_DAY + p.shiftEnd[t]!;
    }
    const need = pp.minWeeklyRestMinutes;
    const weekday0 = days > 0 ? p.weekday[0]! : 0;
    for (let w = 0; w < p.weeks; w++) {
      const from = (7 * w - weekday0) * MINUTES_PER_DAY;
      const to = from + 7 * MINUTES_PER_DAY;
      let longest = 0;
      let restStart = Number.NEGATIVE_INFINITY;
      for (let i = 0; i <= n; i += 2) {
        const restEnd = i < n ? iv[i]! : Number.POSITIVE_INFINITY;
        const a = Math.max(restStart, from);
        const b = Math.min(restEnd, to);
        if (b - a > longest) longest = b - a;
        if (i < n) restStart = Math.max(restStart, iv[i + 1]!);
      }
      if (longest < need) {
        const rest = longest;
        this.add(
          p.problem.rules.weeklyRest,
          need - rest,
          true,
          'ROSTER_WEEKLY_REST',
          this.sink && {
            days: range(0, days - 1).filter((d) => p.week[d] === w),
            params: { week: w, rest, min: need },
          },
        );
      }
    }
  }
}
