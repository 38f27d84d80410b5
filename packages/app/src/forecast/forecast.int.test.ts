// Forecast use cases on the small demo site (seeded once per backend): statistical run, versions, edits, the
// effective volumes rule, permissions, and the all-or-nothing import of a French forecast CSV.
import { seedSite } from '@logipilot/app/seed/seed-site';
import { testBackends } from '@logipilot/db/testing/test-stores';
import { generateDemoSite } from '@logipilot/demo';
import type { Actor, Client } from '@logipilot/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../context.ts';
import { importEntity } from '../import/import-entity.ts';
import { openTestContext } from '../seed/test-context.ts';
import {
  editForecast,
  getForecastVersion,
  latestVolumes,
  listForecastVersions,
} from './forecast-versions.ts';
import { type ForecastRunResult, runStatisticalForecast } from './run-statistical-forecast.ts';

const DATABASE_URL = process.env.DATABASE_URL;
const AS_OF = '2026-11-02';
const NOW = new Date('2026-11-02T07:00:00Z');

function frenchCsv(rows: string[][]): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}\r\n`);
}

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`forecasts on the small demo (${backend.name})`, () => {
    let ctx: AppContext;
    let dispose: () => Promise<void>;
    let siteId = '';
    let clients: Client[] = [];
    let methods: Actor;
    let run: ForecastRunResult;
    let editedId = '';
    const actor = (role: Actor['role'], clientId: string | null = null): Actor => ({
      userId: null as unknown as string,
      username: role,
      role,
      clientId,
      siteId,
    });

    beforeAll(async () => {
      ({ ctx, dispose } = await openTestContext(backend.name, DATABASE_URL));
      const demo = generateDemoSite({ size: 'small', seed: 1, asOf: AS_OF });
      await seedSite(ctx, { bundle: demo.bundle, flowDays: demo.flowDays, users: [] });
      siteId = demo.bundle.site.id;
      clients = demo.bundle.clients;
      methods = actor('methods_technician');
      run = await runStatisticalForecast(
        ctx,
        methods,
        { flow: 'order_lines', horizonDays: 14, asOf: AS_OF },
        undefined,
        NOW,
      );
    }, 120_000);
    afterAll(async () => {
      await dispose?.();
    });

    it('forecasts every client for one flow, with method, accuracy and intervals, and stores it', async () => {
      expect(run.history).toEqual({ from: '2023-10-31', to: '2026-11-01' });
      expect(run.series.map((s) => s.clientCode)).toEqual(clients.map((c) => c.code).sort());
      for (const s of run.series) {
        expect(s.flow).toBe('order_lines');
        expect(s.forecast).toHaveLength(14);
        expect(s.forecast[0]!.day).toBe(AS_OF);
        for (const p of s.forecast) expect(p.lower <= p.value && p.value <= p.upper).toBe(true);
      }
      const scored = run.series.filter((s) => s.accuracy !== null);
      expect(scored.length).toBeGreaterThan(0);
      expect(scored[0]!.candidates.length).toBeGreaterThan(1);
      expect(scored[0]!.intervalCoverageOnHoldout).not.toBeNull();

      expect(run.version).toMatchObject({ kind: 'statistical', number: 1, createdBy: 'methods_technician' });
      const stored = await getForecastVersion(ctx, methods, run.version.id);
      expect(stored.version).toEqual(run.version);
      expect(stored.volumes).toHaveLength(14 * run.series.length);
      expect(stored.series.map((s) => s.method)).toEqual(run.series.map((s) => s.method));
      expect(stored.series[0]!.points).toEqual(run.series[0]!.forecast);
      const audit = await ctx.db.repos.audit.list({ siteId, entity: 'forecasts' });
      expect(audit.items[0]).toMatchObject({ action: 'create', entityId: run.version.id });
    });

    it('lets client viewers read their own client only; only planners may run or edit', async () => {
      const own = clients[0]!;
      const viewer = actor('client_viewer', own.id);
      const seen = await getForecastVersion(ctx, viewer, run.version.id);
      expect(new Set(seen.volumes.map((v) => v.clientId))).toEqual(new Set([own.id]));
      expect(seen.series.every((s) => s.clientId === own.id)).toBe(true);
      await expect(
        getForecastVersion(ctx, viewer, run.version.id, { clientId: clients[1]!.id }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        runStatisticalForecast(ctx, actor('team_leader'), { horizonDays: 7 }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        editForecast(ctx, viewer, run.version.id, {
          name: 'x',
          changes: [{ clientId: own.id, flow: 'order_lines', day: AS_OF, quantity: 1 }],
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(getForecastVersion(ctx, methods, 'no-such-version')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(runStatisticalForecast(ctx, methods, { horizonDays: 0 } as never)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'horizonDays',
      });
    });

    it('edits into a new version based on the previous one, which stays as it was', async () => {
      const client = clients[0]!;
      const edited = await editForecast(
        ctx,
        methods,
        run.version.id,
        {
          name: 'Re-prévision S45',
          changes: [
            { clientCode: client.code, flow: 'order_lines', day: AS_OF, quantity: 4321 },
            { clientCode: client.code, flow: 'order_lines', day: '2026-11-03', hour: 9, quantity: 50 },
          ],
        },
        NOW,
      );
      expect(edited).toMatchObject({ kind: 'input', basedOn: run.version.id, number: 2 });
      editedId = edited.id;
      const after = await getForecastVersion(ctx, methods, edited.id, {
        clientId: client.id,
        to: '2026-11-03',
      });
      expect(after.volumes.map((v) => [v.day, v.hour, v.quantity, v.source])).toEqual([
        [AS_OF, null, 4321, 'manual'],
        ['2026-11-03', null, run.series[0]!.forecast[1]!.value, 'statistical'],
        ['2026-11-03', 9, 50, 'manual'],
      ]);
      const before = await getForecastVersion(ctx, methods, run.version.id, {
        clientId: client.id,
        to: AS_OF,
      });
      expect(before.volumes.map((v) => v.quantity)).toEqual([run.series[0]!.forecast[0]!.value]);
      await expect(
        editForecast(ctx, methods, run.version.id, {
          name: 'x',
          changes: [{ clientCode: 'NOPE', flow: 'order_lines', day: AS_OF, quantity: 1 }],
        }),
      ).rejects.toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'changes.0.clientCode' });
      expect((await listForecastVersions(ctx, methods)).map((v) => v.number)).toEqual([2, 1]);
    });

    it('rejects a French forecast CSV with one bad row wholly, naming row and column', async () => {
      const header = ['Code client', 'Flux', 'Date', 'Quantité'];
      const code = clients[0]!.code;
      const bytes = frenchCsv([
        header,
        [code, 'Lignes de commande', '16/11/2026', '1 250,5'],
        [code, 'Lignes de commande', '17/11/2026', 'beaucoup'],
        [code, 'Palettes reçues', '17/11/2026', '40'],
      ]);
      const versionsBefore = await ctx.db.repos.forecasts.list(siteId);
      await expect(
        importEntity(ctx, methods, { entity: 'forecast-volumes', fileName: 'budget-2027.csv', bytes }),
      ).rejects.toMatchObject({
        code: 'IMPORT_REJECTED',
        details: [
          expect.objectContaining({ row: 3, column: 'Quantité', code: 'INVALID_NUMBER', value: 'beaucoup' }),
        ],
      });
      expect(await ctx.db.repos.forecasts.list(siteId)).toEqual(versionsBefore);

      const unknownFlow = frenchCsv([header, [code, 'Pizzas', '16/11/2026', '3']]);
      await expect(
        importEntity(ctx, methods, { entity: 'forecast-volumes', fileName: 'b.csv', bytes: unknownFlow }),
      ).rejects.toMatchObject({
        details: [expect.objectContaining({ row: 2, column: 'Flux', code: 'IMPORT_UNKNOWN_FLOW' })],
      });
      await expect(
        importEntity(ctx, actor('team_leader'), { entity: 'forecast-volumes', fileName: 'b.csv', bytes }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('imports a good file as a new input version that outranks the statistical one for its days', async () => {
      const client = clients[0]!;
      const bytes = frenchCsv([
        ['Code client', 'Flux', 'Date', 'Heure', 'Quantité'],
        [client.code, 'Lignes de commande', '05/11/2026', '', '1 250,5'],
        [client.code, 'order_lines', '06/11/2026', '8', '300'],
      ]);
      const result = await importEntity(ctx, methods, {
        entity: 'forecast-volumes',
        fileName: 'Budget 2027.csv',
        bytes,
      });
      expect(result.imported).toBe(2);
      const [newest] = await listForecastVersions(ctx, methods);
      expect(newest).toMatchObject({ name: 'Budget 2027', kind: 'input', number: 3 });
      const plan = await latestVolumes(ctx, methods, {
        from: '2026-11-04',
        to: '2026-11-06',
        clientId: client.id,
        flow: 'order_lines',
      });
      const statistical = (day: string) => run.series[0]!.forecast.find((p) => p.day === day)!.value;
      expect(plan.map((v) => [v.day, v.hour, v.quantity, v.versionId])).toEqual([
        // The import (version 3) does not hold 4 November: the edit (version 2, an input copy of the run) does.
        ['2026-11-04', null, statistical('2026-11-04'), editedId],
        ['2026-11-05', null, 1250.5, newest!.id],
        ['2026-11-06', 8, 300, newest!.id],
      ]);
      // A day only a statistical version holds comes from the newest statistical version.
      await runStatisticalForecast(
        ctx,
        methods,
        { flow: 'order_lines', clientId: client.id, horizonDays: 3, asOf: '2026-11-20' },
        undefined,
        NOW,
      );
      const later = await latestVolumes(ctx, methods, {
        from: '2026-11-20',
        to: '2026-11-20',
        clientId: client.id,
      });
      expect(later).toHaveLength(1);
      expect(later[0]).toMatchObject({ versionKind: 'statistical', clientCode: client.code });
    });

    it('forecasts from the day after a stale history, from today when the history is recent', async () => {
      const client = clients[0]!;
      const opts = { flow: 'order_lines', clientId: client.id, horizonDays: 2 } as const;
      // The history ends on 1 November: three weeks later it is stale, so the forecast starts on 2 November…
      const stale = await runStatisticalForecast(
        ctx,
        methods,
        opts,
        undefined,
        new Date('2026-11-23T10:00:00Z'),
      );
      expect(stale.asOf).toBe('2026-11-02');
      // …while four days later it is only a few days behind, so the forecast starts today.
      const recent = await runStatisticalForecast(
        ctx,
        methods,
        opts,
        undefined,
        new Date('2026-11-05T10:00:00Z'),
      );
      expect(recent.asOf).toBe('2026-11-05');
    });
  });
}
