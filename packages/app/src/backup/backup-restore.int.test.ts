// Backup then restore: into a fresh store the site comes back exactly (every collection, users, audit, forecasts, plans,
// rosters, shift requests, events).
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { readSiteBundle, type SiteEvent } from '@logipilot/db';
import type {
  StoredBudgetActual,
  StoredBudgetVersion,
  StoredCostModel,
  StoredPlan,
  StoredRoster,
  StoredRosterRequest,
} from '@logipilot/db/repositories/contract';
import { normalisedBundle } from '@logipilot/db/testing/compare';
import { flowDaysFixture, siteFixture, usersFixture } from '@logipilot/db/testing/site-fixture';
import { testBackends } from '@logipilot/db/testing/test-stores';
import { generateDemoSite } from '@logipilot/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../context.ts';
import { createForecastVersion } from '../forecast/create-version.ts';
import { seedSite } from '../seed/seed-site.ts';
import { openTestContext } from '../seed/test-context.ts';
import { BACKUP_VERSION } from './backup-format.ts';
import { backupSite } from './backup-site.ts';
import { restoreSite } from './restore-site.ts';

const DATABASE_URL = process.env.DATABASE_URL;
const SITE = 'bk-1';

const events: SiteEvent[] = [
  {
    id: 'ev-1',
    siteId: SITE,
    clientId: `${SITE}-c1`,
    type: 'order_line',
    occurredAt: '2026-10-26T07:15:00.000Z',
    sku: 'YAO-125',
    location: 'A-001-00-1',
    quantity: 12,
    payload: { order: 'CMD-1', zeta: 1, alpha: [1, 'x'] },
  },
  {
    id: 'ev-2',
    siteId: SITE,
    clientId: null,
    type: 'count',
    occurredAt: '2026-10-27T09:00:00.000Z',
    quantity: 0,
  },
];

/** Two stored plan versions: a baseline and a re-plan computed from a forecast version, as plan-versions stores them. */
function planFixtures(forecastVersionId: string): StoredPlan[] {
  const day = {
    date: '2026-11-02',
    peak: true,
    status: 'working',
    activities: [{ activity: 'picking', hours: 61.25 }],
    shifts: [{ shift: 'morning', qualification: 'R489:5', needed: 3, available: 2, gap: -1 }],
  };
  const result = {
    from: '2026-11-02',
    to: '2026-11-08',
    scenario: { volumePct: 0, productivityPct: 0, absenteeismPct: 4.5 },
    forecastVersionIds: [forecastVersionId],
    days: [day],
    heatmap: [{ date: '2026-11-02', shift: 'morning', activity: 'picking', hours: 61.25, headcount: 8.2 }],
    levers: {
      status: 'optimal',
      totalCostCents: 31_850,
      lines: [
        {
          kind: 'overtime',
          day: '2026-11-02',
          shift: 'morning',
          qualification: 'R489:5',
          employeeId: `${SITE}-e1`,
          hours: 1.5,
          costCents: 3_185,
          reason: { code: 'LEVER_OVERTIME', params: { premiumPct: 25 } },
        },
      ],
      explanation: [],
    },
    tempOrder: [],
    totals: { hours: 61.25, overtimeHours: 1.5, tempHours: 0, cost: 31_850, peakDays: 1 },
    issues: [],
  };
  const base: StoredPlan = {
    id: 'plan-1',
    siteId: SITE,
    name: 'Semaine 45 – base',
    kind: 'baseline',
    fromDay: '2026-11-02',
    toDay: '2026-11-08',
    weeks: 1,
    createdAt: '2026-10-30T08:00:00.000Z',
    createdBy: `admin.${SITE}`,
    scenario: result.scenario,
    forecastVersionIds: [forecastVersionId],
    totals: result.totals,
    result,
  };
  const scenario = { volumePct: 20, productivityPct: -5, absenteeismPct: 6 };
  return [
    base,
    {
      ...base,
      id: 'plan-2',
      name: 'Semaine 45 +20 %',
      kind: 'replan',
      createdAt: '2026-10-30T09:30:00.000Z',
      scenario,
      result: { ...result, scenario },
    },
  ];
}

/**
 * Three roster versions as roster-versions leaves them: one published then superseded, the published one re-planning
 * it, and a draft re-planning that (solved, cancelled by its user).
 */
function rosterFixtures(): StoredRoster[] {
  const demand: StoredRoster['demand'] = [
    {
      day: '2026-11-02',
      shift: 'morning',
      qualification: 'picker',
      headcount: 2,
      underWeight: null,
      overWeight: null,
    },
    {
      day: '2026-11-03',
      shift: 'night',
      qualification: 'R489:5',
      headcount: 1,
      underWeight: 50,
      overWeight: 0.5,
    },
  ];
  const superseded: StoredRoster = {
    id: 'roster-1',
    siteId: SITE,
    name: 'Semaine 45',
    status: 'superseded',
    fromDay: '2026-11-02',
    days: 7,
    planId: 'plan-1',
    basedOn: null,
    createdAt: '2026-10-20T08:00:00.000Z',
    createdBy: `admin.${SITE}`,
    publishedAt: '2026-10-21T16:30:00.000Z',
    publishedBy: `admin.${SITE}`,
    noticeDays: 7,
    demand,
    assignments: [
      { employeeId: `${SITE}-e1`, day: '2026-11-02', shift: 'morning', qualification: 'picker' },
      { employeeId: `${SITE}-e2`, day: '2026-11-03', shift: 'night', qualification: 'R489:5' },
    ],
    score: { hard: 0, soft: 120 },
    solve: {
      seed: 1,
      timeLimitSeconds: 30,
      elapsedMs: 30012.5,
      iterations: 48210,
      cancelled: false,
      lowerBound: 80,
    },
  };
  const published: StoredRoster = {
    ...superseded,
    id: 'roster-2',
    name: 'Semaine 45 – révisée',
    status: 'published',
    basedOn: 'roster-1',
    createdAt: '2026-10-25T09:00:00.000Z',
    publishedAt: '2026-10-26T11:00:00.000Z',
    noticeDays: 5,
    assignments: [{ employeeId: `${SITE}-e1`, day: '2026-11-03', shift: 'night', qualification: 'R489:5' }],
    score: { hard: 1, soft: 40 },
    solve: null,
  };
  const draft: StoredRoster = {
    ...published,
    id: 'roster-3',
    name: 'Semaine 45 – essai',
    status: 'draft',
    planId: null,
    basedOn: 'roster-2',
    createdAt: '2026-10-28T14:45:00.000Z',
    createdBy: `planner.${SITE}`,
    publishedAt: null,
    publishedBy: null,
    assignments: [],
    score: { hard: 3, soft: 0 },
    solve: {
      seed: 7,
      timeLimitSeconds: 60,
      elapsedMs: 812,
      iterations: 0,
      cancelled: true,
      lowerBound: null,
    },
  };
  return [superseded, published, draft];
}

function rosterRequestFixtures(): StoredRosterRequest[] {
  const off: StoredRosterRequest = {
    id: 'request-1',
    siteId: SITE,
    employeeId: `${SITE}-e1`,
    day: '2026-11-02',
    shift: 'night',
    on: false,
    weight: 40,
    note: 'Garde d’enfant',
    createdAt: '2026-10-20T08:15:00.000Z',
    createdBy: `admin.${SITE}`,
  };
  return [
    off,
    { ...off, id: 'request-2', employeeId: `${SITE}-e2`, day: '2026-11-03', on: true, note: null },
  ];
}

async function allRosters(ctx: AppContext, siteId: string) {
  const list = await ctx.db.repos.rosters.list(siteId);
  return Promise.all(list.map((r) => ctx.db.repos.rosters.get(siteId, r.id)));
}

async function allPlans(ctx: AppContext, siteId: string) {
  const list = await ctx.db.repos.plans.list(siteId);
  return Promise.all(list.map((p) => ctx.db.repos.plans.get(siteId, p.id)));
}

async function everything(ctx: AppContext, siteId: string) {
  const users = await Promise.all(
    (await ctx.db.repos.users.all(siteId)).map((u) => ctx.db.repos.users.findByUsername(u.username)),
  );
  return {
    bundle: normalisedBundle((await readSiteBundle(ctx.db.repos, siteId))!),
    users,
    importMappings: await ctx.db.repos.importMappings.list(siteId),
    audit: (await ctx.db.repos.audit.list({ siteId, limit: 1000 })).items,
    events: await ctx.events.exportSite(siteId),
    forecasts: {
      versions: await ctx.db.repos.forecasts.list(siteId),
      volumes: await ctx.db.repos.forecastVolumes.all(siteId),
      series: await ctx.db.repos.forecasts.allSeries(siteId),
    },
    plans: await allPlans(ctx, siteId),
    rosters: await allRosters(ctx, siteId),
    rosterRequests: await ctx.db.repos.rosterRequests.list(siteId),
    costing: {
      costModel: await ctx.db.repos.costModels.get(siteId),
      budgetVersions: await ctx.db.repos.budgetVersions.list(siteId),
      budgetActuals: await ctx.db.repos.budgetActuals.list(siteId, { from: '2000-01', to: '2100-12' }),
    },
  };
}

/** A cost model, one saved budget and two actual lines: the costing a backup must carry. */
function costingFixtures(): {
  costModel: StoredCostModel;
  budgetVersions: StoredBudgetVersion[];
  budgetActuals: StoredBudgetActual[];
} {
  return {
    costModel: {
      siteId: SITE,
      model: { labour: [], note: 'any JSON the domain accepts is kept as is' },
      updatedAt: '2026-11-20T08:00:00.000Z',
      updatedBy: 'admin',
    },
    budgetVersions: [
      {
        id: 'bv1',
        siteId: SITE,
        year: 2026,
        name: 'Budget initial 2026',
        kind: 'initial',
        input: { year: 2026, drivers: [], fixed: [{ costCentre: 'CC1', key: 'rent', monthlyCents: [1, 2] }] },
        basis: { months: [], issues: [], paidHoursFactor: 1.2 },
        createdAt: '2026-01-05T09:00:00.000Z',
        createdBy: 'admin',
      },
    ],
    budgetActuals: [
      {
        siteId: SITE,
        month: '2026-01',
        costCentre: 'CC1',
        lineKey: 'picking/order_line',
        volume: 1200,
        hours: 40.5,
        costCents: 98_765,
        importedAt: '2026-02-03T10:00:00.000Z',
        importedBy: 'admin',
        sourceFile: 'reel-janvier.csv',
      },
      {
        siteId: SITE,
        month: '2026-01',
        costCentre: 'CC1',
        lineKey: 'rent',
        volume: null,
        hours: null,
        costCents: 500_000,
        importedAt: '2026-02-03T10:00:00.000Z',
        importedBy: 'admin',
        sourceFile: 'reel-janvier.csv',
      },
    ],
  };
}

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`backup and restore on ${backend.name}`, () => {
    let source: { ctx: AppContext; dispose(): Promise<void> };
    let target: { ctx: AppContext; dispose(): Promise<void> };
    let dir = '';
    let file = '';

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'logipilot-backup-'));
      file = join(dir, 'site.logipilot.json.gz');
      source = await openTestContext(backend.name, DATABASE_URL);
      target = await openTestContext(backend.name, DATABASE_URL);
      const ctx = source.ctx;
      await seedSite(ctx, {
        bundle: siteFixture(SITE, 'BK1'),
        users: usersFixture(SITE),
        flowDays: flowDaysFixture(SITE),
      });
      await ctx.events.appendEvents(events);
      await ctx.db.repos.importMappings.save({
        id: 'map-1',
        siteId: SITE,
        name: 'Export Reflex',
        entity: 'skus',
        columns: { 'Code article': 'code', Désignation: 'description' },
      });
      await ctx.db.repos.audit.append([
        {
          id: 'audit-x',
          siteId: SITE,
          at: '2026-10-30T10:00:00.000Z',
          userId: `${SITE}-u1`,
          username: `admin.${SITE}`,
          action: 'update',
          entity: 'zones',
          entityId: `${SITE}-z-amb`,
          before: { name: 'Ambiant' },
          after: { name: 'Ambiant sec' },
        },
      ]);
      const actor = { siteId: SITE, userId: `${SITE}-u1`, username: `admin.${SITE}` };
      const stat = await createForecastVersion(
        ctx.db.repos,
        actor,
        { name: 'stat', kind: 'statistical', params: { horizonDays: 2, flow: 'order_lines' } },
        [
          {
            clientId: `${SITE}-c1`,
            flow: 'order_lines',
            day: '2026-11-02',
            hour: null,
            quantity: 1210.5,
            source: 'statistical',
          },
          {
            clientId: `${SITE}-c1`,
            flow: 'order_lines',
            day: '2026-11-03',
            hour: null,
            quantity: 1190,
            source: 'statistical',
          },
        ],
        [
          {
            clientId: `${SITE}-c1`,
            flow: 'order_lines',
            method: 'seasonal_naive',
            candidates: [{ method: 'seasonal_naive', wape: 0.1, mape: 0.1, bias: 0, coverage: 0.8 }],
            accuracy: { wape: 0.1, mape: 0.1, mapeSkipped: 0, bias: 0, points: 3 },
            intervalCoverageOnHoldout: 0.8,
            reasons: [{ code: 'FORECAST_SHORT_HISTORY', params: { observed: 3, method: 'seasonal_naive' } }],
            points: [
              { day: '2026-11-02', value: 1210.5, lower: 1100, upper: 1300 },
              { day: '2026-11-03', value: 1190, lower: 1080, upper: 1290 },
            ],
          },
        ],
      );
      await createForecastVersion(
        ctx.db.repos,
        actor,
        { name: 'Budget 2027', kind: 'input', basedOn: stat.id, note: 'revu' },
        [
          {
            clientId: `${SITE}-c2`,
            flow: 'units_picked',
            day: '2026-11-02',
            hour: 8,
            quantity: 300,
            source: 'manual',
          },
        ],
      );
      for (const plan of planFixtures(stat.id)) await ctx.db.repos.plans.create(plan);
      for (const roster of rosterFixtures()) await ctx.db.repos.rosters.create(roster);
      await ctx.db.repos.rosterRequests.create(rosterRequestFixtures());
      for (const [kind, rows] of Object.entries(costingFixtures())) {
        if (kind === 'costModel') await ctx.db.repos.costModels.put(rows as StoredCostModel);
        if (kind === 'budgetVersions')
          for (const v of rows as StoredBudgetVersion[]) await ctx.db.repos.budgetVersions.create(v);
        if (kind === 'budgetActuals')
          await ctx.db.repos.budgetActuals.replaceMonths(SITE, ['2026-01'], rows as StoredBudgetActual[]);
      }
    });

    afterAll(async () => {
      await source?.dispose();
      await target?.dispose();
      await rm(dir, { recursive: true, force: true });
    });

    it('round-trips a site into a fresh store exactly, adding one restore audit entry', async () => {
      const summary = await backupSite(source.ctx, SITE, file);
      expect(summary.counts).toMatchObject({
        skus: 3,
        users: 2,
        importMappings: 1,
        audit: 4,
        flowDays: 6,
        events: 2,
        forecastVersions: 2,
        forecastVolumes: 3,
        forecastSeries: 1,
        plans: 2,
        rosters: 3,
        rosterRequests: 2,
        costModels: 1,
        budgetVersions: 1,
        budgetActuals: 2,
      });
      // Written beside then renamed: no temporary file is left behind.
      expect(await readdir(dir)).toEqual(['site.logipilot.json.gz']);
      const doc = JSON.parse((await promisify(gunzip)(await readFile(file))).toString('utf8'));
      expect(doc).toMatchObject({ format: 'logipilot-site-backup', version: BACKUP_VERSION });

      const restored = await restoreSite(target.ctx, file);
      expect(restored.site).toEqual({ id: SITE, code: 'BK1', name: siteFixture(SITE).site.name });

      const before = await everything(source.ctx, SITE);
      const after = await everything(target.ctx, SITE);
      expect(after.bundle).toEqual(before.bundle);
      expect(after.users).toEqual(before.users);
      expect(after.importMappings).toEqual(before.importMappings);
      expect(after.events).toEqual(before.events);
      expect(after.forecasts).toEqual(before.forecasts);
      expect(after.forecasts.versions.map((v) => v.name)).toEqual(['Budget 2027', 'stat']);
      expect(after.plans).toEqual(before.plans);
      // The stored result comes back whole, not only the list columns.
      expect(after.plans.map((p) => p?.name)).toEqual(['Semaine 45 +20 %', 'Semaine 45 – base']);
      expect(after.plans[1]?.result).toEqual(planFixtures(before.forecasts.versions[1]!.id)[0]!.result);
      // Every status comes back as stored (nothing re-published nor superseded), cells, demand and solve included.
      expect(after.rosters).toEqual(before.rosters);
      expect(after.rosters).toEqual([...rosterFixtures()].reverse());
      expect(after.rosterRequests).toEqual(before.rosterRequests);
      expect(after.rosterRequests).toEqual(rosterRequestFixtures());
      expect(after.costing).toEqual(before.costing);
      expect(after.costing.budgetActuals).toEqual(costingFixtures().budgetActuals);
      expect(after.costing.costModel).toEqual(costingFixtures().costModel);
      expect(after.audit.slice(1)).toEqual(before.audit);
      expect(after.audit[0]).toMatchObject({ action: 'restore', entity: 'site', entityId: SITE });
    });

    it('still restores a version 1 backup (before forecasts, plans and rosters), with none', async () => {
      await backupSite(source.ctx, SITE, file);
      const doc = JSON.parse((await promisify(gunzip)(await readFile(file))).toString('utf8'));
      const {
        forecasts: _forecasts,
        plans: _plans,
        rosters: _rosters,
        rosterRequests: _requests,
        costing: _costing,
        ...v1
      } = { ...doc, version: 1 };
      const v1File = join(dir, 'v1.json.gz');
      await writeFile(v1File, await promisify(gzip)(Buffer.from(JSON.stringify(v1))));
      const restored = await restoreSite(target.ctx, v1File);
      expect(restored.counts).toMatchObject({
        forecastVersions: 0,
        plans: 0,
        rosters: 0,
        rosterRequests: 0,
        skus: 3,
      });
      const after = await everything(target.ctx, SITE);
      expect(after.forecasts).toEqual({ versions: [], volumes: [], series: [] });
      expect(after.plans).toEqual([]);
      expect(after.rosters).toEqual([]);
      expect(after.bundle).toEqual((await everything(source.ctx, SITE)).bundle);
      // A version 1 document that carries forecasts is not a version 1 document.
      await writeFile(v1File, await promisify(gzip)(Buffer.from(JSON.stringify({ ...doc, version: 1 }))));
      await expect(restoreSite(target.ctx, v1File)).rejects.toMatchObject({
        params: { reason: 'INVALID_CONTENT' },
      });
    });

    it('still restores a version 2 backup (before plans and rosters): forecasts back, no plans', async () => {
      await backupSite(source.ctx, SITE, file);
      const doc = JSON.parse((await promisify(gunzip)(await readFile(file))).toString('utf8'));
      const {
        plans: _plans,
        rosters: _rosters,
        rosterRequests: _requests,
        costing: _costing,
        ...v2
      } = { ...doc, version: 2 };
      const v2File = join(dir, 'v2.json.gz');
      await writeFile(v2File, await promisify(gzip)(Buffer.from(JSON.stringify(v2))));
      const restored = await restoreSite(target.ctx, v2File);
      expect(restored.counts).toMatchObject({ forecastVersions: 2, plans: 0, rosters: 0 });
      const before = await everything(source.ctx, SITE);
      const after = await everything(target.ctx, SITE);
      expect(after.forecasts).toEqual(before.forecasts);
      expect(after.plans).toEqual([]);
      expect(after.rosters).toEqual([]);
      // A version 2 document that carries plans is not a version 2 document.
      const { rosters: _r, rosterRequests: _q, ...withPlans } = { ...doc, version: 2 };
      await writeFile(v2File, await promisify(gzip)(Buffer.from(JSON.stringify(withPlans))));
      await expect(restoreSite(target.ctx, v2File)).rejects.toMatchObject({
        params: { reason: 'INVALID_CONTENT', field: 'plans' },
      });
    });

    it('still restores a version 3 backup (before rosters): plans back, no rosters', async () => {
      await backupSite(source.ctx, SITE, file);
      const doc = JSON.parse((await promisify(gunzip)(await readFile(file))).toString('utf8'));
      const {
        rosters: _rosters,
        rosterRequests: _requests,
        costing: _costing,
        ...v3
      } = { ...doc, version: 3 };
      const v3File = join(dir, 'v3.json.gz');
      await writeFile(v3File, await promisify(gzip)(Buffer.from(JSON.stringify(v3))));
      const restored = await restoreSite(target.ctx, v3File);
      expect(restored.counts).toMatchObject({ forecastVersions: 2, plans: 2, rosters: 0 });
      const before = await everything(source.ctx, SITE);
      const after = await everything(target.ctx, SITE);
      expect(after.forecasts).toEqual(before.forecasts);
      expect(after.plans).toEqual(before.plans);
      expect(after.rosters).toEqual([]);
      // A version 3 document that carries rosters is not a version 3 document.
      const { rosterRequests: _q, ...withRosters } = { ...doc, version: 3 };
      await writeFile(v3File, await promisify(gzip)(Buffer.from(JSON.stringify(withRosters))));
      await expect(restoreSite(target.ctx, v3File)).rejects.toMatchObject({
        params: { reason: 'INVALID_CONTENT', field: 'rosters' },
      });
    });

    it('still restores a version 4 backup (before shift requests): rosters back, no requests', async () => {
      await backupSite(source.ctx, SITE, file);
      const doc = JSON.parse((await promisify(gunzip)(await readFile(file))).toString('utf8'));
      const { rosterRequests: _requests, costing: _costing, ...v4 } = { ...doc, version: 4 };
      const v4File = join(dir, 'v4.json.gz');
      await writeFile(v4File, await promisify(gzip)(Buffer.from(JSON.stringify(v4))));
      const restored = await restoreSite(target.ctx, v4File);
      expect(restored.counts).toMatchObject({ plans: 2, rosters: 3, rosterRequests: 0 });
      const before = await everything(source.ctx, SITE);
      const after = await everything(target.ctx, SITE);
      expect(after.rosters).toEqual(before.rosters);
      expect(after.rosterRequests).toEqual([]);
      // A version 4 document that carries shift requests is not a version 4 document.
      await writeFile(v4File, await promisify(gzip)(Buffer.from(JSON.stringify({ ...doc, version: 4 }))));
      await expect(restoreSite(target.ctx, v4File)).rejects.toMatchObject({
        params: { reason: 'INVALID_CONTENT', field: 'rosterRequests' },
      });
    });

    it('still restores a version 5 backup (before costing): everything back, no costing', async () => {
      await backupSite(source.ctx, SITE, file);
      const doc = JSON.parse((await promisify(gunzip)(await readFile(file))).toString('utf8'));
      const { costing: _costing, ...v5 } = { ...doc, version: 5 };
      const v5File = join(dir, 'v5.json.gz');
      await writeFile(v5File, await promisify(gzip)(Buffer.from(JSON.stringify(v5))));
      const restored = await restoreSite(target.ctx, v5File);
      expect(restored.counts).toMatchObject({
        rosterRequests: 2,
        costModels: 0,
        budgetVersions: 0,
        budgetActuals: 0,
      });
      const after = await everything(target.ctx, SITE);
      expect(after.costing).toEqual({ costModel: null, budgetVersions: [], budgetActuals: [] });
      expect(after.rosterRequests).toEqual(rosterRequestFixtures());
      // A version 5 document that carries costing is not a version 5 document.
      await writeFile(v5File, await promisify(gzip)(Buffer.from(JSON.stringify({ ...doc, version: 5 }))));
      await expect(restoreSite(target.ctx, v5File)).rejects.toMatchObject({
        params: { reason: 'INVALID_CONTENT', field: 'costing' },
      });
    });

    it('replaces the site wholly when restoring over changed data', async () => {
      await backupSite(source.ctx, SITE, file);
      const ctx = target.ctx;
      // From the backup's state (the tests before left it without rosters), then changed.
      await restoreSite(ctx, file);
      await ctx.db.repos.skus.upsertMany([{ ...siteFixture(SITE).skus[0]!, id: 'extra', code: 'EXTRA' }]);
      await ctx.db.repos.locations.remove(SITE, `${SITE}-l3`);
      await ctx.events.appendFlowDays([
        { siteId: SITE, clientId: 'x', flow: 'returns', day: '2026-01-01', quantity: 1 },
      ]);
      // The draft published since (superseding the published one), and a roster the backup does not know.
      await ctx.db.repos.rosters.publish(SITE, 'roster-3', {
        publishedAt: '2026-10-31T10:00:00.000Z',
        publishedBy: `admin.${SITE}`,
      });
      await ctx.db.repos.rosters.create({ ...rosterFixtures()[2]!, id: 'roster-extra' });
      await ctx.db.repos.rosterRequests.delete(SITE, 'request-1');
      await ctx.db.repos.rosterRequests.create([
        { ...rosterRequestFixtures()[0]!, id: 'request-extra', day: '2026-11-04' },
      ]);
      expect((await allRosters(ctx, SITE)).map((r) => [r?.id, r?.status])).toEqual([
        ['roster-extra', 'draft'],
        ['roster-3', 'published'],
        ['roster-2', 'superseded'],
        ['roster-1', 'superseded'],
      ]);
      await restoreSite(ctx, file);
      const before = await everything(source.ctx, SITE);
      const after = await everything(ctx, SITE);
      expect(after.bundle).toEqual(before.bundle);
      expect(after.events).toEqual(before.events);
      expect(after.plans).toEqual(before.plans);
      expect(after.rosters).toEqual(before.rosters);
      expect(after.rosterRequests).toEqual(rosterRequestFixtures());
    });

    it('refuses a bad file with BACKUP_INVALID and its reason, leaving the store as it was', async () => {
      const ctx = target.ctx;
      const snapshot = await everything(ctx, SITE);
      const gz = (value: unknown) => promisify(gzip)(Buffer.from(JSON.stringify(value)));
      const good = JSON.parse((await promisify(gunzip)(await readFile(file))).toString('utf8'));
      const cases: [string, Buffer | string, Record<string, unknown>][] = [
        ['missing.gz', '', { reason: 'FILE_UNREADABLE' }],
        ['plain.json', JSON.stringify(good), { reason: 'NOT_GZIP' }],
        ['garbage.gz', await promisify(gzip)(Buffer.from('{ not json')), { reason: 'NOT_JSON' }],
        ['other.gz', await gz({ hello: 'world' }), { reason: 'NOT_A_BACKUP' }],
        ['future.gz', await gz({ ...good, version: 99 }), { reason: 'UNSUPPORTED_VERSION', version: 99 }],
        [
          'invalid.gz',
          await gz({ ...good, bundle: { ...good.bundle, skus: [{ ...good.bundle.skus[0], weightKg: -1 }] } }),
          { reason: 'INVALID_CONTENT', field: 'bundle.skus.0.weightKg' },
        ],
        [
          'mixed.gz',
          await gz({ ...good, importMappings: [{ ...good.importMappings[0], siteId: 'other-site' }] }),
          { reason: 'SITE_MISMATCH', field: 'importMappings.0.siteId' },
        ],
        [
          'foreign-plan.gz',
          await gz({ ...good, plans: [{ ...good.plans[0], siteId: 'other-site' }] }),
          { reason: 'SITE_MISMATCH', field: 'plans.0.siteId' },
        ],
        [
          'foreign-roster.gz',
          await gz({ ...good, rosters: [good.rosters[0], { ...good.rosters[1], siteId: 'other-site' }] }),
          { reason: 'SITE_MISMATCH', field: 'rosters.1.siteId' },
        ],
        [
          'bad-roster-status.gz',
          await gz({ ...good, rosters: [{ ...good.rosters[0], status: 'archived' }] }),
          { reason: 'INVALID_CONTENT', field: 'rosters.0.status' },
        ],
        [
          'bad-roster-cell.gz',
          await gz({
            ...good,
            rosters: [
              good.rosters[0],
              { ...good.rosters[1], assignments: [{ employeeId: 'x', day: '2026-13-01' }] },
            ],
          }),
          { reason: 'INVALID_CONTENT', field: 'rosters.1.assignments.0.day' },
        ],
      ];
      for (const [name, content, params] of cases) {
        const path = join(dir, name);
        if (content !== '') await writeFile(path, content);
        await expect(restoreSite(ctx, path), name).rejects.toMatchObject({ code: 'BACKUP_INVALID', params });
      }
      expect(await everything(ctx, SITE)).toEqual(snapshot);
    });

    it('rolls the whole restore back when the store refuses a roster (among its last writes)', async () => {
      const ctx = target.ctx;
      const snapshot = await everything(ctx, SITE);
      expect(snapshot.rosters).toHaveLength(3);
      const good = JSON.parse((await promisify(gunzip)(await readFile(file))).toString('utf8'));
      // Valid to the schema, refused by the primary key: the site was already removed and rewritten by then.
      const duplicate = { ...good, rosters: [...good.rosters, { ...good.rosters[0], name: 'Doublon' }] };
      const path = join(dir, 'duplicate-roster.gz');
      await writeFile(path, await promisify(gzip)(Buffer.from(JSON.stringify(duplicate))));
      await expect(restoreSite(ctx, path)).rejects.toMatchObject({ code: 'DB_CONFLICT' });
      expect(await everything(ctx, SITE)).toEqual(snapshot);
    });

    it('round-trips the small demo site', async () => {
      const demo = generateDemoSite({ size: 'small', seed: 1, asOf: '2026-11-02' });
      const siteId = demo.bundle.site.id;
      // Hashing is not under test here: any string stands for a hash.
      const users = demo.users.map(({ user }) => ({ user, passwordHash: `hash-of-${user.username}` }));
      await seedSite(source.ctx, { bundle: demo.bundle, flowDays: demo.flowDays, users });
      const demoFile = join(dir, 'demo.json.gz');
      await backupSite(source.ctx, siteId, demoFile);
      await restoreSite(target.ctx, demoFile);
      const before = await everything(source.ctx, siteId);
      const after = await everything(target.ctx, siteId);
      expect(after.bundle).toEqual(normalisedBundle(demo.bundle));
      expect(after.bundle).toEqual(before.bundle);
      expect(after.users).toEqual(before.users);
      expect(after.events).toEqual(before.events);
      expect(after.events.flowDays).toHaveLength(demo.flowDays.length);
      expect(after.audit.slice(1)).toEqual(before.audit);
    });

    it('reports an unknown site and an unwritable destination', async () => {
      await expect(backupSite(source.ctx, 'no-such-site', join(dir, 'x.gz'))).rejects.toMatchObject({
        code: 'SITE_NOT_FOUND',
      });
      await expect(backupSite(source.ctx, SITE, join(dir, 'missing-folder', 'x.gz'))).rejects.toMatchObject({
        code: 'BACKUP_WRITE_FAILED',
      });
    });
  });
}
