// Exact per-point false-alarm probabilities of run rules, alone and combined, for an in-control normal process.
import { normalCdf } from './normal-distribution.ts';
import { RULE_WINDOW, type RuleSelection, resolveRules, type SpcRuleId } from './run-rules.ts';

/*
 * What is counted: the probability that a given point fires (at least one of) the rules, when every z-score is
 * an independent N(0, 1) draw and the point has a full window of history behind it — the long-run fraction of
 * flagged points of an in-control chart, which is what `evaluateRunRules` + `flaggedIndices` report (every
 * point extending a run fires again). It is not 1/ARL0: the average run length counts only the first alarm
 * of a chart restarted after each signal. The rates assume known centre and sigma; limits estimated from a
 * short baseline make the realised rate higher.
 *
 * How the combination is computed exactly: cut the line into the 8 zones (C, B, A, beyond, each side). Zone rules
 * (1, 2, 5–8 and Western Electric 1–4) depend only on the zone sequence, tracked by a small automaton (run
 * lengths, recent beyond-1σ/2σ marks) along the longest window. Given the zones, the points are independent and,
 * inside one zone, identically distributed, so each ordering inside a block of k equal zones is equally likely:
 * a strictly increasing window of zones has probability Π 1/k! over its blocks (Nelson 3) and an alternating one
 * Π E_k/k! (Euler zigzag numbers, Nelson 4), the order between different zones being fixed by the zones. Hence
 * P(any rule) = P(zone rule) + Σ_pattern E[1{no zone rule} · P(pattern | zones)], with the patterns increasing,
 * decreasing, alternating starting up, alternating starting down being mutually exclusive.
 */

/** Φ(−k): one-sided tail beyond k sigma. */
const tail = (k: number): number => normalCdf(-k);

/** Euler zigzag numbers E_0…E_n (alternating permutations of n), by the Seidel–Entringer triangle. */
export function zigzagNumbers(n: number): number[] {
  let row = [1];
  const out = [1];
  for (let r = 1; r <= n; r++) {
    const next = [0];
    for (let k = 1; k <= r; k++) next.push(next[k - 1]! + row[r - k]!);
    row = next;
    out.push(next[r]!);
  }
  return out;
}

function factorial(n: number): number {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return f;
}

/**
 * Closed forms, one rule alone (q1 = Φ(−1), q2 = Φ(−2), q3 = Φ(−3)):
 * - 1: 2·q3;  2: 2·½⁹;  Western Electric 4: 2·½⁸;
 * - 3: 2/6! (one of the 720 orderings of six points increasing, one decreasing);
 * - 4: 2·E₁₄/14! (alternating permutations of fourteen points, starting up or down);
 * - 5 / WE 2: 2·q2·(1 − (1 − q2)²) (firing point beyond 2σ and one of the two before it on the same side);
 * - 6 / WE 3: 2·q1·(4·q1³(1 − q1) + q1⁴) (firing point beyond 1σ and at least three of the four before it);
 * - 7: (1 − 2·q1)¹⁵;  8: (2·q1)⁸ − 2·q1⁸ (eight beyond 1σ, not all on one side).
 */
export function ruleFalseAlarmRate(rule: SpcRuleId): number {
  const q1 = tail(1);
  const q2 = tail(2);
  const q3 = tail(3);
  switch (rule) {
    case 'NELSON_1':
    case 'WE_1':
      return 2 * q3;
    case 'NELSON_2':
      return 2 * 0.5 ** 9;
    case 'WE_4':
      return 2 * 0.5 ** 8;
    case 'NELSON_3':
      return 2 / factorial(6);
    case 'NELSON_4':
      return (2 * zigzagNumbers(14)[14]!) / factorial(14);
    case 'NELSON_5':
    case 'WE_2':
      return 2 * q2 * (1 - (1 - q2) ** 2);
    case 'NELSON_6':
    case 'WE_3':
      return 2 * q1 * (4 * q1 ** 3 * (1 - q1) + q1 ** 4);
    case 'NELSON_7':
      return (1 - 2 * q1) ** 15;
    case 'NELSON_8':
      return (2 * q1) ** 8 - 2 * q1 ** 8;
  }
}

const combinedCache = new Map<string, number>();

/** Exact per-point probability that at least one of the selected rules fires (see the method above). */
export function combinedFalseAlarmRate(selection: RuleSelection): number {
  const rules = resolveRules(selection);
  const key = [...rules].sort().join(',');
  const cached = combinedCache.get(key);
  if (cached !== undefined) return cached;
  const zoneRules = rules.filter((r) => r !== 'NELSON_3' && r !== 'NELSON_4');
  let total = 0;
  const window = Math.max(1, ...rules.map((r) => RULE_WINDOW[r]));
  total += windowDp(zoneRules, window, null).fired;
  if (rules.includes('NELSON_3')) {
    total += windowDp(zoneRules, window, { kind: 'monotone', direction: 1, length: 6 }).quiet;
    total += windowDp(zoneRules, window, { kind: 'monotone', direction: -1, length: 6 }).quiet;
  }
  if (rules.includes('NELSON_4')) {
    total += windowDp(zoneRules, window, { kind: 'alternating', direction: 1, length: 14 }).quiet;
    total += windowDp(zoneRules, window, { kind: 'alternating', direction: -1, length: 14 }).quiet;
  }
  combinedCache.set(key, total);
  return total;
}

/** An ordering pattern over the last `length` points: monotone in `direction`, or alternating starting so. */
interface OrderPattern {
  kind: 'monotone' | 'alternating';
  direction: 1 | -1;
  length: number;
}

interface ZoneState {
  /** Signed same-side run length (capped), 0 before any point. */
  run: number;
  /** Run of points in zone C (capped). */
  cRun: number;
  /** Run of points outside zone C (capped). */
  outRun: number;
  /** Sides (0 none, 1 above, 2 below) of the last two points beyond 2σ marks, newest first, base 3. */
  mark2: number;
  /** Same for the last four points and 1σ. */
  mark1: number;
  /** Zone symbol of the previous point inside the ordering window, and the length of its block of equal zones. */
  previous: number;
  block: number;
  weight: number;
}

/**
 * Walks `window` independent points through the 8 zones (symbol 0 = below beyond 3σ … 7 = above beyond 3σ) and
 * returns, for the last point, the probability that a zone rule fires (`fired`), and E[1{no zone rule} ·
 * P(pattern | zones)] (`quiet`; with no pattern, P(no zone rule)).
 */
function windowDp(
  rules: readonly SpcRuleId[],
  window: number,
  pattern: OrderPattern | null,
): { fired: number; quiet: number } {
  const has = (...ids: SpcRuleId[]): boolean => ids.some((r) => rules.includes(r));
  const runCap = has('NELSON_2') ? 9 : has('WE_4', 'NELSON_8') ? 8 : 0;
  const cCap = has('NELSON_7') ? 15 : 0;
  const outCap = has('NELSON_8') ? 8 : 0;
  const track2 = has('NELSON_5', 'WE_2');
  const track1 = has('NELSON_6', 'WE_3');
  const zig = pattern?.kind === 'alternating' ? zigzagNumbers(pattern.length) : [];

  const pC = normalCdf(1) - 0.5;
  const pB = normalCdf(2) - normalCdf(1);
  const pA = normalCdf(3) - normalCdf(2);
  const pX = tail(3);
  const levelProbability = [pC, pB, pA, pX];
  const symbols = [7, 6, 5, 4, 3, 2, 1, 0].map((s) => {
    const side = s >= 4 ? 1 : -1;
    const level = s >= 4 ? s - 4 : 3 - s;
    return { s, side, level, p: levelProbability[level]! };
  });

  let states: ZoneState[] = [
    { run: 0, cRun: 0, outRun: 0, mark2: 0, mark1: 0, previous: -1, block: 0, weight: 1 },
  ];
  let fired = 0;
  let quiet = 0;
  const patternStart = pattern === null ? window : window - pattern.length;
  for (let t = 0; t < window; t++) {
    const last = t === window - 1;
    const next = new Map<string, ZoneState>();
    for (const st of states)
      for (const { s, side, level, p } of symbols) {
        let weight = st.weight * p;
        let previous = -1;
        let block = 0;
        if (pattern !== null && t >= patternStart) {
          if (t === patternStart) {
            previous = s;
            block = 1;
          } else {
            const step = Math.sign(s - st.previous);
            const required =
              pattern.kind === 'monotone'
                ? pattern.direction
                : (t - patternStart) % 2 === 1
                  ? pattern.direction
                  : -pattern.direction;
            if (step === 0) {
              block = st.block + 1;
              // Inside a block all orders are equally likely: the pattern keeps 1/k of them (monotone) or
              // E_k/(k·E_(k−1)) of them (alternating) when the block grows from k − 1 to k points.
              weight *= pattern.kind === 'monotone' ? 1 / block : zig[block]! / (block * zig[block - 1]!);
            } else if (step === required) block = 1;
            else continue;
            previous = s;
          }
        }
        const sideCode = side > 0 ? 1 : 2;
        const run =
          runCap === 0
            ? 0
            : Math.sign(st.run) === side
              ? side * Math.min(runCap, Math.abs(st.run) + 1)
              : side;
        const cRun = cCap === 0 ? 0 : level === 0 ? Math.min(cCap, st.cRun + 1) : 0;
        const outRun = outCap === 0 ? 0 : level > 0 ? Math.min(outCap, st.outRun + 1) : 0;
        if (last) {
          const hit = zoneRuleFires(rules, { s: side, level, run, cRun, outRun, sideCode }, st);
          if (hit) fired += weight;
          else quiet += weight;
          continue;
        }
        const mark2 = track2 ? (level >= 2 ? sideCode : 0) + 3 * (st.mark2 % 3) : 0;
        const mark1 = track1 ? (level >= 1 ? sideCode : 0) + 3 * (st.mark1 % 27) : 0;
        const key = `${run},${cRun},${outRun},${mark2},${mark1},${previous},${block}`;
        const existing = next.get(key);
        if (existing !== undefined) existing.weight += weight;
        else next.set(key, { run, cRun, outRun, mark2, mark1, previous, block, weight });
      }
    states = [...next.values()];
  }
  return { fired, quiet };
}

function zoneRuleFires(
  rules: readonly SpcRuleId[],
  now: { s: number; level: number; run: number; cRun: number; outRun: number; sideCode: number },
  before: ZoneState,
): boolean {
  const marks = (packed: number, count: number): number => {
    let n = 0;
    for (let k = 0; k < count; k++) {
      if (packed % 3 === now.sideCode) n++;
      packed = Math.floor(packed / 3);
    }
    return n;
  };
  for (const rule of rules)
    switch (rule) {
      case 'NELSON_1':
      case 'WE_1':
        if (now.level === 3) return true;
        break;
      case 'NELSON_2':
        if (Math.abs(now.run) >= 9) return true;
        break;
      case 'WE_4':
        if (Math.abs(now.run) >= 8) return true;
        break;
      case 'NELSON_5':
      case 'WE_2':
        if (now.level >= 2 && marks(before.mark2, 2) >= 1) return true;
        break;
      case 'NELSON_6':
      case 'WE_3':
        if (now.level >= 1 && marks(before.mark1, 4) >= 3) return true;
        break;
      case 'NELSON_7':
        if (now.cRun >= 15) return true;
        break;
      case 'NELSON_8':
        if (now.outRun >= 8 && Math.abs(now.run) < 8) return true;
        break;
      default:
        break;
    }
  return false;
}
