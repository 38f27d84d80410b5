// Ridge least squares through the normal equations and a Cholesky factorisation (small dense problems only).

/**
 * Solves min ‖Xβ − y‖² + Σ ridge_j β_j². `ridge` is one penalty per column (0 leaves the column free, e.g. the
 * intercept); a small positive penalty keeps XᵀX invertible when a column is constant or all-zero.
 * Returns null when the system is not positive definite.
 * @example solveRidge([[1, 0], [1, 1], [1, 2]], [1, 3, 5], [0, 0]) // ≈ [1, 2]
 */
export function solveRidge(
  rows: readonly (readonly number[])[],
  y: readonly number[],
  ridge: readonly number[],
): number[] | null {
  const p = ridge.length;
  const a: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const b = new Array<number>(p).fill(0);
  rows.forEach((x, r) => {
    const yr = y[r]!;
    for (let i = 0; i < p; i++) {
      const xi = x[i]!;
      if (xi === 0) continue;
      b[i]! += xi * yr;
      const ai = a[i]!;
      for (let j = i; j < p; j++) ai[j]! += xi * x[j]!;
    }
  });
  for (let i = 0; i < p; i++) {
    a[i]![i]! += ridge[i]!;
    for (let j = 0; j < i; j++) a[i]![j] = a[j]![i]!;
  }
  const l = cholesky(a);
  if (!l) return null;
  // Forward then back substitution: L z = b, Lᵀ β = z.
  const z = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i]![k]! * z[k]!;
    z[i] = s / l[i]![i]!;
  }
  const beta = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let k = i + 1; k < p; k++) s -= l[k]![i]! * beta[k]!;
    beta[i] = s / l[i]![i]!;
  }
  return beta;
}

/** Lower-triangular L with A = L Lᵀ, or null when A is not (numerically) positive definite. */
export function cholesky(a: readonly (readonly number[])[]): number[][] | null {
  const n = a.length;
  const l: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      if (i === j) {
        if (!(s > 1e-12 * Math.max(1, Math.abs(a[i]![i]!)))) return null;
        l[i]![i] = Math.sqrt(s);
      } else {
        l[i]![j] = s / l[j]![j]!;
      }
    }
  }
  return l;
}
