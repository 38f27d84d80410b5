// The history SELECT builder: deterministic text, drifts inside the window, every column of every kind produced.
import { addDays, HISTORY_FIELDS, HISTORY_KINDS, KPIS } from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { historyWindow } from '../flow-history.ts';
import { generateDemoSite } from '../generate.ts';
import { generateDemoHistory } from './generate-history.ts';
import { EXPORTED_LINE_SHARE } from './history-plan.ts';

const AS_OF = '2026-11-28';
const site = generateDemoSite({ size: 'small', seed: 1, asOf: AS_OF });
const history = generateDemoHistory(site, { size: 'small', seed: 1, asOf: AS_OF });

describe('generateDemoHistory (small)', () => {
  it('is deterministic: same inputs, same text; another seed, other draws and drift dates', () => {
    expect(generateDemoHistory(site, { size: 'small', seed: 1, asOf: AS_OF })).toEqual(history);
    const other = generateDemoHistory(site, { size: 'small', seed: 2, asOf: AS_OF });
    expect(other.queries.map((q) => q.select)).not.toEqual(history.queries.map((q) => q.select));
    expect(other.drifts.map((d) => d.start)).not.toEqual(history.drifts.map((d) => d.start));
  });

  it('has one SELECT per kind producing every column, as text, in HISTORY_FIELDS order', () => {
    expect(history.queries.map((q) => q.kind)).toEqual([...HISTORY_KINDS]);
    for (const { kind, select } of history.queries) {
      const positions = HISTORY_FIELDS[kind].map((f) => select.lastIndexOf(` AS ${f.column}`));
      for (const [i, f] of HISTORY_FIELDS[kind].entries()) {
        expect(positions[i], `${kind}.${f.column}`).toBeGreaterThan(0);
        if (f.required) expect(select).not.toContain(`CAST(NULL AS VARCHAR) AS ${f.column}`);
      }
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it('injects three drifts on known KPIs, in the second year, at least 60 days before asOf', () => {
    const { from } = historyWindow(AS_OF);
    const ids = new Set(KPIS.map((k) => k.id));
    expect(history.drifts.map((d) => d.kpiId).sort()).toEqual(
      ['dock_to_stock_time', 'on_time_shipments', 'picking_accuracy'].sort(),
    );
    for (const d of history.drifts) {
      expect(ids.has(d.kpiId)).toBe(true);
      expect(KPIS.find((k) => k.id === d.kpiId)!.dimensions).toContain(d.dimension);
      expect(d.start >= addDays(from, 365)).toBe(true);
      expect(d.start <= addDays(AS_OF, -60)).toBe(true);
    }
    const operator = history.drifts.find((d) => d.dimension === 'operator')!;
    expect(site.bundle.employees.find((e) => e.id === operator.key)?.jobRole).toBe('picker');
    const client = history.drifts.find((d) => d.dimension === 'client')!;
    expect(site.bundle.clients.map((c) => c.id)).toContain(client.key);
  });

  it('expects the exported share of the flows’ order lines', () => {
    const flowLines = site.flowDays
      .filter((f) => f.flow === 'order_lines')
      .reduce((s, f) => s + f.quantity, 0);
    const lines = history.expected.order_lines ?? 0;
    expect(lines / flowLines).toBeGreaterThan(EXPORTED_LINE_SHARE.small * 0.98);
    expect(lines / flowLines).toBeLessThan(EXPORTED_LINE_SHARE.small * 1.02);
    expect(history.expected.receipts).toBe(
      site.flowDays.filter((f) => f.flow === 'inbound_trucks').reduce((s, f) => s + f.quantity, 0),
    );
  });

  it('rejects a seed that is not an integer', () => {
    expect(() => generateDemoHistory(site, { size: 'small', seed: 1.5, asOf: AS_OF })).toThrow();
  });
});
