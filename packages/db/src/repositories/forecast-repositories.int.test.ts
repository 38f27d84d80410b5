// Forecast versions, series results and volumes against PGlite and (with DATABASE_URL) PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationalDatabase } from '../client/database.ts';
import { siteFixture } from '../testing/site-fixture.ts';
import { openTestDatabase, testBackends } from '../testing/test-stores.ts';
import type { ForecastSeriesRecord, ForecastVersion, ForecastVolume } from './contract.ts';
import { writeSiteBundle } from './site-bundle.ts';

const DATABASE_URL = process.env.DATABASE_URL;

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`forecast repositories on ${backend.name}`, () => {
    let db: OperationalDatabase;
    let dispose: () => Promise<void>;
    const S = 'fc-site';
    const c1 = `${S}-c1`;
    const c2 = `${S}-c2`;

    const version = (id: string, number: number, kind: ForecastVersion['kind']): ForecastVersion => ({
      id,
      siteId: S,
      number,
      name: `Version ${number}`,
      kind,
      createdAt: `2026-11-0${number}T08:00:00.000Z`,
      createdBy: 'methods',
      basedOn: null,
      note: '',
      params: kind === 'statistical' ? { horizonDays: 3, flow: 'order_lines' } : null,
    });
    const vol = (
      versionId: string,
      clientId: string,
      day: string,
      quantity: number,
      hour: number | null = null,
    ): ForecastVolume => ({
      siteId: S,
      versionId,
      clientId,
      flow: 'order_lines',
      day,
      hour,
      quantity,
      source: versionId === 'v-stat' ? 'statistical' : 'import',
    });

    beforeAll(async () => {
      ({ db, dispose } = await openTestDatabase(backend.name, DATABASE_URL));
      await writeSiteBundle(db.repos, siteFixture(S, 'FC'));
    });
    afterAll(async () => {
      await dispose?.();
    });

    it('writes versions with their series, lists newest first, numbers them', async () => {
      expect(await db.repos.forecasts.nextNumber(S)).toBe(1);
      const series: ForecastSeriesRecord = {
        siteId: S,
        versionId: 'v-stat',
        clientId: c1,
        flow: 'order_lines',
        method: 'holt_winters_additive',
        candidates: [{ method: 'seasonal_naive', wape: 0.12, mape: 0.14, bias: 0.01, coverage: 0.8 }],
        accuracy: { wape: 0.1, mape: 0.11, mapeSkipped: 0, bias: -0.02, points: 40 },
        intervalCoverageOnHoldout: 0.825,
        reasons: [],
        points: [{ day: '2026-11-10', value: 100, lower: 90, upper: 111.5 }],
      };
      await db.transaction(async (tx) => {
        await tx.forecasts.create(version('v-stat', 1, 'statistical'), [series]);
        await tx.forecasts.create(version('v-in', 2, 'input'));
      });
      expect(await db.repos.forecasts.nextNumber(S)).toBe(3);
      expect((await db.repos.forecasts.list(S)).map((v) => v.id)).toEqual(['v-in', 'v-stat']);
      expect(await db.repos.forecasts.get(S, 'v-stat')).toEqual(version('v-stat', 1, 'statistical'));
      expect(await db.repos.forecasts.get(S, 'nope')).toBeNull();
      expect(await db.repos.forecasts.series(S, 'v-stat')).toEqual([series]);
      expect(await db.repos.forecasts.series(S, 'v-stat', { clientId: c2 })).toEqual([]);
      expect(await db.repos.forecasts.allSeries(S)).toEqual([series]);
    });

    it('stores volumes per hour or whole day, one row per key, and reads them back filtered', async () => {
      const rows = [
        vol('v-stat', c1, '2026-11-10', 100),
        vol('v-stat', c1, '2026-11-11', 110.5),
        vol('v-stat', c2, '2026-11-10', 40),
        vol('v-in', c1, '2026-11-11', 30, 8),
        vol('v-in', c1, '2026-11-11', 70, 14),
      ];
      await db.repos.forecastVolumes.insertMany(rows);
      expect(await db.repos.forecastVolumes.ofVersion('v-stat', { siteId: S, clientId: c1 })).toEqual([
        rows[0],
        rows[1],
      ]);
      expect(await db.repos.forecastVolumes.ofVersion('v-stat', { siteId: S, from: '2026-11-11' })).toEqual([
        rows[1],
      ]);
      // A second whole-day row for the same key is refused (NULLS NOT DISTINCT).
      await expect(
        db.repos.forecastVolumes.insertMany([vol('v-stat', c1, '2026-11-10', 1)]),
      ).rejects.toMatchObject({ code: 'DB_CONFLICT' });
      await expect(
        db.repos.forecastVolumes.insertMany([vol('v-in', 'no-such-client', '2026-11-10', 1)]),
      ).rejects.toMatchObject({ code: 'REFERENCE_NOT_FOUND' });
      expect(await db.repos.forecastVolumes.all(S)).toHaveLength(5);
    });

    it('gives the plan the newest input version of a day, else the newest statistical one', async () => {
      const effective = await db.repos.forecastVolumes.effective({ siteId: S, flow: 'order_lines' });
      expect(effective.map((v) => [v.clientId, v.day, v.hour, v.quantity, v.versionKind])).toEqual([
        [c1, '2026-11-10', null, 100, 'statistical'],
        [c2, '2026-11-10', null, 40, 'statistical'],
        [c1, '2026-11-11', 8, 30, 'input'],
        [c1, '2026-11-11', 14, 70, 'input'],
      ]);
      // A newer statistical version does not override an input one, but overrides the older statistical one.
      await db.repos.forecasts.create(version('v-stat2', 3, 'statistical'));
      await db.repos.forecastVolumes.insertMany([
        { ...vol('v-stat2', c1, '2026-11-10', 120), source: 'statistical' },
        { ...vol('v-stat2', c1, '2026-11-11', 999), source: 'statistical' },
      ]);
      const after = await db.repos.forecastVolumes.effective({ siteId: S, clientId: c1, to: '2026-11-11' });
      expect(after.map((v) => [v.day, v.hour, v.quantity, v.versionId])).toEqual([
        ['2026-11-10', null, 120, 'v-stat2'],
        ['2026-11-11', 8, 30, 'v-in'],
        ['2026-11-11', 14, 70, 'v-in'],
      ]);
    });

    it('deletes a site with its forecasts', async () => {
      await db.repos.sites.remove(S);
      expect(await db.repos.forecasts.list(S)).toEqual([]);
      expect(await db.repos.forecastVolumes.all(S)).toEqual([]);
    });
  });
}
