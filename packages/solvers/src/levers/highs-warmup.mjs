// A synthetic levers-like LP solved a few times when the solver thread starts, while the plan still reads its data:
// HiGHS's WebAssembly starts on the baseline compiler, and the engine optimises a function only once it has run
// for a while, so the plan's first real weeks would otherwise be solved by slow code.
import { solveMatrix } from './highs-core.mjs';

/** Deterministic pseudo-random numbers (mulberry32): the warm-up does the same work every time. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A week's shape: 60 cover rows (≥ the gap), 300 person-days with two tiers each, a daily cap, and an allocation
 * to 1–3 rows, plus an expensive slack per row; about 1,300 columns and 700 rows, as a large site's plan week.
 */
export function warmUpModel(seed = 1) {
  const next = random(seed);
  const coverRows = 60;
  const rows = []; // [terms: [col, coef][], lower, upper]
  const cols = []; // [cost, lower, upper]
  const cover = Array.from({ length: coverRows }, () => []);
  for (let pd = 0; pd < 300; pd++) {
    const cap = 1 + Math.floor(next() * 3);
    const base = 2000 + Math.floor(next() * 1500);
    const t1 = cols.push([base * 1.25, 0, cap]) - 1;
    const t2 = cols.push([base * 1.5, 0, cap]) - 1;
    rows.push([
      [
        [t1, 1],
        [t2, 1],
      ],
      Number.NEGATIVE_INFINITY,
      cap,
    ]);
    const balance = [
      [t1, -1],
      [t2, -1],
    ];
    const targets = 1 + Math.floor(next() * 3);
    for (let k = 0; k < targets; k++) {
      const a = cols.push([0, 0, Number.POSITIVE_INFINITY]) - 1;
      balance.push([a, 1]);
      cover[Math.floor(next() * coverRows)]?.push([a, 1]);
    }
    rows.push([balance, 0, 0]);
  }
  for (const terms of cover) {
    const temp = cols.push([3500, 0, Number.POSITIVE_INFINITY]) - 1;
    const slack = cols.push([1_000_000, 0, Number.POSITIVE_INFINITY]) - 1;
    terms.push([temp, 0.75], [slack, 1]);
    rows.push([terms, 5 + next() * 40, Number.POSITIVE_INFINITY]);
  }
  const starts = [0];
  const indices = [];
  const values = [];
  for (const [terms] of rows) {
    for (const [j, coef] of terms) {
      indices.push(j);
      values.push(coef);
    }
    starts.push(indices.length);
  }
  return {
    colCost: Float64Array.from(cols, (c) => c[0]),
    colLower: Float64Array.from(cols, (c) => c[1]),
    colUpper: Float64Array.from(cols, (c) => c[2]),
    rowLower: Float64Array.from(rows, (r) => r[1]),
    rowUpper: Float64Array.from(rows, (r) => r[2]),
    starts: Int32Array.from(starts),
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
  };
}

/** Solves warm-up models until `budgetMs` has passed (at least one); returns how many were solved. */
export function warmUp(highs, options, budgetMs) {
  const started = performance.now();
  let solved = 0;
  do {
    const outcome = solveMatrix(highs, warmUpModel(solved + 1), options);
    if (outcome.solverStatus !== 'Optimal') break;
    solved++;
  } while (performance.now() - started < budgetMs);
  return solved;
}
