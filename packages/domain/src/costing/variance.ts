// Labour variance of one month, budget vs actuals, split into volume, mix, efficiency and rate to the cent (handbook productivity-costing §7).
import { DomainError } from '../shared/errors.ts';
import type { EurCents } from '../shared/units.ts';
import { add, div, fromDecimal, int, mul, type Ratio, roundHalfAway, sub, ZERO } from './exact-ratio.ts';

/** Stable code of every rejected input; params name the line (`line`, `index`), the `field` and the `value`. */
export const VARIANCE_INPUT_INVALID = 'VARIANCE_INPUT_INVALID';
/** Two lines carry the same key, so per-line results could not be told apart. */
export const VARIANCE_DUPLICATE_LINE = 'VARIANCE_DUPLICATE_LINE';

/**
 * One activity or skill of the month. Volumes are units of work (UO: lines, pallets, hours of a skill…).
 * The mix variance compares volumes across lines, so it only means something when all lines count the same
 * kind of unit (e.g. order lines of several picking activities, or hours of several skills).
 */
export interface VarianceLineInput {
  key: string;
  /** BV: budgeted units of work. */
  budgetVolume: number;
  /** SH: standard hours per unit. */
  standardHoursPerUnit: number;
  /** SR: standard loaded cost per hour, in cents (may hold a fraction of a cent). */
  standardRateCents: number;
  /** AV: actual units of work. */
  actualVolume: number;
  /** AH: actual paid hours. */
  actualHours: number;
  /** AC: actual labour cost in integer cents; the actual rate is AR = AC / AH. */
  actualCostCents: number;
}

/**
 * Integer-cent split of `total = actualCost − budgetCost`; always `volume + mix + efficiency + rate === total`.
 * `rate` absorbs the rounding residual, whose amount is `roundingCents` (rate minus its own exact value rounded).
 */
export interface VarianceComponents {
  budgetCostCents: EurCents;
  actualCostCents: EurCents;
  total: EurCents;
  volume: EurCents;
  mix: EurCents;
  efficiency: EurCents;
  rate: EurCents;
  roundingCents: EurCents;
}

export interface LineVariance extends VarianceComponents {
  key: string;
}

/** Month figures are the sums of the line figures, so a report's lines always add up to its total. */
export interface MonthVariance extends VarianceComponents {
  lines: LineVariance[];
}

// Exact rationals (exact-ratio.ts): decimal inputs like SH 0.01 must not pick up binary noise before rounding.
const fromNumber = fromDecimal;
/** Nearest integer, halves away from zero (symmetric, so a sign flip of the inputs flips the result). */
const roundRatio = (q: Ratio): bigint => BigInt(roundHalfAway(q));

const cents = (n: bigint): EurCents => Number(n) as EurCents;

type NumericField = Exclude<keyof VarianceLineInput, 'key'>;

function invalid(line: string | null, index: number | null, field: string, value: unknown): DomainError {
  return new DomainError(VARIANCE_INPUT_INVALID, {
    field,
    params: { line, index, field, value: String(value) },
  });
}

function checkLine<F extends NumericField>(
  line: Pick<VarianceLineInput, 'key' | F>,
  index: number,
  fields: readonly F[],
): void {
  if (typeof line.key !== 'string' || line.key.trim() === '') throw invalid(null, index, 'key', line.key);
  for (const field of fields) {
    const v = line[field];
    const ok =
      typeof v === 'number' &&
      Number.isFinite(v) &&
      v >= 0 &&
      (field !== 'actualCostCents' || Number.isSafeInteger(v));
    if (!ok) throw invalid(line.key, index, field, v);
  }
}

const ALL_FIELDS: readonly NumericField[] = [
  'budgetVolume',
  'standardHoursPerUnit',
  'standardRateCents',
  'actualVolume',
  'actualHours',
  'actualCostCents',
];

/**
 * Decomposes the month's labour variance per line and in total. With s = SH × SR the standard cost per unit,
 * m = BV / ΣBV the budget mix and ΣAV the actual total volume, per line:
 * - volume     = (ΣAV × m − BV) × s   — the activity level change, at the budget mix;
 * - mix        = (AV − ΣAV × m) × s   — actual vs budget mix at standard cost per unit (0 for a single line);
 * - efficiency = (AH − AV × SH) × SR;
 * - rate       = AC − AH × SR         = (AR − SR) × AH.
 * volume + mix = (AV − BV) × s, the handbook's volume variance of the line. When ΣBV = 0 there is no budget
 * mix, so mix is 0 and volume is (AV − BV) × s. Rounding: each line's budget cost is rounded to the cent (month
 * budget = Σ rounded lines); volume, mix and efficiency are rounded half away from zero; rate = total − the
 * three, and `roundingCents` reports how far that is from the exact rate rounded.
 */
export function decomposeLabourVariance(lines: readonly VarianceLineInput[]): MonthVariance {
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    checkLine(line, index, ALL_FIELDS);
    if (seen.has(line.key)) {
      throw new DomainError(VARIANCE_DUPLICATE_LINE, { field: 'key', params: { line: line.key, index } });
    }
    seen.add(line.key);
  });

  const parsed = lines.map((line) => {
    const bv = fromNumber(line.budgetVolume);
    const sh = fromNumber(line.standardHoursPerUnit);
    const sr = fromNumber(line.standardRateCents);
    return {
      key: line.key,
      bv,
      av: fromNumber(line.actualVolume),
      sh,
      sr,
      ah: fromNumber(line.actualHours),
      ac: BigInt(line.actualCostCents),
      perUnit: mul(sh, sr),
    };
  });
  const budgetTotal = parsed.reduce((acc, p) => add(acc, p.bv), ZERO);
  const actualTotal = parsed.reduce((acc, p) => add(acc, p.av), ZERO);

  const lineResults = parsed.map((p): LineVariance => {
    const budgetCost = roundRatio(mul(p.bv, p.perUnit));
    const total = p.ac - budgetCost;
    // Volume at budget mix: the line's share of the actual total volume, had the budget mix held.
    const volumeAtBudgetMix = budgetTotal.n === 0n ? p.av : mul(actualTotal, div(p.bv, budgetTotal));
    const volume = roundRatio(mul(sub(volumeAtBudgetMix, p.bv), p.perUnit));
    const mix = roundRatio(mul(sub(p.av, volumeAtBudgetMix), p.perUnit));
    const efficiency = roundRatio(mul(sub(p.ah, mul(p.av, p.sh)), p.sr));
    const rate = total - volume - mix - efficiency;
    const exactRate = roundRatio(sub(int(p.ac), mul(p.ah, p.sr)));
    return {
      key: p.key,
      budgetCostCents: cents(budgetCost),
      actualCostCents: cents(p.ac),
      total: cents(total),
      volume: cents(volume),
      mix: cents(mix),
      efficiency: cents(efficiency),
      rate: cents(rate),
      roundingCents: cents(rate - exactRate),
    };
  });

  const sum = (pick: (l: LineVariance) => number): EurCents =>
    lineResults.reduce((acc, l) => acc + pick(l), 0) as EurCents;
  return {
    budgetCostCents: sum((l) => l.budgetCostCents),
    actualCostCents: sum((l) => l.actualCostCents),
    total: sum((l) => l.total),
    volume: sum((l) => l.volume),
    mix: sum((l) => l.mix),
    efficiency: sum((l) => l.efficiency),
    rate: sum((l) => l.rate),
    roundingCents: sum((l) => l.roundingCents),
    lines: lineResults,
  };
}

export type FlexibleBudgetLine = Pick<
  VarianceLineInput,
  'key' | 'standardHoursPerUnit' | 'standardRateCents' | 'actualVolume'
>;

/** Flexible budget = fixed + Σ SH × SR × AV (handbook §7), summed exactly and rounded once to the cent. */
export function flexibleBudget(fixedCents: number, lines: readonly FlexibleBudgetLine[]): EurCents {
  if (!Number.isSafeInteger(fixedCents) || fixedCents < 0)
    throw invalid(null, null, 'fixedCents', fixedCents);
  let variable = ZERO;
  lines.forEach((line, index) => {
    checkLine(line, index, ['standardHoursPerUnit', 'standardRateCents', 'actualVolume']);
    const perUnit = mul(fromNumber(line.standardHoursPerUnit), fromNumber(line.standardRateCents));
    variable = add(variable, mul(perUnit, fromNumber(line.actualVolume)));
  });
  return cents(BigInt(fixedCents) + roundRatio(variable));
}
