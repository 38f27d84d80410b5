// The standard normal distribution function, accurate enough (≈1e-13) to derive exact false-alarm rates.

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** Standard normal density φ(x). */
export function normalDensity(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/**
 * Standard normal distribution function Φ(x). Near the centre the Taylor series
 * Φ(x) = ½ + φ(x) Σ x^(2k+1)/(1·3·…·(2k+1)) converges fast with only positive terms; in the tails Laplace's
 * continued fraction avoids the cancellation the series would suffer (Abramowitz & Stegun 26.2.11, 26.2.14).
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (Math.abs(x) < 5) {
    let term = x;
    let sum = x;
    for (let k = 1; k < 500; k++) {
      term *= (x * x) / (2 * k + 1);
      sum += term;
      if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
    }
    return 0.5 + normalDensity(x) * sum;
  }
  const t = Math.abs(x);
  // Upper tail Q(t) = φ(t) / (t + 1/(t + 2/(t + 3/(t + …)))), evaluated bottom-up.
  let fraction = t;
  for (let k = 60; k >= 1; k--) fraction = t + k / fraction;
  const tail = normalDensity(t) / fraction;
  return x > 0 ? 1 - tail : tail;
}
