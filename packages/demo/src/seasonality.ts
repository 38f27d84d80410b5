// Weekly and yearly seasonality of warehouse volumes: French retail events (sales, Black Friday, Christmas…) as date windows.
import { addDays, easterSunday, isoWeekday } from '@logipilot/domain';

export const SEASON_EVENTS = [
  'christmas_peak',
  'after_christmas',
  'january_dip',
  'winter_sales',
  'summer_sales',
  'black_friday',
  'back_to_school',
  'august_trough',
  'spring_garden',
  'summer_heat',
  'easter',
  'gift_season',
  'sun_care',
] as const;
export type SeasonEvent = (typeof SEASON_EVENTS)[number];

export interface SeasonTerm {
  event: SeasonEvent;
  /** Relative change at the height of the event: +0.3 = 30 % above the base level. */
  amplitude: number;
}

/** A window in epoch days with linear ramps before and after (a trapezoid). */
interface Window {
  from: number;
  to: number;
  rampIn: number;
  rampOut: number;
}

export function epochDay(iso: string): number {
  return Math.round(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000,
  );
}

function md(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The n-th given ISO weekday of a month (n = −1: the last one). */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n > 0) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    const shift = (weekday - isoWeekday(first) + 7) % 7;
    return addDays(first, shift + 7 * (n - 1));
  }
  const last = addDays(
    `${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}-01`,
    -1,
  );
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

function eventWindow(event: SeasonEvent, year: number): Window {
  switch (event) {
    case 'christmas_peak':
      return { from: md(year, 12, 1), to: md(year, 12, 22), rampIn: 12, rampOut: 1 };
    case 'after_christmas':
      return { from: md(year, 12, 24), to: md(year, 12, 31), rampIn: 1, rampOut: 4 };
    case 'january_dip':
      return { from: md(year, 1, 2), to: md(year, 1, 31), rampIn: 1, rampOut: 10 };
    case 'winter_sales': {
      // Soldes d'hiver: from the second Wednesday of January, four weeks.
      const start = epochDay(nthWeekday(year, 1, 3, 2));
      return { from: start, to: start + 27, rampIn: 2, rampOut: 7 };
    }
    case 'summer_sales': {
      // Soldes d'été: from the last Wednesday of June, four weeks.
      const start = epochDay(nthWeekday(year, 6, 3, -1));
      return { from: start, to: start + 27, rampIn: 2, rampOut: 7 };
    }
    case 'black_friday': {
      // Black Friday: the day after the fourth Thursday of November, through Cyber Monday.
      const friday = epochDay(nthWeekday(year, 11, 4, 4)) + 1;
      return { from: friday - 3, to: friday + 4, rampIn: 4, rampOut: 3 };
    }
    case 'back_to_school':
      return { from: md(year, 8, 18), to: md(year, 9, 8), rampIn: 6, rampOut: 6 };
    case 'august_trough':
      return { from: md(year, 8, 1), to: md(year, 8, 22), rampIn: 8, rampOut: 6 };
    case 'spring_garden':
      return { from: md(year, 3, 25), to: md(year, 6, 15), rampIn: 20, rampOut: 20 };
    case 'summer_heat':
      return { from: md(year, 6, 10), to: md(year, 8, 20), rampIn: 15, rampOut: 15 };
    case 'easter': {
      const easter = epochDay(easterSunday(year));
      return { from: easter - 18, to: easter - 2, rampIn: 5, rampOut: 2 };
    }
    case 'gift_season':
      return { from: md(year, 11, 5), to: md(year, 12, 18), rampIn: 12, rampOut: 4 };
    case 'sun_care':
      return { from: md(year, 5, 1), to: md(year, 7, 20), rampIn: 15, rampOut: 15 };
  }
}

const windowCache = new Map<string, Window>();

function cachedWindow(event: SeasonEvent, year: number): Window {
  const key = `${event}:${year}`;
  let w = windowCache.get(key);
  if (!w) {
    w = eventWindow(event, year);
    windowCache.set(key, w);
  }
  return w;
}

function trapezoid(day: number, w: Window): number {
  if (day >= w.from && day <= w.to) return 1;
  if (day < w.from && day > w.from - w.rampIn) return 1 - (w.from - day) / w.rampIn;
  if (day > w.to && day < w.to + w.rampOut) return 1 - (day - w.to) / w.rampOut;
  return 0;
}

/** Yearly seasonal factor of a date for a set of terms (1 = base level, floored at 0.3). */
export function yearlyFactor(terms: readonly SeasonTerm[], iso: string): number {
  const day = epochDay(iso);
  const year = Number(iso.slice(0, 4));
  let f = 1;
  for (const t of terms) {
    // Windows near a year boundary (ramps of christmas into January) are checked in both neighbouring years.
    f +=
      t.amplitude *
      Math.max(trapezoid(day, cachedWindow(t.event, year)), trapezoid(day, cachedWindow(t.event, year - 1)));
  }
  return Math.max(0.3, f);
}
