// Random small rostering problems that are feasible by construction: a roster is drawn first (successions kept,
// the history's included), then every limit is set to what that roster does, loosened a little or not at all, and
// the cover asks for what it works plus some more. The drawn roster is the certificate: it keeps every hard rule.
import { evaluateRoster } from '../evaluate.ts';
import { Rng } from '../prng.ts';
import type { Assignment, RosterEmployee, RosterProblem } from '../problem.ts';
import { HARD_RULES, SAMPLE_SHIFTS, samplePerson, sampleProblem } from '../sample-problem.ts';
import { range } from './tiny-problems.ts';

/**
 * `site`: every rule of a site (working-time limits, weekly rest, part time, history); `mip`: the rules HiGHS's model
 * holds (counts, total minutes, consecutive days, weekends, successions), so that the exact phase runs.
 */
export type Family = 'site' | 'mip';

export interface FeasibleInstance {
  problem: RosterProblem;
  /** A roster keeping every hard rule of the problem. */
  witness: Assignment;
}

const SHIFTS = SAMPLE_SHIFTS;
const allowedAfter = (prev: number, t: number) => prev < 0 || !SHIFTS[prev]!.cannotFollow.includes(t);

/** Worked shifts of a row, each following the one before (the history's last day for day 0). */
function drawRow(rng: Rng, held: number[], days: number, prev: number, offShare: number): number[] {
  const row: number[] = [];
  for (let d = 0; d < days; d++) {
    const choices = held.filter((t) => allowedAfter(prev, t));
    const t = rng.float() < offShare || choices.length === 0 ? -1 : choices[rng.int(choices.length)]!;
    row.push(t);
    prev = t;
  }
  return row;
}

/** The measure each limit reads, taken by the evaluator on the person's row under limits every row breaks. */
function measure(problem: RosterProblem, e: number, row: Int32Array) {
  const probe: RosterEmployee = {
    ...problem.employees[e]!,
    maxShiftsOfType: SHIFTS.map(() => 0),
    minMinutes: 1e9,
    maxMinutes: null,
    maxConsecutiveWork: 0,
    minConsecutiveWork: 1e6,
    minConsecutiveOff: 1e6,
    maxWeekends: 0,
    maxMinutesPerCivilDay: 0,
    maxMinutesPerWeek: 0,
    maxAverageMinutesPerWeek: 0,
    maxDaysPerWeek: 0,
    minWeeklyRestMinutes: 1e6,
    partTimeWeeklyCeiling: 0,
    requests: [],
    unavailable: [],
  };
  const alone: RosterProblem = { ...problem, employees: [probe], cover: [] };
  const found = evaluateRoster(alone, [row]).violations;
  const values = (code: string, param: string) =>
    found.filter((v) => v.code === code).map((v) => Number(v.params[param]));
  const max = (code: string, param: string) => Math.max(0, ...values(code, param));
  const min = (code: string, param: string) => {
    const all = values(code, param);
    return all.length > 0 ? Math.min(...all) : null;
  };
  return {
    ofType: SHIFTS.map((s) =>
      Number(
        found.find((v) => v.code === 'ROSTER_MAX_SHIFTS_OF_TYPE' && v.params.shift === s.id)?.params.count ??
          0,
      ),
    ),
    minutes: max('ROSTER_TOTAL_MINUTES', 'minutes'),
    longestWork: max('ROSTER_MAX_CONSECUTIVE_WORK', 'length'),
    shortestWork: min('ROSTER_MIN_CONSECUTIVE_WORK', 'length'),
    shortestOff: min('ROSTER_MIN_CONSECUTIVE_OFF', 'length'),
    weekends: max('ROSTER_MAX_WEEKENDS', 'weekends'),
    civilDay: max('ROSTER_DAILY_MAXIMUM', 'minutes'),
    week: max('ROSTER_WEEKLY_MAXIMUM', 'minutes'),
    // Units = Σ minutes of the 12-week window (the limit being 0).
    averageWindow: max('ROSTER_AVERAGE_MAXIMUM', 'units'),
    daysInWeek: max('ROSTER_DAYS_PER_WEEK', 'days'),
    weeklyRest: min('ROSTER_WEEKLY_REST', 'rest'),
    partTimeWeek: max('ROSTER_PART_TIME', 'minutes'),
  };
}

/** A problem of 3 or 4 people over two weeks from a Monday, every rule hard, and the roster that proves it feasible. */
export function randomFeasible(seed: number, family: Family): FeasibleInstance {
  const rng = new Rng(seed);
  const people = 3 + rng.int(2);
  const days = 14;
  const site = family === 'site';
  const rows: number[][] = [];
  const employees: RosterEmployee[] = [];
  for (let e = 0; e < people; e++) {
    const held = range(0, SHIFTS.length - 1).filter(() => rng.float() < 0.75);
    if (held.length === 0) held.push(rng.int(SHIFTS.length));
    const past = site && rng.float() < 0.6 ? drawRow(rng, held, 7, -1, 0.3) : [];
    const row = drawRow(rng, held, days, past.at(-1) ?? -1, 0.3 + 0.2 * rng.float());
    rows.push(row);
    const unavailable: { day: number; slot?: number; reason: string }[] = [];
    for (let d = 0; d < days; d++) {
      const t = row[d]!;
      if (t < 0 && rng.float() < 0.25) unavailable.push({ day: d, reason: 'ABSENT' });
      // Another shift than the one drawn, as a licence not valid that day would close it.
      const other = held.find((s) => s !== t);
      if (other !== undefined && rng.float() < 0.15)
        unavailable.push({ day: d, slot: other, reason: 'LICENCE_INVALID' });
    }
    employees.push(
      samplePerson(`P${e}`, {
        slots: held,
        unavailable,
        requests: [{ day: rng.int(days), shift: rng.int(SHIFTS.length), on: rng.float() < 0.5, weight: 3 }],
        history: { shifts: past, minutesByDay: past.map((t) => (t < 0 ? 0 : SHIFTS[t]!.minutes)) },
      }),
    );
  }
  const witness: Assignment = rows.map((row) => Int32Array.from(row));
  const cover = range(0, days - 1).flatMap((day) =>
    SHIFTS.map((_, shift) => {
      const works = rows.filter((row) => row[day] === shift).length;
      // One more than the roster gives, now and then: the cover pulls toward breaking the limits.
      const requirement = works + (rng.float() < 0.3 ? 1 : 0);
      return { day, shift, qualification: 0, requirement, underWeight: 100, overWeight: 5 };
    }),
  );
  const draft = sampleProblem(employees, { days, cover, rules: HARD_RULES });
  const slack = (unit: number) => unit * rng.int(2);
  const maybe = <T>(share: number, value: T): T | null => (rng.float() < share ? value : null);
  const limited = employees.map((employee, e) => {
    const m = measure(draft, e, witness[e]!);
    const limits: Partial<RosterEmployee> = {
      maxShiftsOfType: m.ofType.map((n) => maybe(0.5, n + slack(1))),
      minMinutes: Math.max(0, m.minutes - slack(420)),
      maxMinutes: maybe(0.7, m.minutes + slack(420)),
      maxConsecutiveWork: maybe(0.7, Math.max(1, m.longestWork + slack(1))),
      minConsecutiveWork: m.shortestWork === null ? null : maybe(0.5, m.shortestWork),
      minConsecutiveOff: m.shortestOff === null ? null : maybe(0.5, m.shortestOff),
      maxWeekends: maybe(0.7, m.weekends + slack(1)),
    };
    if (site) {
      Object.assign(limits, {
        maxMinutesPerCivilDay: maybe(0.7, m.civilDay + slack(60)),
        maxMinutesPerWeek: maybe(0.7, m.week + slack(60)),
        maxAverageMinutesPerWeek: maybe(0.5, Math.ceil(m.averageWindow / 12) + slack(60)),
        maxDaysPerWeek: maybe(0.7, m.daysInWeek + slack(1)),
        minWeeklyRestMinutes:
          m.weeklyRest === null ? null : maybe(0.7, Math.max(0, m.weeklyRest - slack(60))),
        partTimeWeeklyCeiling: maybe(0.4, m.partTimeWeek + 1 + slack(60)),
      } satisfies Partial<RosterEmployee>);
    }
    return { ...employee, ...limits };
  });
  return { problem: { ...draft, employees: limited }, witness };
}
