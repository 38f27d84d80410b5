// Overview and plan: counts and occupancy, qualifications held and expiring by role, client viewers without staff.
import type { Actor } from '@logipilot/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '../auth/session.ts';
import { createFakeDatabase } from '../masterdata/fake-database.ts';
import { FIXTURE_NOW, fixtureUsers, seedFixture } from '../masterdata/fixture-site.ts';
import { siteOverview } from './site-overview.ts';
import { sitePlan } from './site-plan.ts';

const db = createFakeDatabase();
const ctx = { db };
beforeAll(() => seedFixture(db));
const as = (username: string): Actor => actorOf(fixtureUsers().find((u) => u.username === username)!);

describe('site overview', () => {
  it('counts and summarises zones', async () => {
    const o = await siteOverview(ctx, as('manager'), FIXTURE_NOW);
    expect(o.site).toEqual({
      id: 'site-1',
      code: 'LYS1',
      name: 'Lyon Saint-Priest',
      timeZone: 'Europe/Paris',
      region: 'metropolitan',
    });
    expect(o.counts).toEqual({
      buildings: 1,
      zones: 2,
      locations: 4,
      skus: 2,
      employees: 2,
      clients: 2,
      docks: 1,
    });
    expect(o.zones.find((z) => z.code === 'AMB')).toMatchObject({
      locationCount: 3,
      occupiedCount: 2,
      capacityPallets: 2,
    });
    expect(o.hazardCells[0]?.rubrics).toEqual([{ rubric: '1510', ceiling: 50000, unit: 'm3' }]);
  });

  it('lists licences held and what expires within 60 days, medical only for medical:read', async () => {
    const manager = await siteOverview(ctx, as('manager'), FIXTURE_NOW);
    expect(manager.staff?.byQualification.map((q) => `${q.key}=${q.count}`)).toEqual([
      'medical_fitness=1',
      'R485:2=1',
      'R489:5=1',
    ]);
    expect(manager.staff?.expiring.map((x) => [x.employeeName, x.qualification.kind, x.daysLeft])).toEqual([
      ['Paul Martin', 'medical_fitness', 39],
      ['Léa Durand', 'licence', 49],
    ]);
    const leader = await siteOverview(ctx, as('leader'), FIXTURE_NOW);
    expect(JSON.stringify(leader)).not.toContain('medical');
    expect(leader.staff?.expiring).toHaveLength(1);
  });

  it('takes today in the site time zone', async () => {
    // 23:30 UTC on 1 March is already 2 March in Paris.
    const o = await siteOverview(ctx, as('manager'), new Date('2026-03-01T23:30:00Z'));
    expect(o.staff?.expiring[0]?.daysLeft).toBe(39);
  });

  it('gives client viewers their own counts and no staff', async () => {
    const o = await siteOverview(ctx, as('client-alpha'), FIXTURE_NOW);
    expect(o.staff).toBeUndefined();
    expect(o.counts).toMatchObject({ skus: 1, clients: 1 });
  });
});

describe('site plan', () => {
  it('draws zones, aisles and locations in metres', async () => {
    const plan = await sitePlan(ctx, as('leader'));
    expect(plan.bounds).toEqual({ minX: 0, minY: 0, maxX: 140, maxY: 80 });
    expect(plan.locations.find((l) => l.id === 'loc-1')).toEqual({
      id: 'loc-1',
      code: 'A-001-00-1',
      zoneId: 'zone-amb',
      x: 1,
      y: 2,
      width: 1,
      depth: 1.2,
      occupied: true,
    });
  });

  it('restricts to one zone and refuses an unknown one', async () => {
    const plan = await sitePlan(ctx, as('leader'), 'zone-cold');
    expect(plan.zones.map((z) => z.id)).toEqual(['zone-cold']);
    expect(plan.locations.map((l) => l.id)).toEqual(['loc-4']);
    expect(plan.aisles).toEqual([]);
    await expect(sitePlan(ctx, as('leader'), 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
