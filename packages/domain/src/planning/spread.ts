// How a day's work of each activity spreads over the hours: arrival profile, precedence and cut-off, not evenly.
import type { Activity } from './activity.ts';
import { activityWindow, hourOf, type OperatingProfile } from './profiles.ts';

/**
 * Hour offsets from 00:00 of the volume's day → share of that day's work. Offsets may fall below 0 (replenishment
 * before the first picking hour) or reach 24 and beyond (putaway after a late truck): that work lands on the
 * neighbouring calendar day. Shares sum to 1.
 */
export type HourShares = ReadonlyMap<number, number>;

/** The rule applied to each activity; the code names its sentence in plan.json (`plan.spreadRule.<CODE>`). */
export const SPREAD_RULES = {
  unloading: 'ARRIVALS',
  receiving: 'ARRIVALS',
  putaway: 'AFTER_RECEIPT_DELAY',
  replenishment: 'AHEAD_OF_PICKING',
  picking: 'BEFORE_CUTOFF',
  packing: 'AFTER_PICKING',
  loading: 'AFTER_CUTOFF',
  returns: 'EVEN_IN_WINDOW',
  vas: 'EVEN_IN_WINDOW',
  inventory: 'EVEN_IN_WINDOW',
} as const satisfies Record<Activity, string>;
export type SpreadRule = (typeof SPREAD_RULES)[Activity];

export interface SpreadIssue {
  code: 'SPREAD_WINDOW_EMPTY';
  params: { activity: Activity; from: number; to: number };
}

/** Equal shares over the hours [from, to); empty when to ≤ from. */
export function evenShares(from: number, to: number): HourShares {
  const out = new Map<number, number>();
  for (let h = from; h < to; h++) out.set(h, 1 / (to - from));
  return out;
}

/** The inbound arrival weights normalised to shares (a truck is unloaded and received in the hour it arrives). */
export function arrivalShares(weights: readonly number[]): HourShares {
  const total = weights.reduce((s, w) => s + w, 0);
  const out = new Map<number, number>();
  weights.forEach((w, h) => {
    if (w > 0) out.set(h, w / total);
  });
  return out;
}

/** The same shares `by` hours later (negative: earlier). */
export function shiftedShares(shares: HourShares, by: number): HourShares {
  return new Map([...shares].map(([h, s]) => [h + by, s]));
}

/**
 * Keeps only the hours inside [from, to) and rescales them to sum to 1: precedence may push work outside the hours an
 * activity is allowed (replenishment an hour before a 05:00 picking start), and that work is then done within them.
 */
export function clippedShares(shares: HourShares, from: number, to: number): HourShares {
  // Windows are clock hours: work pushed past midnight (offset 25 = 01:00 next day) is judged by its hour of day.
  const kept = [...shares].filter(([h]) => {
    const clock = ((h % 24) + 24) % 24;
    return clock >= from && clock < to;
  });
  const total = kept.reduce((sum, [, x]) => sum + x, 0);
  return new Map(total > 0 ? kept.map(([h, x]) => [h, x / total]) : []);
}

/** Picking: evenly from the activity's first hour until `packingLagHours` before the cut-off, so packing can finish. */
export function pickingHours(profile: OperatingProfile): { from: number; to: number } {
  const w = activityWindow(profile, 'picking');
  return {
    from: hourOf(w.start),
    to: Math.min(hourOf(w.end), hourOf(profile.shippingCutoff) - profile.packingLagHours),
  };
}

/** Loading: evenly from the cut-off (nothing ships before the orders are packed) to the end of its window. */
export function loadingHours(profile: OperatingProfile): { from: number; to: number } {
  const w = activityWindow(profile, 'loading');
  return { from: Math.max(hourOf(w.start), hourOf(profile.shippingCutoff)), to: hourOf(w.end) };
}

function evenOrFallback(
  activity: Activity,
  profile: OperatingProfile,
  range: { from: number; to: number },
): { shares: HourShares; issues: SpreadIssue[] } {
  if (range.to > range.from) return { shares: evenShares(range.from, range.to), issues: [] };
  // The precedence leaves no hour (cut-off before the window opens): fall back to the window, and say so.
  const w = activityWindow(profile, activity);
  return {
    shares: evenShares(hourOf(w.start), hourOf(w.end)),
    issues: [{ code: 'SPREAD_WINDOW_EMPTY', params: { activity, ...range } }],
  };
}

/** Precedence shares clipped to the activity's allowed hours; when none is left, the window evenly, reported. */
function withinWindow(
  activity: Activity,
  profile: OperatingProfile,
  shares: HourShares,
): { shares: HourShares; issues: SpreadIssue[] } {
  const w = activityWindow(profile, activity);
  const [from, to] = [hourOf(w.start), hourOf(w.end)];
  const clipped = clippedShares(shares, from, to);
  if (clipped.size > 0) return { shares: clipped, issues: [] };
  const hours = [...shares.keys()];
  const clock = (h: number) => ((h % 24) + 24) % 24;
  return {
    shares: evenShares(from, to),
    issues: [
      {
        code: 'SPREAD_WINDOW_EMPTY',
        params: { activity, from: clock(Math.min(...hours)), to: clock(Math.max(...hours)) + 1 },
      },
    ],
  };
}

/**
 * The hourly shares of one activity's daily work under the site's profile. Trucks come when they come, so unloading
 * and receiving follow the arrivals whatever their window; every rule derived by precedence stays in its window.
 */
export function spreadShares(
  activity: Activity,
  profile: OperatingProfile,
): { shares: HourShares; issues: SpreadIssue[] } {
  const rule: SpreadRule = SPREAD_RULES[activity];
  switch (rule) {
    case 'ARRIVALS':
      return { shares: arrivalShares(profile.inboundArrivalWeights), issues: [] };
    case 'AFTER_RECEIPT_DELAY':
      return withinWindow(
        activity,
        profile,
        shiftedShares(arrivalShares(profile.inboundArrivalWeights), profile.putawayDelayHours),
      );
    case 'BEFORE_CUTOFF':
      return evenOrFallback(activity, profile, pickingHours(profile));
    case 'AFTER_PICKING':
      return withinWindow(
        activity,
        profile,
        shiftedShares(spreadShares('picking', profile).shares, profile.packingLagHours),
      );
    case 'AHEAD_OF_PICKING':
      return withinWindow(
        activity,
        profile,
        shiftedShares(spreadShares('picking', profile).shares, -profile.replenishmentLeadHours),
      );
    case 'AFTER_CUTOFF':
      return evenOrFallback(activity, profile, loadingHours(profile));
    case 'EVEN_IN_WINDOW': {
      const w = activityWindow(profile, activity);
      return { shares: evenShares(hourOf(w.start), hourOf(w.end)), issues: [] };
    }
  }
}

/** The rule of an activity with the figures its plan.json sentence (`plan.spreadRule.<code>`) needs. */
export function describeSpread(
  activity: Activity,
  profile: OperatingProfile,
): { code: SpreadRule; params: Record<string, number | string> } {
  const code: SpreadRule = SPREAD_RULES[activity];
  const cutoff = profile.shippingCutoff;
  const w = activityWindow(profile, activity);
  switch (code) {
    case 'ARRIVALS':
      return { code, params: {} };
    case 'AFTER_RECEIPT_DELAY':
      return { code, params: { delay: profile.putawayDelayHours } };
    case 'BEFORE_CUTOFF':
      return { code, params: { from: pickingHours(profile).from, lag: profile.packingLagHours, cutoff } };
    case 'AFTER_PICKING':
      return { code, params: { lag: profile.packingLagHours, cutoff } };
    case 'AHEAD_OF_PICKING':
      return { code, params: { lead: profile.replenishmentLeadHours } };
    case 'AFTER_CUTOFF':
      return { code, params: { cutoff, to: loadingHours(profile).to } };
    case 'EVEN_IN_WINDOW':
      return { code, params: { from: hourOf(w.start), to: hourOf(w.end) } };
  }
}
