// The roster model read from the seeded small demo: people under contract, the stored plan's needs as demand, the
// public holidays of the horizon, history from earlier rosters, and the empty roster's coverage and violations.
import { testBackends } from '@logipilot/db/testing/test-stores';
import { generateDemoSite } from '@logipilot/demo';
import { type Actor, DomainError, evaluateRoster } from '@logipilot/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../context.ts';
import { runStatisticalForecast } from '../forecast/run-statistical-forecast.ts';
import { savePlan } from '../plan/plan-versions.ts';
import { seedSite } from '../seed/seed-site.ts';
import { openTestContext } from '../seed/test-context.ts';
import { historyFromRosters, loadRosterModel } from './roster-model.ts';
import { coverageOf } from './roster-view.ts';
import { explainUncovered } from './roster-why.ts';

const DATABASE_URL = process.env.DATABASE_URL;
const AS_OF = '2026-11-02';

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`roster model on ${backend.name}`, () => {
    let ctx: AppContext;
    let dispose: () => Promise<void>;
    let siteId: string;
    let planId: string;
    let neededInPlan: number;
    let admin: Actor;
    let teamLeader: Actor;

    beforeAll(async () => {
      ({ ctx, dispose } = await openTestContext(backend.name, DATABASE_URL));
      const demo = generateDemoSite({ size: 'small', seed: 1, asOf: AS_OF });
      const users = demo.users.map(({ user }) => ({ user, passwordHash: 'x' }));
      await seedSite(ctx, { bundle: demo.bundle, flowDays: demo.flowDays, users });
      siteId = demo.bundle.site.id;
      const adminUser = demo.users.find((u) => u.user.role === 'admin')!.user;
      admin = { userId: adminUser.id, username: adminUser.username, role: 'admin', clientId: null, siteId };
      const leaderUser = demo.users.find((u) => u.user.role === 'team_leader')!.user;
      teamLeader = {
        userId: leaderUser.id,
        username: leaderUser.username,
        role: 'team_leader',
        clientId: null,
        siteId,
      };
      await runStatisticalForecast(ctx, admin, { horizonDays: 14, asOf: AS_OF, holdoutDays: 28 });
      const plan = await savePlan(ctx, admin, { from: AS_OF, weeks: 2, name: 'Base', kind: 'baseline' });
      planId = plan.id!;
      // The first week's needs: what a one-week roster from AS_OF must cover.
      neededInPlan = plan.days
        .slice(0, 7)
        .reduce((s, d) => s + d.shifts.reduce((t, x) => t + x.needed, 0), 0);
    }, 120_000);

    afterAll(async () => {
      await dispose?.();
    });

    it('takes the newest stored plan covering the horizon as demand, inside the horizon only', async () => {
      const loaded = await loadRosterModel(ctx.db.repos, { siteId, from: AS_OF, days: 7 });
      expect(loaded.planId).toBe(planId);
      expect(neededInPlan).toBeGreaterThan(0);
      expect(loaded.demand.reduce((s, d) => s + d.headcount, 0)).toBe(neededInPlan);
      expect(loaded.demand.every((d) => d.day >= AS_OF && d.day <= '2026-11-08')).toBe(true);
      // Every demanded qualification is rostered, and each person can work at least their own job role.
      for (const d of loaded.demand) expect(loaded.qualifications).toContain(d.qualification);
      expect(loaded.people.length).toBeGreaterThan(5);
      for (const p of loaded.people) expect(p.qualifications.length).toBeGreaterThan(0);
      expect(loaded.shifts.map((s) => s.key)).toEqual(['morning', 'afternoon', 'night']);
      const night = loaded.shifts.find((s) => s.key === 'night')!;
      expect(night.night).toBe(true);
      expect(night.minutesByCivilDay[0] + night.minutesByCivilDay[1]).toBe(night.workedMinutes);
    });

    it('has no demand without a plan, and refuses an unknown plan naming the field', async () => {
      const none = await loadRosterModel(ctx.db.repos, { siteId, from: AS_OF, days: 7, planId: null });
      expect(none.demand).toEqual([]);
      expect(none.planId).toBeNull();
      const error = await loadRosterModel(ctx.db.repos, {
        siteId,
        from: AS_OF,
        days: 7,
        planId: 'nope',
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('ROSTER_PLAN_NOT_FOUND');
      expect((error as DomainError).field).toBe('planId');
    });

    it('lists the public holidays of the horizon and the day after it', async () => {
      // 11 November (Armistice) is a Wednesday in 2026.
      const loaded = await loadRosterModel(ctx.db.repos, {
        siteId,
        from: '2026-11-09',
        days: 7,
        planId: null,
      });
      expect(loaded.holidays).toEqual(['2026-11-11']);
      const christmasEve = await loadRosterModel(ctx.db.repos, {
        siteId,
        from: '2026-12-19',
        days: 6,
        planId: null,
      });
      // The horizon ends on the 24th; a night shift that day reaches Christmas.
      expect(christmasEve.holidays).toEqual(['2026-12-25']);
    });

    it('leaves everyone under cover on an empty roster, and the coverage row says by how much', async () => {
      const loaded = await loadRosterModel(ctx.db.repos, { siteId, from: AS_OF, days: 7 });
      const evaluation = evaluateRoster(
        loaded.model,
        { horizon: loaded.horizon, assignments: [] },
        loaded.rules,
      );
      const under = evaluation.violations.filter((v) => v.code === 'ROSTER_COVER_UNDER');
      expect(under.reduce((s, v) => s + v.units, 0)).toBe(neededInPlan);
      const coverage = coverageOf(loaded.demand, []);
      expect(coverage.reduce((s, r) => s + r.needed - r.assigned, 0)).toBe(neededInPlan);
    });

    it('explains a short shift: the summary, and every qualified person free or with the reasons in the way', async () => {
      const loaded = await loadRosterModel(ctx.db.repos, { siteId, from: AS_OF, days: 7 });
      const row = loaded.demand.find((d) => d.headcount > 0)!;
      const id = 'roster-why-test';
      await ctx.db.repos.rosters.create({
        id,
        siteId,
        name: 'Why',
        status: 'draft',
        fromDay: AS_OF,
        days: 7,
        planId,
        basedOn: null,
        createdAt: '2026-11-01T08:00:00.000Z',
        createdBy: admin.username,
        publishedAt: null,
        publishedBy: null,
        noticeDays: 7,
        demand: loaded.demand,
        assignments: [],
        score: { hard: 0, soft: 0 },
        solve: null,
      });
      const query = { day: row.day, shift: row.shift, qualification: row.qualification };
      const fr = await explainUncovered(ctx, admin, id, query, { lang: 'fr' });
      expect(fr.required).toBe(row.headcount);
      expect(fr.assigned).toBe(0);
      expect(fr.missing).toBe(row.headcount);
      const [y, m, d] = row.day.split('-');
      expect(fr.summary).toContain(`${d}/${m}/${y}`);
      expect(fr.candidates.length).toBeGreaterThan(0);
      // Nobody works yet: whoever nothing hard stops is free, listed first, with a sentence saying so.
      const firstBlocked = fr.candidates.findIndex((c) => !c.free);
      if (firstBlocked >= 0) expect(fr.candidates.slice(firstBlocked).every((c) => !c.free)).toBe(true);
      for (const c of fr.candidates) {
        expect(c.reasons.length).toBeGreaterThan(0);
        for (const r of c.reasons) expect(r.message).not.toMatch(/roster\.(why|violation)\./);
        if (!c.free) expect(c.reasons.some((r) => r.hard)).toBe(true);
      }
      const en = await explainUncovered(ctx, teamLeader, id, query, { lang: 'en' });
      expect(en.summary).not.toBe(fr.summary);
      expect(en.candidates.map((c) => c.employeeId)).toEqual(fr.candidates.map((c) => c.employeeId));
      for (const c of en.candidates) for (const r of c.reasons) expect(r.message).not.toContain('medical');

      const bad = await explainUncovered(ctx, admin, id, { ...query, shift: 'brunch' }).catch(
        (e: unknown) => e,
      );
      expect((bad as DomainError).code).toBe('ROSTER_EDIT_UNKNOWN_SHIFT');
      expect((bad as DomainError).field).toBe('shift');
    });
  });
}

describe('history from earlier rosters', () => {
  it('keeps the 84 days before the horizon, the later roster winning a cell', () => {
    const horizon = { firstDay: '2026-08-01' as never, days: 200 };
    const history = historyFromRosters(
      [
        {
          horizon,
          assignments: [
            { employeeId: 'e1', day: '2026-08-09', shift: 'morning', qualification: 'picker' },
            { employeeId: 'e1', day: '2026-11-01', shift: 'night', qualification: 'picker' },
            { employeeId: 'e1', day: '2026-11-02', shift: 'night', qualification: 'picker' },
          ],
        },
        {
          horizon,
          assignments: [{ employeeId: 'e1', day: '2026-11-01', shift: 'afternoon', qualification: 'picker' }],
        },
      ],
      '2026-11-02',
    );
    // 2026-08-09 is 85 days before 2 November: outside the window; 2 November is inside the horizon.
    expect(history).toEqual([{ employeeId: 'e1', day: '2026-11-01', shift: 'afternoon', minutes: null }]);
  });
});
