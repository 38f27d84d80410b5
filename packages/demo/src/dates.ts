// Calendar steps the demo needs on top of the domain's date arithmetic: whole years, and the Monday after a date.
import { addDays, type IsoDate, isoWeekday } from '@logipilot/domain';

/** Same day n years later (or earlier); 29 February becomes 28 February in a common year. */
export function addYears(iso: string, n: number): IsoDate {
  const y = Number(iso.slice(0, 4)) + n;
  const md = iso.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}` as IsoDate;
}

/** The first Monday strictly after a date. */
export function nextMonday(iso: string): IsoDate {
  return addDays(iso, 8 - isoWeekday(iso));
}

/** Moves a weekend date to the following Monday. */
export function toWeekday(iso: string): IsoDate {
  const w = isoWeekday(iso);
  return w >= 6 ? addDays(iso, 8 - w) : (iso as IsoDate);
}

export function maxDate(a: string, b: string): IsoDate {
  return (a > b ? a : b) as IsoDate;
}

export function minDate(a: string, b: string): IsoDate {
  return (a < b ? a : b) as IsoDate;
}
