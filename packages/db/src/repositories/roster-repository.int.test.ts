// Stored rosters against PGlite and (with DATABASE_URL) PostgreSQL: round trip, list order, draft-only updates, and
// publishing that supersedes the overlapping published rosters in the same statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationalDatabase } from '../client/database.ts';
import { siteFixture } from '../testing/site-fixture.ts';
import { openTestDatabase, testBackends } from '../testing/test-stores.ts';
import type { StoredRoster } from './roster-repository.ts';
import { writeSiteBundle } from './site-bundle.ts';

const DATABASE_URL = process.env.DATABASE_URL;

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`roster repository on ${backend.name}`, () => {
    let db: OperationalDatabase;
    let dispose: () => Promise<void>;
    const S = 'ro-site';
    const OTHER = 'ro-other';
    const e1 = `${S}-e1`;

    const roster = (id: string, over: Partial<StoredRoster> = {}): StoredRoster => ({
      id,
      siteId: S,
      name: `Planning ${id}`,
      status: 'draft',
      fromDay: '2026-11-02',
      days: 14,
      planId: null,
      basedOn: null,
      createdAt: '2026-10-20T08:00:00.000Z',
      createdBy: 'methods',
      publishedAt: null,
      publishedBy: null,
      noticeDays: 7,
      demand: [
        {
          day: '2026-11-02',
          shift: 'morning',
          qualification: 'picker',
          headcount: 3,
          underWeight: null,
          overWeight: 5,
        },
      ],
      assignments: [{ employeeId: e1, day: '2026-11-02', shift: 'morning', qualification: 'picker' }],
      score: { hard: 0, soft: 12.5 },
      solve: {
        seed: 1,
        timeLimitSeconds: 2,
        elapsedMs: 1999,
        iterations: 4200,
        cancelled: false,
        lowerBound: null,
      },
      ...over,
    });

    beforeAll(async () => {
      ({ db, dispose } = await openTestDatabase(backend.name, DATABASE_URL));
      await writeSiteBundle(db.repos, siteFixture(S, 'RO'));
      await writeSiteBundle(db.repos, siteFixture(OTHER, 'RX'));
    });
    afterAll(async () => {
      await dispose?.();
    });

    it('stores a roster and reads it back exactly; lists newest first without cells nor demand', async () => {
      const a = roster('r-a');
      const b = roster('r-b', { createdAt: '2026-10-21T08:00:00.000Z', solve: null, planId: 'plan-1' });
      await db.repos.rosters.create(a);
      await db.repos.rosters.create(b);
      await db.repos.rosters.create(roster('r-x', { siteId: OTHER }));
      expect(await db.repos.rosters.get(S, 'r-a')).toEqual(a);
      expect(await db.repos.rosters.get(S, 'r-b')).toEqual(b);
      expect(await db.repos.rosters.get(S, 'r-x')).toBeNull();
      const list = await db.repos.rosters.list(S);
      expect(list.map((r) => r.id)).toEqual(['r-b', 'r-a']);
      const { demand: _d, assignments: _a, ...summary } = b;
      expect(list[0]).toEqual(summary);
      expect(list[0]).not.toHaveProperty('assignments');
    });

    it('refuses a second roster with the same id on a site', async () => {
      await expect(db.repos.rosters.create(roster('r-a'))).rejects.toMatchObject({ code: 'DB_CONFLICT' });
    });

    it('updates the cells and score of a draft only', async () => {
      const cells = [
        { employeeId: e1, day: '2026-11-03', shift: 'afternoon', qualification: 'picker' },
        { employeeId: `${S}-e2`, day: '2026-11-03', shift: 'morning', qualification: 'loader' },
      ];
      expect(
        await db.repos.rosters.updateDraft(S, 'r-a', { assignments: cells, score: { hard: 2, soft: 7 } }),
      ).toBe(true);
      const back = await db.repos.rosters.get(S, 'r-a');
      expect(back?.assignments).toEqual(cells);
      expect(back?.score).toEqual({ hard: 2, soft: 7 });
      expect(
        await db.repos.rosters.updateDraft(S, 'nope', { assignments: [], score: { hard: 0, soft: 0 } }),
      ).toBe(false);
      expect(
        await db.repos.rosters.updateDraft(OTHER, 'r-a', { assignments: [], score: { hard: 0, soft: 0 } }),
      ).toBe(false);
    });

    it('publishes a draft in one statement, superseding only the overlapping published rosters of the site', async () => {
      // The new one covers 2026-11-02 → 11-15: p1 lies inside it, p2 ends the day before it, p3 starts on its last day.
      await db.repos.rosters.create(roster('p1', { fromDay: '2026-11-05', days: 3 }));
      await db.repos.rosters.create(roster('p2', { fromDay: '2026-10-26', days: 7 }));
      await db.repos.rosters.create(roster('p3', { fromDay: '2026-11-15', days: 7 }));
      await db.repos.rosters.create(roster('p4', { siteId: OTHER, fromDay: '2026-11-02' }));
      const by = { publishedAt: '2026-10-22T09:30:00.000Z', publishedBy: 'manager' };
      for (const id of ['p1', 'p2', 'p3'])
        expect(await db.repos.rosters.publish(S, id, by)).toEqual({ superseded: [] });
      expect(await db.repos.rosters.publish(OTHER, 'p4', by)).toEqual({ superseded: [] });

      const later = { publishedAt: '2026-10-23T10:00:00.000Z', publishedBy: 'methods' };
      expect(await db.repos.rosters.publish(S, 'r-b', later)).toEqual({ superseded: ['p1', 'p3'] });
      const status = async (site: string, id: string) => (await db.repos.rosters.get(site, id))?.status;
      expect(await status(S, 'r-b')).toBe('published');
      expect(await status(S, 'p1')).toBe('superseded');
      expect(await status(S, 'p2')).toBe('published');
      expect(await status(S, 'p3')).toBe('superseded');
      expect(await status(OTHER, 'p4')).toBe('published');
      expect(await db.repos.rosters.get(S, 'r-b')).toMatchObject({
        publishedAt: later.publishedAt,
        publishedBy: 'methods',
      });
      // A draft stays a draft when it is not the one published.
      expect(await status(S, 'r-a')).toBe('draft');
    });

    it('publishes nothing and edits nothing once a roster is no longer a draft', async () => {
      const by = { publishedAt: '2026-10-24T10:00:00.000Z', publishedBy: 'methods' };
      expect(await db.repos.rosters.publish(S, 'r-b', by)).toBeNull();
      expect(await db.repos.rosters.publish(S, 'p1', by)).toBeNull();
      expect(await db.repos.rosters.publish(S, 'nope', by)).toBeNull();
      expect(
        await db.repos.rosters.updateDraft(S, 'r-b', { assignments: [], score: { hard: 0, soft: 0 } }),
      ).toBe(false);
      expect((await db.repos.rosters.get(S, 'r-b'))?.assignments).toHaveLength(1);
    });

    it('rolls a publish back with the transaction it ran in', async () => {
      await db.repos.rosters.create(roster('r-c', { fromDay: '2026-11-09', days: 7 }));
      await expect(
        db.transaction(async (tx) => {
          await tx.rosters.publish(S, 'r-c', { publishedAt: '2026-10-25T10:00:00.000Z', publishedBy: 'x' });
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect((await db.repos.rosters.get(S, 'r-c'))?.status).toBe('draft');
      expect((await db.repos.rosters.get(S, 'r-b'))?.status).toBe('published');
    });

    it('deletes a site’s rosters with the site', async () => {
      await db.repos.sites.remove(OTHER);
      expect(await db.repos.rosters.list(OTHER)).toEqual([]);
    });
  });
}
