// p and u control charts for ratio KPIs (numerator over a varying denominator), limits from a baseline.
import { DomainError } from '../../shared/errors.ts';
import { type BaselineSelection, baselineMask } from './baseline.ts';
import {
  type CalendarAdjustment,
  type CalendarProfile,
  calendarKeys,
  fitMultiplicativeProfile,
  profileCentre,
} from './calendar-profile.ts';
import { makeSpcPoint, type SpcPoint } from './spc-point.ts';

/**
 * A ratio observation kept as numerator and denominator (never as a ratio) so that the baseline centre is
 * Σnumerator/Σdenominator, the correctly weighted rate. p chart: nonconforming count over items inspected;
 * u chart: defect count over units of opportunity (orders, lines, thousands of picks…).
 */
export interface RatioObservation {
  date?: string;
  numerator: number;
  denominator: number;
  baseline?: boolean;
}

export interface AttributeChartOptions {
  baseline?: BaselineSelection;
  /**
   * Weekday/month centre: the baseline rate per weekday (and month factor, fitted jointly); dates required.
   * Each point's sigma then uses its own adjusted centre, so a weekday with a higher rate also gets wider limits.
   */
  adjust?: CalendarAdjustment;
}

export interface AttributeChart {
  kind: 'p' | 'u';
  points: SpcPoint[];
  profile: CalendarProfile;
}

/**
 * p chart: p_i = x_i/n_i, centre p̄ = Σx/Σn over the baseline, sigma_i = √(p̄(1−p̄)/n_i), limits p̄ ± 3 sigma_i
 * clamped to [0, 1] (a proportion cannot leave them).
 */
export function pChart(
  observations: readonly RatioObservation[],
  options: AttributeChartOptions = {},
): AttributeChart {
  observations.forEach((o, i) => {
    validate(o, i);
    if (o.numerator > o.denominator)
      throw new DomainError('SPC_PROPORTION_ABOVE_ONE', {
        params: { index: i, numerator: o.numerator, denominator: o.denominator },
      });
  });
  return attributeChart('p', observations, options, (centre, n) => Math.sqrt((centre * (1 - centre)) / n));
}

/**
 * u chart: u_i = c_i/n_i, centre ū = Σc/Σn over the baseline, sigma_i = √(ū/n_i) (Poisson), limits ū ± 3 sigma_i,
 * the lower one clamped at 0.
 */
export function uChart(
  observations: readonly RatioObservation[],
  options: AttributeChartOptions = {},
): AttributeChart {
  observations.forEach(validate);
  return attributeChart('u', observations, options, (centre, n) => Math.sqrt(centre / n));
}

function validate(o: RatioObservation, index: number): void {
  if (
    !Number.isFinite(o.numerator) ||
    !Number.isFinite(o.denominator) ||
    o.numerator < 0 ||
    !(o.denominator > 0)
  )
    throw new DomainError('SPC_RATIO_INVALID', {
      params: { index, numerator: o.numerator, denominator: o.denominator },
    });
}

function attributeChart(
  kind: 'p' | 'u',
  observations: readonly RatioObservation[],
  options: AttributeChartOptions,
  sigmaOf: (centre: number, n: number) => number,
): AttributeChart {
  const mask = baselineMask(observations, options.baseline);
  const keys = calendarKeys(
    observations.map((o) => o.date),
    options.adjust,
  );
  const profile = fitMultiplicativeProfile(observations, keys, mask, options.adjust);
  const points = observations.map((o, i) => {
    let centre = profileCentre(profile, keys === null ? null : keys[i]!);
    // A joint weekday × month fit can overshoot 1 for a proportion; a centre of 1 then means "always".
    if (kind === 'p') centre = Math.min(centre, 1);
    const sigma = sigmaOf(centre, o.denominator);
    const lcl = Math.max(0, centre - 3 * sigma);
    const ucl = kind === 'p' ? Math.min(1, centre + 3 * sigma) : centre + 3 * sigma;
    return makeSpcPoint({
      index: i,
      date: o.date ?? null,
      value: o.numerator / o.denominator,
      centre,
      lcl,
      ucl,
      sigma,
      baseline: mask[i]!,
    });
  });
  return { kind, points, profile };
}
