// Who can work a day × shift for each qualification, each person counted once, and the gaps against the needs.
import { z } from 'zod';
import { minutesOfDay, type Shift } from '../planning/profiles.ts';
import { daysBetween, isoWeekday } from '../shared/dates.ts';
import { parseLicenceKey } from '../site/licence.ts';
import { type Absence, absentOn } from './absence.ts';
import { contractActiveOn, type Employee } from './employee.ts';
import { DEFAULT_RAMP_UP, rampUpEfficiency, rampUpStepSchema } from './fte.ts';
import { mayDriveOn } from './qualification-validity.ts';
import { jobRoleSchema } from './staffing-rules.ts';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'INVALID_TIME' });

export const availabilityRulesSchema = z.strictObject({
  /** Which job roles may fill a role qualification (polyvalence); a role not listed is filled by itself only. */
  roleCoverage: z.record(z.string(), z.array(jobRoleSchema)).default({
    picker: ['picker', 'loader', 'receiver', 'cold_room_operator'],
    receiver: ['receiver', 'loader'],
    loader: ['loader', 'receiver', 'picker'],
    cold_room_operator: ['cold_room_operator'],
    team_leader: ['team_leader'],
  }),
  /** Legal night period 21:00–06:00 (labour.md §1, night work). */
  nightStart: clockTime.default('21:00'),
  nightEnd: clockTime.default('06:00'),
  /** A shift with at least this many hours in the night period needs a person who accepts night work (labour.md: 3 h). */
  nightHoursThreshold: z.number().min(0).max(9).default(3),
  rampUp: z.array(rampUpStepSchema).default(() => DEFAULT_RAMP_UP.map((s) => ({ ...s }))),
  /** Contracts whose first days run below standard pace. */
  rampUpContracts: z.array(z.enum(['cdi', 'cdd', 'temp'])).default(['temp']),
});
export type AvailabilityRules = z.infer<typeof availabilityRulesSchema>;

export type UnavailableReason =
  | { code: 'CONTRACT_INACTIVE'; params: { day: string } }
  | { code: 'ABSENT'; params: { day: string; kind: string } }
  | { code: 'WEEKDAY_OFF'; params: { weekday: number } }
  | { code: 'OUTSIDE_HOURS'; params: { earliestStart: string; latestEnd: string } }
  | { code: 'NO_NIGHT_WORK'; params: { nightHours: number } };

type ShiftTimes = Pick<Shift, 'start' | 'end'>;

function intervals(s: ShiftTimes): [number, number][] {
  const a = minutesOfDay(s.start);
  const b = minutesOfDay(s.end);
  return b > a
    ? [[a, b]]
    : [
        [a, 1440],
        [1440, 1440 + b],
      ];
}

/** Hours of a shift inside the night period (both may cross midnight). 05:00–13:00 → 1 h; 21:00–05:00 → 8 h. */
export function nightHoursOfShift(s: ShiftTimes, nightStart = '21:00', nightEnd = '06:00'): number {
  const night = intervals({ start: nightStart, end: nightEnd });
  // The night before the shift's day reaches into its early morning, hence the copy shifted a day back.
  const nights = [...night, ...night.map(([a, b]) => [a - 1440, b - 1440] as [number, number])];
  let minutes = 0;
  for (const [a, b] of intervals(s))
    for (const [c, d] of nights) minutes += Math.max(0, Math.min(b, d) - Math.max(a, c));
  return minutes / 60;
}

/** Contract in force on the day (CDD and temp mission dates included). */
export function contractReason(e: Pick<Employee, 'contract'>, day: string): UnavailableReason | null {
  return contractActiveOn(e.contract, day) ? null : { code: 'CONTRACT_INACTIVE', params: { day } };
}

/** Leave or absence covering the day. A night shift's hours after midnight are not checked against the next day. */
export function absenceReason(
  absences: readonly Absence[],
  employeeId: string,
  day: string,
): UnavailableReason | null {
  const a = absentOn(absences, employeeId, day);
  return a ? { code: 'ABSENT', params: { day, kind: a.kind } } : null;
}

/** The person works that weekday (the shift's start day). */
export function weekdayReason(e: Pick<Employee, 'availability'>, day: string): UnavailableReason | null {
  const weekday = isoWeekday(day);
  return e.availability.weekdays.includes(weekday) ? null : { code: 'WEEKDAY_OFF', params: { weekday } };
}

/** The shift lies within the person's earliest start and latest end; a shift past midnight needs latestEnd 24:00. */
export function hoursReason(e: Pick<Employee, 'availability'>, s: ShiftTimes): UnavailableReason | null {
  const { earliestStart, latestEnd } = e.availability;
  const parts = intervals(s);
  // The part after midnight is the next day's early hours: availability has no "until 05:00 tomorrow", so 24:00 it is.
  const end = Math.min(parts.at(-1)![1], 1440);
  const fits = minutesOfDay(earliestStart) <= parts[0]![0] && end <= minutesOfDay(latestEnd);
  return fits ? null : { code: 'OUTSIDE_HOURS', params: { earliestStart, latestEnd } };
}

/** A shift with ≥ threshold night hours goes only to people who accept night work. */
export function nightReason(
  e: Pick<Employee, 'availability'>,
  s: ShiftTimes,
  rules: Pick<AvailabilityRules, 'nightStart' | 'nightEnd' | 'nightHoursThreshold'>,
): UnavailableReason | null {
  const nightHours = nightHoursOfShift(s, rules.nightStart, rules.nightEnd);
  if (nightHours < rules.nightHoursThreshold || e.availability.nightWork) return null;
  return { code: 'NO_NIGHT_WORK', params: { nightHours } };
}

/** Every reason a person cannot work that day × shift; empty = available. */
export function unavailableReasons(
  e: Employee,
  day: string,
  s: ShiftTimes,
  absences: readonly Absence[],
  rules: AvailabilityRules,
): UnavailableReason[] {
  return [
    contractReason(e, day),
    absenceReason(absences, e.id, day),
    weekdayReason(e, day),
    hoursReason(e, s),
    nightReason(e, s, rules),
  ].filter((r): r is UnavailableReason => r !== null);
}

/** Parsed licence keys: a plan asks `canCover` about the same few keys for every person and week. */
const licences = new Map<string, ReturnType<typeof parseLicenceKey>>();

function licenceOfKey(key: string): ReturnType<typeof parseLicenceKey> {
  let licence = licences.get(key);
  if (licence === undefined) {
    licence = parseLicenceKey(key);
    if (licences.size >= 10_000) licences.clear();
    licences.set(key, licence);
  }
  return licence;
}

/**
 * May the person cover a qualification that day? A licence key needs a valid driving authorisation, CACES and
 * medical fitness (mayDriveOn); a role needs a job role the rules let cover it.
 */
export function canCover(
  e: Employee,
  qualification: string,
  day: string,
  rules: Pick<AvailabilityRules, 'roleCoverage'>,
): boolean {
  const licence = qualification.includes(':') ? licenceOfKey(qualification) : null;
  if (licence) return mayDriveOn(e, licence, day);
  const roles = rules.roleCoverage[qualification];
  return roles ? roles.includes(e.jobRole) : e.jobRole === qualification;
}

/** Pace of a person that day: ramp-up for the first days of a new temp mission (day 1 = contract start). */
export function personEfficiency(
  e: Pick<Employee, 'contract'>,
  day: string,
  rules: Pick<AvailabilityRules, 'rampUp' | 'rampUpContracts'>,
): number {
  if (!rules.rampUpContracts.includes(e.contract.kind)) return 1;
  return rampUpEfficiency(rules.rampUp, daysBetween(e.contract.start, day) + 1);
}

export interface AvailabilityRow {
  day: string;
  shift: string;
  qualification: string;
  /** People assigned to this qualification (each person once per shift). */
  available: number;
  /** Σ of their ramp-up efficiencies: a new temp on day 1 counts 0.5. */
  effective: number;
  /** Everyone who could cover it, before assignment (people may be counted under several qualifications here). */
  eligible: number;
  people: string[];
}

export interface NeedHeadcount {
  day: string;
  shift: string;
  qualification: string;
  headcount: number;
}

/**
 * Assigns each available person to one qualification of one shift: the scarcest qualification first (smallest
 * eligible − needed, then the larger need, then the key), taking the people with the fewest other qualifications so
 * that versatile people stay free; people left over go to their own job role's qualification if they may cover it,
 * else to the scarcest one they can cover. A person available for several shifts of a day is listed in each: the
 * roster decides which one they work.
 */
export function assignShift(
  qualifications: readonly string[],
  eligibleOf: ReadonlyMap<string, readonly string[]>,
  needed: ReadonlyMap<string, number>,
  jobRoleOf: ReadonlyMap<string, string>,
): Map<string, string[]> {
  const slack = (q: string) => (eligibleOf.get(q)?.length ?? 0) - (needed.get(q) ?? 0);
  const order = [...qualifications].sort(
    (a, b) =>
      slack(a) - slack(b) || (needed.get(b) ?? 0) - (needed.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const breadth = new Map<string, number>();
  for (const q of qualifications)
    for (const p of eligibleOf.get(q) ?? []) breadth.set(p, (breadth.get(p) ?? 0) + 1);
  const assigned = new Map<string, string>();
  const out = new Map<string, string[]>(qualifications.map((q) => [q, []]));
  for (const q of order) {
    const free = (eligibleOf.get(q) ?? [])
      .filter((p) => !assigned.has(p))
      .sort((a, b) => (breadth.get(a) ?? 0) - (breadth.get(b) ?? 0) || (a < b ? -1 : 1));
    for (const p of free.slice(0, needed.get(q) ?? 0)) {
      assigned.set(p, q);
      out.get(q)!.push(p);
    }
  }
  // Membership sets, built only if someone is left over: `includes` on every list was quadratic in the site size.
  let eligibleSets: Map<string, Set<string>> | null = null;
  const isEligible = (q: string, p: string): boolean => {
    if (!eligibleSets) eligibleSets = new Map();
    let set = eligibleSets.get(q);
    if (!set) {
      set = new Set(eligibleOf.get(q) ?? []);
      eligibleSets.set(q, set);
    }
    return set.has(p);
  };
  for (const p of [...breadth.keys()].sort()) {
    if (assigned.has(p)) continue;
    const own = jobRoleOf.get(p);
    const home = own && isEligible(own, p) ? own : order.find((q) => isEligible(q, p));
    if (home) out.get(home)!.push(p);
  }
  return out;
}

/**
 * Availability per day × shift × qualification of the site's employees, assigned against the needs.
 * Same answer as checking `unavailableReasons` and `canCover` for every person, day, shift and qualification, but a
 * plan asks it for 180 people × 364 days × 3 shifts: what depends on the shift alone (hours, night work) is settled
 * once per person, what depends on the day alone (contract, absence, weekday, licences) once per person-day.
 */
export function availability(input: {
  days: readonly string[];
  shifts: readonly Shift[];
  employees: readonly Employee[];
  absences: readonly Absence[];
  qualifications: readonly string[];
  needs?: readonly NeedHeadcount[];
  rules: AvailabilityRules;
}): AvailabilityRow[] {
  const { rules, employees, qualifications } = input;
  const rows: AvailabilityRow[] = [];
  const jobRoleOf = new Map(employees.map((e) => [e.id, e.jobRole as string]));
  const byId = new Map(employees.map((e) => [e.id, e]));
  const absencesOf = new Map<string, Absence[]>();
  for (const a of input.absences) {
    const list = absencesOf.get(a.employeeId);
    if (list) list.push(a);
    else absencesOf.set(a.employeeId, [a]);
  }
  // Night hours depend on the shift alone and the hours check on two clock times: settled once, not per person.
  const minutesOf = new Map<string, number>();
  const minutes = (t: string): number => {
    let m = minutesOf.get(t);
    if (m === undefined) {
      m = minutesOfDay(t);
      minutesOf.set(t, m);
    }
    return m;
  };
  const fitsShift = input.shifts.map((s) => {
    const nightOk = nightHoursOfShift(s, rules.nightStart, rules.nightEnd) < rules.nightHoursThreshold;
    const parts = intervals(s);
    const start = parts[0]![0];
    const end = Math.min(parts.at(-1)![1], 1440);
    return employees.map(
      (e) =>
        (nightOk || e.availability.nightWork) &&
        minutes(e.availability.earliestStart) <= start &&
        end <= minutes(e.availability.latestEnd),
    );
  });
  const licenceOf = new Map(
    qualifications.map((q) => [q, q.includes(':') ? licenceOfKey(q) : null] as const),
  );
  const covers = (e: Employee, q: string, day: string): boolean => {
    const licence = licenceOf.get(q);
    if (licence) return mayDriveOn(e, licence, day);
    const roles = rules.roleCoverage[q];
    return roles ? roles.includes(e.jobRole) : e.jobRole === q;
  };
  // Later needs of the same day × shift × qualification replace earlier ones, as a Map built from them does.
  const neededOf = new Map<string, Map<string, number>>();
  for (const n of input.needs ?? []) {
    const key = `${n.day}|${n.shift}`;
    const m = neededOf.get(key) ?? new Map<string, number>();
    m.set(n.qualification, n.headcount);
    neededOf.set(key, m);
  }
  for (const day of input.days) {
    const weekday = isoWeekday(day);
    const presentToday = employees.map(
      (e) =>
        contractActiveOn(e.contract, day) &&
        absentOn(absencesOf.get(e.id) ?? [], e.id, day) === null &&
        e.availability.weekdays.includes(weekday),
    );
    // The qualifications each person may cover that day (in the listed order): the same for every shift of the day.
    const coverToday: (number[] | undefined)[] = [];
    const coveredBy = (i: number): number[] => {
      let list = coverToday[i];
      if (!list) {
        const e = employees[i] as Employee;
        list = [];
        for (const [qi, q] of qualifications.entries()) if (covers(e, q, day)) list.push(qi);
        coverToday[i] = list;
      }
      return list;
    };
    for (const [si, s] of input.shifts.entries()) {
      const fits = fitsShift[si] ?? [];
      const lists: string[][] = qualifications.map(() => []);
      for (let i = 0; i < employees.length; i++) {
        if (!presentToday[i] || !fits[i]) continue;
        const id = (employees[i] as Employee).id;
        for (const qi of coveredBy(i)) lists[qi]?.push(id);
      }
      const eligibleOf = new Map(qualifications.map((q, qi) => [q, lists[qi] ?? []]));
      const needed = new Map(neededOf.get(`${day}|${s.key}`) ?? []);
      const assigned = assignShift(qualifications, eligibleOf, needed, jobRoleOf);
      for (const q of qualifications) {
        const people = assigned.get(q) ?? [];
        rows.push({
          day,
          shift: s.key,
          qualification: q,
          available: people.length,
          effective: people.reduce((sum, p) => sum + personEfficiency(byId.get(p)!, day, rules), 0),
          eligible: eligibleOf.get(q)?.length ?? 0,
          people,
        });
      }
    }
  }
  return rows;
}

export interface Gap {
  day: string;
  shift: string;
  qualification: string;
  needed: number;
  available: number;
  /** Ramp-up-weighted heads (see AvailabilityRow.effective). */
  effective: number;
  /** needed − available: positive = shortage, negative = surplus. */
  gap: number;
}

/** Needs against availability on day × shift × qualification; a side missing from the other counts as 0. */
export function gaps(needs: readonly NeedHeadcount[], avail: readonly AvailabilityRow[]): Gap[] {
  const rows = new Map<string, Gap>();
  const row = (day: string, shift: string, qualification: string) => {
    const id = `${day}|${shift}|${qualification}`;
    const g = rows.get(id) ?? { day, shift, qualification, needed: 0, available: 0, effective: 0, gap: 0 };
    rows.set(id, g);
    return g;
  };
  for (const n of needs) row(n.day, n.shift, n.qualification).needed += n.headcount;
  for (const a of avail) {
    const g = row(a.day, a.shift, a.qualification);
    g.available += a.available;
    g.effective += a.effective;
  }
  return [...rows.values()].map((g) => ({ ...g, gap: g.needed - g.available }));
}
