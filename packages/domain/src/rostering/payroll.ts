// Payroll variables of a roster period per person: hours per ISO week, overtime (25 %, 50 %), complementary hours
// of part-timers (10 %, 25 %), night, Sunday, public-holiday and 1 May hours, worked days (labour.md §1).
import { addDays, daysBetween, isoWeekday } from '../shared/dates.ts';
import { type IsoDate, type Minutes, minutes } from '../shared/units.ts';

/** What payroll reads of a roster: the people's contracts, the shifts' nominal figures, the worked cells. */
export interface PayrollInput {
  from: string;
  /** Last day of the period (inclusive). */
  to: string;
  holidays: readonly string[];
  people: readonly { id: string; weeklyContractMinutes: number }[];
  shifts: readonly {
    key: string;
    workedMinutes: number;
    /** Worked minutes on the start day and on the next civil day (a night shift's hours after midnight). */
    minutesByCivilDay: readonly [number, number];
    nightMinutes: number;
  }[];
  assignments: readonly { employeeId: string; day: string; shift: string }[];
}

/**
 * The thresholds, legal defaults of labour.md §1 ("Overtime premium", "Overtime vs. complementary hours"); a company
 * or branch agreement may change them, hence parameters.
 */
export interface PayrollRules {
  /** Legal weekly duration: overtime starts past it, part time is a contract below it (35 h). */
  legalWeeklyMinutes: number;
  /** Overtime hours paid +25 % before the +50 % ones start (the first 8). */
  firstOvertimeBandMinutes: number;
  /** Share of the contract's hours of complementary hours paid +10 % (1/10); beyond them +25 %. */
  complementaryFirstBandShare: number;
}

export const DEFAULT_PAYROLL_RULES: PayrollRules = {
  legalWeeklyMinutes: 35 * 60,
  firstOvertimeBandMinutes: 8 * 60,
  complementaryFirstBandShare: 1 / 10,
};

/** Figures of one week or of the period; minutes. */
export interface PayrollFigures {
  workedMinutes: Minutes;
  /** Worked minutes paid at the base rate (the worked minutes less the four premium columns). */
  normalMinutes: Minutes;
  overtime25Minutes: Minutes;
  overtime50Minutes: Minutes;
  complementary10Minutes: Minutes;
  complementary25Minutes: Minutes;
  nightMinutes: Minutes;
  /** Minutes on civil Sundays (00:00–24:00 on the site's clock). */
  sundayMinutes: Minutes;
  /** Minutes on public holidays other than 1 May (a holiday on a Sunday counts here and in Sundays). */
  holidayMinutes: Minutes;
  /** Minutes on 1 May, the one compulsory non-worked holiday (paid double where work cannot stop). */
  labourDayMinutes: Minutes;
  /** Shifts started. */
  workedDays: number;
}

export interface PayrollWeek extends PayrollFigures {
  /** Monday of the ISO week. */
  monday: IsoDate;
  /** ISO week, `2026-W10`. */
  isoWeek: string;
  /**
   * The period does not hold the whole week (it starts after its Monday, ends before its Sunday, or only a night
   * shift's hours after the last midnight reach it): its overtime and complementary hours depend on hours this roster
   * does not know, so they stay at 0 here and its hours all count as normal, to settle with the adjacent period.
   */
  partial: boolean;
}

export interface PersonPayroll {
  employeeId: string;
  partTime: boolean;
  weeklyContractMinutes: number;
  weeks: PayrollWeek[];
  totals: PayrollFigures;
}

export interface PayrollVariables {
  from: IsoDate;
  to: IsoDate;
  people: PersonPayroll[];
  totals: PayrollFigures;
}

const ZERO: PayrollFigures = {
  workedMinutes: minutes(0),
  normalMinutes: minutes(0),
  overtime25Minutes: minutes(0),
  overtime50Minutes: minutes(0),
  complementary10Minutes: minutes(0),
  complementary25Minutes: minutes(0),
  nightMinutes: minutes(0),
  sundayMinutes: minutes(0),
  holidayMinutes: minutes(0),
  labourDayMinutes: minutes(0),
  workedDays: 0,
};

const FIGURE_KEYS = Object.keys(ZERO) as (keyof PayrollFigures)[];

function add(a: PayrollFigures, b: PayrollFigures): PayrollFigures {
  const out = { ...a };
  for (const k of FIGURE_KEYS) (out[k] as number) = a[k] + b[k];
  return out;
}

/** ISO 8601 week of a date: the week belongs to the year of its Thursday. */
export function isoWeekOf(date: string): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const mondayOf = (date: string): IsoDate => addDays(date, 1 - isoWeekday(date));

/**
 * Splits a week's worked minutes into base-rate, overtime and complementary minutes. Overtime: HS25 =
 * min(max(H−35, 0), 8) and HS50 = max(H−43, 0), whatever the contract. Part time (contract below 35 h): the hours past
 * the contract and below 35 h are complementary, +10 % within 1/10 of the contract, +25 % beyond (hours from the 35th
 * on stay overtime, which a part-timer's week may not reach: the part-time rule flags it).
 */
export function splitWeek(
  workedMinutes: number,
  weeklyContractMinutes: number,
  rules: PayrollRules = DEFAULT_PAYROLL_RULES,
): Pick<
  PayrollFigures,
  | 'normalMinutes'
  | 'overtime25Minutes'
  | 'overtime50Minutes'
  | 'complementary10Minutes'
  | 'complementary25Minutes'
> {
  const legal = rules.legalWeeklyMinutes;
  const h = workedMinutes;
  const hs25 = Math.min(Math.max(h - legal, 0), rules.firstOvertimeBandMinutes);
  const hs50 = Math.max(h - legal - rules.firstOvertimeBandMinutes, 0);
  let c10 = 0;
  let c25 = 0;
  if (weeklyContractMinutes < legal) {
    const beyondContract = Math.max(Math.min(h, legal) - weeklyContractMinutes, 0);
    const band = weeklyContractMinutes * rules.complementaryFirstBandShare;
    c10 = Math.min(beyondContract, band);
    c25 = beyondContract - c10;
  }
  return {
    normalMinutes: minutes(h - hs25 - hs50 - c10 - c25),
    overtime25Minutes: minutes(hs25),
    overtime50Minutes: minutes(hs50),
    complementary10Minutes: minutes(c10),
    complementary25Minutes: minutes(c25),
  };
}

/**
 * The payroll variables of a roster period. Hours count on the civil day they are worked (a night shift started on
 * Saturday 21:00 puts its hours after midnight on Sunday, and a Sunday night's on Monday, in the next week); night
 * minutes and the worked day belong to the day the shift starts. Figures are the shifts' nominal ones: a night of a
 * clock change is off by the hour the change adds or removes.
 */
export function payrollVariables(
  input: PayrollInput,
  rules: PayrollRules = DEFAULT_PAYROLL_RULES,
): PayrollVariables {
  const from = input.from as IsoDate;
  const to = input.to as IsoDate;
  const shifts = new Map(input.shifts.map((s) => [s.key, s]));
  const holidays = new Set(input.holidays);
  const byPerson = new Map<string, { day: string; shift: string }[]>();
  for (const a of input.assignments) {
    const list = byPerson.get(a.employeeId);
    if (list) list.push(a);
    else byPerson.set(a.employeeId, [a]);
  }
  const periodMondays: IsoDate[] = [];
  for (let m = mondayOf(from); m <= to; m = addDays(m, 7)) periodMondays.push(m);

  const people = input.people.map((p): PersonPayroll => {
    // Per civil day: worked minutes; per start day: night minutes and shifts started.
    const civil = new Map<string, number>();
    const night = new Map<string, number>();
    const started = new Map<string, number>();
    const bump = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
    for (const a of byPerson.get(p.id) ?? []) {
      const s = shifts.get(a.shift);
      if (!s || a.day < from || a.day > to) continue;
      bump(civil, a.day, s.minutesByCivilDay[0]);
      if (s.minutesByCivilDay[1] > 0) bump(civil, addDays(a.day, 1), s.minutesByCivilDay[1]);
      bump(night, a.day, s.nightMinutes);
      bump(started, a.day, 1);
    }
    const mondays = [...periodMondays];
    const after = addDays(to, 1);
    const lastMonday = mondays.at(-1);
    if ((civil.get(after) ?? 0) > 0 && lastMonday !== undefined && mondayOf(after) !== lastMonday)
      mondays.push(mondayOf(after));

    const weeks = mondays.map((monday): PayrollWeek => {
      const sunday = addDays(monday, 6);
      const partial = monday < from || sunday > to;
      let worked = 0;
      let nightMinutes = 0;
      let sunday_ = 0;
      let holiday = 0;
      let labourDay = 0;
      let workedDays = 0;
      for (let i = 0; i < 7; i++) {
        const day = addDays(monday, i);
        const m = civil.get(day) ?? 0;
        worked += m;
        nightMinutes += night.get(day) ?? 0;
        workedDays += started.get(day) ?? 0;
        if (i === 6) sunday_ += m;
        if (day.endsWith('-05-01')) labourDay += m;
        else if (holidays.has(day)) holiday += m;
      }
      const split = partial
        ? { ...ZERO, normalMinutes: minutes(worked) }
        : splitWeek(worked, p.weeklyContractMinutes, rules);
      return {
        monday,
        isoWeek: isoWeekOf(monday),
        partial,
        workedMinutes: minutes(worked),
        normalMinutes: split.normalMinutes,
        overtime25Minutes: split.overtime25Minutes,
        overtime50Minutes: split.overtime50Minutes,
        complementary10Minutes: split.complementary10Minutes,
        complementary25Minutes: split.complementary25Minutes,
        nightMinutes: minutes(nightMinutes),
        sundayMinutes: minutes(sunday_),
        holidayMinutes: minutes(holiday),
        labourDayMinutes: minutes(labourDay),
        workedDays,
      };
    });
    return {
      employeeId: p.id,
      partTime: p.weeklyContractMinutes < rules.legalWeeklyMinutes,
      weeklyContractMinutes: p.weeklyContractMinutes,
      weeks,
      totals: weeks.reduce<PayrollFigures>(add, ZERO),
    };
  });
  return { from, to, people, totals: people.reduce<PayrollFigures>((s, p) => add(s, p.totals), ZERO) };
}
