// Shift templates of a roster (morning, afternoon, night…) and what derives from them: worked minutes, civil-day split,
// night minutes, night flag, the templates that cannot follow each one, and the same figures on a real date.
import { z } from 'zod';
import { DEFAULT_SHIFTS, minutesOfDay, type Shift, shiftLengthMinutes } from '../planning/profiles.ts';
import { addDays } from '../shared/dates.ts';
import { nightHoursOfShift } from '../staffing/availability.ts';
import { minutesBetween, zonedInstant } from './zoned-time.ts';

export const SHIFT_TEMPLATE_KINDS = ['morning', 'afternoon', 'night', 'day', 'custom'] as const;
export type ShiftTemplateKind = (typeof SHIFT_TEMPLATE_KINDS)[number];

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'INVALID_TIME' });

/** An unpaid break; `start` null places it in the middle of the shift (the site did not fix it). */
export const shiftBreakSchema = z.strictObject({
  start: clockTime.nullable().default(null),
  minutes: z.number().int().min(1).max(180),
});
export type ShiftBreak = z.infer<typeof shiftBreakSchema>;

/**
 * Minutes of each break's start after the shift's start, on the wall clock. Unplaced breaks spread evenly: one sits in
 * the middle (a 30-min break of 05:00–13:00 starts at 08:45).
 */
function breakOffsets(s: { start: string; end: string; breaks: readonly ShiftBreak[] }): number[] {
  const length = shiftLengthMinutes(s);
  const unplaced = s.breaks.filter((b) => b.start === null).length;
  let nth = 0;
  return s.breaks.map((b) => {
    if (b.start === null) {
      nth += 1;
      return Math.round((length * nth) / (unplaced + 1) - b.minutes / 2);
    }
    const offset = minutesOfDay(b.start) - minutesOfDay(s.start);
    return offset >= 0 ? offset : offset + 1440;
  });
}

/**
 * A shift template, times on the site's wall clock; `end` at or before `start` means it ends the next morning
 * (21:00–05:00). Breaks are unpaid and must lie inside the shift.
 */
export const shiftTemplateSchema = z
  .strictObject({
    key: z.string().min(1).max(30),
    label: z.string().min(1).max(100),
    kind: z.enum(SHIFT_TEMPLATE_KINDS).default('custom'),
    start: clockTime,
    end: clockTime,
    breaks: z.array(shiftBreakSchema).max(4).default([]),
  })
  .refine(
    (t) => {
      const offsets = breakOffsets(t);
      return t.breaks.every((b, i) => offsets[i]! >= 0 && offsets[i]! + b.minutes <= shiftLengthMinutes(t));
    },
    { message: 'BREAK_OUTSIDE_SHIFT', path: ['breaks'] },
  );
export type ShiftTemplate = z.infer<typeof shiftTemplateSchema>;

const KIND_OF_DEFAULT: Readonly<Record<string, ShiftTemplateKind>> = {
  morning: 'morning',
  afternoon: 'afternoon',
  night: 'night',
};

/**
 * A staffing shift (planning/profiles.ts) as a roster template: its break, unplaced, sits in the middle; the label is
 * its hours, which read the same in every language.
 */
export function templateOfShift(
  s: Shift,
  kind: ShiftTemplateKind = KIND_OF_DEFAULT[s.key] ?? 'custom',
): ShiftTemplate {
  return {
    key: s.key,
    label: `${s.start}–${s.end}`,
    kind,
    start: s.start,
    end: s.end,
    breaks: s.breakMinutes > 0 ? [{ start: null, minutes: s.breakMinutes }] : [],
  };
}

/** The site's default shifts (05:00–13:00, 13:00–21:00, 21:00–05:00, 30 min break each) as templates. */
export const DEFAULT_SHIFT_TEMPLATES: readonly ShiftTemplate[] = DEFAULT_SHIFTS.map((s) =>
  templateOfShift(s),
);

/** The night period (labour.md §1: 21:00–06:00 unless an agreement sets another 9 h span containing 00:00–05:00). */
export interface NightPeriod {
  nightStart: string;
  nightEnd: string;
}

export const DEFAULT_NIGHT_PERIOD: NightPeriod = { nightStart: '21:00', nightEnd: '06:00' };

/** A template worked on one date, in real time. */
export interface ShiftTiming {
  date: string;
  startMs: number;
  endMs: number;
  /** Effective work: real length less the breaks. */
  workedMinutes: number;
  /** Effective minutes on the start date and on the next civil date (midnight of the site's clock). */
  minutesByCivilDay: readonly [number, number];
  /** Effective minutes inside the night period. */
  nightMinutes: number;
  /** Work intervals (epoch ms), breaks cut out. */
  work: readonly (readonly [number, number])[];
}

function overlapMs(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/**
 * The template worked from `date` in the site's time zone. Real time, not wall time: on the night of 28 to
 * 29 March 2026 in Europe/Paris a 21:00–05:00 shift lasts 7 hours.
 */
export function shiftTimingOn(
  t: Pick<ShiftTemplate, 'start' | 'end' | 'breaks'>,
  date: string,
  timeZone: string,
  night: NightPeriod = DEFAULT_NIGHT_PERIOD,
): ShiftTiming {
  const start = minutesOfDay(t.start);
  const length = shiftLengthMinutes(t);
  const at = (wallMinutes: number) => zonedInstant(date, wallMinutes, timeZone);
  const startMs = at(start);
  const endMs = at(start + length);
  const offsets = breakOffsets(t);
  const breaks = t.breaks
    .map((b, i) => [at(start + offsets[i]!), at(start + offsets[i]! + b.minutes)] as const)
    .sort((a, b) => a[0] - b[0]);
  const work: [number, number][] = [];
  let cursor = startMs;
  for (const [b0, b1] of breaks) {
    if (b0 > cursor) work.push([cursor, b0]);
    cursor = Math.max(cursor, b1);
  }
  if (endMs > cursor) work.push([cursor, endMs]);
  const midnight = zonedInstant(addDays(date, 1), 0, timeZone);
  const sum = (window: readonly [number, number]) =>
    work.reduce((s, w) => s + minutesBetween(0, overlapMs(w, window)), 0);
  const nightStart = minutesOfDay(night.nightStart);
  let nightEnd = minutesOfDay(night.nightEnd);
  if (nightEnd <= nightStart) nightEnd += 1440;
  // The night before the start date reaches into its early hours; the night of the next date only matters past 24 h.
  const nights = [-1, 0, 1].map((d) => [at(d * 1440 + nightStart), at(d * 1440 + nightEnd)] as const);
  return {
    date,
    startMs,
    endMs,
    workedMinutes: sum([startMs, endMs]),
    minutesByCivilDay: [sum([startMs, midnight]), sum([midnight, endMs])],
    nightMinutes: nights.reduce((s, n) => s + sum(n), 0),
    work,
  };
}

/** A template with its nominal figures (a day without a clock change), as the solver reads it. */
export interface DerivedShiftTemplate {
  template: ShiftTemplate;
  key: string;
  /** Minutes from the start day's midnight; `end` passes 1,440 when the shift ends the next day. */
  start: number;
  end: number;
  workedMinutes: number;
  minutesByCivilDay: readonly [number, number];
  nightMinutes: number;
  /** Night shift: at least the threshold inside the night period (staffing's NO_NIGHT_WORK test, the same figure). */
  night: boolean;
  /** Keys of the templates that may not be worked the day after this one (daily rest, or the site's own list). */
  cannotFollow: readonly string[];
}

export interface TemplateDerivation {
  night: NightPeriod;
  /** Hours inside the night period that make a night shift (labour.md: 3 h). */
  nightHoursThreshold: number;
  /** Daily rest between the end of one shift and the start of the next day's (11 h = 660); null: not checked. */
  minDailyRestMinutes: number | null;
  /** Successions the site forbids on top of the daily rest (e.g. night then afternoon). */
  forbidden: readonly { from: string; to: string }[];
}

/** Wall-clock rest between a shift and the next day's one (the solver's view; a real date may differ by the DST hour). */
export function nominalRestMinutes(
  before: Pick<ShiftTemplate, 'start' | 'end'>,
  after: Pick<ShiftTemplate, 'start'>,
): number {
  const end = minutesOfDay(before.start) + shiftLengthMinutes(before);
  return 1440 + minutesOfDay(after.start) - end;
}

/** Nominal figures of each template, read on a date without a clock change in UTC. */
export function deriveTemplates(
  templates: readonly ShiftTemplate[],
  d: TemplateDerivation,
): DerivedShiftTemplate[] {
  return templates.map((t) => {
    const timing = shiftTimingOn(t, '2001-01-01', 'UTC', d.night);
    const cannotFollow = templates
      .filter(
        (u) =>
          (d.minDailyRestMinutes !== null && nominalRestMinutes(t, u) < d.minDailyRestMinutes) ||
          d.forbidden.some((f) => f.from === t.key && f.to === u.key),
      )
      .map((u) => u.key);
    const start = minutesOfDay(t.start);
    return {
      template: t,
      key: t.key,
      start,
      end: start + shiftLengthMinutes(t),
      workedMinutes: timing.workedMinutes,
      minutesByCivilDay: timing.minutesByCivilDay,
      nightMinutes: timing.nightMinutes,
      night: nightHoursOfShift(t, d.night.nightStart, d.night.nightEnd) >= d.nightHoursThreshold,
      cannotFollow,
    };
  });
}

export interface BreakCheck {
  workedMinutes: number;
  /** Longest stretch of work without a break of at least the required length. */
  longestStretchMinutes: number;
  longestBreakMinutes: number;
}

/**
 * The 20-minute break (C. trav. L3121-16): once a day's work reaches 6 h, a break of at least 20 consecutive minutes
 * must come before 6 h of work in a row. Returns the figures when the template breaks it, null when it is fine.
 */
export function breakShortfall(
  t: Pick<ShiftTemplate, 'start' | 'end' | 'breaks'>,
  thresholdMinutes: number,
  minBreakMinutes: number,
): BreakCheck | null {
  const timing = shiftTimingOn(t, '2001-01-01', 'UTC');
  if (timing.workedMinutes < thresholdMinutes) return null;
  // Breaks shorter than the minimum do not split the stretch: they are merged back into the work around them.
  let longestStretch = 0;
  let longestBreak = 0;
  let stretchStart = timing.startMs;
  for (let i = 0; i < timing.work.length; i++) {
    const current = timing.work[i]!;
    const next = timing.work[i + 1];
    const gap = next ? minutesBetween(current[1], next[0]) : Number.POSITIVE_INFINITY;
    if (next) longestBreak = Math.max(longestBreak, gap);
    if (gap >= minBreakMinutes) {
      const worked = timing.work
        .filter((w) => w[0] >= stretchStart && w[1] <= current[1])
        .reduce((s, w) => s + minutesBetween(w[0], w[1]), 0);
      longestStretch = Math.max(longestStretch, worked);
      if (next) stretchStart = next[0];
    }
  }
  if (longestStretch < thresholdMinutes) return null;
  return {
    workedMinutes: timing.workedMinutes,
    longestStretchMinutes: longestStretch,
    longestBreakMinutes: longestBreak,
  };
}
