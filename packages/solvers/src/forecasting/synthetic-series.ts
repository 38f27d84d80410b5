// Seeded synthetic daily series with known level, trend, weekday and yearly effects (tests and what-if checks).
import { daysBetween, type SiteCalendar } from '@logipilot/domain';
import { calendarDays } from './daily-series.ts';
import type { HistoryPoint } from './types.ts';

/** mulberry32: a tiny seeded generator, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal deviate (Box–Muller) from a uniform generator. */
export function normalDeviate(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export interface SyntheticSpec {
  calendar: SiteCalendar;
  from: string;
  days: number;
  /** Expected value of an open day: receives the open-day index, the calendar-day index and the day. */
  mean: (openIndex: number, dayIndex: number, day: string) => number;
  /** Gaussian noise: absolute standard deviation, or relative to the mean with `relative`. */
  noise?: number;
  relative?: boolean;
  seed?: number;
}

/** One point a day: the mean plus noise on open days (never below 0), 0 on closed days. */
export function syntheticSeries(spec: SyntheticSpec): HistoryPoint[] {
  const random = seededRandom(spec.seed ?? 1);
  let openIndex = 0;
  return calendarDays(spec.calendar, spec.from, spec.days).map((d, i) => {
    if (!d.open) return { day: d.day, quantity: 0 };
    const m = spec.mean(openIndex++, i, d.day);
    const sd = (spec.noise ?? 0) * (spec.relative ? m : 1);
    return { day: d.day, quantity: Math.max(0, m + sd * normalDeviate(random)) };
  });
}

/** Phase of the year used by the regression's Fourier terms (days since 2000-01-01). */
export function yearAngle(day: string): number {
  return (2 * Math.PI * daysBetween('2000-01-01', day)) / 365.25;
}
