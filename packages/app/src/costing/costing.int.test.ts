// The costing use cases on the seeded small demo: the live budget against hand arithmetic, versions frozen, actuals
// imported all or nothing with their variance, access, and a quote priced on the site's cost model.
import { readFile } from 'node:fs/promises';
import { testBackends } from '@logipilot/db/testing/test-stores';
import { demoCostModel, generateDemoSite } from '@logipilot/demo';
import { type Actor, DomainError, findStandard, standardMinutesPerUnit } from '@logipilot/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../context.ts';
import { runStatisticalForecast } from '../forecast/run-statistical-forecast.ts';
import { seedSite } from '../seed/seed-site.ts';
import { openTestContext } from '../seed/test-context.ts';
import { getBudgetReport, saveBudgetVersion } from './budget-report.ts';
import { getCostModel, saveCostModel } from './cost-model.ts';
import { importBudgetActuals } from './import-actuals.ts';
import { priceSiteQuote, quoteDocument } from './quote.ts';

const DATABASE_URL = process.env.DATABASE_URL;
const AS_OF = '2026-11-02';
const exampleRequest = async (): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(new URL('../../../../examples/quote-request.json', import.meta.url), 'utf8'));
const csv = (text: string) => new TextEncoder().encode(text);

async function errorOf(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`costing on ${backend.name}`, () => {
    let ctx: AppContext;
    let dispose: () => Promise<void>;
    let admin: Actor;
    let viewer: Actor;

    beforeAll(async () => {
      ({ ctx, dispose } = await openTestContext(backend.name, DATABASE_URL));
      const demo = generateDemoSite({ size: 'small', seed: 1, asOf: AS_OF });
      const users = demo.users.map(({ user }) => ({ user, passwordHash: 'x' }));
      await seedSite(ctx, {
        bundle: demo.bundle,
        flowDays: demo.flowDays,
        users,
        costModel: demoCostModel(demo.bundle),
      });
      const siteId = demo.bundle.site.id;
      const adminUser = demo.users.find((u) => u.user.role === 'admin')!.user;
      const viewerUser = demo.users.find((u) => u.user.role === 'client_viewer')!.user;
      admin = { userId: adminUser.id, username: adminUser.username, role: 'admin', clientId: null, siteId };
      viewer = {
        userId: viewerUser.id,
        username: viewerUser.username,
        role: 'client_viewer',
        clientId: viewerUser.clientId,
        siteId,
      };
      await runStatisticalForecast(ctx, admin, { horizonDays: 14, asOf: AS_OF, holdoutDays: 28 });
    }, 180_000);

    afterAll(async () => {
      await dispose?.();
    });

    it('budgets 2026 from last year’s history and the forecast, every line by hand and every total a sum', async () => {
      const report = await getBudgetReport(ctx, admin, { year: 2026 });
      expect(report.version).toBeNull();
      expect(report.months.map((m) => m.month)).toEqual([
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
        '2026-08',
        '2026-09',
        '2026-10',
        '2026-11',
        '2026-12',
      ]);
      const sources = report.basis.months.map((m) => m.source);
      // The forecast covers 2–15 November; the other months come from 2025's history.
      expect(sources[10]).toBe('mixed');
      expect(sources.filter((s) => s === 'history')).toHaveLength(11);
      // Each labour line-month = round(volume × SH × SR), SH from the site standard, SR from the rate table.
      const [standards, rates] = await Promise.all([
        ctx.db.repos.standards.all(admin.siteId),
        ctx.db.repos.rates.all(admin.siteId),
      ]);
      const picking = report.input.drivers.find((d) => d.activity === 'picking' && d.unit === 'order_line')!;
      expect(picking).toBeDefined();
      const std = findStandard(standards, 'picking', 'rf_scan', 'order_line', null)!;
      const sh = (standardMinutesPerUnit(std) / 60) * ((1 + 0.1) / (1 - 0.08));
      expect(picking.standardHoursPerUnit).toBeCloseTo(sh, 6);
      expect(picking.rateCentsPerHour).toBe(
        rates.find((r) => r.qualification === 'picker')!.loadedHourlyCostCents,
      );
      const jan = report.budget.months[0]!;
      const line = jan.lines.find(
        (l) => l.costCentre === picking.costCentre && l.key === 'picking/order_line',
      )!;
      expect(line.cents).toBe(
        Math.round(picking.volumes[0]! * picking.standardHoursPerUnit * picking.rateCentsPerHour),
      );
      for (const m of report.budget.months)
        expect(m.totalCents).toBe(m.lines.reduce((a, l) => a + l.cents, 0));
      expect(report.budget.totalCents).toBe(report.months.reduce((a, m) => a + m.budget, 0));
      // Fixed costs: the cost model's, every month.
      const model = (await getCostModel(ctx, admin))!.model;
      const fixed = (model.fixedCosts ?? []).reduce((a, f) => a + f.centsPerMonth, 0);
      expect(fixed).toBeGreaterThan(0);
      for (const m of report.budget.months) expect(m.fixedCents).toBe(fixed);
      expect(report.months.every((m) => m.actual === undefined && m.variance === undefined)).toBe(true);
    });

    it('freezes a saved version: a later rate rise moves the live budget, not the version', async () => {
      const saved = await saveBudgetVersion(ctx, admin, {
        year: 2026,
        name: 'Budget initial 2026',
        kind: 'initial',
      });
      const shown = await getBudgetReport(ctx, admin, { year: 2026 });
      expect(shown.version?.id).toBe(saved.id);
      const before = shown.budget.totalCents;
      const picker = (await ctx.db.repos.rates.all(admin.siteId)).find((r) => r.qualification === 'picker')!;
      await ctx.db.repos.rates.update({
        ...picker,
        loadedHourlyCostCents: picker.loadedHourlyCostCents + 100,
      });
      expect((await getBudgetReport(ctx, admin, { year: 2026 })).budget.totalCents).toBe(before);
      expect(
        (await getBudgetReport(ctx, admin, { year: 2026, versionId: 'live' })).budget.totalCents,
      ).toBeGreaterThan(before);
      await expect(
        saveBudgetVersion(ctx, admin, { year: 2026, name: 'Budget initial 2026', kind: 'reforecast' }),
      ).rejects.toMatchObject({ code: 'BUDGET_VERSION_NAME_TAKEN', field: 'name' });
    });

    it('imports January’s actuals and splits the variance into effects that add up to the cent', async () => {
      const report = await getBudgetReport(ctx, admin, { year: 2026 });
      const jan = report.budget.months[0]!;
      // Actuals: 10 % more volume, 5 % more hours than standard for it, and 1 % dearer hours; fixed lines +2 %.
      const rows = jan.lines.map((l) => {
        if (l.kind === 'fixed')
          return `2026-01;${l.costCentre};${l.key};;;${((l.cents * 1.02) / 100).toFixed(2).replace('.', ',')}`;
        const volume = Math.round((l.volume ?? 0) * 1.1);
        const hours = Number(((l.hours ?? 0) * 1.1 * 1.05).toFixed(2));
        const cost = ((l.cents * 1.1 * 1.05 * 1.01) / 100).toFixed(2).replace('.', ',');
        return `2026-01;${l.costCentre};${l.key};${volume};${String(hours).replace('.', ',')};${cost}`;
      });
      const file = ['Mois;Centre de coût;Ligne;Volume;Heures;Coût €', ...rows].join('\n');
      const result = await importBudgetActuals(ctx, admin, {
        year: 2026,
        fileName: 'reel-janvier.csv',
        bytes: csv(file),
      });
      expect(result).toMatchObject({ months: ['2026-01'], rows: jan.lines.length });
      const after = await getBudgetReport(ctx, admin, { year: 2026 });
      const m = after.months[0]!;
      expect(m.actual).toBe(result.totalCents);
      const v = m.variance!;
      expect(v.volume + v.efficiency + v.rate + v.mix).toBe(v.total);
      expect(v.total).toBe(m.actual! - m.budget);
      expect(v.volume).toBeGreaterThan(0);
      expect(v.efficiency).toBeGreaterThan(0);
      expect(v.rate).toBeGreaterThan(0);
      expect(after.months.slice(1).every((x) => x.actual === undefined)).toBe(true);
      // The same month imported again replaces it, never doubles it.
      await importBudgetActuals(ctx, admin, { year: 2026, fileName: 'reel-janvier.csv', bytes: csv(file) });
      expect((await getBudgetReport(ctx, admin, { year: 2026 })).months[0]!.actual).toBe(result.totalCents);
    });

    it('rejects a whole actuals file when one row is wrong, naming file, row and column, and keeps what was there', async () => {
      const before = await ctx.db.repos.budgetActuals.list(admin.siteId, { from: '2026-01', to: '2026-12' });
      const bad = await errorOf(
        importBudgetActuals(ctx, admin, {
          year: 2026,
          fileName: 'fevrier.csv',
          bytes: csv(
            'Mois;Centre de coût;Ligne;Volume;Heures;Coût €\n2026-02;CC-MUTU;rent;;;1000\n2026-02;CC-MUTU;rent2;;;abc\n',
          ),
        }),
      );
      expect(bad.code).toBe('ACTUALS_FILE_INVALID');
      expect(bad.details?.[0]).toMatchObject({
        code: 'ACTUALS_NUMBER_INVALID',
        params: { file: 'fevrier.csv', row: 3 },
      });
      const unknown = await errorOf(
        importBudgetActuals(ctx, admin, {
          year: 2026,
          fileName: 'fevrier.csv',
          bytes: csv('Mois;Centre de coût;Ligne;Coût €\n2026-02;CC-MUTU;rent;1000\n2026-02;CC-NOPE;rent;5\n'),
        }),
      );
      expect(unknown.code).toBe('ACTUALS_FILE_INVALID');
      expect(unknown.details).toEqual([
        expect.objectContaining({
          code: 'ACTUALS_LINE_UNKNOWN',
          params: expect.objectContaining({ row: 3, costCentre: 'CC-NOPE' }),
        }),
      ]);
      expect(await ctx.db.repos.budgetActuals.list(admin.siteId, { from: '2026-01', to: '2026-12' })).toEqual(
        before,
      );
    });

    it('keeps costs from client viewers', async () => {
      await expect(getBudgetReport(ctx, viewer, { year: 2026 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(getCostModel(ctx, viewer)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        priceSiteQuote(ctx, viewer, { request: await exampleRequest(), issueDate: AS_OF }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('saves a cost model only when every field and cost centre is valid, and audits it', async () => {
      const view = (await getCostModel(ctx, admin))!;
      const broken = {
        ...view.model,
        fixedCosts: [{ id: 'rent', costCentre: 'CC-NOPE', kind: 'rent', centsPerMonth: 1 }],
      };
      await expect(saveCostModel(ctx, admin, broken)).rejects.toMatchObject({
        code: 'COST_MODEL_UNKNOWN_COST_CENTRE',
        field: 'fixedCosts.0.costCentre',
      });
      await expect(
        saveCostModel(ctx, admin, { ...view.model, building: { id: 'b', centsPerM2PerYear: -5 } }),
      ).rejects.toMatchObject({
        code: 'COST_MODEL_INVALID',
        field: 'building.centsPerM2PerYear',
      });
      const saved = await saveCostModel(ctx, admin, view.model);
      expect(saved.unitCosts.length).toBe(view.unitCosts.length);
      const audit = await ctx.db.repos.audit.list({ siteId: admin.siteId, limit: 5 });
      expect(audit.items[0]).toMatchObject({ entity: 'site_cost_models', action: 'update' });
    });

    it('prices the example request on the site’s model and renders the quote PDF and bordereau', async () => {
      const request = await exampleRequest();
      const result = await priceSiteQuote(ctx, admin, { request, issueDate: AS_OF });
      expect(result.grid.length).toBeGreaterThan(5);
      expect(result.pricing.marginPct).toBe(8);
      const dearer = await priceSiteQuote(ctx, admin, {
        request,
        issueDate: AS_OF,
        overrides: { targetMarginPct: 12 },
      });
      const line = (r: typeof result) => r.grid.find((g) => g.service === 'picking_line')!.price;
      expect(line(dearer)).toBeGreaterThan(line(result));
      const bad = await errorOf(
        priceSiteQuote(ctx, admin, {
          request: { ...request, volumes: { order_lines: [1, 2, 3] } },
          issueDate: AS_OF,
        }),
      );
      expect(bad).toMatchObject({ code: 'QUOTE_MONTHS_NOT_TWELVE', field: 'volumes.order_lines' });
      const pdf = await quoteDocument(ctx, admin, { request, issueDate: AS_OF }, 'pdf', 'en');
      expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
      const xlsx = await quoteDocument(ctx, admin, { request, issueDate: AS_OF }, 'xlsx', 'fr');
      expect(xlsx.bytes[0]).toBe(0x50); // PK: a zip container
    });
  });
}
