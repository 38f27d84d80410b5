// The one vitest suite every EventStore implementation must pass (DuckDB, PostgreSQL, PGlite).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { daysBetween, flowDay, siteEvent } from './conformance-fixtures.ts';
import type { EventStore, SiteEvent } from './event-store.ts';

/**
 * Registers the suite. `factory` is called once per test and must return an empty store; the suite closes
 * it after the test, before the next call, so a factory may reuse one connection.
 */
export function eventStoreConformance(name: string, factory: () => Promise<EventStore>): void {
  describe(`EventStore conformance: ${name}`, () => {
    let store: EventStore;

    beforeEach(async () => {
      store = await factory();
    });

    afterEach(async () => {
      await store.close();
    });

    describe('empty store', () => {
      it('returns empty results, zero counts and no range', async () => {
        expect(await store.queryFlowDays({ siteId: 's1' })).toEqual([]);
        expect(await store.aggregateFlows({ siteId: 's1', period: 'week' })).toEqual([]);
        expect(await store.flowDayCount('s1')).toBe(0);
        expect(await store.flowRange('s1')).toBeNull();
        expect(await store.queryEvents({ siteId: 's1' })).toEqual([]);
        expect(await store.eventCount('s1')).toBe(0);
        expect(await store.exportSite('s1')).toEqual({ siteId: 's1', flowDays: [], events: [] });
        expect(await store.appendFlowDays([])).toBe(0);
        expect(await store.appendEvents([])).toBe(0);
      });
    });

    describe('flow days', () => {
      it('replaces the quantity when the same site, client, flow and day is appended again', async () => {
        expect(await store.appendFlowDays([flowDay('2025-03-03', 10), flowDay('2025-03-04', 20)])).toBe(2);
        expect(await store.appendFlowDays([flowDay('2025-03-03', 15)])).toBe(1);
        expect(await store.flowDayCount('s1')).toBe(2);
        expect(await store.queryFlowDays({ siteId: 's1' })).toEqual([
          flowDay('2025-03-03', 15),
          flowDay('2025-03-04', 20),
        ]);
      });

      it('keeps the last row when one batch repeats a key', async () => {
        expect(await store.appendFlowDays([flowDay('2025-03-03', 1), flowDay('2025-03-03', 2.5)])).toBe(1);
        expect(await store.queryFlowDays({ siteId: 's1' })).toEqual([flowDay('2025-03-03', 2.5)]);
      });

      it('orders by day, then client, then flow in binary string order', async () => {
        await store.appendFlowDays([
          flowDay('2025-03-04', 1, 'order_lines', 'a'),
          flowDay('2025-03-03', 2, 'units_picked', 'a'),
          flowDay('2025-03-03', 3, 'order_lines', 'a'),
          flowDay('2025-03-03', 4, 'returns', 'B'),
        ]);
        const rows = await store.queryFlowDays({ siteId: 's1' });
        expect(rows.map((r) => [r.day, r.clientId, r.flow])).toEqual([
          ['2025-03-03', 'B', 'returns'],
          ['2025-03-03', 'a', 'order_lines'],
          ['2025-03-03', 'a', 'units_picked'],
          ['2025-03-04', 'a', 'order_lines'],
        ]);
      });

      it('filters by client, flow and an inclusive day range', async () => {
        await store.appendFlowDays([
          ...daysBetween('2025-01-01', '2025-01-10').map((day) => flowDay(day, 1, 'order_lines', 'c1')),
          ...daysBetween('2025-01-01', '2025-01-10').map((day) => flowDay(day, 2, 'returns', 'c2')),
        ]);
        const c2 = await store.queryFlowDays({ siteId: 's1', clientId: 'c2' });
        expect(c2).toHaveLength(10);
        expect(c2.every((r) => r.clientId === 'c2' && r.flow === 'returns')).toBe(true);
        expect(await store.queryFlowDays({ siteId: 's1', flow: 'order_lines', clientId: 'c2' })).toEqual([]);
        const window = await store.queryFlowDays({
          siteId: 's1',
          flow: 'order_lines',
          from: '2025-01-03',
          to: '2025-01-05',
        });
        expect(window.map((r) => r.day)).toEqual(['2025-01-03', '2025-01-04', '2025-01-05']);
        expect(await store.queryFlowDays({ siteId: 's2' })).toEqual([]);
      });

      it('reports the day count and the first and last day of a site', async () => {
        await store.appendFlowDays([
          flowDay('2025-02-10', 1),
          flowDay('2024-11-30', 1, 'returns'),
          flowDay('2025-01-01', 1),
        ]);
        expect(await store.flowDayCount('s1')).toBe(3);
        expect(await store.flowRange('s1')).toEqual({ first: '2024-11-30', last: '2025-02-10' });
        expect(await store.flowRange('s2')).toBeNull();
      });
    });

    describe('flow aggregation', () => {
      // 2024-12-30 is a Monday: its ISO week runs into 2025; 2025-03-31 is a Monday whose week ends in April.
      const days = [...daysBetween('2024-12-28', '2025-01-06'), ...daysBetween('2025-03-30', '2025-04-07')];

      beforeEach(async () => {
        await store.appendFlowDays([
          ...days.map((day) => flowDay(day, 1, 'order_lines', 'c1')),
          ...days.map((day) => flowDay(day, 10, 'order_lines', 'c2')),
          ...days.map((day) => flowDay(day, 100, 'returns', 'c1')),
        ]);
      });

      it('sums ISO weeks starting on Monday, across a year and a month boundary', async () => {
        const weeks = await store.aggregateFlows({
          siteId: 's1',
          period: 'week',
          clientId: 'c1',
          flow: 'order_lines',
        });
        expect(weeks).toEqual([
          { period: '2024-12-23', clientId: 'c1', flow: 'order_lines', quantity: 2 },
          { period: '2024-12-30', clientId: 'c1', flow: 'order_lines', quantity: 7 },
          { period: '2025-01-06', clientId: 'c1', flow: 'order_lines', quantity: 1 },
          { period: '2025-03-24', clientId: 'c1', flow: 'order_lines', quantity: 1 },
          { period: '2025-03-31', clientId: 'c1', flow: 'order_lines', quantity: 7 },
          { period: '2025-04-07', clientId: 'c1', flow: 'order_lines', quantity: 1 },
        ]);
      });

      it('sums calendar months and years per client and flow, ordered by period, client, flow', async () => {
        const months = await store.aggregateFlows({ siteId: 's1', period: 'month' });
        expect(months.filter((m) => m.period === '2025-03-01')).toEqual([
          { period: '2025-03-01', clientId: 'c1', flow: 'order_lines', quantity: 2 },
          { period: '2025-03-01', clientId: 'c1', flow: 'returns', quantity: 200 },
          { period: '2025-03-01', clientId: 'c2', flow: 'order_lines', quantity: 20 },
        ]);
        expect(months.map((m) => m.period)).toEqual([
          ...Array(3).fill('2024-12-01'),
          ...Array(3).fill('2025-01-01'),
          ...Array(3).fill('2025-03-01'),
          ...Array(3).fill('2025-04-01'),
        ]);
        const years = await store.aggregateFlows({ siteId: 's1', period: 'year', clientId: 'c2' });
        expect(years).toEqual([
          { period: '2024-01-01', clientId: 'c2', flow: 'order_lines', quantity: 40 },
          { period: '2025-01-01', clientId: 'c2', flow: 'order_lines', quantity: 150 },
        ]);
      });

      it('aggregates days one to one and honours the day range', async () => {
        const daily = await store.aggregateFlows({
          siteId: 's1',
          period: 'day',
          flow: 'returns',
          from: '2025-03-31',
          to: '2025-04-01',
        });
        expect(daily).toEqual([
          { period: '2025-03-31', clientId: 'c1', flow: 'returns', quantity: 100 },
          { period: '2025-04-01', clientId: 'c1', flow: 'returns', quantity: 100 },
        ]);
        const partialWeek = await store.aggregateFlows({
          siteId: 's1',
          period: 'week',
          clientId: 'c1',
          flow: 'order_lines',
          from: '2025-01-01',
          to: '2025-01-31',
        });
        expect(partialWeek.map((w) => [w.period, w.quantity])).toEqual([
          ['2024-12-30', 5],
          ['2025-01-06', 1],
        ]);
      });
    });

    describe('site events', () => {
      const full: SiteEvent = siteEvent('e1', '2025-03-03T08:15:00.000Z', {
        sku: 'SKU-1',
        location: 'A-01-02',
        employeeId: 'emp-7',
        quantity: 12.5,
        payload: { order: 'O-1', lines: [1, 2], nested: { z: true, a: null } },
      });

      it('stores every field and leaves absent optional fields absent', async () => {
        const bare = siteEvent('e2', '2025-03-03T09:00:00.000Z', {
          clientId: null,
          type: 'count',
          quantity: -3,
        });
        expect(await store.appendEvents([full, bare])).toBe(2);
        const rows = await store.queryEvents({ siteId: 's1' });
        expect(rows).toStrictEqual([full, bare]);
        expect(Object.keys(rows[0]?.payload ?? {})).toEqual(['order', 'lines', 'nested']);
      });

      it('ignores an event whose id is already stored, and repeats within one batch', async () => {
        expect(await store.appendEvents([full])).toBe(1);
        expect(
          await store.appendEvents([{ ...full, quantity: 99 }, siteEvent('e3', '2025-03-03T10:00:00Z')]),
        ).toBe(1);
        expect(
          await store.appendEvents([
            siteEvent('e4', '2025-03-04T10:00:00Z'),
            siteEvent('e4', '2025-03-05T10:00:00Z'),
          ]),
        ).toBe(1);
        expect(await store.eventCount('s1')).toBe(3);
        const rows = await store.queryEvents({ siteId: 's1' });
        expect(rows.find((e) => e.id === 'e1')?.quantity).toBe(12.5);
        expect(rows.find((e) => e.id === 'e4')?.occurredAt).toBe('2025-03-04T10:00:00.000Z');
      });

      it('scopes ids to the site', async () => {
        expect(await store.appendEvents([full, { ...full, siteId: 's2' }])).toBe(2);
        expect(await store.eventCount('s2')).toBe(1);
      });

      it('normalises instants to UTC milliseconds and orders by instant, then id', async () => {
        await store.appendEvents([
          siteEvent('b', '2025-03-03T09:00:00+01:00'),
          siteEvent('a', '2025-03-03T08:00:00Z'),
          siteEvent('c', '2025-03-03T07:30:00.123456-00:30'),
        ]);
        const rows = await store.queryEvents({ siteId: 's1' });
        expect(rows.map((e) => [e.id, e.occurredAt])).toEqual([
          ['a', '2025-03-03T08:00:00.000Z'],
          ['b', '2025-03-03T08:00:00.000Z'],
          ['c', '2025-03-03T08:00:00.123Z'],
        ]);
      });

      it('filters by type, a half-open instant range and a limit', async () => {
        await store.appendEvents([
          siteEvent('r1', '2025-03-01T00:00:00Z', { type: 'receipt' }),
          siteEvent('o1', '2025-03-01T12:00:00Z'),
          siteEvent('o2', '2025-03-02T00:00:00Z'),
          siteEvent('o3', '2025-03-02T12:00:00Z'),
        ]);
        const ids = async (filter: Omit<Parameters<EventStore['queryEvents']>[0], 'siteId'>) =>
          (await store.queryEvents({ siteId: 's1', ...filter })).map((e) => e.id);
        expect(await ids({ type: 'order_line' })).toEqual(['o1', 'o2', 'o3']);
        expect(await ids({ from: '2025-03-01T12:00:00Z', to: '2025-03-02T12:00:00Z' })).toEqual(['o1', 'o2']);
        expect(await ids({ from: '2025-03-02T01:00:00+01:00' })).toEqual(['o2', 'o3']);
        expect(await ids({ limit: 2 })).toEqual(['r1', 'o1']);
        expect(await ids({ type: 'timesheet' })).toEqual([]);
        expect(await store.eventCount('s1', 'receipt')).toBe(1);
        expect(await store.eventCount('s1', 'order_line')).toBe(3);
        expect(await store.eventCount('s2')).toBe(0);
      });
    });

    describe('validation', () => {
      it('rejects an unknown flow with its code, field, value and row, writing nothing', async () => {
        const bad = { ...flowDay('2025-03-04', 1), flow: 'teleports' } as unknown as ReturnType<
          typeof flowDay
        >;
        await expect(store.appendFlowDays([flowDay('2025-03-03', 1), bad])).rejects.toMatchObject({
          name: 'EventStoreError',
          code: 'EVENT_INVALID_FLOW',
          params: { field: 'flow', value: 'teleports', row: 1 },
        });
        expect(await store.flowDayCount('s1')).toBe(0);
      });

      it.each(['2025-02-30', '2025-2-03', '03/03/2025', '2025-03-03T00:00:00Z', ''])(
        'rejects the malformed day %j',
        async (day) => {
          await expect(store.appendFlowDays([flowDay(day, 1)])).rejects.toMatchObject({
            code: 'EVENT_INVALID_DATE',
            params: { field: 'day', value: day, row: 0 },
          });
        },
      );

      it.each(['2025-03-03T08:00:00', '2025-03-03', '2025-03-03T25:00:00Z', 'yesterday'])(
        'rejects the malformed instant %j',
        async (occurredAt) => {
          await expect(store.appendEvents([siteEvent('e1', occurredAt)])).rejects.toMatchObject({
            code: 'EVENT_INVALID_DATE',
            params: { field: 'occurredAt', value: occurredAt, row: 0 },
          });
          expect(await store.eventCount('s1')).toBe(0);
        },
      );

      it('rejects bad quantities, ids, payloads, periods, limits and filters', async () => {
        await expect(store.appendFlowDays([flowDay('2025-03-03', -1)])).rejects.toMatchObject({
          code: 'EVENT_INVALID_QUANTITY',
          params: { field: 'quantity', value: '-1' },
        });
        await expect(
          store.appendEvents([siteEvent('e1', '2025-03-03T08:00:00Z', { quantity: Number.NaN })]),
        ).rejects.toMatchObject({ code: 'EVENT_INVALID_QUANTITY' });
        await expect(store.appendEvents([siteEvent('', '2025-03-03T08:00:00Z')])).rejects.toMatchObject({
          code: 'EVENT_INVALID_ID',
          params: { field: 'id', value: '' },
        });
        const arrayPayload = { payload: [1] as unknown as Record<string, unknown> };
        await expect(
          store.appendEvents([siteEvent('e1', '2025-03-03T08:00:00Z', arrayPayload)]),
        ).rejects.toMatchObject({ code: 'EVENT_INVALID_PAYLOAD' });
        const period = 'quarter' as 'week';
        await expect(store.aggregateFlows({ siteId: 's1', period })).rejects.toMatchObject({
          code: 'EVENT_INVALID_PERIOD',
          params: { field: 'period', value: 'quarter' },
        });
        await expect(store.queryEvents({ siteId: 's1', limit: 1.5 })).rejects.toMatchObject({
          code: 'EVENT_INVALID_LIMIT',
        });
        await expect(store.queryFlowDays({ siteId: 's1', from: '2025-13-01' })).rejects.toMatchObject({
          code: 'EVENT_INVALID_DATE',
          params: { field: 'from', value: '2025-13-01' },
        });
        const flow = 'nope' as 'returns';
        await expect(store.queryFlowDays({ siteId: 's1', flow })).rejects.toMatchObject({
          code: 'EVENT_INVALID_FLOW',
        });
        await expect(store.flowDayCount('')).rejects.toMatchObject({ code: 'EVENT_INVALID_ID' });
      });
    });

    describe('sites', () => {
      async function seed(siteId: string): Promise<void> {
        await store.appendFlowDays(
          daysBetween('2025-01-01', '2025-01-31').map((d) => flowDay(d, 3, 'returns', 'c1', siteId)),
        );
        await store.appendEvents([
          siteEvent('e1', '2025-01-02T10:00:00Z', { siteId, payload: { b: 1, a: [{ y: 'é', x: 2 }] } }),
          siteEvent('e2', '2025-01-02T10:00:00+01:00', { siteId, clientId: null, sku: 'S', quantity: 0.1 }),
        ]);
      }

      it('exports a site and restores it exactly, replacing what the site held', async () => {
        await seed('s1');
        await seed('s2');
        const dump = await store.exportSite('s1');
        expect(dump.siteId).toBe('s1');
        expect(dump.flowDays).toHaveLength(31);
        expect(dump.events).toHaveLength(2);
        const snapshot = JSON.stringify(dump);

        await store.appendFlowDays([flowDay('2025-01-05', 999, 'returns'), flowDay('2026-01-01', 1)]);
        await store.appendEvents([siteEvent('e9', '2025-06-01T00:00:00Z')]);
        await store.importSite(JSON.parse(snapshot));
        expect(JSON.stringify(await store.exportSite('s1'))).toBe(snapshot);

        await store.deleteSite('s1');
        await store.importSite(JSON.parse(snapshot));
        expect(JSON.stringify(await store.exportSite('s1'))).toBe(snapshot);
        expect(await store.flowDayCount('s2')).toBe(31);
      });

      it('refuses a dump holding rows of another site, leaving the site untouched', async () => {
        await seed('s1');
        const dump = await store.exportSite('s1');
        const foreign = {
          ...dump,
          flowDays: [...dump.flowDays, flowDay('2025-02-01', 1, 'returns', 'c1', 's2')],
        };
        await expect(store.importSite(foreign)).rejects.toMatchObject({
          code: 'EVENT_SITE_MISMATCH',
          params: { field: 'flowDays.siteId', value: 's2', row: 31 },
        });
        expect(await store.exportSite('s1')).toEqual(dump);
      });

      it('deletes one site without touching another', async () => {
        await seed('s1');
        await seed('s2');
        const before = await store.exportSite('s2');
        await store.deleteSite('s1');
        expect(await store.exportSite('s1')).toEqual({ siteId: 's1', flowDays: [], events: [] });
        expect(await store.flowRange('s1')).toBeNull();
        expect(await store.exportSite('s2')).toEqual(before);
        await store.deleteSite('s3');
      });

      it('refuses calls once closed, and closes twice without error', async () => {
        await store.close();
        await expect(store.flowDayCount('s1')).rejects.toMatchObject({ code: 'EVENT_STORE_CLOSED' });
      });
    });
  });
}
