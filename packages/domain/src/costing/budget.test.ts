// Forecast budget: hand-computed lines and totals, a variance month worked by hand, input checks, and the
// to-the-cent identity of the variance on random budgets and actuals.
import { describe, expect, it } from 'vitest';
import { seededUniform } from '../kpi/spc/seeded-random.ts';
import { ACTIVITIES, type Activity, UNITS_OF_WORK, type UnitOfWork } from '../planning/activity.ts';
import { DomainError } from '../shared/errors.ts';
import {
  type ActualLine,
  BUDGET_ACTUAL_DUPLICATE,
  BUDGET_ACTUAL_INVALID,
  BUDGET_ACTUAL_UNKNOWN_LINE,
  BUDGET_DRIVERS_MISMATCH,
  BUDGET_DUPLICATE_LINE,
  BUDGET_INPUT_INVALID,
  type BudgetDriverLine,
  type BudgetFixedLine,
  type BudgetInput,
  budgetMonths,
  budgetVariance,
  computeBudget,
} from './budget.ts';

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

const twelve = (v: number): number[] => new Array<number>(12).fill(v);
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

const receiving: BudgetDriverLine = {
  costCentre: 'REC',
  activity: 'receiving',
  unit: 'pallet',
  qualification: 'cariste',
  volumes: [1_000, 1_200, 800, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000],
  standardHoursPerUnit: 0.05,
  rateCentsPerHour: 2_128,
};
const picking: BudgetDriverLine = {
  costCentre: 'PRE',
  activity: 'picking',
  unit: 'order_line',
  qualification: 'preparateur',
  volumes: twelve(10_000),
  standardHoursPerUnit: 0.01,
  rateCentsPerHour: 2_400,
};
const rent: BudgetFixedLine = { costCentre: 'PRE', key: 'rent', monthlyCents: twelve(500_000) };
const wms: BudgetFixedLine = { costCentre: 'REC', key: 'wms', monthlyCents: twelve(12_345) };

const input: BudgetInput = { year: 2027, drivers: [receiving, picking], fixed: [rent, wms] };

describe('computeBudget — hand-computed', () => {
  it('labour line = volume × standard hours × rate', () => {
    // January receiving: 1,000 pallets × 0.05 h = 50 h × 21.28 €/h = 1,064.00 € = 106,400 c.
    // February: 1,200 × 0.05 = 60 h × 2,128 = 127,680 c. March: 800 × 0.05 = 40 h × 2,128 = 85,120 c.
    const budget = computeBudget(input);
    const jan = budget.months[0];
    expect(jan?.month).toBe('2027-01');
    expect(jan?.lines[0]).toEqual({
      costCentre: 'REC',
      kind: 'labour',
      key: 'receiving/pallet',
      activity: 'receiving',
      unit: 'pallet',
      volume: 1_000,
      hours: 50,
      cents: 106_400,
    });
    expect(budget.months[1]?.lines[0]?.cents).toBe(127_680);
    expect(budget.months[2]?.lines[0]?.cents).toBe(85_120);
    // Picking: 10,000 lines × 0.01 h = 100 h × 2,400 = 240,000 c every month.
    expect(jan?.lines[1]).toMatchObject({ key: 'picking/order_line', hours: 100, cents: 240_000 });
    // January: labour 106,400 + 240,000 = 346,400; fixed 500,000 + 12,345 = 512,345; total 858,745.
    expect(jan).toMatchObject({ labourCents: 346_400, fixedCents: 512_345, totalCents: 858_745 });
    expect(jan?.lines.map((l) => l.key)).toEqual(['receiving/pallet', 'picking/order_line', 'rent', 'wms']);
    expect(jan?.lines[2]).toEqual({ costCentre: 'PRE', kind: 'fixed', key: 'rent', cents: 500_000 });
  });

  it('a half cent rounds away from zero on the exact product, not on the binary one', () => {
    // 10 × 0.045 h = 0.45 h × 2,150 c/h = 967.5 c → 968 (10 * 0.045 * 2150 in doubles is 967.4999…, → 967).
    // 7 × 0.0333 h = 0.2331 h → 0.23 h shown; 0.2331 × 2,012.5 = 469.11375 c → 469.
    const budget = computeBudget({
      year: 2027,
      drivers: [
        {
          ...receiving,
          volumes: [10, ...twelve(0).slice(1)],
          standardHoursPerUnit: 0.045,
          rateCentsPerHour: 2_150,
        },
        {
          ...picking,
          volumes: [7, ...twelve(0).slice(1)],
          standardHoursPerUnit: 0.0333,
          rateCentsPerHour: 2_012.5,
        },
      ],
      fixed: [],
    });
    expect(10 * 0.045 * 2_150).toBeLessThan(967.5);
    expect(budget.months[0]?.lines.map((l) => [l.hours, l.cents])).toEqual([
      [0.45, 968],
      [0.23, 469],
    ]);
    expect(budget.months[0]?.totalCents).toBe(968 + 469);
    expect(budget.months[1]?.totalCents).toBe(0);
  });

  it('totals by cost centre, by activity and for the year add the rounded lines', () => {
    const budget = computeBudget(input);
    // REC: receiving 11 × 1,000-ish months: 106,400 × 10 (ten months of 1,000) + 127,680 + 85,120 = 1,276,800
    //      + wms 12 × 12,345 = 148,140 → 1,424,940.
    // PRE: picking 12 × 240,000 = 2,880,000 + rent 12 × 500,000 = 6,000,000 → 8,880,000.
    expect(budget.byCostCentre).toEqual([
      {
        costCentre: 'PRE',
        totalCents: 8_880_000,
        monthly: twelve(740_000),
      },
      {
        costCentre: 'REC',
        totalCents: 1_424_940,
        monthly: [118_745, 140_025, 97_465, ...twelve(118_745).slice(3)],
      },
    ]);
    expect(budget.byActivity).toEqual([
      {
        activity: 'receiving',
        totalCents: 1_276_800,
        monthly: [106_400, 127_680, 85_120, ...twelve(106_400).slice(3)],
      },
      { activity: 'picking', totalCents: 2_880_000, monthly: twelve(240_000) },
    ]);
    expect(budget.totalCents).toBe(8_880_000 + 1_424_940);
    expect(budget.totalCents).toBe(sum(budget.months.map((m) => m.totalCents)));
  });

  it('names the twelve months of the year', () => {
    expect(budgetMonths(2027)).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
      '2027-11',
      '2027-12',
    ]);
  });
});

describe('computeBudget — input checks', () => {
  it.each([
    ['volumes', { volumes: [...twelve(1).slice(1), -1] }, '-1', '2027-12'],
    ['volumes', { volumes: twelve(1).slice(1) }, '11', null],
    ['standardHoursPerUnit', { standardHoursPerUnit: Number.NaN }, 'NaN', null],
    ['rateCentsPerHour', { rateCentsPerHour: -5 }, '-5', null],
    ['activity', { activity: 'dancing' as Activity }, 'dancing', null],
    ['unit', { unit: 'bucket' as UnitOfWork }, 'bucket', null],
    ['costCentre', { costCentre: ' ' }, ' ', null],
  ] as const)(
    'a driver with a bad %s is refused, naming the line and the value',
    (field, patch, value, month) => {
      const e = errorOf(() =>
        computeBudget({
          ...input,
          drivers: [receiving, { ...picking, ...(patch as Partial<BudgetDriverLine>) }],
        }),
      );
      expect(e.code).toBe(BUDGET_INPUT_INVALID);
      expect(e.field).toBe(field);
      expect(e.params).toMatchObject({ field, index: 1, value, month });
    },
  );

  it('refuses fractional or negative fixed cents and a bad year', () => {
    const half = errorOf(() =>
      computeBudget({ ...input, fixed: [{ ...rent, monthlyCents: [0.5, ...twelve(0).slice(1)] }] }),
    );
    expect(half.params).toMatchObject({
      field: 'monthlyCents',
      line: 'PRE rent',
      index: 0,
      month: '2027-01',
      value: '0.5',
    });
    expect(errorOf(() => computeBudget({ ...input, year: 2027.5 })).params).toMatchObject({ field: 'year' });
  });

  it('refuses the same line twice in a cost centre, but not in two cost centres', () => {
    const dup = errorOf(() => computeBudget({ ...input, fixed: [rent, wms, { ...rent }] }));
    expect(dup.code).toBe(BUDGET_DUPLICATE_LINE);
    expect(dup.params).toEqual({ costCentre: 'PRE', line: 'rent', index: 2 });
    const driverDup = errorOf(() =>
      computeBudget({ ...input, drivers: [picking, { ...picking, qualification: 'x' }] }),
    );
    expect(driverDup.params).toEqual({ costCentre: 'PRE', line: 'picking/order_line', index: 1 });
    expect(
      computeBudget({ ...input, fixed: [rent, { ...rent, costCentre: 'REC' }] }).byCostCentre,
    ).toHaveLength(2);
  });
});

describe('budgetVariance — a month worked by hand', () => {
  const budget = computeBudget(input);
  const actuals: ActualLine[] = [
    {
      month: '2027-01',
      costCentre: 'REC',
      key: 'receiving/pallet',
      volume: 1_100,
      hours: 60,
      costCents: 137_000,
    },
    {
      month: '2027-01',
      costCentre: 'PRE',
      key: 'picking/order_line',
      volume: 9_000,
      hours: 95,
      costCents: 230_000,
    },
    { month: '2027-01', costCentre: 'PRE', key: 'rent', costCents: 510_000 },
    { month: '2027-01', costCentre: 'REC', key: 'wms', costCents: 12_345 },
    { month: '2027-03', costCentre: 'PRE', key: 'rent', costCents: 500_000 },
  ];

  it('splits January into volume, efficiency, rate and mix', () => {
    // Receiving (s = 0.05 × 2,128 = 106.4 c per pallet), budget 106,400:
    //   total      = 137,000 − 106,400               = 30,600
    //   volume     = (1,100 − 1,000) × 106.4         = 10,640
    //   efficiency = (60 − 1,100 × 0.05) × 2,128 = 5 × 2,128 = 10,640
    //   rate       = 137,000 − 60 × 2,128 = 137,000 − 127,680 = 9,320
    // Picking (s = 24 c per line), budget 240,000:
    //   total = −10,000; volume = (9,000 − 10,000) × 24 = −24,000; efficiency = (95 − 90) × 2,400 = 12,000;
    //   rate = 230,000 − 95 × 2,400 = 2,000.
    // Pallets and order lines are different units: no mix between them (together they would show one).
    // Rent: +10,000 of spending, in rate; wms: 0.
    // Month: budget 858,745, actual 137,000 + 230,000 + 510,000 + 12,345 = 889,345, total 30,600.
    //   volume 10,640 − 24,000 = −13,360; efficiency 10,640 + 12,000 = 22,640; rate 9,320 + 2,000 + 10,000 = 21,320
    //   check −13,360 + 22,640 + 21,320 + 0 = 30,600.
    const report = budgetVariance(budget, input, actuals);
    expect(report).toHaveLength(12);
    const jan = report[0];
    expect(jan).toMatchObject({
      month: '2027-01',
      budget: 858_745,
      actual: 889_345,
      variance: {
        volume: -13_360,
        efficiency: 22_640,
        rate: 21_320,
        mix: 0,
        total: 30_600,
        roundingCents: 0,
      },
    });
    expect(jan?.lines).toEqual([
      {
        costCentre: 'REC',
        key: 'receiving/pallet',
        kind: 'labour',
        budgetCents: 106_400,
        actualCents: 137_000,
        volume: 10_640,
        efficiency: 10_640,
        rate: 9_320,
        mix: 0,
        total: 30_600,
        roundingCents: 0,
      },
      {
        costCentre: 'PRE',
        key: 'picking/order_line',
        kind: 'labour',
        budgetCents: 240_000,
        actualCents: 230_000,
        volume: -24_000,
        efficiency: 12_000,
        rate: 2_000,
        mix: 0,
        total: -10_000,
        roundingCents: 0,
      },
      {
        costCentre: 'PRE',
        key: 'rent',
        kind: 'fixed',
        budgetCents: 500_000,
        actualCents: 510_000,
        volume: 0,
        efficiency: 0,
        rate: 10_000,
        mix: 0,
        total: 10_000,
        roundingCents: 0,
      },
      {
        costCentre: 'REC',
        key: 'wms',
        kind: 'fixed',
        budgetCents: 12_345,
        actualCents: 12_345,
        volume: 0,
        efficiency: 0,
        rate: 0,
        mix: 0,
        total: 0,
        roundingCents: 0,
      },
    ]);
  });

  it('a month without actuals has none; a line without its actual in an analysed month counts zero', () => {
    const report = budgetVariance(budget, input, actuals);
    expect(report[1]).toEqual({ month: '2027-02', budget: 880_025, actual: null, variance: null, lines: [] });
    // March: only the rent came in. Receiving 800 × 106.4 = 85,120 not spent: volume −85,120; picking −240,000;
    // wms −12,345 (spending, in rate). Total = 500,000 − (85,120 + 240,000 + 500,000 + 12,345) = −337,465.
    expect(report[2]).toMatchObject({
      budget: 837_465,
      actual: 500_000,
      variance: { volume: -325_120, efficiency: 0, rate: -12_345, mix: 0, total: -337_465 },
    });
  });

  it('lines of the same unit in two cost centres share a budget mix', () => {
    // The variance test's two picking lines, here in two cost centres: mix −43,200 and +108,000.
    const drivers: BudgetInput = {
      year: 2027,
      drivers: [
        {
          ...picking,
          costCentre: 'AMB',
          volumes: twelve(8_000),
          standardHoursPerUnit: 0.01,
          rateCentsPerHour: 2_400,
        },
        {
          ...picking,
          costCentre: 'FRO',
          volumes: twelve(2_000),
          standardHoursPerUnit: 0.02,
          rateCentsPerHour: 3_000,
        },
      ],
      fixed: [],
    };
    const report = budgetVariance(computeBudget(drivers), drivers, [
      {
        month: '2027-05',
        costCentre: 'AMB',
        key: 'picking/order_line',
        volume: 7_000,
        hours: 72,
        costCents: 176_400,
      },
      {
        month: '2027-05',
        costCentre: 'FRO',
        key: 'picking/order_line',
        volume: 4_000,
        hours: 78,
        costCents: 233_220,
      },
    ]);
    expect(report[4]?.lines.map((l) => l.mix)).toEqual([-43_200, 108_000]);
    expect(report[4]?.variance).toEqual({
      volume: 31_200,
      efficiency: -1_200,
      rate: 2_820,
      mix: 64_800,
      total: 97_620,
      roundingCents: 0,
    });
  });

  it('refuses an unknown line, a duplicate, a month outside the year and a labour actual without hours', () => {
    const unknown = errorOf(() =>
      budgetVariance(budget, input, [{ month: '2027-04', costCentre: 'REC', key: 'rent', costCents: 1 }]),
    );
    expect(unknown.code).toBe(BUDGET_ACTUAL_UNKNOWN_LINE);
    expect(unknown.params).toEqual({ index: 0, month: '2027-04', costCentre: 'REC', key: 'rent' });
    const dup = errorOf(() => budgetVariance(budget, input, [actuals[2]!, actuals[2]!]));
    expect(dup.code).toBe(BUDGET_ACTUAL_DUPLICATE);
    const outside = errorOf(() => budgetVariance(budget, input, [{ ...actuals[2]!, month: '2026-12' }]));
    expect(outside.code).toBe(BUDGET_ACTUAL_INVALID);
    expect(outside.params).toMatchObject({ field: 'month', value: '2026-12' });
    const { hours: _, ...noHours } = actuals[0]!;
    const missing = errorOf(() => budgetVariance(budget, input, [noHours]));
    expect(missing.params).toMatchObject({ field: 'hours', costCentre: 'REC', line: 'receiving/pallet' });
    const negative = errorOf(() => budgetVariance(budget, input, [{ ...actuals[2]!, costCents: -1 }]));
    expect(negative.params).toMatchObject({ field: 'costCents', value: '-1' });
  });

  it('refuses a budget computed from other drivers', () => {
    const other = { ...input, drivers: [{ ...receiving, rateCentsPerHour: 2_200 }, picking] };
    const e = errorOf(() => budgetVariance(budget, other, actuals));
    expect(e.code).toBe(BUDGET_DRIVERS_MISMATCH);
    expect(e.params).toMatchObject({ month: '2027-01', costCentre: 'REC', key: 'receiving/pallet' });
  });
});

describe('budgetVariance — random budgets and actuals', () => {
  const decimal = (rand: () => number, max: number, places: number): number =>
    Math.floor(rand() * max * 10 ** places) / 10 ** places;
  const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

  function randomCase(rand: () => number): { input: BudgetInput; actuals: ActualLine[] } {
    const drivers: BudgetDriverLine[] = [];
    const fixed: BudgetFixedLine[] = [];
    const centres = 1 + Math.floor(rand() * 3);
    for (let c = 0; c < centres; c++) {
      const costCentre = `CC${c}`;
      const used = new Set<string>();
      const lines = 1 + Math.floor(rand() * 4);
      for (let l = 0; l < lines; l++) {
        const activity = pick(rand, ACTIVITIES);
        // Few units, so that lines often share one and the mix is exercised.
        const unit = pick(rand, UNITS_OF_WORK.slice(0, 3));
        if (used.has(`${activity}/${unit}`)) continue;
        used.add(`${activity}/${unit}`);
        drivers.push({
          costCentre,
          activity,
          unit,
          qualification: 'q',
          volumes: Array.from({ length: 12 }, () =>
            rand() < 0.1 ? 0 : decimal(rand, 20_000, rand() < 0.5 ? 0 : 2),
          ),
          standardHoursPerUnit: decimal(rand, 0.2, 4),
          rateCentsPerHour: decimal(rand, 4_000, rand() < 0.5 ? 0 : 3),
        });
      }
      if (rand() < 0.7)
        fixed.push({
          costCentre,
          key: 'rent',
          monthlyCents: Array.from({ length: 12 }, () => Math.floor(rand() * 1_000_000)),
        });
    }
    const months = budgetMonths(2028);
    const actuals: ActualLine[] = [];
    months.forEach((month) => {
      if (rand() < 0.25) return;
      for (const d of drivers)
        if (rand() < 0.85)
          actuals.push({
            month,
            costCentre: d.costCentre,
            key: `${d.activity}/${d.unit}`,
            volume: decimal(rand, 25_000, rand() < 0.5 ? 0 : 2),
            hours: decimal(rand, 2_000, 2),
            costCents: Math.floor(rand() * 8_000_000),
          });
      for (const f of fixed)
        if (rand() < 0.85)
          actuals.push({
            month,
            costCentre: f.costCentre,
            key: f.key,
            costCents: Math.floor(rand() * 1_200_000),
          });
    });
    return { input: { year: 2028, drivers, fixed }, actuals };
  }

  it('volume + efficiency + rate + mix === total === actual − budget, per line and per month, in integer cents', () => {
    const rand = seededUniform(20_270_101);
    let analysed = 0;
    for (let trial = 0; trial < 500; trial++) {
      const { input: random, actuals } = randomCase(rand);
      const budget = computeBudget(random);
      expect(budget.totalCents).toBe(sum(budget.byCostCentre.map((c) => c.totalCents)));
      expect(sum(budget.byActivity.map((a) => a.totalCents))).toBe(
        sum(budget.months.map((m) => m.labourCents)),
      );
      const report = budgetVariance(budget, random, actuals);
      report.forEach((month, m) => {
        expect(month.budget).toBe(budget.months[m]?.totalCents);
        if (month.variance === null || month.actual === null) {
          expect(actuals.some((a) => a.month === month.month)).toBe(false);
          return;
        }
        analysed++;
        const v = month.variance;
        for (const x of [v.volume, v.efficiency, v.rate, v.mix, v.total, month.actual])
          expect(Number.isSafeInteger(x)).toBe(true);
        expect(v.volume + v.efficiency + v.rate + v.mix).toBe(v.total);
        expect(v.total).toBe(month.actual - month.budget);
        expect(month.actual).toBe(
          sum(actuals.filter((a) => a.month === month.month).map((a) => a.costCents)),
        );
        for (const l of month.lines) {
          expect(l.volume + l.efficiency + l.rate + l.mix).toBe(l.total);
          expect(l.total).toBe(l.actualCents - l.budgetCents);
        }
        expect(sum(month.lines.map((l) => l.mix))).toBe(v.mix);
      });
    }
    expect(analysed).toBeGreaterThan(3_000);
  });
});
