// The forecast routes over the fixture store plus an in-memory history: run, list, read (client isolation),
// edits into a new version, the CSV import of forecast volumes and its export.
import { FIXTURE_NOW, FIXTURE_PASSWORD, seedFixture } from '@logipilot/app/masterdata/fixture-site';
import { type EventStore, openEventStore } from '@logipilot/db';
import { openTestDatabase } from '@logipilot/db/testing/test-stores';
import { addDays, isoWeekday } from '@logipilot/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../app.ts';

type Store = Awaited<ReturnType<typeof openTestDatabase>>;
let store: Store;
let events: EventStore;
let app: ReturnType<typeof createApi>;
const cookies = new Map<string, string>();

async function call(username: string, method: string, path: string, body?: unknown): Promise<Response> {
  let cookie = cookies.get(username);
  if (!cookie) {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: FIXTURE_PASSWORD }),
    });
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    cookies.set(username, cookie);
  }
  const isForm = body instanceof FormData;
  return app.request(path, {
    method,
    headers: {
      Cookie: cookie,
      ...(body !== undefined && !isForm ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(body === undefined ? {} : { body: isForm ? body : JSON.stringify(body) }),
  });
}

beforeAll(async () => {
  store = await openTestDatabase('pglite');
  const bundle = await seedFixture(store.db);
  events = await openEventStore({ kind: 'duckdb', path: ':memory:' });
  // Twenty weeks of weekday order lines for both clients, up to the day before "now" (2026-03-02).
  const rows = [];
  for (let i = 1; i <= 140; i++) {
    const day = addDays('2026-03-02', -i);
    if (isoWeekday(day) > 5) continue;
    const base = 1000 + 50 * isoWeekday(day);
    rows.push({
      siteId: bundle.site.id,
      clientId: 'client-a',
      flow: 'order_lines' as const,
      day,
      quantity: base,
    });
    rows.push({
      siteId: bundle.site.id,
      clientId: 'client-b',
      flow: 'order_lines' as const,
      day,
      quantity: base / 2,
    });
  }
  await events.appendFlowDays(rows);
  app = createApi({ db: store.db, events }, { clock: () => FIXTURE_NOW, staticDir: '/nonexistent-web-dist' });
}, 60_000);
afterAll(async () => {
  await events?.close();
  await store?.dispose();
});

describe('forecast routes', () => {
  let runId = '';

  it('runs a forecast (methods technician) and returns method, accuracy, intervals and worded reasons', async () => {
    const res = await call('methods', 'POST', '/api/forecasts/run', {
      flow: 'order_lines',
      horizonDays: 7,
      holdoutDays: 28,
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    runId = body.version.id;
    expect(body).toMatchObject({
      asOf: '2026-03-02',
      horizonDays: 7,
      version: { kind: 'statistical', number: 1 },
    });
    expect(body.version.siteId).toBeUndefined();
    expect(body.series.map((s: { clientCode: string }) => s.clientCode)).toEqual(['ALPHA', 'BETA']);
    const [alpha] = body.series;
    expect(alpha.forecast).toHaveLength(7);
    expect(alpha.accuracy.wape).toBeTypeOf('number');
    expect(alpha.candidates.length).toBeGreaterThan(1);
    for (const r of alpha.reasons) expect(r.message).not.toMatch(/forecast\.|\{\{/);
  });

  it('refuses runs and edits to roles that do not plan, before reading the body', async () => {
    for (const who of ['leader', 'client-alpha']) {
      expect((await call(who, 'POST', '/api/forecasts/run', {})).status, who).toBe(403);
      expect((await call(who, 'POST', `/api/forecasts/${runId}/edits`, {})).status, who).toBe(403);
    }
    const bad = await call('methods', 'POST', '/api/forecasts/run', { flow: 'pizzas', horizonDays: 7 });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe('flow');
  });

  it('lists versions and reads one, a client viewer seeing only its own client', async () => {
    const list = await (await call('leader', 'GET', '/api/forecasts')).json();
    expect(list.items.map((v: { id: string }) => v.id)).toEqual([runId]);
    const all = await (await call('leader', 'GET', `/api/forecasts/${runId}?flow=order_lines`)).json();
    expect(new Set(all.volumes.map((v: { clientCode: string }) => v.clientCode))).toEqual(
      new Set(['ALPHA', 'BETA']),
    );
    expect(all.series[0].points).toHaveLength(7);
    const mine = await call('client-alpha', 'GET', `/api/forecasts/${runId}`);
    const text = await mine.text();
    expect(mine.status).toBe(200);
    expect(text).not.toContain('client-b');
    expect(text).not.toContain('BETA');
    expect((await call('client-alpha', 'GET', `/api/forecasts/${runId}?clientId=client-b`)).status).toBe(403);
    expect((await call('leader', 'GET', '/api/forecasts/nope')).status).toBe(404);
    const day = await (
      await call('leader', 'GET', `/api/forecasts/${runId}?from=2026-03-03&to=2026-03-03`)
    ).json();
    expect(day.volumes.map((v: { day: string }) => v.day)).toEqual(['2026-03-03', '2026-03-03']);
    expect(day.series[0].points.map((p: { day: string }) => p.day)).toEqual(['2026-03-03']);
  });

  it('stores edits as a new version based on the run; the run is unchanged', async () => {
    const res = await call('methods', 'POST', `/api/forecasts/${runId}/edits`, {
      name: 'Re-prévision S10',
      changes: [{ clientCode: 'ALPHA', flow: 'order_lines', day: '2026-03-03', quantity: 2000 }],
    });
    expect(res.status).toBe(201);
    const { version } = await res.json();
    expect(version).toMatchObject({ kind: 'input', basedOn: runId, number: 2, name: 'Re-prévision S10' });
    const edited = await (
      await call(
        'methods',
        'GET',
        `/api/forecasts/${version.id}?clientId=client-a&from=2026-03-03&to=2026-03-03`,
      )
    ).json();
    expect(edited.volumes).toMatchObject([{ quantity: 2000, source: 'manual' }]);
    const run = await (
      await call('methods', 'GET', `/api/forecasts/${runId}?clientId=client-a&from=2026-03-03&to=2026-03-03`)
    ).json();
    expect(run.volumes[0].source).toBe('statistical');
    const unknown = await call('methods', 'POST', `/api/forecasts/${runId}/edits`, {
      name: 'x',
      changes: [{ clientCode: 'NOPE', flow: 'order_lines', day: '2026-03-03', quantity: 1 }],
    });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error).toMatchObject({
      code: 'UNKNOWN_REFERENCE',
      field: 'changes.0.clientCode',
    });
  });

  it('imports a French forecast CSV all-or-nothing, then exports the version', async () => {
    const csv = (rows: string[]) => `\uFEFFCode client;Flux;Date;Quantité\r\n${rows.join('\r\n')}\r\n`;
    const form = (text: string) => {
      const f = new FormData();
      f.set('file', new File([text], 'budget-2027.csv', { type: 'text/csv' }));
      return f;
    };
    const rejected = await call(
      'methods',
      'POST',
      '/api/import/forecast-volumes',
      form(csv(['ALPHA;Lignes de commande;09/03/2026;1200', 'ALPHA;Lignes de commande;10/03/2026;-5'])),
    );
    expect(rejected.status).toBe(422);
    const body = await rejected.json();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ row: 3, column: 'Quantité', value: '-5' });
    expect((await (await call('methods', 'GET', '/api/forecasts')).json()).items).toHaveLength(2);

    const ok = await call(
      'methods',
      'POST',
      '/api/import/forecast-volumes',
      form(csv(['ALPHA;Lignes de commande;09/03/2026;1200', 'BETA;order_lines;09/03/2026;600'])),
    );
    expect(ok.status).toBe(200);
    expect((await ok.json()).imported).toBe(2);
    const [newest] = (await (await call('methods', 'GET', '/api/forecasts')).json()).items;
    expect(newest).toMatchObject({ name: 'budget-2027', kind: 'input', number: 3 });

    const exported = await call(
      'client-alpha',
      'GET',
      `/api/export/forecast-volumes?version=${newest.id}&lang=fr`,
    );
    expect(exported.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await exported.arrayBuffer());
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['Code client', 'Flux', 'Date', 'Heure', 'Quantité']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([['ALPHA', 'order_lines', 1200]]);
  });
});
