// The plan routes over the fixture site with one stored forecast: compute, save, list, read, export; no client viewer.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../testing/api-harness.ts';

let h: Harness;
const FROM = '2026-03-02';

beforeAll(async () => {
  h = await openHarness();
  // A small stored forecast: order lines and parcels for client A on the five weekdays of one week.
  await h.db.repos.forecasts.create({
    id: 'fc-1',
    siteId: 'site-1',
    number: 1,
    name: 'Import',
    kind: 'input',
    createdAt: '2026-03-01T08:00:00.000Z',
    createdBy: 'admin',
    basedOn: null,
    note: '',
    params: null,
  });
  const days = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];
  await h.db.repos.forecastVolumes.insertMany(
    days.flatMap((day) => [
      {
        siteId: 'site-1',
        versionId: 'fc-1',
        clientId: 'client-a',
        flow: 'order_lines' as const,
        day,
        hour: null,
        quantity: 1200,
        source: 'import' as const,
      },
      {
        siteId: 'site-1',
        versionId: 'fc-1',
        clientId: 'client-a',
        flow: 'parcels_packed' as const,
        day,
        hour: null,
        quantity: 300,
        source: 'import' as const,
      },
    ]),
  );
});
afterAll(() => h?.dispose());

describe('plan routes', () => {
  it('computes a plan whose totals.hours is the sum of the day activity hours, messages in the request language', async () => {
    const res = await h.call(
      'methods',
      'POST',
      '/api/plans/compute',
      { from: FROM, weeks: 1 },
      { 'X-Logipilot-Lang': 'en' },
    );
    expect(res.status).toBe(200);
    const plan = await res.json();
    const sum = plan.days.reduce(
      (s: number, d: { activities: { hours: number }[] }) =>
        s + d.activities.reduce((t, a) => t + a.hours, 0),
      0,
    );
    expect(plan.totals.hours).toBeGreaterThan(0);
    expect(plan.totals.hours).toBeCloseTo(sum, 6);
    expect(plan.forecastVersionIds).toEqual(['fc-1']);
    const history = plan.issues.find((i: { code: string }) => i.code === 'PLAN_HISTORY_FROM_CONTRACTS');
    expect(history.message).toMatch(/timesheets/);
  });

  it('raises the hours with the volumes', async () => {
    const base = await (await h.call('admin', 'POST', '/api/plans/compute', { from: FROM, weeks: 1 })).json();
    const more = await (
      await h.call('admin', 'POST', '/api/plans/compute', {
        from: FROM,
        weeks: 1,
        scenario: { volumePct: 20 },
      })
    ).json();
    expect(more.totals.hours).toBeGreaterThan(base.totals.hours * 1.19);
  });

  it('saves a version, lists it, reads it and exports it as XLSX and PDF', async () => {
    const created = await h.call('admin', 'POST', '/api/plans', {
      from: FROM,
      weeks: 1,
      name: 'S10',
      kind: 'baseline',
    });
    expect(created.status).toBe(201);
    const plan = await created.json();
    const list = await (await h.call('leader', 'GET', '/api/plans')).json();
    expect(list.items.map((p: { id: string }) => p.id)).toContain(plan.id);
    const one = await h.call('leader', 'GET', `/api/plans/${plan.id}`);
    expect((await one.json()).totals).toEqual(plan.totals);
    const xlsx = await h.call('admin', 'GET', `/api/plans/${plan.id}/export?format=xlsx&lang=en`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toMatch(/attachment; filename="S10-2026-03-02.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Workload',
      'Staffing',
      'Levers',
      'Temp order',
    ]);
    const pdf = await h.call('admin', 'GET', `/api/plans/${plan.id}/export?format=pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
    expect((await h.call('admin', 'GET', '/api/plans/nope')).status).toBe(404);
  });

  it('answers 422 PLAN_NO_FORECAST when saving a horizon without forecast', async () => {
    const res = await h.call('admin', 'POST', '/api/plans', {
      from: '2026-06-01',
      weeks: 1,
      name: 'x',
      kind: 'replan',
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('PLAN_NO_FORECAST');
  });

  it('refuses every plan route to a client viewer', async () => {
    for (const [method, path, body] of [
      ['POST', '/api/plans/compute', { from: FROM, weeks: 1 }],
      ['POST', '/api/plans', { from: FROM, weeks: 1, name: 'x', kind: 'baseline' }],
      ['GET', '/api/plans', undefined],
      ['GET', '/api/plans/any', undefined],
      ['GET', '/api/plans/any/export', undefined],
    ] as const) {
      const res = await h.call('client-alpha', method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
    }
  });
});
