// Stored shift requests against PGlite and (with DATABASE_URL) PostgreSQL: round trip, day range, one request per
// person/day/shift, delete returning the row, and requests leaving with their person and their site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationalDatabase } from '../client/database.ts';
import { siteFixture } from '../testing/site-fixture.ts';
import { openTestDatabase, testBackends } from '../testing/test-stores.ts';
import type { StoredRosterRequest } from './roster-request-repository.ts';
import { writeSiteBundle } from './site-bundle.ts';

const DATABASE_URL = process.env.DATABASE_URL;

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`roster request repository on ${backend.name}`, () => {
    let db: OperationalDatabase;
    let dispose: () => Promise<void>;
    const S = 'rq-site';
    const OTHER = 'rq-other';
    const e1 = `${S}-e1`;
    const e2 = `${S}-e2`;

    const request = (id: string, over: Partial<StoredRosterRequest> = {}): StoredRosterRequest => ({
      id,
      siteId: S,
      employeeId: e1,
      day: '2026-11-03',
      shift: 'morning',
      on: false,
      weight: 10,
      note: 'Rendez-vous médical',
      createdAt: '2026-10-20T08:00:00.000Z',
      createdBy: 'methods',
      ...over,
    });

    beforeAll(async () => {
      ({ db, dispose } = await openTestDatabase(backend.name, DATABASE_URL));
      await writeSiteBundle(db.repos, siteFixture(S, 'RQ'));
      await writeSiteBundle(db.repos, siteFixture(OTHER, 'RX'));
    });
    afterAll(async () => {
      await dispose?.();
    });

    it('stores requests and lists them by day, person and shift, inside an optional day range', async () => {
      const a = request('q-a');
      const b = request('q-b', { day: '2026-11-02', shift: 'night', on: true, weight: 40, note: null });
      const c = request('q-c', { employeeId: e2, day: '2026-11-03', shift: 'afternoon' });
      const d = request('q-d', { day: '2026-11-10' });
      await db.repos.rosterRequests.create([a, b, c, d]);
      await db.repos.rosterRequests.create([request('q-x', { siteId: OTHER, employeeId: `${OTHER}-e1` })]);
      expect(await db.repos.rosterRequests.list(S)).toEqual([b, a, c, d]);
      expect(await db.repos.rosterRequests.list(S, { from: '2026-11-03', to: '2026-11-09' })).toEqual([a, c]);
      expect(await db.repos.rosterRequests.list(S, { from: '2026-11-04' })).toEqual([d]);
      expect(await db.repos.rosterRequests.list(S, { to: '2026-11-02' })).toEqual([b]);
      expect((await db.repos.rosterRequests.list(OTHER)).map((r) => r.id)).toEqual(['q-x']);
    });

    it('refuses a second request for the same person, day and shift', async () => {
      await expect(db.repos.rosterRequests.create([request('q-again')])).rejects.toMatchObject({
        code: 'DB_CONFLICT',
      });
    });

    it('deletes one request and returns it; null when it is not on the site', async () => {
      expect(await db.repos.rosterRequests.delete(OTHER, 'q-d')).toBeNull();
      expect(await db.repos.rosterRequests.delete(S, 'q-d')).toEqual(request('q-d', { day: '2026-11-10' }));
      expect(await db.repos.rosterRequests.delete(S, 'q-d')).toBeNull();
      expect((await db.repos.rosterRequests.list(S)).map((r) => r.id)).toEqual(['q-b', 'q-a', 'q-c']);
    });

    it('deletes the requests of a person with the person, and of a site with the site', async () => {
      await db.repos.employees.remove(S, e2);
      expect((await db.repos.rosterRequests.list(S)).map((r) => r.id)).toEqual(['q-b', 'q-a']);
      await db.repos.sites.remove(OTHER);
      expect(await db.repos.rosterRequests.list(OTHER)).toEqual([]);
    });
  });
}
