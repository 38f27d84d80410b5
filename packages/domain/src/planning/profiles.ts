// The site's operating profile: shifts, inbound arrival profile, shipping cut-off, precedence delays, activity hours.
import { z } from 'zod';
import { ACTIVITIES, type Activity } from './activity.ts';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'INVALID_TIME' });
/** Activity windows and the cut-off sit on the hourly grid of the workload, so they are whole hours (24:00 allowed). */
const wholeHour = z.string().regex(/^([01]\d|2[0-4]):00$/, { message: 'INVALID_WHOLE_HOUR' });

/** Minutes since 00:00 of a "HH:MM" time ("24:00" → 1440). */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** An "HH:00" time as an hour number ("14:00" → 14). */
export function hourOf(time: string): number {
  return Math.floor(minutesOfDay(time) / 60);
}

/** A shift; `end` at or before `start` means it ends the next morning (night shift 21:00–05:00). */
export const shiftSchema = z.strictObject({
  key: z.string().min(1).max(30),
  start: clockTime,
  end: clockTime,
  /** Unpaid break inside the shift (C. trav. L3121-16: ≥ 20 min once 6 h are worked; CCNs often give 30). */
  breakMinutes: z.number().int().min(0).max(180).default(30),
});
export type Shift = z.infer<typeof shiftSchema>;

export const DEFAULT_SHIFTS: readonly Shift[] = [
  { key: 'morning', start: '05:00', end: '13:00', breakMinutes: 30 },
  { key: 'afternoon', start: '13:00', end: '21:00', breakMinutes: 30 },
  { key: 'night', start: '21:00', end: '05:00', breakMinutes: 30 },
];

/** Length of a shift in minutes, across midnight when it ends the next morning. */
export function shiftLengthMinutes(s: Pick<Shift, 'start' | 'end'>): number {
  const length = minutesOfDay(s.end) - minutesOfDay(s.start);
  return length > 0 ? length : length + 1440;
}

export const activityWindowSchema = z
  .strictObject({ start: wholeHour, end: wholeHour })
  .refine((w) => hourOf(w.start) < hourOf(w.end), { message: 'WINDOW_END_BEFORE_START', path: ['end'] });
export type ActivityWindow = z.infer<typeof activityWindowSchema>;

/** Hours an activity may run when the profile does not tie it to trucks: the two day shifts by default. */
export const DEFAULT_ACTIVITY_WINDOWS: Readonly<Record<Activity, ActivityWindow>> = Object.fromEntries(
  ACTIVITIES.map((a) => [a, { start: '05:00', end: '21:00' }]),
) as Record<Activity, ActivityWindow>;

/** Trucks arrive evenly 05:00–13:00 unless the site gives its own profile. */
const DEFAULT_ARRIVALS = Array.from({ length: 24 }, (_, h) => (h >= 5 && h < 13 ? 1 : 0));

export const operatingProfileSchema = z.strictObject({
  shifts: z
    .array(shiftSchema)
    .min(1)
    .default(() => DEFAULT_SHIFTS.map((s) => ({ ...s }))),
  /** Relative weight of inbound truck arrivals in each hour 0–23 (any scale; normalised when used). */
  inboundArrivalWeights: z
    .array(z.number().min(0))
    .length(24)
    .refine((w) => w.some((x) => x > 0), { message: 'ARRIVAL_PROFILE_EMPTY' })
    .default(() => [...DEFAULT_ARRIVALS]),
  /** Same-day shipping cut-off: picking and packing end before it, loading starts at it. */
  shippingCutoff: wholeHour.default('14:00'),
  /** Putaway follows receipt after this delay (dock-to-stock; kpis.md §2 BIC < 3.5 h). */
  putawayDelayHours: z.number().int().min(0).max(24).default(2),
  /** Packing follows picking by this lag, so picking ends this long before the cut-off. */
  packingLagHours: z.number().int().min(0).max(12).default(1),
  /** Replenishment runs this long ahead of the picking it feeds. */
  replenishmentLeadHours: z.number().int().min(0).max(12).default(1),
  /** Per-activity allowed hours; activities left out use DEFAULT_ACTIVITY_WINDOWS. */
  activityHours: z.partialRecord(z.enum(ACTIVITIES), activityWindowSchema).default({}),
});
export type OperatingProfile = z.infer<typeof operatingProfileSchema>;

/** The hours an activity may run on this site. */
export function activityWindow(
  profile: Pick<OperatingProfile, 'activityHours'>,
  a: Activity,
): ActivityWindow {
  return profile.activityHours[a] ?? DEFAULT_ACTIVITY_WINDOWS[a];
}
