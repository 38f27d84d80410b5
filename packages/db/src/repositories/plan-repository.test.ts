// The effective forecast per (client, flow, day): the version chosen per day, its hours summed, rows sorted.
import { describe, expect, it } from 'vitest';
import { effectiveForecastDays } from './plan-repository.ts';

const priority = new Map([
  ['stat-1', { input: false, number: 1 }],
  ['stat-2', { input: false, number: 2 }],
  ['input-3', { input: true, number: 3 }],
]);

describe('effectiveForecastDays', () => {
  it('prefers an input version over any statistical one, then the highest number, per day', () => {
    const rows = effectiveForecastDays(
      [
        ['c1', 'order_lines', '2026-03-02', 100, 'stat-1'],
        ['c1', 'order_lines', '2026-03-02', 120, 'stat-2'],
        ['c1', 'order_lines', '2026-03-02', 90, 'input-3'],
        ['c1', 'order_lines', '2026-03-03', 110, 'stat-2'],
        ['c1', 'order_lines', '2026-03-03', 105, 'stat-1'],
      ],
      priority,
    );
    expect(rows).toEqual([
      { clientId: 'c1', flow: 'order_lines', day: '2026-03-02', quantity: 90, versionId: 'input-3' },
      { clientId: 'c1', flow: 'order_lines', day: '2026-03-03', quantity: 110, versionId: 'stat-2' },
    ]);
  });

  it('sums the hourly rows of the chosen version only, whatever order the rows come in', () => {
    const rows = effectiveForecastDays(
      [
        ['c1', 'units_picked', '2026-03-02', 10, 'stat-1'],
        ['c1', 'units_picked', '2026-03-02', 5, 'stat-2'],
        ['c1', 'units_picked', '2026-03-02', 30, 'stat-1'],
        ['c1', 'units_picked', '2026-03-02', 7, 'stat-2'],
      ],
      priority,
    );
    expect(rows).toEqual([
      { clientId: 'c1', flow: 'units_picked', day: '2026-03-02', quantity: 5 + 7, versionId: 'stat-2' },
    ]);
  });

  it('sorts by day, then client and flow in code-unit order, and drops rows of unknown versions', () => {
    const rows = effectiveForecastDays(
      [
        ['c2', 'order_lines', '2026-03-02', 1, 'stat-1'],
        ['C1', 'order_lines', '2026-03-02', 2, 'stat-1'],
        ['c1', 'returns', '2026-03-01', 3, 'stat-1'],
        ['c1', 'order_lines', '2026-03-01', 4, 'stat-1'],
        ['c1', 'order_lines', '2026-03-01', 5, 'gone'],
      ],
      priority,
    );
    expect(rows.map((r) => `${r.day} ${r.clientId} ${r.flow} ${r.quantity}`)).toEqual([
      '2026-03-01 c1 order_lines 4',
      '2026-03-01 c1 returns 3',
      '2026-03-02 C1 order_lines 2',
      '2026-03-02 c2 order_lines 1',
    ]);
  });
});
