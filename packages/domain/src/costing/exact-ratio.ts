// Exact rationals over BigInt for the cost model: decimal inputs (0.07, 1.95) must not pick up binary noise before the single rounding.

/** A non-reduced fraction n / d with d > 0. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    [x, y] = [y, x % y];
  }
  return x;
}

function reduce(n: bigint, d: bigint): Ratio {
  if (d === 0n) throw new RangeError('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export const ZERO: Ratio = { n: 0n, d: 1n };
export const ONE: Ratio = { n: 1n, d: 1n };

export function int(n: number | bigint): Ratio {
  return { n: BigInt(n), d: 1n };
}

/**
 * The decimal a person typed, exactly: 0.07 → 7/100, read from the shortest round-trip decimal string of the
 * number (so 0.1 is 1/10, not the binary double nearest to it).
 */
export function fromDecimal(x: number): Ratio {
  if (!Number.isFinite(x)) throw new RangeError('not a finite number');
  const [mantissa = '0', exponentText] = String(x).toLowerCase().split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? mantissa.slice(1) : mantissa).split('.');
  let n = BigInt(whole + fraction) * (negative ? -1n : 1n);
  let d = 10n ** BigInt(fraction.length);
  if (exponent > 0) n *= 10n ** BigInt(exponent);
  if (exponent < 0) d *= 10n ** BigInt(-exponent);
  return reduce(n, d);
}

export function add(a: Ratio, b: Ratio): Ratio {
  return reduce(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Ratio, b: Ratio): Ratio {
  return reduce(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function mul(a: Ratio, b: Ratio): Ratio {
  return reduce(a.n * b.n, a.d * b.d);
}

export function div(a: Ratio, b: Ratio): Ratio {
  return reduce(a.n * b.d, a.d * b.n);
}

export function sum(values: readonly Ratio[]): Ratio {
  return values.reduce(add, ZERO);
}

export function isZero(a: Ratio): boolean {
  return a.n === 0n;
}

/** Nearest integer, halves away from zero (12.5 → 13, −12.5 → −13): the one rounding rule of the cost model. */
export function roundHalfAway(a: Ratio): number {
  const negative = a.n < 0n;
  const n = negative ? -a.n : a.n;
  const rounded = (2n * n + a.d) / (2n * a.d);
  return Number(negative ? -rounded : rounded);
}

/** For display and tests only; never fed back into a computation. */
export function toNumber(a: Ratio): number {
  return Number(a.n) / Number(a.d);
}
