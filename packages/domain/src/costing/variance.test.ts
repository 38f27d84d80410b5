// Labour variance decomposition: hand-computed months, the exact-to-the-cent identity on random months, input checks.
import { describe, expect, it } from 'vitest';
import { seededUniform } from '../kpi/spc/seeded-random.ts';
import { DomainError } from '../shared/errors.ts';
import {
  decomposeLabourVariance,
  flexibleBudget,
  VARIANCE_DUPLICATE_LINE,
  VARIANCE_INPUT_INVALID,
  type VarianceLineInput,
} from './variance.ts';

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

// Two picking activities counted in the same unit (order lines), with different standard costs per line.
const twoLines: VarianceLineInput[] = [
  {
    key: 'pick-ambient',
    budgetVolume: 8_000,
    standardHoursPerUnit: 0.01,
    standardRateCents: 2_400,
    actualVolume: 7_000,
    actualHours: 72,
    actualCostCents: 176_400,
  },
  {
    key: 'pick-cold',
    budgetVolume: 2_000,
    standardHoursPerUnit: 0.02,
    standardRateCents: 3_000,
    actualVolume: 4_000,
    actualHours: 78,
    actualCostCents: 233_220,
  },
];

describe('decomposeLabourVariance — hand-computed', () => {
  it('one line: volume, efficiency and rate, no mix', () => {
    // s = SH × SR = 0.01 h × 2,450 c/h = 24.5 c per line; budget = 10,000 × 24.5 = 245,000 c.
    // total      = 295,000 − 245,000                    = 50,000
    // volume     = (11,000 − 10,000) × 24.5             = 24,500
    // efficiency = (118 − 11,000 × 0.01) × 2,450 = 8 × 2,450 = 19,600
    // rate       = 295,000 − 118 × 2,450 = 295,000 − 289,100 = 5,900  (AR = 2,500 c/h, +50 c/h × 118 h)
    // check      24,500 + 0 + 19,600 + 5,900 = 50,000
    const month = decomposeLabourVariance([
      {
        key: 'picking',
        budgetVolume: 10_000,
        standardHoursPerUnit: 0.01,
        standardRateCents: 2_450,
        actualVolume: 11_000,
        actualHours: 118,
        actualCostCents: 295_000,
      },
    ]);
    const expected = {
      budgetCostCents: 245_000,
      actualCostCents: 295_000,
      total: 50_000,
      volume: 24_500,
      mix: 0,
      efficiency: 19_600,
      rate: 5_900,
      roundingCents: 0,
    };
    expect(month).toEqual({ ...expected, lines: [{ key: 'picking', ...expected }] });
  });

  it('two lines: the shift towards the dearer activity shows as mix', () => {
    // s: ambient 0.01 × 2,400 = 24 c, cold 0.02 × 3,000 = 60 c. Budget: 8,000 × 24 = 192,000; 2,000 × 60 = 120,000.
    // Budget mix 80 % / 20 %; ΣBV 10,000, ΣAV 11,000 → volume at budget mix: ambient 8,800, cold 2,200.
    // volume:     ambient (8,800 − 8,000) × 24 = 19,200;  cold (2,200 − 2,000) × 60 = 12,000;  month 31,200
    // mix:        ambient (7,000 − 8,800) × 24 = −43,200; cold (4,000 − 2,200) × 60 = 108,000; month 64,800
    // efficiency: ambient (72 − 70) × 2,400 = 4,800;      cold (78 − 80) × 3,000 = −6,000;     month −1,200
    // rate:       ambient 176,400 − 72 × 2,400 = 3,600;   cold 233,220 − 78 × 3,000 = −780;     month 2,820
    // total:      ambient 176,400 − 192,000 = −15,600;    cold 233,220 − 120,000 = 113,220;    month 97,620
    const month = decomposeLabourVariance(twoLines);
    expect(month.lines).toEqual([
      {
        key: 'pick-ambient',
        budgetCostCents: 192_000,
        actualCostCents: 176_400,
        total: -15_600,
        volume: 19_200,
        mix: -43_200,
        efficiency: 4_800,
        rate: 3_600,
        roundingCents: 0,
      },
      {
        key: 'pick-cold',
        budgetCostCents: 120_000,
        actualCostCents: 233_220,
        total: 113_220,
        volume: 12_000,
        mix: 108_000,
        efficiency: -6_000,
        rate: -780,
        roundingCents: 0,
      },
    ]);
    expect(month).toMatchObject({
      budgetCostCents: 312_000,
      actualCostCents: 409_620,
      total: 97_620,
      volume: 31_200,
      mix: 64_800,
      efficiency: -1_200,
      rate: 2_820,
      roundingCents: 0,
    });
  });

  it('fractions of a cent: the residual lands in rate and is reported', () => {
    // s = 0.333 × 1,001 = 333.333 c; budget = 3 × 333.333 = 999.999 → 1,000; total = 1,500 − 1,000 = 500.
    // volume = 1 × 333.333 → 333; efficiency = (1.5 − 1.332) × 1,001 = 168.168 → 168.
    // exact rate = 1,500 − 1.5 × 1,001 = −1.5 → −2 (halves away from zero); rate = 500 − 333 − 168 = −1.
    const month = decomposeLabourVariance([
      {
        key: 'x',
        budgetVolume: 3,
        standardHoursPerUnit: 0.333,
        standardRateCents: 1_001,
        actualVolume: 4,
        actualHours: 1.5,
        actualCostCents: 1_500,
      },
    ]);
    expect(month).toMatchObject({
      budgetCostCents: 1_000,
      total: 500,
      volume: 333,
      mix: 0,
      efficiency: 168,
      rate: -1,
      roundingCents: 1,
    });
  });

  it('no budget volume at all: no budget mix, the whole volume change is volume', () => {
    // s = 0.05 × 2,000 = 100 c; volume = (30 − 0) × 100 = 3,000; efficiency = (2 − 1.5) × 2,000 = 1,000; rate = 0.
    const month = decomposeLabourVariance([
      {
        key: 'new-client',
        budgetVolume: 0,
        standardHoursPerUnit: 0.05,
        standardRateCents: 2_000,
        actualVolume: 30,
        actualHours: 2,
        actualCostCents: 4_000,
      },
      {
        key: 'idle',
        budgetVolume: 0,
        standardHoursPerUnit: 0.1,
        standardRateCents: 2_500,
        actualVolume: 0,
        actualHours: 0,
        actualCostCents: 0,
      },
    ]);
    expect(month).toMatchObject({ total: 4_000, volume: 3_000, mix: 0, efficiency: 1_000, rate: 0 });
  });

  it('an empty month is all zeros', () => {
    expect(decomposeLabourVariance([])).toEqual({
      budgetCostCents: 0,
      actualCostCents: 0,
      total: 0,
      volume: 0,
      mix: 0,
      efficiency: 0,
      rate: 0,
      roundingCents: 0,
      lines: [],
    });
  });
});

describe('flexibleBudget', () => {
  it('adds fixed cost to the standard cost of the actual volumes', () => {
    // 1,000,000 + 7,000 × 24 + 4,000 × 60 = 1,000,000 + 168,000 + 240,000 = 1,408,000
    expect(flexibleBudget(1_000_000, twoLines)).toBe(1_408_000);
  });

  it('labour actual − flexible budget = efficiency + rate (the part volume and mix do not explain)', () => {
    const month = decomposeLabourVariance(twoLines);
    expect(month.actualCostCents - flexibleBudget(0, twoLines)).toBe(month.efficiency + month.rate);
  });

  it('sums exactly and rounds once', () => {
    // 3 × (0.333 × 1,001) = 3 × 333.333 = 999.999 → 1,000 (not 3 × 333 = 999)
    const line = { key: 'x', standardHoursPerUnit: 0.333, standardRateCents: 1_001, actualVolume: 1 };
    expect(flexibleBudget(0, [line, { ...line, key: 'y' }, { ...line, key: 'z' }])).toBe(1_000);
  });

  it('rejects a negative or fractional fixed cost', () => {
    expect(errorOf(() => flexibleBudget(-1, [])).params).toMatchObject({ field: 'fixedCents' });
    expect(errorOf(() => flexibleBudget(0.5, [])).code).toBe(VARIANCE_INPUT_INVALID);
  });
});

describe('input validation', () => {
  const good = twoLines[0] as VarianceLineInput;
  it.each([
    ['budgetVolume', -1],
    ['actualVolume', -0.5],
    ['actualHours', -2],
    ['actualCostCents', -100],
    ['actualCostCents', 10.5],
    ['standardHoursPerUnit', Number.NaN],
    ['standardRateCents', Number.POSITIVE_INFINITY],
  ] as const)('%s = %s is refused, naming the line and the field', (field, value) => {
    const e = errorOf(() =>
      decomposeLabourVariance([twoLines[1] as VarianceLineInput, { ...good, [field]: value }]),
    );
    expect(e.code).toBe(VARIANCE_INPUT_INVALID);
    expect(e.field).toBe(field);
    expect(e.params).toEqual({ line: 'pick-ambient', index: 1, field, value: String(value) });
  });

  it('refuses an empty key and a duplicate key', () => {
    expect(errorOf(() => decomposeLabourVariance([{ ...good, key: ' ' }])).params).toMatchObject({
      field: 'key',
      index: 0,
    });
    const dup = errorOf(() => decomposeLabourVariance([good, good]));
    expect(dup.code).toBe(VARIANCE_DUPLICATE_LINE);
    expect(dup.params).toEqual({ line: 'pick-ambient', index: 1 });
  });
});

describe('decomposeLabourVariance — random months', () => {
  /** A decimal with `places` decimals, built from an integer so that its shortest form is that decimal. */
  const decimal = (rand: () => number, max: number, places: number): number =>
    Math.floor(rand() * max * 10 ** places) / 10 ** places;

  const randomLine = (rand: () => number, i: number): VarianceLineInput => ({
    key: `line-${i}`,
    budgetVolume: rand() < 0.1 ? 0 : decimal(rand, 50_000, rand() < 0.5 ? 0 : 2),
    standardHoursPerUnit: decimal(rand, 0.2, 4),
    standardRateCents: decimal(rand, 5_000, rand() < 0.5 ? 0 : 3),
    actualVolume: rand() < 0.1 ? 0 : decimal(rand, 60_000, rand() < 0.5 ? 0 : 2),
    actualHours: decimal(rand, 3_000, 2),
    actualCostCents: Math.floor(rand() * 10_000_000),
  });

  it('volume + mix + efficiency + rate === total, in integers, per line and for the month', () => {
    const rand = seededUniform(20_240_601);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(rand() * 6);
      const lines = Array.from({ length: n }, (_, i) => randomLine(rand, i));
      const month = decomposeLabourVariance(lines);
      for (const r of [month, ...month.lines]) {
        const parts = [r.total, r.volume, r.mix, r.efficiency, r.rate, r.roundingCents, r.budgetCostCents];
        for (const p of parts) expect(Number.isSafeInteger(p)).toBe(true);
        expect(r.volume + r.mix + r.efficiency + r.rate).toBe(r.total);
        expect(r.total).toBe(r.actualCostCents - r.budgetCostCents);
      }
      for (const l of month.lines) expect(Math.abs(l.roundingCents)).toBeLessThanOrEqual(2);
      expect(month.lines.reduce((a, l) => a + l.mix, 0)).toBe(month.mix);
      if (n === 1) expect(month.mix).toBe(0);
    }
  });

  it('budget met exactly (AV = BV, AH = AV × SH, AR = SR) gives zero everywhere', () => {
    const rand = seededUniform(7);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(rand() * 5);
      const lines = Array.from({ length: n }, (_, i): VarianceLineInput => {
        const volume = Math.floor(rand() * 40_000);
        const shTenThousandths = 1 + Math.floor(rand() * 2_000);
        const rate = 1_000 + Math.floor(rand() * 4_000);
        // AH × SR in hundred-millionths of a cent, rounded half up to whole cents: AC is then the budget cost.
        const costE4 = volume * shTenThousandths * rate;
        return {
          key: `l${i}`,
          budgetVolume: volume,
          standardHoursPerUnit: shTenThousandths / 10_000,
          standardRateCents: rate,
          actualVolume: volume,
          actualHours: (volume * shTenThousandths) / 10_000,
          actualCostCents: Math.floor((costE4 + 5_000) / 10_000),
        };
      });
      const month = decomposeLabourVariance(lines);
      for (const r of [month, ...month.lines]) {
        expect([r.total, r.volume, r.mix, r.efficiency, r.rate]).toEqual([0, 0, 0, 0, 0]);
        // AC is whole cents, so AR = SR only up to half a cent of cost: the exact rate is that sub-cent gap.
        expect(Math.abs(r.roundingCents)).toBeLessThanOrEqual(month.lines.length);
      }
    }
  });
});
