// One plotted point of a control chart, with its z-score and zone, the common currency of every chart type.

/** Which band of the chart a point falls in: C within 1σ, B within 2σ, A within 3σ, beyond past 3σ. */
export type SpcZone = 'C' | 'B' | 'A' | 'beyond';
/** On which side of the centre line a point lies (exactly on it: `centre`). */
export type SpcSide = 'above' | 'below' | 'centre';

export interface SpcPoint {
  index: number;
  date: string | null;
  /** Plotted statistic: proportion (p), rate per unit (u), or the individual value (XmR). */
  value: number;
  centre: number;
  lcl: number;
  ucl: number;
  /** Standard deviation of this point's statistic (varies with the subgroup size for p and u charts). */
  sigma: number;
  /** (value − centre) / sigma: run rules read only this, so they apply to every chart type alike. */
  z: number;
  zone: SpcZone;
  side: SpcSide;
  baseline: boolean;
}

/**
 * When sigma is 0 (e.g. p̄ = 0, or a flat baseline) any departure from the centre is infinitely many sigmas
 * away, which is what rule 1 should report; a value on the centre stays at 0.
 */
export function zScore(value: number, centre: number, sigma: number): number {
  const delta = value - centre;
  if (sigma > 0) return delta / sigma;
  if (delta === 0) return 0;
  return delta > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
}

/** Zone from a z-score; boundaries belong to the inner zone so that "beyond kσ" always means |z| > k. */
export function zoneOf(z: number): SpcZone {
  const a = Math.abs(z);
  if (a > 3) return 'beyond';
  if (a > 2) return 'A';
  if (a > 1) return 'B';
  return 'C';
}

export function sideOf(z: number): SpcSide {
  if (z > 0) return 'above';
  if (z < 0) return 'below';
  return 'centre';
}

export function makeSpcPoint(fields: Omit<SpcPoint, 'z' | 'zone' | 'side'> & { z?: number }): SpcPoint {
  const z = fields.z ?? zScore(fields.value, fields.centre, fields.sigma);
  return {
    index: fields.index,
    date: fields.date,
    value: fields.value,
    centre: fields.centre,
    lcl: fields.lcl,
    ucl: fields.ucl,
    sigma: fields.sigma,
    z,
    zone: zoneOf(z),
    side: sideOf(z),
    baseline: fields.baseline,
  };
}
