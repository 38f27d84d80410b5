// The site's working calendar: French public holidays (Easter-based ones included), Alsace-Moselle extras,
// the journée de solidarité and the site's own closed days. Pure: no clock, no I/O.
import { z } from 'zod';
import { addDays, isoWeekday } from './dates.ts';
import { type IsoDate, parseIsoDate } from './units.ts';

export const HOLIDAY_KEYS = [
  'new_year',
  'good_friday',
  'easter_monday',
  'labour_day',
  'victory_1945',
  'ascension',
  'whit_monday',
  'bastille_day',
  'assumption',
  'all_saints',
  'armistice_1918',
  'christmas',
  'st_stephen',
] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

export interface Holiday {
  date: IsoDate;
  key: HolidayKey;
  /** Alsace-Moselle local-law extras (Good Friday, 26 December). */
  local: boolean;
}

/** Calendar region: Alsace-Moselle (Bas-Rhin 67, Haut-Rhin 68, Moselle 57) has two extra public holidays. */
export const calendarRegionSchema = z.enum(['metropolitan', 'alsace_moselle']);
export type CalendarRegion = z.infer<typeof calendarRegionSchema>;

const isoDateSchema = z.string().refine((v) => parseIsoDate(v) !== null, { message: 'INVALID_DATE' });

export const siteCalendarSchema = z.strictObject({
  region: calendarRegionSchema.default('metropolitan'),
  /** Which day is worked unpaid as journée de solidarité: Whit Monday by default, or a fixed date per year, or spread hours. */
  solidarityDay: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('whit_monday') }),
      z.strictObject({ kind: z.literal('dates'), dates: z.array(isoDateSchema) }),
      z.strictObject({ kind: z.literal('spread') }),
    ])
    .default({ kind: 'whit_monday' }),
  /** The site's own closed days (inventory, annual closure…). */
  closedDays: z.array(z.strictObject({ date: isoDateSchema, reason: z.string().max(200) })).default([]),
  /** Weekdays the site normally works: 1 = Monday … 7 = Sunday. */
  workingWeekdays: z.array(z.number().int().min(1).max(7)).default([1, 2, 3, 4, 5]),
  /** True when the activity cannot stop (continuous operation): 1 May may then be worked, paid double. */
  continuousOperation: z.boolean().default(false),
});
export type SiteCalendar = z.infer<typeof siteCalendarSchema>;

/** Easter Sunday (Gregorian), Meeus/Jones/Butcher algorithm. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/** French public holidays (jours fériés) of a year, sorted by date. */
export function publicHolidays(year: number, region: CalendarRegion = 'metropolitan'): Holiday[] {
  const easter = easterSunday(year);
  const fixed = (md: string) => `${year}-${md}` as IsoDate;
  const list: Holiday[] = [
    { date: fixed('01-01'), key: 'new_year', local: false },
    { date: addDays(easter, 1), key: 'easter_monday', local: false },
    { date: fixed('05-01'), key: 'labour_day', local: false },
    { date: fixed('05-08'), key: 'victory_1945', local: false },
    { date: addDays(easter, 39), key: 'ascension', local: false },
    { date: addDays(easter, 50), key: 'whit_monday', local: false },
    { date: fixed('07-14'), key: 'bastille_day', local: false },
    { date: fixed('08-15'), key: 'assumption', local: false },
    { date: fixed('11-01'), key: 'all_saints', local: false },
    { date: fixed('11-11'), key: 'armistice_1918', local: false },
    { date: fixed('12-25'), key: 'christmas', local: false },
  ];
  if (region === 'alsace_moselle') {
    list.push({ date: addDays(easter, -2), key: 'good_friday', local: true });
    list.push({ date: fixed('12-26'), key: 'st_stephen', local: true });
  }
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** Region from a French postcode: départements 57, 67, 68 follow Alsace-Moselle local law. */
export function regionFromPostcode(postcode: string): CalendarRegion {
  const dep = postcode.trim().slice(0, 2);
  return dep === '57' || dep === '67' || dep === '68' ? 'alsace_moselle' : 'metropolitan';
}

export type DayStatus =
  | { kind: 'working' }
  | { kind: 'weekly_rest' }
  | { kind: 'public_holiday'; holiday: HolidayKey; worked: boolean }
  | { kind: 'solidarity_day' }
  | { kind: 'closed'; reason: string };

/** What a given date is for the site: a working day, a public holiday (and whether it is worked), its solidarity day… */
export function dayStatus(calendar: SiteCalendar, date: IsoDate): DayStatus {
  const closed = calendar.closedDays.find((c) => c.date === date);
  if (closed) return { kind: 'closed', reason: closed.reason };
  const year = Number(date.slice(0, 4));
  if (isSolidarityDay(calendar, date)) return { kind: 'solidarity_day' };
  const holiday = publicHolidays(year, calendar.region).find((h) => h.date === date);
  if (holiday) {
    // Only 1 May is compulsorily non-worked (C. trav. L3133-4), unless the activity cannot stop.
    const worked = holiday.key === 'labour_day' ? calendar.continuousOperation : false;
    return { kind: 'public_holiday', holiday: holiday.key, worked };
  }
  if (!calendar.workingWeekdays.includes(isoWeekday(date))) return { kind: 'weekly_rest' };
  return { kind: 'working' };
}

export function isSolidarityDay(calendar: SiteCalendar, date: IsoDate): boolean {
  const s = calendar.solidarityDay;
  if (s.kind === 'dates') return s.dates.includes(date);
  if (s.kind === 'whit_monday') return addDays(easterSunday(Number(date.slice(0, 4))), 50) === date;
  return false;
}

/** True when the site works on that date (solidarity day included, holidays and closed days excluded). */
export function isWorkingDay(calendar: SiteCalendar, date: IsoDate): boolean {
  const s = dayStatus(calendar, date);
  if (s.kind === 'working') return true;
  if (s.kind === 'solidarity_day') return calendar.workingWeekdays.includes(isoWeekday(date));
  return false;
}
