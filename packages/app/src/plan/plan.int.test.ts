// The plan use cases on the seeded small demo with a stored statistical forecast: totals, what-if, access, versions,
// exports. One store per backend for the whole file.
import { testBackends } from '@logipilot/db/testing/test-stores';
import { generateDemoSite } from '@logipilot/demo';
import { type Actor, addDays, DomainError } from '@logipilot/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../context.ts';
import { runStatisticalForecast } from '../forecast/run-statistical-forecast.ts';
import { seedSite } from '../seed/seed-site.ts';
import { openTestContext } from '../seed/test-context.ts';
import { computePlan, MIN_LINE_HOURS } from './compute-plan.ts';
import { exportPlan } from './export-plan.ts';
import { getPlan, listPlans, savePlan } from './plan-versions.ts';

const DATABASE_URL = process.env.DATABASE_URL;
const AS_OF = '2026-11-02';
/** A Monday: the forecast starts there and covers two weeks. */
const FROM = AS_OF;

const sumDayHours = (plan: { days: { activities: { hours: number }[] }[] }) =>
  plan.days.reduce((s, d) => s + d.activities.reduce((t, a) => t + a.hours, 0), 0);
const sumNeeded = (plan: { days: { shifts: { needed: number }[] }[] }) =>
  plan.days.reduce((s, d) => s + d.shifts.reduce((t, x) => t + x.needed, 0), 0);
const sumShortage = (plan: { days: { shifts: { gap: number }[] }[] }) =>
  plan.days.reduce((s, d) => s + d.shifts.reduce((t, x) => t + Math.max(x.gap, 0), 0), 0);

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`activity plan on ${backend.name}`, () => {
    let ctx: AppContext;
    let dispose: () => Promise<void>;
    let admin: Actor;
    let viewer: Actor;

    beforeAll(async () => {
      ({ ctx, dispose } = await openTestContext(backend.name, DATABASE_URL));
      const demo = generateDemoSite({ size: 'small', seed: 1, asOf: AS_OF });
      // Password hashes are irrelevant here: nobody signs in.
      const users = demo.users.map(({ user }) => ({ user, passwordHash: 'x' }));
      await seedSite(ctx, { bundle: demo.bundle, flowDays: demo.flowDays, users });
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
    }, 120_000);

    afterAll(async () => {
      await dispose?.();
    });

    it('makes totals.hours the sum of the days’ activity hours, from the stored forecast', async () => {
      const plan = await computePlan(ctx, admin, { from: FROM, weeks: 1 }, { lang: 'en' });
      expect(plan.days).toHaveLength(7);
      expect(plan.forecastVersionIds).toHaveLength(1);
      expect(plan.totals.hours).toBeGreaterThan(0);
      expect(plan.totals.hours).toBeCloseTo(sumDayHours(plan), 6);
      expect(plan.days[0]!.shifts.length).toBeGreaterThan(0);
      expect(plan.issues.map((i) => i.code)).toContain('PLAN_HISTORY_FROM_CONTRACTS');
      expect(plan.issues.map((i) => i.code)).not.toContain('PLAN_NO_FORECAST');
      for (const i of plan.issues) expect(i.message).not.toMatch(/\{\{|^plan\.|Unexpected/);
      expect(['optimal', 'time_limit', 'infeasible']).toContain(plan.levers.status);
      for (const l of plan.levers.lines) expect(l.message.length).toBeGreaterThan(0);
      // People are named, first and last name, never by id; lines below MIN_LINE_HOURS are left out.
      const ids = new Set(plan.levers.lines.flatMap((l) => (l.employeeId ? [l.employeeId] : [])));
      for (const l of plan.levers.lines) {
        expect(l.hours).toBeGreaterThanOrEqual(MIN_LINE_HOURS - 0.005);
        if (l.employeeId !== undefined) expect(l.employeeName).toMatch(/\S \S/);
      }
      for (const m of [...plan.levers.lines, ...plan.levers.explanation])
        for (const id of ids) expect(m.message).not.toContain(id);
      for (const e of plan.levers.explanation) {
        if (e.params.employeeId !== undefined) expect(e.params.employee).not.toBe(e.params.employeeId);
      }
      // Levers cover only shortages, and every temp order line is whole people.
      for (const o of plan.tempOrder) expect(Number.isInteger(o.headcount)).toBe(true);
    });

    it('raises hours by 20 % and needed heads and gaps with volumes +20 %', async () => {
      const base = await computePlan(ctx, admin, { from: FROM, weeks: 1 });
      const more = await computePlan(ctx, admin, { from: FROM, weeks: 1, scenario: { volumePct: 20 } });
      // Each day × activity is rounded to the hundredth: at most 0.005 h apart per row.
      const rows = base.days.reduce((s, d) => s + d.activities.length, 0);
      expect(Math.abs(more.totals.hours - base.totals.hours * 1.2)).toBeLessThanOrEqual(rows * 0.006 + 1e-9);
      expect(sumNeeded(more)).toBeGreaterThan(sumNeeded(base));
      expect(sumShortage(more)).toBeGreaterThanOrEqual(sumShortage(base));
      expect(more.totals.cost).toBeGreaterThan(base.totals.cost);
      expect(more.scenario.volumePct).toBe(20);
    });

    it('names the flows without a forecast rather than inventing volumes', async () => {
      const later = addDays(FROM, 28);
      const plan = await computePlan(ctx, admin, { from: later, weeks: 1 });
      expect(plan.totals.hours).toBe(0);
      const issue = plan.issues.find((i) => i.code === 'PLAN_NO_FORECAST');
      expect(issue?.params.count).toBeGreaterThan(0);
      expect(String(issue?.params.pairs)).toContain('order_lines');
    });

    it('refuses client viewers', async () => {
      await expect(computePlan(ctx, viewer, { from: FROM, weeks: 1 })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(listPlans(ctx, viewer)).rejects.toBeInstanceOf(DomainError);
    });

    it('reports progress by phase and stops when cancelled', async () => {
      const phases = new Set<string>();
      await computePlan(ctx, admin, { from: FROM, weeks: 1 }, { onProgress: (p) => phases.add(p.phase) });
      expect([...phases]).toEqual(['load', 'workload', 'needs', 'availability', 'levers', 'result']);
      const abort = new AbortController();
      abort.abort();
      await expect(
        computePlan(ctx, admin, { from: FROM, weeks: 1 }, { signal: abort.signal }),
      ).rejects.toMatchObject({ code: 'PLAN_CANCELLED' });
    });

    it('stores immutable versions, audited, and reads them back in the reader’s language', async () => {
      const saved = await savePlan(ctx, admin, {
        from: FROM,
        weeks: 1,
        name: 'Semaine 45',
        kind: 'baseline',
      });
      const replan = await savePlan(
        ctx,
        admin,
        { from: FROM, weeks: 1, name: 'Re-plan +10 %', kind: 'replan', scenario: { volumePct: 10 } },
        { lang: 'en' },
      );
      const list = await listPlans(ctx, admin);
      expect(list.items.map((p) => p.id)).toEqual(expect.arrayContaining([saved.id, replan.id]));
      const back = await getPlan(ctx, admin, saved.id!, 'en');
      expect(back.totals).toEqual(saved.totals);
      expect(back.issues.find((i) => i.code === 'PLAN_HISTORY_FROM_CONTRACTS')?.message).toMatch(
        /timesheets/,
      );
      const audit = await ctx.db.repos.audit.list({ siteId: admin.siteId, entity: 'plans' });
      expect(audit.items.map((a) => a.entityId)).toEqual(expect.arrayContaining([saved.id, replan.id]));
      await expect(getPlan(ctx, admin, 'no-such-plan')).rejects.toMatchObject({ code: 'PLAN_NOT_FOUND' });
      await expect(
        savePlan(ctx, admin, { from: addDays(FROM, 70), weeks: 1, name: 'x', kind: 'baseline' }),
      ).rejects.toMatchObject({ code: 'PLAN_NO_FORECAST' });
    });

    it('exports the XLSX with its sheets and totals, and a PDF', async () => {
      const saved = await savePlan(ctx, admin, { from: FROM, weeks: 1, name: 'Export', kind: 'baseline' });
      const xlsx = await exportPlan(ctx, admin, saved.id!, 'xlsx', 'fr');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
      expect(wb.worksheets.map((s) => s.name)).toEqual([
        'Synthèse',
        'Charge',
        'Effectifs',
        'Leviers',
        'Commande intérim',
      ]);
      const summary = new Map<string, unknown>();
      wb.getWorksheet('Synthèse')!.eachRow((row) => {
        summary.set(String(row.getCell(1).value), row.getCell(2).value);
      });
      expect(summary.get('Charge (h)')).toBeCloseTo(saved.totals.hours, 6);
      expect(summary.get('Coût de main-d’œuvre')).toBeCloseTo(saved.totals.cost / 100, 2);
      const workload = wb.getWorksheet('Charge')!;
      let sum = 0;
      workload.eachRow((row, i) => {
        if (i > 1) sum += Number(row.getCell(row.cellCount).value);
      });
      expect(sum).toBeCloseTo(saved.totals.hours, 4);
      const en = await exportPlan(ctx, admin, saved.id!, 'xlsx', 'en');
      const wbEn = new ExcelJS.Workbook();
      await wbEn.xlsx.load(en.bytes as unknown as ArrayBuffer);
      expect(wbEn.worksheets.map((s) => s.name)).toEqual([
        'Summary',
        'Workload',
        'Staffing',
        'Levers',
        'Temp order',
      ]);

      const pdf = await exportPlan(ctx, admin, saved.id!, 'pdf', 'fr');
      const text = Buffer.from(pdf.bytes).toString('latin1');
      expect(text.startsWith('%PDF')).toBe(true);
      expect(Number(/\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(text)?.[1] ?? 0)).toBeGreaterThanOrEqual(1);
      expect(pdf.fileName).toMatch(/^Export-2026-11-02\.pdf$/);
    });
  });
}
