// Runs the event-store conformance suite on DuckDB in memory and on files, and proves a file persists.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyStoreConformance } from '../history/history-conformance.ts';
import { eventStoreConformance } from './conformance.ts';
import { flowDay, siteEvent } from './conformance-fixtures.ts';
import { openEventStore } from './open-event-store.ts';

let dir = '';
let files = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logipilot-events-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

eventStoreConformance('duckdb :memory:', () => openEventStore({ kind: 'duckdb', path: ':memory:' }));
historyStoreConformance('duckdb :memory:', () => openEventStore({ kind: 'duckdb', path: ':memory:' }));

eventStoreConformance('duckdb file', () => {
  files += 1;
  return openEventStore({ kind: 'duckdb', path: join(dir, `conformance-${files}`, 'events.duckdb') });
});

describe('DuckDB event store file', () => {
  it('keeps flow days and events across close and reopen', async () => {
    const path = join(dir, 'persist', 'events.duckdb');
    const first = await openEventStore({ kind: 'duckdb', path });
    await first.appendFlowDays([flowDay('2025-03-03', 10), flowDay('2025-03-04', 20)]);
    await first.appendEvents([siteEvent('e1', '2025-03-03T08:00:00Z', { payload: { k: 'v' } })]);
    const dump = await first.exportSite('s1');
    await first.close();

    const second = await openEventStore({ kind: 'duckdb', path });
    expect(await second.exportSite('s1')).toEqual(dump);
    await second.appendFlowDays([flowDay('2025-03-03', 11)]);
    await second.close();

    const third = await openEventStore({ kind: 'duckdb', path });
    expect(await third.queryFlowDays({ siteId: 's1', to: '2025-03-03' })).toEqual([
      flowDay('2025-03-03', 11),
    ]);
    expect(await third.eventCount('s1')).toBe(1);
    await third.close();
  });
});
