// Individuals and moving-range (XmR) chart for one value per period, limits from the baseline's moving ranges.
import { DomainError } from '../../shared/errors.ts';
import { type BaselineSelection, baselineMask } from './baseline.ts';
import {
  type CalendarAdjustment,
  type CalendarProfile,
  calendarKeys,
  fitAdditiveProfile,
  fitMultiplicativeProfile,
  type ProfileMode,
  profileCentre,
} from './calendar-profile.ts';
import { makeSpcPoint, type SpcPoint } from './spc-point.ts';

/** d2 for ranges of 2: E|X1 − X2| = 2σ/√π ≈ 1.128σ. */
export const XMR_D2 = 1.128;
/** D4 for ranges of 2: upper limit of the moving-range chart as a multiple of the mean moving range. */
export const XMR_D4 = 3.267;

export interface IndividualObservation {
  date?: string;
  value: number;
  baseline?: boolean;
}

export interface XmrChartOptions {
  baseline?: BaselineSelection;
  /** Weekday/month centre fitted on the baseline; dates required. */
  adjust?: CalendarAdjustment;
  /** How the calendar acts: multiplicative (volumes, default; needs a positive baseline) or additive. */
  mode?: ProfileMode;
}

export interface MovingRangePoint {
  index: number;
  date: string | null;
  /** |r_i − r_(i−1)| on the residuals (see `XmrChart.residualScale`); null when a residual is missing. */
  value: number | null;
  centre: number;
  ucl: number;
  /** Above the moving-range limit: a jump between two consecutive points. */
  beyondLimit: boolean;
}

/**
 * absolute: residual = value − centre, in the KPI's unit (flat centre, or additive calendar).
 * relative: residual = value / centre − 1 (multiplicative calendar), unitless.
 */
export type ResidualScale = 'absolute' | 'relative';

export interface XmrChart {
  kind: 'xmr';
  points: SpcPoint[];
  movingRanges: MovingRangePoint[];
  residualScale: ResidualScale;
  /** MR̄: mean of the moving ranges between consecutive baseline points, on the residual scale. */
  meanMovingRange: number;
  /** MR̄ / d2 on the residual scale (a coefficient of variation when relative); each point carries its own. */
  sigma: number;
  profile: CalendarProfile;
}

/**
 * Individuals chart: centre = baseline mean (or the calendar profile), sigma = MR̄/1.128, limits centre ± 3 sigma
 * (≈ 2.66 MR̄). Moving ranges are taken on residuals rather than raw values, so with a calendar adjustment the
 * weekday swing itself does not inflate sigma; with a flat centre the residual ranges are the raw ranges (the
 * textbook chart). With a multiplicative calendar the residuals are relative (value/centre − 1): a Monday at twice
 * the volume of a Tuesday also varies twice as much in units, so each point's sigma is centre_i × MR̄/1.128; a
 * calendar slot with centre 0 (a closed day) has sigma 0 and no residual, so any activity there is a signal.
 * Only pairs of consecutive points both in the baseline (and both with a residual) give baseline moving ranges,
 * so a gap in a flagged baseline does not count the jump across it.
 */
export function xmrChart(
  observations: readonly IndividualObservation[],
  options: XmrChartOptions = {},
): XmrChart {
  observations.forEach((o, i) => {
    if (!Number.isFinite(o.value)) throw new DomainError('SPC_VALUE_INVALID', { params: { index: i } });
  });
  const mask = baselineMask(observations, options.baseline);
  const keys = calendarKeys(
    observations.map((o) => o.date),
    options.adjust,
  );
  const mode = options.mode ?? 'multiplicative';
  if (mode === 'multiplicative' && keys !== null)
    observations.forEach((o, i) => {
      if (mask[i] && o.value < 0)
        throw new DomainError('SPC_MULTIPLICATIVE_NEEDS_POSITIVE', { params: { index: i, value: o.value } });
    });
  const values = observations.map((o) => o.value);
  const profile =
    mode === 'multiplicative'
      ? fitMultiplicativeProfile(
          observations.map((o) => ({ numerator: o.value, denominator: 1 })),
          keys,
          mask,
          options.adjust,
        )
      : fitAdditiveProfile(values, keys, mask, options.adjust);
  const centres = observations.map((_, i) => profileCentre(profile, keys === null ? null : keys[i]!));
  const residualScale: ResidualScale = mode === 'multiplicative' && keys !== null ? 'relative' : 'absolute';
  const residuals = values.map((v, i): number | null => {
    if (residualScale === 'absolute') return v - centres[i]!;
    const c = centres[i]!;
    return c > 0 ? v / c - 1 : null;
  });
  const rangeAt = (i: number): number | null => {
    const a = residuals[i];
    const b = residuals[i - 1];
    return i === 0 || a == null || b == null ? null : Math.abs(a - b);
  };

  let rangeSum = 0;
  let rangeCount = 0;
  for (let i = 1; i < residuals.length; i++) {
    const r = rangeAt(i);
    if (mask[i] && mask[i - 1] && r !== null) {
      rangeSum += r;
      rangeCount++;
    }
  }
  if (rangeCount === 0)
    throw new DomainError('SPC_BASELINE_TOO_SHORT', { params: { required: 2, consecutive: 0 } });
  const meanMovingRange = rangeSum / rangeCount;
  const sigma = meanMovingRange / XMR_D2;
  const mrUcl = XMR_D4 * meanMovingRange;

  const points = observations.map((o, i) => {
    const centre = centres[i]!;
    const pointSigma = residualScale === 'relative' ? centre * sigma : sigma;
    return makeSpcPoint({
      index: i,
      date: o.date ?? null,
      value: o.value,
      centre,
      lcl: centre - 3 * pointSigma,
      ucl: centre + 3 * pointSigma,
      sigma: pointSigma,
      baseline: mask[i]!,
    });
  });
  const movingRanges = observations.map((o, i): MovingRangePoint => {
    const value = rangeAt(i);
    return {
      index: i,
      date: o.date ?? null,
      value,
      centre: meanMovingRange,
      ucl: mrUcl,
      beyondLimit: value !== null && value > mrUcl,
    };
  });
  return { kind: 'xmr', points, movingRanges, residualScale, meanMovingRange, sigma, profile };
}
