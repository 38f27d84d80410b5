// Cold-work exposure limits (DIN 33403-5 table, qualifications-safety.md §3) and the share of a shift spent inside.
import type { TemperatureClass } from '../site/zone.ts';

export const COLD_RANGES = ['I', 'II', 'III', 'IV', 'V'] as const;
export type ColdRange = (typeof COLD_RANGES)[number];

export interface ColdExposureLimit {
  /** Air temperature band, °C (upper bound exclusive of the next band). */
  fromC: number;
  toC: number;
  maxContinuousMinutes: number;
  /** Warm-up time as a fraction of the exposure that preceded it. */
  warmUpShare: number;
  /** Warm-up never shorter than this after a maximal exposure. */
  minWarmUpMinutes: number;
}

/**
 * qualifications-safety.md §3, "Exposure/warm-up schedule (German DIN 33403-5, used as reference by the Geneva labour
 * inspectorate)": I +15→+10 °C 150 min, 5 %, 10 min; II +10→−5 °C 150 min, 5 %, 10 min; III −5→−18 °C 90 min, 20 %,
 * 15 min; IV −18→−30 °C 90 min, 30 %, 30 min; V −30→−40 °C 60 min, 100 %, 60 min.
 */
export const COLD_EXPOSURE_TABLE: Readonly<Record<ColdRange, ColdExposureLimit>> = {
  I: { fromC: 10, toC: 15, maxContinuousMinutes: 150, warmUpShare: 0.05, minWarmUpMinutes: 10 },
  II: { fromC: -5, toC: 10, maxContinuousMinutes: 150, warmUpShare: 0.05, minWarmUpMinutes: 10 },
  III: { fromC: -18, toC: -5, maxContinuousMinutes: 90, warmUpShare: 0.2, minWarmUpMinutes: 15 },
  IV: { fromC: -30, toC: -18, maxContinuousMinutes: 90, warmUpShare: 0.3, minWarmUpMinutes: 30 },
  V: { fromC: -40, toC: -30, maxContinuousMinutes: 60, warmUpShare: 1, minWarmUpMinutes: 60 },
};

/**
 * The band of each zone class at its coldest set-point (site/zone.ts TEMPERATURE_RANGES): positive cold 0/+8 °C
 * falls in II, negative cold −18/−30 °C in IV. Ambient zones have no limit.
 */
export const COLD_RANGE_OF_CLASS: Readonly<Record<TemperatureClass, ColdRange | null>> = {
  ambient: null,
  positive_cold: 'II',
  negative_cold: 'IV',
};

/** Warm-up after a maximal stint: max(share × stint, minimum). IV: max(0.30 × 90, 30) = 30 min. */
export function warmUpMinutes(limit: ColdExposureLimit): number {
  return Math.max(limit.warmUpShare * limit.maxContinuousMinutes, limit.minWarmUpMinutes);
}

/**
 * Largest share of working time a person may spend inside, in stints of the maximum length each followed by its
 * warm-up: stint / (stint + warm-up). IV: 90 / (90 + 30) = 0.75, the handbook's "max ≈ 75 % of shift time inside";
 * II: 150 / 160 = 0.9375. Ambient (null) → 1.
 */
export function coldExposureShare(range: ColdRange | null): number {
  if (range === null) return 1;
  const limit = COLD_EXPOSURE_TABLE[range];
  return limit.maxContinuousMinutes / (limit.maxContinuousMinutes + warmUpMinutes(limit));
}
