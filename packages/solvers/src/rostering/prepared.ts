// A RosterProblem flattened into typed arrays once (calendar, shift tables, per-person limits and history, cover
// index) so that the evaluator and the solver read rules without walking objects.
import type { Assignment, RosterProblem } from './problem.ts';

export const MINUTES_PER_DAY = 1440;
/** Weeks of history the 12-week average reads (the history holds the last 84 days). */
export const AVERAGE_WEEKS = 12;

/** One person's limits with -1 for "does not apply", and what the history says just before day 0. */
export interface PreparedPerson {
  index: number;
  /** Per slot: 1 when the slot is one of the person's slots. */
  slotAllowed: Uint8Array;
  /** Per (day, slot): the reason index + 1 in `reasons` when unavailable, 0 otherwise. Whole days fill every slot. */
  unavailableCell: Int32Array;
  reasons: string[];
  maxOfType: Int32Array;
  /** The shift types with a maximum. */
  limitedTypes: Int32Array;
  minMinutes: number;
  maxMinutes: number;
  maxConsecutiveWork: number;
  minConsecutiveWork: number;
  minConsecutiveOff: number;
  maxWeekends: number;
  maxMinutesPerCivilDay: number;
  maxMinutesPerWeek: number;
  maxAverageMinutesPerWeek: number;
  maxDaysPerWeek: number;
  minWeeklyRestMinutes: number;
  partTimeWeeklyCeiling: number;
  /** Shift worked on day -1, or -1 (off or unknown). */
  lastShift: number;
  /** Consecutive worked / off days just before day 0 (0 when the history is empty or ends the other way). */
  workRunBefore: number;
  offRunBefore: number;
  /** Whether there is any history at all (the min-consecutive rules at day 0 need it). */
  hasHistory: boolean;
  /** Minutes of weeks -12 … -1 (index 0 = week -12) and of week 0's days before day 0. */
  historyWeekMinutes: Float64Array;
  historyWeekZeroMinutes: number;
  /** Days worked in week 0 before day 0. */
  historyWeekZeroDays: number;
  /** Worked intervals before day 0, in minutes from day 0's midnight, oldest first: [start, end, start, end…]. */
  historyIntervals: Float64Array;
}

export interface Prepared {
  problem: RosterProblem;
  days: number;
  employees: number;
  slots: number;
  shifts: number;
  slotShift: Int32Array;
  slotQualification: Int32Array;
  shiftMinutes: Int32Array;
  civilFirst: Int32Array;
  civilSecond: Int32Array;
  shiftStart: Int32Array;
  shiftEnd: Int32Array;
  shiftNight: Uint8Array;
  /** forbidden[a * shifts + b] = 1 when shift b may not be worked the day after shift a. */
  forbidden: Uint8Array;
  /** 0 = Monday … 6 = Sunday. */
  weekday: Int32Array;
  /** Calendar week of each day, 0 = the week holding day 0. */
  week: Int32Array;
  weeks: number;
  /** Calendar week of a Saturday or Sunday, -1 on other days. */
  weekendWeek: Int32Array;
  /** Cover requirements of a (day, slot): coverList[coverStart[c] … coverStart[c + 1]) with c = day * slots + slot. */
  coverStart: Int32Array;
  coverList: Int32Array;
  people: PreparedPerson[];
}

function limit(value: number | null): number {
  return value === null ? -1 : value;
}

function preparePerson(problem: RosterProblem, e: number, weekday0: number): PreparedPerson {
  const employee = problem.employees[e]!;
  const days = problem.days;
  const slots = problem.slots.length;
  const slotAllowed = new Uint8Array(slots);
  for (const s of employee.slots) if (s >= 0 && s < slots) slotAllowed[s] = 1;
  const unavailableCell = new Int32Array(days * slots);
  const reasons: string[] = [];
  for (const u of employee.unavailable) {
    if (u.day < 0 || u.day >= days) continue;
    let r = reasons.indexOf(u.reason);
    if (r < 0) r = reasons.push(u.reason) - 1;
    if (u.slot === undefined) {
      for (let s = 0; s < slots; s++)
        if (unavailableCell[u.day * slots + s] === 0) unavailableCell[u.day * slots + s] = r + 1;
    } else if (u.slot >= 0 && u.slot < slots && unavailableCell[u.day * slots + u.slot] === 0) {
      unavailableCell[u.day * slots + u.slot] = r + 1;
    }
  }
  const maxOfType = new Int32Array(problem.shifts.length).fill(-1);
  for (const [t, max] of employee.maxShiftsOfType.entries())
    if (t < maxOfType.length) maxOfType[t] = limit(max);

  const past = employee.history.shifts;
  const lastShift = past.length > 0 ? (past[past.length - 1] ?? -1) : -1;
  let workRunBefore = 0;
  let offRunBefore = 0;
  for (let i = past.length - 1; i >= 0 && (past[i] ?? -1) >= 0; i--) workRunBefore++;
  for (let i = past.length - 1; i >= 0 && (past[i] ?? -1) < 0; i--) offRunBefore++;

  // Day -k (k ≥ 1) is minutesByDay[length - k]; week 0 starts weekday0 days before day 0.
  const byDay = employee.history.minutesByDay;
  const historyWeekMinutes = new Float64Array(AVERAGE_WEEKS);
  let historyWeekZeroMinutes = 0;
  for (let k = 1; k <= byDay.length; k++) {
    const minutes = byDay[byDay.length - k] ?? 0;
    const day = -k;
    const week = Math.floor((day + weekday0) / 7);
    if (week === 0) historyWeekZeroMinutes += minutes;
    else if (week >= -AVERAGE_WEEKS) historyWeekMinutes[week + AVERAGE_WEEKS]! += minutes;
  }
  let historyWeekZeroDays = 0;
  const intervals: number[] = [];
  for (let k = past.length; k >= 1; k--) {
    const shift = past[past.length - k] ?? -1;
    const s = problem.shifts[shift];
    if (shift < 0 || !s) continue;
    if (Math.floor((-k + weekday0) / 7) === 0) historyWeekZeroDays++;
    intervals.push(-k * MINUTES_PER_DAY + s.start, -k * MINUTES_PER_DAY + s.end);
  }
  return {
    index: e,
    slotAllowed,
    unavailableCell,
    reasons,
    maxOfType,
    limitedTypes: Int32Array.from(Array.from(maxOfType.keys()).filter((t) => maxOfType[t]! >= 0)),
    minMinutes: limit(employee.minMinutes),
    maxMinutes: limit(employee.maxMinutes),
    maxConsecutiveWork: limit(employee.maxConsecutiveWork),
    minConsecutiveWork: limit(employee.minConsecutiveWork),
    minConsecutiveOff: limit(employee.minConsecutiveOff),
    maxWeekends: limit(employee.maxWeekends),
    maxMinutesPerCivilDay: limit(employee.maxMinutesPerCivilDay),
    maxMinutesPerWeek: limit(employee.maxMinutesPerWeek),
    maxAverageMinutesPerWeek: limit(employee.maxAverageMinutesPerWeek),
    maxDaysPerWeek: limit(employee.maxDaysPerWeek),
    minWeeklyRestMinutes: limit(employee.minWeeklyRestMinutes),
    partTimeWeeklyCeiling: limit(employee.partTimeWeeklyCeiling),
    lastShift,
    workRunBefore,
    offRunBefore,
    hasHistory: past.length > 0,
    historyWeekMinutes,
    historyWeekZeroMinutes,
    historyWeekZeroDays,
    historyIntervals: Float64Array.from(intervals),
  };
}

export function prepare(problem: RosterProblem): Prepared {
  const days = problem.days;
  const slots = problem.slots.length;
  const shifts = problem.shifts.length;
  const weekday0 = (((problem.firstWeekday - 1) % 7) + 7) % 7;
  const weekday = new Int32Array(days);
  const week = new Int32Array(days);
  const weekendWeek = new Int32Array(days);
  for (let d = 0; d < days; d++) {
    weekday[d] = (weekday0 + d) % 7;
    week[d] = Math.floor((weekday0 + d) / 7);
    weekendWeek[d] = weekday[d]! >= 5 ? week[d]! : -1;
  }
  const forbidden = new Uint8Array(shifts * shifts);
  for (const [a, shift] of problem.shifts.entries()) {
    for (const b of shift.cannotFollow) if (b >= 0 && b < shifts) forbidden[a * shifts + b] = 1;
  }
  const slotShift = Int32Array.from(problem.slots, (s) => s.shift);
  const slotQualification = Int32Array.from(problem.slots, (s) => s.qualification);
  const lists: number[][] = Array.from({ length: days * slots }, () => []);
  for (const [r, c] of problem.cover.entries()) {
    if (c.day < 0 || c.day >= days) continue;
    for (let s = 0; s < slots; s++) {
      if (slotShift[s] === c.shift && slotQualification[s] === c.qualification)
        lists[c.day * slots + s]!.push(r);
    }
  }
  const coverStart = new Int32Array(days * slots + 1);
  for (let c = 0; c < lists.length; c++) coverStart[c + 1] = coverStart[c]! + lists[c]!.length;
  const coverList = Int32Array.from(lists.flat());
  return {
    problem,
    days,
    employees: problem.employees.length,
    slots,
    shifts,
    slotShift,
    slotQualification,
    shiftMinutes: Int32Array.from(problem.shifts, (s) => s.minutes),
    civilFirst: Int32Array.from(problem.shifts, (s) => s.minutesByCivilDay[0]),
    civilSecond: Int32Array.from(problem.shifts, (s) => s.minutesByCivilDay[1]),
    shiftStart: Int32Array.from(problem.shifts, (s) => s.start),
    shiftEnd: Int32Array.from(problem.shifts, (s) => s.end),
    shiftNight: Uint8Array.from(problem.shifts, (s) => (s.night ? 1 : 0)),
    forbidden,
    weekday,
    week,
    weeks: days > 0 ? week[days - 1]! + 1 : 0,
    weekendWeek,
    coverStart,
    coverList,
    people: problem.employees.map((_, e) => preparePerson(problem, e, weekday0)),
  };
}

/** An all-off roster of the problem's shape. */
export function emptyAssignment(problem: RosterProblem): Assignment {
  return problem.employees.map(() => new Int32Array(problem.days).fill(-1));
}

/** A deep copy (rows are mutable typed arrays). */
export function copyAssignment(assignment: Assignment): Assignment {
  return assignment.map((row) => Int32Array.from(row));
}

/** How many people each cover requirement gets from a roster (index = the requirement's). */
export function coverAssigned(p: Prepared, assignment: Assignment): Int32Array {
  const assigned = new Int32Array(p.problem.cover.length);
  for (const row of assignment) {
    for (let d = 0; d < p.days; d++) {
      const slot = row[d]!;
      if (slot < 0) continue;
      const c = d * p.slots + slot;
      for (let i = p.coverStart[c]!; i < p.coverStart[c + 1]!; i++) assigned[p.coverList[i]!]!++;
    }
  }
  return assigned;
}
