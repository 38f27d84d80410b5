// The costing routes over the fixture store: cost model save with named field errors, the budget from last year's
// history (checked by hand), versions, actuals import all or nothing, exports, quotes priced and downloaded, access.
import { readFile } from 'node:fs/promises';
import { FIXTURE_NOW, FIXTURE_PASSWORD, seedFixture } from '@logipilot/app/masterdata/fixture-site';
import { type EventStore, openEventStore } from '@logipilot/db';
import { openTestDatabase } from '@logipilot/db/testing/test-stores';
import { SAMPLE_COST_MODEL } from '@logipilot/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../app.ts';

type Store = Awaited<ReturnType<typeof openTestDatabase>>;
let store: Store;
let events: EventStore;
let app: ReturnType<typeof createApi>;
let siteId = '';
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
      'X-Logipilot-Lang': 'en',
      ...(body !== undefined && !isForm ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(body === undefined ? {} : { body: isForm ? body : JSON.stringify(body) }),
  });
}

const csvForm = (text: string, year = '2026', name = 'actuals.csv'): FormData => {
  const form = new FormData();
  form.set('file', new File([text], name, { type: 'text/csv' }));
  form.set('year', year);
  return form;
};

const model = {
  ...SAMPLE_COST_MODEL,
  fixedCosts: [
    { id: 'rent', costCentre: 'CC-SHARED', kind: 'rent', centsPerMonth: 1_000_000 },
    { id: 'it_support', costCentre: 'CC-SHARED', kind: 'it', centsPerMonth: 250_000 },
  ],
  sharedCostCentre: 'CC-SHARED',
};

const example = async () =>
  JSON.parse(await readFile(new URL('../../../../examples/quote-request.json', import.meta.url), 'utf8'));

beforeAll(async () => {
  store = await openTestDatabase('pglite');
  const bundle = await seedFixture(store.db);
  siteId = bundle.site.id;
  events = await openEventStore({ kind: 'duckdb', path: ':memory:' });
  // Last year: 1,000 order lines of client A on one January day, 500 in March.
  await events.appendFlowDays([
    { siteId, clientId: 'client-a', flow: 'order_lines', day: '2025-01-06', quantity: 1000 },
    { siteId, clientId: 'client-a', flow: 'order_lines', day: '2025-03-03', quantity: 500 },
  ]);
  app = createApi({ db: store.db, events }, { clock: () => FIXTURE_NOW, staticDir: '/nonexistent-web-dist' });
}, 60_000);
afterAll(async () => {
  await events?.close();
  await store?.dispose();
});

describe('cost model', () => {
  it('starts empty with the sample offered, refuses a bad field by name, then saves with unit costs', async () => {
    const empty = await (await call('admin', 'GET', '/api/cost-model')).json();
    expect(empty.costModel).toBeNull();
    expect(empty.sample.activities.length).toBeGreaterThan(5);
    const bad = await call('admin', 'PUT', '/api/cost-model', {
      ...model,
      fixedCosts: [{ id: 'rent', costCentre: 'CC-NOWHERE', kind: 'rent', centsPerMonth: 1 }],
    });
    expect(bad.status).toBe(400);
    const body = (await bad.json()).error;
    expect(body).toMatchObject({ code: 'COST_MODEL_UNKNOWN_COST_CENTRE', field: 'fixedCosts.0.costCentre' });
    expect(body.message).toContain('CC-NOWHERE');
    const ok = await call('admin', 'PUT', '/api/cost-model', model);
    expect(ok.status, await ok.clone().text()).toBe(200);
    const saved = await ok.json();
    const picking = saved.unitCosts.find(
      (u: { activity: string; unit: string }) => u.activity === 'picking' && u.unit === 'order_line',
    );
    // The breakdown adds up to the unit cost to the cent.
    expect(picking.breakdown.reduce((a: number, l: { cents: number }) => a + l.cents, 0)).toBe(
      picking.costPerUnitCents,
    );
  });

  it('keeps costs from client viewers and team leaders', async () => {
    expect((await call('client-alpha', 'GET', '/api/cost-model')).status).toBe(403);
    expect((await call('client-alpha', 'GET', '/api/budget?year=2026')).status).toBe(403);
    expect((await call('leader', 'GET', '/api/budget?year=2026')).status).toBe(403);
    expect((await call('leader', 'POST', '/api/quotes/price', { request: {} })).status).toBe(403);
    expect((await call('leader', 'PUT', '/api/cost-model', model)).status).toBe(403);
  });
});

describe('budget', () => {
  it('budgets 2026 from 2025’s history: 1,000 lines × SH × 28.00 €/h in January, fixed costs every month', async () => {
    const res = await call('admin', 'GET', '/api/budget?year=2026');
    expect(res.status, await res.clone().text()).toBe(200);
    const report = await res.json();
    expect(report.months).toHaveLength(12);
    // SH = 0.4 min × 1.12 PF&D / 60 × (1 + 10 % indirect) / (1 − 8 % non-productive) = 0.008928 h (6 decimals);
    // 1,000 × 0.008928 × 2,800 c = 24,998.4 → 24,998 c; fixed 10,000 + 2,500 € = 1,250,000 c.
    expect(report.months[0].budget).toBe(24_998 + 1_250_000);
    expect(report.months[1].budget).toBe(1_250_000);
    expect(report.months[2].budget).toBe(12_499 + 1_250_000); // 500 × 0.008928 × 2,800 = 12,499.2
    expect(report.basis.months[0].source).toBe('history');
    expect(report.version).toBeNull();
  });

  it('saves the initial budget once per name', async () => {
    const first = await call('admin', 'POST', '/api/budget/versions', {
      year: 2026,
      name: 'Initial',
      kind: 'initial',
    });
    expect(first.status).toBe(201);
    const again = await call('admin', 'POST', '/api/budget/versions', {
      year: 2026,
      name: 'Initial',
      kind: 'reforecast',
    });
    expect(again.status).toBe(409);
    const list = await (await call('admin', 'GET', '/api/budget/versions?year=2026')).json();
    expect(list.items.map((v: { name: string }) => v.name)).toEqual(['Initial']);
  });

  it('imports actuals all or nothing and reports the variance of January', async () => {
    const bad = await call(
      'admin',
      'POST',
      '/api/budget/actuals',
      csvForm(
        'Month,Cost centre,Line,Volume,Hours,Cost €\n2026-01,CC-ALPHA,picking/order_line,1100,abc,260.00\n',
      ),
    );
    expect(bad.status).toBe(422);
    const body = await bad.json();
    expect(body.error.code).toBe('ACTUALS_FILE_INVALID');
    expect(body.errors[0]).toMatchObject({
      code: 'ACTUALS_NUMBER_INVALID',
      row: 2,
      column: 'Hours',
      value: 'abc',
    });
    expect(body.errors[0].message).toContain('row 2');
    const good = await call(
      'admin',
      'POST',
      '/api/budget/actuals',
      csvForm(
        'Month,Cost centre,Line,Volume,Hours,Cost €\n2026-01,CC-ALPHA,picking/order_line,1100,10.5,300.00\n2026-01,CC-SHARED,rent,,,10100.00\n2026-01,CC-SHARED,it_support,,,2500.00\n',
      ),
    );
    expect(good.status, await good.clone().text()).toBe(200);
    const report = await (await call('admin', 'GET', '/api/budget?year=2026')).json();
    const jan = report.months[0];
    expect(jan.actual).toBe(30_000 + 1_010_000 + 250_000);
    // volume (1,100 − 1,000) × 0.008928 × 2,800 = 2,499.84 → 2,500; efficiency (10.5 − 9.8208) × 2,800 = 1,901.76
    // → 1,902; rate = total − both (labour rate 30,000 − 10.5 × 2,800 = 600, rent spending +10,000, rounding).
    expect(jan.variance).toMatchObject({ volume: 2500, efficiency: 1902, mix: 0 });
    expect(jan.variance.volume + jan.variance.efficiency + jan.variance.rate + jan.variance.mix).toBe(
      jan.variance.total,
    );
    expect(jan.variance.total).toBe(jan.actual - jan.budget);
    expect(report.months[1].actual).toBeUndefined();
  });

  it('downloads the budget as XLSX and PDF, and the actuals template', async () => {
    const xlsx = await call('admin', 'GET', '/api/budget/export?year=2026&format=xlsx&lang=en');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toMatch(/^attachment; filename="budget-2026\.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(4);
    const pdf = await call('admin', 'GET', '/api/budget/export?year=2026&format=pdf&lang=fr');
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    const template = await call('admin', 'GET', '/api/budget/actuals/template?lang=fr');
    expect(await template.text()).toMatch(/^Mois;/);
  });
});

describe('quotes', () => {
  it('prices the example request and moves the prices with the margin', async () => {
    const request = await example();
    const base = await call('methods', 'POST', '/api/quotes/price', { request, issueDate: '2026-03-02' });
    expect(base.status, await base.clone().text()).toBe(200);
    const quote = await base.json();
    expect(quote.pricing).toMatchObject({ basis: 'margin', marginPct: 8 });
    expect(quote.validUntil).toBe('2026-05-31');
    const margin12 = await (
      await call('methods', 'POST', '/api/quotes/price', { request, overrides: { targetMarginPct: 12 } })
    ).json();
    expect(margin12.pricing.markupPct).toBeCloseTo(13.64, 2);
    const price = (q: { grid: { service: string; price: number; costCents: number }[] }) =>
      q.grid.find((g) => g.service === 'handling_in_pallet')!;
    // Same cost, price = cost / (1 − m).
    expect(price(margin12).costCents).toBe(price(quote).costCents);
    expect(price(margin12).price).toBeCloseTo(price(quote).costCents / 0.88, 1);
  });

  it('names the faulty field of a bad request in the user’s language', async () => {
    const request = await example();
    const res = await call('methods', 'POST', '/api/quotes/price', {
      request: { ...request, temperatureMix: { ambient: 0.85, tepid: 0.15 } },
    });
    expect(res.status).toBe(400);
    const error = (await res.json()).error;
    expect(error).toMatchObject({ code: 'QUOTE_CHOICE_UNKNOWN', field: 'temperatureMix.tepid' });
    expect(error.message).toContain('temperatureMix.tepid');
    const negative = await call('methods', 'POST', '/api/quotes/price', {
      request: { ...request, storage: { averagePallets: -5, peakPallets: 10 } },
    });
    expect((await negative.json()).error).toMatchObject({
      code: 'QUOTE_VALUE_NEGATIVE',
      field: 'storage.averagePallets',
    });
  });

  it('downloads the English quote PDF and the French bordereau', async () => {
    const request = await example();
    const pdf = await call('methods', 'POST', '/api/quotes/document', { request, format: 'pdf', lang: 'en' });
    expect(pdf.status, await pdf.clone().text()).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain(
      'quote-Biscuiterie-Boissons-du-Val-de-Loire-SAS.pdf',
    );
    const xlsx = await call('methods', 'POST', '/api/quotes/document', {
      request,
      format: 'xlsx',
      lang: 'fr',
    });
    expect(xlsx.headers.get('content-disposition')).toContain('bordereau-prix-');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(3);
  });
});
