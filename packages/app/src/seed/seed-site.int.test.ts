// Seeding a site: everything in one transaction plus its flow history, audited, reported, refused twice.
import { readSiteBundle } from '@logipilot/db';
import { normalisedBundle } from '@logipilot/db/testing/compare';
import { flowDaysFixture, siteFixture, usersFixture } from '@logipilot/db/testing/site-fixture';
import { testBackends } from '@logipilot/db/testing/test-stores';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../context.ts';
import { type SeedProgress, seedSite } from './seed-site.ts';
import { openTestContext } from './test-context.ts';

const DATABASE_URL = process.env.DATABASE_URL;

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`seedSite on ${backend.name}`, () => {
    let ctx: AppContext;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      ({ ctx, dispose } = await openTestContext(backend.name, DATABASE_URL));
    });

    afterAll(async () => {
      await dispose?.();
    });

    it('writes the bundle, the users, the flow days and one seed audit entry', async () => {
      const bundle = siteFixture('seed-1', 'SEED1');
      const users = usersFixture('seed-1');
      const flowDays = flowDaysFixture('seed-1');
      // Events of an earlier store for the same site id are replaced, not added to.
      await ctx.events.appendFlowDays([{ ...flowDays[0]!, day: '2020-01-01' }]);
      const progress: SeedProgress[] = [];
      const result = await seedSite(ctx, { bundle, users, flowDays }, (p) => progress.push(p));

      expect(normalisedBundle((await readSiteBundle(ctx.db.repos, 'seed-1'))!)).toEqual(
        normalisedBundle(bundle),
      );
      expect(await ctx.db.repos.users.findByUsername(users[0]!.user.username)).toEqual(users[0]);
      expect(await ctx.events.queryFlowDays({ siteId: 'seed-1' })).toEqual(
        [...flowDays].sort((a, b) => (a.day + a.clientId < b.day + b.clientId ? -1 : 1)),
      );
      const audit = await ctx.db.repos.audit.list({ siteId: 'seed-1' });
      expect(audit.total).toBe(1);
      expect(audit.items[0]).toMatchObject({
        action: 'seed',
        entity: 'site',
        entityId: 'seed-1',
        after: result.counts,
      });
      expect(result.counts).toMatchObject({ skus: 3, employees: 2, users: 2, flowDays: 6 });

      const last = progress.at(-1)!;
      expect(last.done).toBe(last.total);
      expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
      expect(progress.map((p) => p.step)).toContain('skus');
    });

    it('refuses a site that already exists, leaving it untouched', async () => {
      const bundle = siteFixture('seed-1', 'SEED1');
      await expect(
        seedSite(ctx, { bundle: { ...bundle, skus: [] }, users: [], flowDays: [] }),
      ).rejects.toMatchObject({ code: 'SITE_ALREADY_EXISTS', params: { code: 'SEED1' } });
      expect(await ctx.db.repos.skus.count('seed-1')).toBe(3);
      expect(await ctx.events.flowDayCount('seed-1')).toBe(6);
    });

    it('writes nothing when a row is refused', async () => {
      const bundle = siteFixture('seed-2', 'SEED2');
      const broken = { ...bundle, skus: [{ ...bundle.skus[0]!, clientId: 'no-such-client' }] };
      await expect(seedSite(ctx, { bundle: broken, users: [], flowDays: [] })).rejects.toMatchObject({
        code: 'REFERENCE_NOT_FOUND',
      });
      expect(await ctx.db.repos.sites.get('seed-2')).toBeNull();
      expect(await ctx.db.repos.zones.count('seed-2')).toBe(0);
    });
  });
}
