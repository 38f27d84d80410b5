// Targets over time, traffic lights, trend arrows, variances and the periods a KPI card compares.
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../shared/units.ts';
import { kpiById } from './catalogue.ts';
import {
  comparisonPeriods,
  isoWeekStart,
  isoYearWeek,
  type KpiTarget,
  needsActionPlan,
  periodOf,
  periodRange,
  previousPeriod,
  samePeriodLastYear,
  targetInForce,
  thresholdsFor,
  trafficLight,
  trendOf,
  variance,
} from './status.ts';

const d = (s: string) => s as IsoDate;

const targets: KpiTarget[] = [
  { kpiId: 'picking_accuracy', from: d('2025-01-01'), target: 99.5, amberTolerance: 0.3 },
  { kpiId: 'picking_accuracy', from: d('2025-07-01'), target: 99.8, amberTolerance: 0.2 },
  { kpiId: 'picking_accuracy', from: d('2025-03-01'), target: 99.9, amberTolerance: 0.1, clientId: 'C1' },
  { kpiId: 'otif', from: d('2025-01-01'), target: 97, amberTolerance: 2 },
];

describe('targets over time', () => {
  it('takes the latest target whose month has begun by the period start', () => {
    expect(targetInForce(targets, 'picking_accuracy', '2024-12-31')).toBeNull();
    expect(targetInForce(targets, 'picking_accuracy', '2025-01-01')?.target).toBe(99.5);
    expect(targetInForce(targets, 'picking_accuracy', '2025-06-30')?.target).toBe(99.5);
    expect(targetInForce(targets, 'picking_accuracy', '2025-07-01')?.target).toBe(99.8);
    expect(targetInForce(targets, 'picking_accuracy', '2026-02-01')?.target).toBe(99.8);
  });

  it('lets a client’s own target win for its figures, and never applies it to the site', () => {
    expect(targetInForce(targets, 'picking_accuracy', '2025-08-01', 'C1')?.target).toBe(99.9);
    expect(targetInForce(targets, 'picking_accuracy', '2025-02-01', 'C1')?.target).toBe(99.5);
    expect(targetInForce(targets, 'picking_accuracy', '2025-08-01', 'C2')?.target).toBe(99.8);
    expect(targetInForce(targets, 'picking_accuracy', '2025-08-01')?.target).toBe(99.8);
  });

  it('falls back to the catalogue default, or to nothing', () => {
    expect(thresholdsFor(kpiById('otif')!, targets, '2025-05-01')).toEqual({ target: 97, amberTolerance: 2 });
    expect(thresholdsFor(kpiById('on_time_shipments')!, targets, '2025-05-01')).toEqual({
      target: 99,
      amberTolerance: 2,
    });
    expect(thresholdsFor(kpiById('utilisation')!, targets, '2025-05-01')).toBeNull();
    const withRed: KpiTarget = {
      kpiId: 'tf1',
      from: d('2025-01-01'),
      target: 20,
      amberTolerance: 10,
      redThreshold: 25,
    };
    expect(thresholdsFor(kpiById('tf1')!, [withRed], '2025-02-01')).toEqual({
      target: 20,
      amberTolerance: 10,
      redThreshold: 25,
    });
  });
});

describe('traffic lights (kpis.md §7)', () => {
  const accuracy = { target: 99.8, amberTolerance: 0.2 };

  it('↑: the handbook example — ≥ 99.8 green, 99.6–99.8 amber, < 99.6 red', () => {
    expect(trafficLight('up', 99.95, accuracy)).toBe('green');
    expect(trafficLight('up', 99.8, accuracy)).toBe('green');
    expect(trafficLight('up', 99.7, accuracy)).toBe('amber');
    expect(trafficLight('up', 99.6, accuracy)).toBe('amber');
    expect(trafficLight('up', 99.59, accuracy)).toBe('red');
  });

  it('↓: mirrored — error ppm target 2,000, tolerance 2,000', () => {
    const ppm = { target: 2000, amberTolerance: 2000 };
    expect(trafficLight('down', 0, ppm)).toBe('green');
    expect(trafficLight('down', 2000, ppm)).toBe('green');
    expect(trafficLight('down', 2001, ppm)).toBe('amber');
    expect(trafficLight('down', 4000, ppm)).toBe('amber');
    expect(trafficLight('down', 4001, ppm)).toBe('red');
  });

  it('floating noise does not push a value off an edge it sits on', () => {
    // 100 × (1 − 0.9) is 9.999999999999998 in floating point.
    expect(trafficLight('up', 100 * (1 - 0.9), { target: 10, amberTolerance: 1 })).toBe('green');
    expect(trafficLight('up', 9.99, { target: 10, amberTolerance: 1 })).toBe('amber');
  });

  it('an explicit red threshold moves the red edge', () => {
    expect(trafficLight('down', 24, { target: 20, amberTolerance: 10, redThreshold: 25 })).toBe('amber');
    expect(trafficLight('down', 26, { target: 20, amberTolerance: 10, redThreshold: 25 })).toBe('red');
    expect(trafficLight('up', 90, { target: 95, amberTolerance: 2, redThreshold: 85 })).toBe('amber');
  });

  it('no value or no target: none', () => {
    expect(trafficLight('up', null, accuracy)).toBe('none');
    expect(trafficLight('up', 99.9, null)).toBe('none');
  });

  it('red three periods running calls for an action plan', () => {
    expect(needsActionPlan(['green', 'red', 'red', 'red'])).toBe(true);
    expect(needsActionPlan(['red', 'red', 'amber'])).toBe(false);
    expect(needsActionPlan(['red', 'red'])).toBe(false);
  });
});

describe('trend arrows', () => {
  it('reads the least-squares slope of the last four periods', () => {
    expect(trendOf([1, 2, 3, 4])).toBe('up');
    expect(trendOf([4, 3, 2, 1])).toBe('down');
    // Only the last four count: the early 100 does not drag the trend down.
    expect(trendOf([100, 1, 2, 3, 4])).toBe('up');
    expect(trendOf([5, 5, 5, 5])).toBe('flat');
  });

  it('stays flat within the dead band', () => {
    // y = 100, 101, 101, 102: slope 0.6/period, fitted change 1.8 over the window; 2 % of the mean 101 is 2.02.
    expect(trendOf([100, 101, 101, 102])).toBe('flat');
    expect(trendOf([100, 101, 101, 102], { relativeDeadBand: 0.01 })).toBe('up');
    // A % near 100 moving 0.6 pt over the window: flat relative to the mean, a move against a 0.1-pt band.
    expect(trendOf([99.0, 99.2, 99.4, 99.6])).toBe('flat');
    expect(trendOf([99.0, 99.2, 99.4, 99.6], { relativeDeadBand: 0, absoluteDeadBand: 0.1 })).toBe('up');
  });

  it('needs three known values; a gap keeps its place', () => {
    expect(trendOf([1, 2])).toBeNull();
    expect(trendOf([null, 1, null, 2])).toBeNull();
    // Points at x = 0, 2, 3: a fall.
    expect(trendOf([10, null, 8, 7])).toBe('down');
  });
});

describe('variances', () => {
  it('against a target, in the KPI’s unit and relative', () => {
    const v = variance('up', 99.6, 99.8)!;
    expect(v.absolute).toBeCloseTo(-0.2, 12);
    expect(v.relative).toBeCloseTo(-0.2 / 99.8, 12);
    expect(v.favourable).toBe(false);
    expect(variance('down', 1500, 2000)).toEqual({ absolute: -500, relative: -0.25, favourable: true });
  });

  it('without a reference or a value, none; a 0 reference has no relative variance', () => {
    expect(variance('up', null, 99)).toBeNull();
    expect(variance('up', 99, null)).toBeNull();
    expect(variance('down', 3, 0)).toEqual({ absolute: 3, relative: null, favourable: false });
  });
});

describe('comparison periods', () => {
  it('normalises a date to its period', () => {
    expect(periodOf('day', '2025-03-05')).toEqual({ granularity: 'day', start: '2025-03-05' });
    expect(periodOf('week', '2025-01-01')).toEqual({ granularity: 'week', start: '2024-12-30' });
    expect(periodOf('month', '2025-03-17')).toEqual({ granularity: 'month', start: '2025-03-01' });
    expect(periodRange({ granularity: 'month', start: d('2024-02-01') })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });

  it('days: the day before, the same date last year (29 February → 28 February)', () => {
    expect(comparisonPeriods({ granularity: 'day', start: d('2025-03-01') })).toEqual({
      current: { from: '2025-03-01', to: '2025-03-01' },
      previous: { from: '2025-02-28', to: '2025-02-28' },
      lastYear: { from: '2024-03-01', to: '2024-03-01' },
    });
    expect(samePeriodLastYear({ granularity: 'day', start: d('2024-02-29') }).start).toBe('2023-02-28');
  });

  it('ISO weeks: Monday to Sunday, the same week number last year', () => {
    // 2025-W01 runs Monday 30 December 2024 to Sunday 5 January 2025; 2024-W01 began on Monday 1 January 2024.
    expect(isoYearWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(comparisonPeriods({ granularity: 'week', start: d('2024-12-30') })).toEqual({
      current: { from: '2024-12-30', to: '2025-01-05' },
      previous: { from: '2024-12-23', to: '2024-12-29' },
      lastYear: { from: '2024-01-01', to: '2024-01-07' },
    });
    // 2021-W01 begins 4 January 2021; 2020-W01 began on 30 December 2019.
    expect(samePeriodLastYear({ granularity: 'week', start: d('2021-01-04') }).start).toBe('2019-12-30');
  });

  it('week 53 maps to week 52 when last year had none', () => {
    expect(isoWeekStart(2026, 53)).toBe('2026-12-28');
    expect(isoYearWeek('2026-12-28')).toEqual({ year: 2026, week: 53 });
    expect(samePeriodLastYear({ granularity: 'week', start: d('2026-12-28') }).start).toBe('2025-12-22');
    expect(isoYearWeek('2025-12-22')).toEqual({ year: 2025, week: 52 });
  });

  it('months: the month before (across the year) and the same month last year', () => {
    expect(comparisonPeriods({ granularity: 'month', start: d('2025-01-01') })).toEqual({
      current: { from: '2025-01-01', to: '2025-01-31' },
      previous: { from: '2024-12-01', to: '2024-12-31' },
      lastYear: { from: '2024-01-01', to: '2024-01-31' },
    });
    expect(previousPeriod({ granularity: 'month', start: d('2024-03-01') })).toEqual({
      granularity: 'month',
      start: '2024-02-01',
    });
    expect(comparisonPeriods({ granularity: 'month', start: d('2025-02-01') }).lastYear).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });
});
