// Periods (month, ISO week, custom) and KPI values in each unit, French and English.

import { describe, expect, it } from 'vitest';
import { createI18n } from '../../app/i18n.ts';
import {
  formatKpiValue,
  formatVariance,
  isoWeekValue,
  mondayOfWeekValue,
  monthPeriod,
  move,
  orderedTiles,
  shiftPeriod,
  weekPeriod,
} from './kpiFormat.ts';
import type { KpiTile } from './kpiTypes.ts';

const fr = createI18n('fr').t;
const en = createI18n('en').t;
const nbsp = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('periods', () => {
  it('steps months across years and keeps ISO weeks Monday to Sunday', () => {
    expect(monthPeriod('2026-02-14')).toEqual({ kind: 'month', from: '2026-02-01', to: '2026-02-28' });
    expect(shiftPeriod(monthPeriod('2026-01-10'), -1)).toEqual({
      kind: 'month',
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(weekPeriod('2026-03-05')).toEqual({ kind: 'week', from: '2026-03-02', to: '2026-03-08' });
    expect(isoWeekValue('2026-01-01')).toBe('2026-W01');
    expect(isoWeekValue('2027-01-01')).toBe('2026-W53');
    expect(mondayOfWeekValue('2026-W10')).toBe('2026-03-02');
    expect(shiftPeriod({ kind: 'custom', from: '2026-03-01', to: '2026-03-10' }, 1)).toEqual({
      kind: 'custom',
      from: '2026-03-11',
      to: '2026-03-20',
    });
  });
});

describe('KPI values', () => {
  it('writes each unit the way a French or English reader expects', () => {
    expect(nbsp(formatKpiValue('fr', { id: 'otif', unit: 'percent' }, 98.5, fr))).toBe('98,5 %');
    expect(formatKpiValue('en', { id: 'otif', unit: 'percent' }, 98.5, en)).toBe('98.5%');
    expect(nbsp(formatKpiValue('fr', { id: 'error_ppm', unit: 'ppm' }, 1250.4, fr))).toBe('1 250 ppm');
    expect(nbsp(formatKpiValue('fr', { id: 'lines_per_hour', unit: 'per_hour' }, 86.55, fr))).toBe(
      '86,6 lignes/h',
    );
    expect(nbsp(formatKpiValue('fr', { id: 'labour_cost_per_line', unit: 'eur' }, 0.5, fr))).toBe('0,50 €');
    expect(formatKpiValue('fr', { id: 'tf1', unit: 'rate' }, 12.34, fr)).toBe('12,3');
    expect(formatKpiValue('fr', { id: 'otif', unit: 'percent' }, null, fr)).toBe('—');
  });

  it('signs the variance, in points for a percentage', () => {
    expect(nbsp(formatVariance('fr', { id: 'otif', unit: 'percent' }, -0.74, fr))).toBe('−0,7 pt');
    expect(nbsp(formatVariance('en', { id: 'otif', unit: 'percent' }, 1.2, en))).toBe('+1.2 pt');
  });
});

describe('layout order', () => {
  const tile = (id: string, group = ''): KpiTile => ({
    id,
    window: 'period',
    family: 'service',
    unit: 'percent',
    direction: 'up',
    group,
    value: 1,
    numerator: 1,
    denominator: 1,
    target: null,
    tolerance: null,
    status: 'none',
    previous: null,
    lastYear: null,
    trend: null,
    spark: [],
  });
  it('follows the layout, drops what the level lacks, and moves items one place', () => {
    const tiles = [tile('a'), tile('b'), tile('c'), tile('a', 'x')];
    expect(orderedTiles(tiles, ['c', 'z', 'a'], '').map((t) => t.id)).toEqual(['c', 'a']);
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
