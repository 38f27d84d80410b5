// Which shift an hour of work belongs to; a night shift belongs to the day it starts (Monday night ends Tuesday 05:00).
import { minutesOfDay, type Shift } from './profiles.ts';

export interface ShiftShare {
  shift: string;
  /** 0: the shift that starts on the same day as the hour; −1: a night shift started the day before. */
  dayOffset: 0 | -1;
  fraction: number;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/**
 * How the hour [hour, hour + 1) of a day splits between shifts. Where shifts overlap the hour is shared equally
 * between them (the overlap is a handover, not double work); the fractions never sum above 1, and below 1 when part of
 * the hour lies outside every shift.
 */
export function shiftSharesOfHour(
  shifts: readonly Pick<Shift, 'key' | 'start' | 'end'>[],
  hour: number,
): ShiftShare[] {
  const h0 = hour * 60;
  const h1 = h0 + 60;
  const raw: ShiftShare[] = [];
  for (const s of shifts) {
    const start = minutesOfDay(s.start);
    const end = minutesOfDay(s.end);
    if (end > start) {
      const m = overlap(h0, h1, start, end);
      if (m > 0) raw.push({ shift: s.key, dayOffset: 0, fraction: m / 60 });
      continue;
    }
    const evening = overlap(h0, h1, start, 1440);
    if (evening > 0) raw.push({ shift: s.key, dayOffset: 0, fraction: evening / 60 });
    const morning = overlap(h0, h1, 0, end);
    if (morning > 0) raw.push({ shift: s.key, dayOffset: -1, fraction: morning / 60 });
  }
  const total = raw.reduce((sum, r) => sum + r.fraction, 0);
  return total > 1 ? raw.map((r) => ({ ...r, fraction: r.fraction / total })) : raw;
}
