// Baseline calendar profile (level × weekday × month, or level + weekday + month) giving each point its centre.
import { isoWeekday } from '../../shared/dates.ts';
import { DomainError } from '../../shared/errors.ts';
import { parseIsoDate } from '../../shared/units.ts';

/**
 * Which calendar effects the centre line follows. Daily warehouse KPIs have a weekday rhythm (Monday backlog,
 * light Saturdays, Sunday volumes…) and a seasonal one; a flat centre would flag that rhythm as special cause.
 */
export interface CalendarAdjustment {
  weekday?: boolean;
  /** Month-of-year factor; needs a baseline covering the months to be monitored (else the factor stays neutral). */
  month?: boolean;
}

export type ProfileMode = 'multiplicative' | 'additive';

export interface CalendarProfile {
  mode: ProfileMode;
  /** Baseline level: Σnumerator/Σdenominator (multiplicative) or the baseline mean (additive). */
  level: number;
  /** Index 0 = ISO weekday 1 (Monday) … 6 = Sunday. Neutral (1 or 0) when not adjusted or unseen in the baseline. */
  weekday: number[];
  /** Index 0 = January … 11 = December. Neutral when not adjusted or unseen in the baseline. */
  month: number[];
  weekdayObserved: boolean[];
  monthObserved: boolean[];
}

export interface CalendarKey {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** 0 = January … 11 = December. */
  month: number;
}

/** Weekday and month of a point; a calendar adjustment cannot work without a valid date. */
export function calendarKey(date: string | null | undefined, index: number): CalendarKey {
  const parsed = date == null ? null : parseIsoDate(date);
  if (parsed === null) throw new DomainError('SPC_DATE_INVALID', { params: { index, date: date ?? null } });
  return { weekday: isoWeekday(parsed) - 1, month: Number(parsed.slice(5, 7)) - 1 };
}

export function adjustsCalendar(adjustment: CalendarAdjustment | undefined): boolean {
  return adjustment?.weekday === true || adjustment?.month === true;
}

const MAX_ITERATIONS = 500;
const TOLERANCE = 1e-13;

/** Per-point calendar keys, or null when the centre is flat (dates then stay optional). */
export function calendarKeys(
  dates: readonly (string | null | undefined)[],
  adjustment: CalendarAdjustment | undefined,
): CalendarKey[] | null {
  if (!adjustsCalendar(adjustment)) return null;
  return dates.map((d, i) => calendarKey(d, i));
}

/**
 * Multiplicative profile for counts over exposures: centre_i = level × w(weekday_i) × m(month_i), fitted to the
 * baseline by iterative proportional fitting (the maximum-likelihood fit of a log-linear Poisson model, where
 * each factor makes the fitted total of its weekday/month equal the observed total). With weekday alone one pass
 * gives w_d = (Σx_d/Σn_d) / level, i.e. the baseline proportion per weekday. XmR data use denominator 1.
 */
export function fitMultiplicativeProfile(
  rows: readonly { numerator: number; denominator: number }[],
  keys: readonly CalendarKey[] | null,
  mask: readonly boolean[],
  adjustment: CalendarAdjustment | undefined,
): CalendarProfile {
  let num = 0;
  let den = 0;
  rows.forEach((r, i) => {
    if (mask[i]) {
      num += r.numerator;
      den += r.denominator;
    }
  });
  const level = den > 0 ? num / den : 0;
  const profile = neutralProfile('multiplicative', level);
  if (keys === null) return profile;
  const byWeekday = adjustment?.weekday === true;
  const byMonth = adjustment?.month === true;
  markObserved(profile, keys, mask);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let change = 0;
    if (byWeekday)
      change = Math.max(
        change,
        rescale(
          rows,
          keys,
          mask,
          (k) => k.weekday,
          profile.weekday,
          (k) => level * profile.month[k.month]!,
        ),
      );
    if (byMonth)
      change = Math.max(
        change,
        rescale(
          rows,
          keys,
          mask,
          (k) => k.month,
          profile.month,
          (k) => level * profile.weekday[k.weekday]!,
        ),
      );
    if (change < TOLERANCE || !(byWeekday && byMonth)) break;
  }
  return profile;
}

/**
 * Additive profile for values that may be negative or whose calendar effect is a shift rather than a ratio:
 * centre_i = level + a(weekday_i) + b(month_i), the least-squares two-way fit obtained by backfitting
 * (alternating group means of the partial residuals), which converges for unbalanced calendars too.
 */
export function fitAdditiveProfile(
  values: readonly number[],
  keys: readonly CalendarKey[] | null,
  mask: readonly boolean[],
  adjustment: CalendarAdjustment | undefined,
): CalendarProfile {
  let sum = 0;
  let count = 0;
  values.forEach((v, i) => {
    if (mask[i]) {
      sum += v;
      count++;
    }
  });
  const profile = neutralProfile('additive', count > 0 ? sum / count : 0);
  if (keys === null) return profile;
  const byWeekday = adjustment?.weekday === true;
  const byMonth = adjustment?.month === true;
  markObserved(profile, keys, mask);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let change = 0;
    if (byWeekday)
      change = Math.max(
        change,
        backfit(
          values,
          keys,
          mask,
          (k) => k.weekday,
          profile.weekday,
          (k) => profile.month[k.month]!,
          profile,
        ),
      );
    if (byMonth)
      change = Math.max(
        change,
        backfit(
          values,
          keys,
          mask,
          (k) => k.month,
          profile.month,
          (k) => profile.weekday[k.weekday]!,
          profile,
        ),
      );
    if (change < TOLERANCE * (1 + Math.abs(profile.level)) || !(byWeekday && byMonth)) break;
  }
  return profile;
}

/** Centre line of a point under a profile. */
export function profileCentre(profile: CalendarProfile, key: CalendarKey | null): number {
  if (key === null) return profile.level;
  const w = profile.weekday[key.weekday]!;
  const m = profile.month[key.month]!;
  return profile.mode === 'multiplicative' ? profile.level * w * m : profile.level + w + m;
}

function neutralProfile(mode: ProfileMode, level: number): CalendarProfile {
  const neutral = mode === 'multiplicative' ? 1 : 0;
  return {
    mode,
    level,
    weekday: new Array<number>(7).fill(neutral),
    month: new Array<number>(12).fill(neutral),
    weekdayObserved: new Array<boolean>(7).fill(false),
    monthObserved: new Array<boolean>(12).fill(false),
  };
}

function markObserved(
  profile: CalendarProfile,
  keys: readonly CalendarKey[],
  mask: readonly boolean[],
): void {
  keys.forEach((k, i) => {
    if (!mask[i]) return;
    profile.weekdayObserved[k.weekday] = true;
    profile.monthObserved[k.month] = true;
  });
}

/** One IPF step for one margin; returns the largest factor change. Unseen groups keep the neutral factor 1. */
function rescale(
  rows: readonly { numerator: number; denominator: number }[],
  keys: readonly CalendarKey[],
  mask: readonly boolean[],
  group: (k: CalendarKey) => number,
  factors: number[],
  otherExpected: (k: CalendarKey) => number,
): number {
  const observed = new Array<number>(factors.length).fill(0);
  const expected = new Array<number>(factors.length).fill(0);
  rows.forEach((r, i) => {
    if (!mask[i]) return;
    const k = keys[i]!;
    observed[group(k)]! += r.numerator;
    expected[group(k)]! += r.denominator * otherExpected(k);
  });
  let change = 0;
  for (let g = 0; g < factors.length; g++) {
    const e = expected[g]!;
    if (e <= 0) continue;
    const next = observed[g]! / e;
    change = Math.max(change, Math.abs(next - factors[g]!));
    factors[g] = next;
  }
  return change;
}

/** One backfitting step for one margin; returns the largest offset change. Unseen groups keep offset 0. */
function backfit(
  values: readonly number[],
  keys: readonly CalendarKey[],
  mask: readonly boolean[],
  group: (k: CalendarKey) => number,
  offsets: number[],
  otherOffset: (k: CalendarKey) => number,
  profile: CalendarProfile,
): number {
  const sums = new Array<number>(offsets.length).fill(0);
  const counts = new Array<number>(offsets.length).fill(0);
  values.forEach((v, i) => {
    if (!mask[i]) return;
    const k = keys[i]!;
    sums[group(k)]! += v - profile.level - otherOffset(k);
    counts[group(k)]! += 1;
  });
  let change = 0;
  for (let g = 0; g < offsets.length; g++) {
    const n = counts[g]!;
    if (n === 0) continue;
    const next = sums[g]! / n;
    change = Math.max(change, Math.abs(next - offsets[g]!));
    offsets[g] = next;
  }
  return change;
}
