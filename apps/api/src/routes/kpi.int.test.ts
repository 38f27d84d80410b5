// The KPI routes over the fixture store plus an in-memory history: import and recompute, tiles by breakdown, client
// isolation, drifts, their chart and take-over, each user's layout, and the monthly report download.
import { FIXTURE_NOW, FIXTURE_PASSWORD, seedFixture } from '@logipilot/app/masterdata/fixture-site';
import { type EventStore, openEventStore } from '@logipilot/db';
import { openTestDatabase } from '@logipilot/db/testing/test-stores';
import { addDays, isoWeekday } from '@logipilot/domain';
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

const HEADER =
  'order_id;line_no;client_id;sku;quantity_ordered;released_at;due_at;picked_at;shipped_at;picker_id;error';
/** The monitored month: client A ships every order late from the 9th, after a year of on-time shipments. */
const FROM = '2026-02-01';
const TO = '2026-02-28';
const DRIFT_FROM = '2026-02-09';

/** Fourteen months of weekday order lines: three two-line orders per client and day, picked by emp-1 and emp-2. */
function orderLinesCsv(): string {
  const rows = [HEADER];
  let order = 0;
  for (let day = '2025-01-02'; day <= TO; day = addDays(day, 1)) {
    if (isoWeekday(day) > 5) continue;
    for (const client of ['client-a', 'client-b']) {
      for (let o = 0; o < 3; o++) {
        order += 1;
        const late = client === 'client-a' && day >= DRIFT_FROM;
        for (const line of [1, 2]) {
          const picker = line === 1 ? 'emp-1' : 'emp-2';
          rows.push(
            [
              `O${order}`,
              line,
              client,
              `SKU${line}`,
              4,
              `${day} 07:00:00`,
              `${day} ${late ? '09' : '17'}:00:00`,
              `${day} 10:${10 + o}:00`,
              `${day} 15:00:00`,
              picker,
              order % 97 === 0 && line === 2 ? 'true' : 'false',
            ].join(';'),
          );
        }
      }
    }
  }
  return `${rows.join('\n')}\n`;
}

function csvForm(text: string, name = 'order_lines.csv'): FormData {
  const form = new FormData();
  form.set('file', new File([text], name, { type: 'text/csv' }));
  return form;
}

beforeAll(async () => {
  store = await openTestDatabase('pglite');
  await seedFixture(store.db);
  events = await openEventStore({ kind: 'duckdb', path: ':memory:' });
  app = createApi({ db: store.db, events }, { clock: () => FIXTURE_NOW, staticDir: '/nonexistent-web-dist' });
}, 60_000);
afterAll(async () => {
  await events?.close();
  await store?.dispose();
});

interface Tile {
  id: string;
  group: string;
  value: number | null;
  status: string;
  spark: unknown[];
}

describe('KPI history import and recomputation', () => {
  it('refuses a client viewer and a team leader with 403 before reading the body', async () => {
    for (const who of ['client-alpha', 'leader']) {
      expect((await call(who, 'POST', '/api/kpi/import/order_lines', csvForm(HEADER))).status, who).toBe(403);
      expect((await call(who, 'POST', '/api/kpi/recompute', {})).status, who).toBe(403);
    }
  });

  it('rejects a faulty file whole, naming the row and column', async () => {
    const bad = `${HEADER}\nO1;1;client-a;S1;abc;2026-01-05 07:00:00;2026-01-05 17:00:00;;;;false\n`;
    const res = await call('admin', 'POST', '/api/kpi/import/order_lines', csvForm(bad));
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('IMPORT_REJECTED');
    expect(body.errors[0]).toMatchObject({ row: 2, column: 'quantity_ordered', value: 'abc' });
  });

  it('answers an unknown kind with 422 naming the allowed ones, and a missing file with 400 on `file`', async () => {
    const unknown = await call('admin', 'POST', '/api/kpi/import/parcels', csvForm(HEADER));
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).error).toMatchObject({ code: 'IMPORT_UNKNOWN_ENTITY', field: 'kind' });
    const form = new FormData();
    form.set('file', 'just text');
    const noFile = await call('admin', 'POST', '/api/kpi/import/order_lines', form);
    expect(noFile.status).toBe(400);
    expect((await noFile.json()).error.field).toBe('file');
  });

  it('imports the order lines and rebuilds the daily facts', async () => {
    const res = await call('admin', 'POST', '/api/kpi/import/order_lines', csvForm(orderLinesCsv()));
    expect(res.status, await res.clone().text()).toBe(200);
    const imported = await res.json();
    expect(imported).toMatchObject({ kind: 'order_lines', dryRun: false });
    expect(imported.rows).toBeGreaterThan(3000);
    const recompute = await call('methods', 'POST', '/api/kpi/recompute', {});
    expect(recompute.status).toBe(200);
    expect(await recompute.json()).toMatchObject({ from: '2025-01-02', to: '2026-02-27' });
    const bad = await call('admin', 'POST', '/api/kpi/recompute', { from: '2026-13-01' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe('from');
  });
});

describe('KPI board', () => {
  it('gives the site tiles with value, light and a sparkline', async () => {
    const res = await call('manager', 'GET', `/api/kpi/board?from=${FROM}&to=${TO}`);
    expect(res.status).toBe(200);
    const board = await res.json();
    expect(board.groupBy).toBe('site');
    expect(board.previous).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    const onTime = board.tiles.find((t: Tile) => t.id === 'on_time_shipments');
    expect(onTime.value).toBeGreaterThan(50);
    expect(onTime.value).toBeLessThan(100);
    expect(['green', 'amber', 'red']).toContain(onTime.status);
    expect(onTime.spark.length).toBeGreaterThan(2);
  });

  it('defaults to the current month, breaks down by client and filters by key', async () => {
    const current = await (await call('manager', 'GET', '/api/kpi/board')).json();
    expect({ from: current.from, to: current.to }).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    const byClient = await (
      await call('manager', 'GET', `/api/kpi/board?from=${FROM}&to=${TO}&groupBy=client`)
    ).json();
    expect(byClient.groups).toEqual(['client-a', 'client-b']);
    const one = await (
      await call(
        'manager',
        'GET',
        `/api/kpi/board?from=${FROM}&to=${TO}&groupBy=client&keys=client-b&kpiIds=on_time_shipments`,
      )
    ).json();
    expect(one.tiles.map((t: Tile) => [t.id, t.group, t.value])).toEqual([
      ['on_time_shipments', 'client-b', 100],
    ]);
  });

  it('restricts a client viewer to its own client', async () => {
    const own = await call('client-alpha', 'GET', `/api/kpi/board?from=${FROM}&to=${TO}`);
    expect(own.status).toBe(200);
    const board = await own.json();
    expect(board.groupBy).toBe('client');
    expect(new Set(board.tiles.map((t: Tile) => t.group))).toEqual(new Set(['client-a']));
    expect(JSON.stringify(board)).not.toContain('client-b');
    for (const query of [
      'groupBy=client&keys=client-b',
      'groupBy=site',
      'groupBy=client&keys=client-a,client-b',
    ]) {
      const res = await call('client-alpha', 'GET', `/api/kpi/board?from=${FROM}&to=${TO}&${query}`);
      expect(res.status, query).toBe(403);
    }
  });

  it('refuses the operator and team breakdowns to a client viewer, gives them to a team leader', async () => {
    for (const groupBy of ['operator', 'team']) {
      const res = await call(
        'client-alpha',
        'GET',
        `/api/kpi/board?from=${FROM}&to=${TO}&groupBy=${groupBy}`,
      );
      expect(res.status, groupBy).toBe(403);
      expect((await res.json()).error.code).toBe('FORBIDDEN');
    }
    const leader = await call('leader', 'GET', `/api/kpi/board?from=${FROM}&to=${TO}&groupBy=operator`);
    expect(leader.status).toBe(200);
    expect((await leader.json()).groups).toEqual(['emp-1', 'emp-2']);
  });

  it('names the faulty query parameter', async () => {
    const cases: [string, string][] = [
      ['from=2026-02-30x&to=2026-02-28', 'from'],
      ['from=2026-02-01&to=2026-01-01', 'to'],
      ['groupBy=warehouse', 'groupBy'],
      ['family=fun', 'family'],
      ['colour=red', 'colour'],
    ];
    for (const [query, field] of cases) {
      const res = await call('manager', 'GET', `/api/kpi/board?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect((await res.json()).error.field, query).toBe(field);
    }
  });
});

describe('KPI drifts', () => {
  interface Alert {
    id: string;
    kpiId: string;
    dimension: string;
    key: string;
    rule: string;
    dates: string[];
  }
  let alert: Alert;

  it('lists the alert of client A going late, with the dates of its points', async () => {
    const res = await call('manager', 'GET', `/api/kpi/drifts?from=${FROM}&to=${TO}&dimension=client`);
    expect(res.status).toBe(200);
    const report = await res.json();
    const found = (report.alerts as Alert[]).find(
      (a) => a.kpiId === 'on_time_shipments' && a.key === 'client-a',
    );
    expect(found).toBeDefined();
    alert = found!;
    expect(alert.rule).toMatch(/^WE_[1-4]$/);
    expect(alert.dates.every((d) => d >= DRIFT_FROM && d <= TO)).toBe(true);
    expect(
      (report.alerts as Alert[]).some((a) => a.key === 'client-b' && a.kpiId === 'on_time_shipments'),
    ).toBe(false);
  });

  it('shows a client viewer only its own client, and refuses it another dimension', async () => {
    const own = await call('client-beta', 'GET', `/api/kpi/drifts?from=${FROM}&to=${TO}`);
    expect(own.status).toBe(200);
    const report = await own.json();
    expect(report.alerts.every((a: Alert) => a.key === 'client-b')).toBe(true);
    expect(
      (await call('client-beta', 'GET', `/api/kpi/drifts?from=${FROM}&to=${TO}&dimension=site`)).status,
    ).toBe(403);
    expect(
      (await call('client-beta', 'GET', `/api/kpi/drifts?from=${FROM}&to=${TO}&dimension=operator`)).status,
    ).toBe(403);
  });

  it('draws the control chart behind the alert', async () => {
    const q = `kpiId=${alert.kpiId}&dimension=${alert.dimension}&key=${alert.key}&from=${FROM}&to=${TO}`;
    const res = await call('manager', 'GET', `/api/kpi/drift-chart?${q}`);
    expect(res.status).toBe(200);
    const chart = await res.json();
    expect(chart).toMatchObject({ kpiId: 'on_time_shipments', chart: 'p' });
    const monitored = chart.points.filter((p: { baseline: boolean }) => !p.baseline);
    expect(monitored.length).toBeGreaterThan(10);
    // In the KPI's unit (a percentage), whatever the chart computes on.
    expect(monitored.at(-1).value * chart.scale).toBeLessThan(monitored.at(-1).centre * chart.scale);
    expect(monitored.at(0).centre * chart.scale).toBeGreaterThan(90);
    const unknown = await call(
      'manager',
      'GET',
      `/api/kpi/drift-chart?${q.replace(alert.kpiId, 'happiness')}`,
    );
    expect(unknown.status).toBe(404);
    const forbidden = await call(
      'client-alpha',
      'GET',
      `/api/kpi/drift-chart?${q.replace('client-a', 'client-b')}`,
    );
    expect(forbidden.status).toBe(403);
    // The site's chart has no key (a link drops an empty parameter).
    const site = await call(
      'manager',
      'GET',
      `/api/kpi/drift-chart?kpiId=otif&dimension=site&from=${FROM}&to=${TO}`,
    );
    expect(site.status).toBe(200);
    expect((await site.json()).key).toBe('');
    const missing = await call('manager', 'GET', `/api/kpi/drift-chart?kpiId=otif&from=${FROM}&to=${TO}`);
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.field).toBe('dimension');
  });

  it('takes the alert over once, and lists the record', async () => {
    const body = { alertId: alert.id, from: FROM, to: TO, note: 'Transporteur en retard' };
    const first = await call('methods', 'POST', '/api/kpi/drift-records', body);
    expect(first.status).toBe(201);
    const again = await call('manager', 'POST', '/api/kpi/drift-records', body);
    expect(again.status).toBe(200);
    expect((await again.json()).created).toBe(false);
    const records = await (await call('manager', 'GET', '/api/kpi/drift-records')).json();
    expect(records.items).toHaveLength(1);
    expect(records.items[0]).toMatchObject({
      alertId: alert.id,
      note: 'Transporteur en retard',
      status: 'open',
    });
    expect((await call('client-alpha', 'POST', '/api/kpi/drift-records', body)).status).toBe(403);
    expect((await call('client-alpha', 'GET', '/api/kpi/drift-records')).status).toBe(403);
  });

  it('answers an unknown alert with 404, a missing one with 400 on `alertId`', async () => {
    const unknown = await call('methods', 'POST', '/api/kpi/drift-records', {
      alertId: 'otif:site::WE_1:x',
      from: FROM,
      to: TO,
    });
    expect(unknown.status).toBe(404);
    const missing = await call('methods', 'POST', '/api/kpi/drift-records', { from: FROM, to: TO });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.field).toBe('alertId');
  });
});

describe('dashboard layout', () => {
  it('starts from the default, saves per user, and names a faulty field', async () => {
    const initial = await (await call('leader', 'GET', '/api/kpi/layout')).json();
    expect(initial.period).toBe('month');
    expect(initial.tiles.length).toBeGreaterThan(5);
    const saved = await call('leader', 'PUT', '/api/kpi/layout', {
      tiles: ['otif', 'lines_per_hour'],
      period: 'week',
    });
    expect(saved.status).toBe(200);
    expect(await (await call('leader', 'GET', '/api/kpi/layout')).json()).toEqual({
      tiles: ['otif', 'lines_per_hour'],
      period: 'week',
    });
    // Another user's dashboard is untouched.
    expect((await (await call('manager', 'GET', '/api/kpi/layout')).json()).tiles).toEqual(initial.tiles);
    const unknown = await call('leader', 'PUT', '/api/kpi/layout', { tiles: ['happiness'] });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.field).toMatch(/^tiles/);
    const twice = await call('leader', 'PUT', '/api/kpi/layout', { tiles: ['otif', 'otif'] });
    expect(twice.status).toBe(400);
    expect((await twice.json()).error.field).toMatch(/^tiles/);
  });
});

describe('monthly report', () => {
  it('downloads the PDF and the workbook as attachments', async () => {
    const pdf = await call('manager', 'GET', '/api/kpi/report?month=2026-02&format=pdf&lang=fr');
    expect(pdf.status, await pdf.clone().text()).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.pdf"/);
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    const xlsx = await call('manager', 'GET', '/api/kpi/report?month=2026-02&format=xlsx&lang=en');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toMatch(/\.xlsx"/);
    const bad = await call('manager', 'GET', '/api/kpi/report?month=2026-13&format=doc');
    expect(bad.status).toBe(400);
    const fields = (await bad.json()).error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['format', 'month']);
  });
});
