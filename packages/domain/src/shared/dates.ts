// Pure calendar arithmetic on ISO dates (UTC-based so that no local time zone leaks in).
import type { IsoDate } from './units.ts';

export function toUtcDate(d: string): Date {
  return new Date(`${d}T00:00:00Z`);
}

export function fromUtcDate(d: Date): IsoDate {
  return d.toISOString().slice(0, 10) as IsoDate;
}

export function addDays(d: string, n: number): IsoDate {
  const dt = toUtcDate(d);
  dt.setUTCDate(dt.getUTCDate() + n);
  return fromUtcDate(dt);
}

/** Days from a to b (b − a), both ISO dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcDate(b).getTime() - toUtcDate(a).getTime()) / 86_400_000);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: string): number {
  const w = toUtcDate(d).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Every date from `from` to `to` inclusive. */
export function eachDay(from: string, to: string): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from as IsoDate; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Today's date in an IANA time zone (e.g. Europe/Paris), from an instant. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return parts as IsoDate;
}
