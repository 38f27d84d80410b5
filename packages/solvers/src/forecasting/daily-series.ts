// A flow history laid out day by day on the site's calendar: open/closed, observed/missing, catch-up days.
import { addDays, dayStatus, daysBetween, isoWeekday, type SiteCalendar } from '@logipilot/domain';
import type { HistoryPoint } from './types.ts';

/** What the forecasting methods need to know about one calendar day. */
export interface CalendarDay {
  day: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** The site works that day (its calendar says so). */
  open: boolean;
  /** An open day following a public holiday or closed day (not a mere weekend): volumes catch up. */
  catchUp: boolean;
  /** An open day that is nonetheless a public holiday or the solidarity day. */
  workedHoliday: boolean;
}

export interface DailySeries {
  calendar: SiteCalendar;
  days: CalendarDay[];
  /** Quantity per day; null when the day is missing from the history or closed (closed days are never fitted). */
  values: (number | null)[];
  /** Closed days on which the history nonetheless shows activity (ignored in fitting). */
  activityOnClosedDays: number;
}

/** Looks up the calendar for each day once (dayStatus recomputes Easter on every call). */
export function calendarDays(calendar: SiteCalendar, from: string, count: number): CalendarDay[] {
  const out: CalendarDay[] = [];
  // Start a few days early so that a closure just before `from` still marks the catch-up day.
  let sinceExceptionalClosure = false;
  for (let i = -4; i < count; i++) {
    const day = addDays(from, i);
    const status = dayStatus(calendar, day);
    const weekday = isoWeekday(day);
    const open =
      status.kind === 'working' ||
      (status.kind === 'solidarity_day' && calendar.workingWeekdays.includes(weekday)) ||
      (status.kind === 'public_holiday' && status.worked && calendar.workingWeekdays.includes(weekday));
    if (!open) {
      if (status.kind !== 'weekly_rest') sinceExceptionalClosure = true;
    }
    if (i >= 0) {
      out.push({
        day,
        weekday,
        open,
        catchUp: open && sinceExceptionalClosure,
        workedHoliday: open && status.kind !== 'working',
      });
    }
    if (open) sinceExceptionalClosure = false;
  }
  return out;
}

/**
 * Lays the history out from its first to its last day. Several points on one day are summed; negative or
 * non-finite quantities are treated as missing.
 */
export function buildDailySeries(history: readonly HistoryPoint[], calendar: SiteCalendar): DailySeries {
  const byDay = new Map<string, number>();
  for (const p of history) {
    if (!Number.isFinite(p.quantity) || p.quantity < 0) continue;
    byDay.set(p.day, (byDay.get(p.day) ?? 0) + p.quantity);
  }
  const sorted = [...byDay.keys()].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined)
    return { calendar, days: [], values: [], activityOnClosedDays: 0 };
  const days = calendarDays(calendar, first, daysBetween(first, last) + 1);
  let activityOnClosedDays = 0;
  const values = days.map((d) => {
    const q = byDay.get(d.day);
    if (q === undefined) return null;
    if (!d.open) {
      if (q > 0) activityOnClosedDays++;
      return null;
    }
    return q;
  });
  return { calendar, days, values, activityOnClosedDays };
}

/** The first `count` days of a series (used to cut off a holdout). */
export function headOf(series: DailySeries, count: number): DailySeries {
  return { ...series, days: series.days.slice(0, count), values: series.values.slice(0, count) };
}

/** The calendar days that follow a series, for forecasting. */
export function daysAfter(series: DailySeries, count: number): CalendarDay[] {
  const last = series.days[series.days.length - 1];
  if (!last) return [];
  return calendarDays(series.calendar, addDays(last.day, 1), count);
}

/** Open days that carry an observation. */
export function observedCount(series: DailySeries): number {
  let n = 0;
  for (const v of series.values) if (v !== null) n++;
  return n;
}
