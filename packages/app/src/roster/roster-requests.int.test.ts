// Shift requests on the seeded small demo with a stored plan: add (replacing the same person/day/shift), list,
// delete, audited; every failing field named in both languages; an off request the solver honours and an unmet one
// the evaluator reports (ROSTER_REQUEST_OFF, in French and English); access by role.
import { testBackends } from '@logipilot/db/testing/test-stores';
import { generateDemoSite } from '@logipilot/demo';
import { type Actor, DomainError } from '@logipilot/domain';
import { errorMessage } from '@logipilot/i18n';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../context.ts';
import { runStatisticalForecast } from '../forecast/run-statistical-forecast.ts';
import { savePlan } from '../plan/plan-versions.ts';
import { seedSite } from '../seed/seed-site.ts';
import { openTestContext } from '../seed/test-context.ts';
import { RosterJobs } from './roster-jobs.ts';
import {
  addRosterRequest,
  deleteRosterRequest,
  listRosterRequests,
  requestShiftKeys,
} from './roster-requests.ts';
import { getRoster } from './roster-versions.ts';

const DATABASE_URL = process.env.DATABASE_URL;
/** A Monday: the forecast and the plan start there. */
const AS_OF = '2026-11-02';
const NOW = new Date('2026-10-01T08:00:00Z');

async function failure(p: Promise<unknown>): Promise<DomainError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`roster requests on ${backend.name}`, () => {
    let ctx: AppContext;
    let dispose: () => Promise<void>;
    let jobs: RosterJobs;
    let methods: Actor;
    let leader: Actor;
    let viewer: Actor;
    let employeeIds: string[];

    const actorOf = (demo: ReturnType<typeof generateDemoSite>, role: Actor['role']): Actor => {
      const user = demo.users.find((u) => u.user.role === role)!.user;
      return {
        userId: user.id,
        username: user.username,
        role,
        clientId: user.clientId ?? null,
        siteId: demo.bundle.site.id,
      };
    };

    async function solved(): Promise<string> {
      const { jobId } = await jobs.start(methods, { from: AS_OF, weeks: 1, timeLimitSeconds: 2 });
      await jobs.settled(jobId);
      const job = jobs.get(methods, jobId);
      expect(job.error).toBeNull();
      return job.rosterId!;
    }

    beforeAll(async () => {
      ({ ctx, dispose } = await openTestContext(backend.name, DATABASE_URL));
      const demo = generateDemoSite({ size: 'small', seed: 1, asOf: AS_OF });
      const users = demo.users.map(({ user }) => ({ user, passwordHash: 'x' }));
      await seedSite(ctx, { bundle: demo.bundle, flowDays: demo.flowDays, users });
      const admin = actorOf(demo, 'admin');
      methods = actorOf(demo, 'methods_technician');
      leader = actorOf(demo, 'team_leader');
      viewer = actorOf(demo, 'client_viewer');
      employeeIds = demo.bundle.employees.map((e) => e.id);
      await runStatisticalForecast(ctx, admin, { horizonDays: 7, asOf: AS_OF, holdoutDays: 28 });
      await savePlan(ctx, admin, { from: AS_OF, weeks: 1, name: 'Base', kind: 'baseline' });
      jobs = new RosterJobs(ctx, { clock: () => NOW });
    }, 120_000);

    afterAll(async () => {
      await jobs?.close();
      await dispose?.();
    });

    it('offers the roster model’s shift templates', () => {
      expect(requestShiftKeys()).toEqual(['morning', 'afternoon', 'night']);
    });

    it('adds a request with the default weight, replaces it for the same person, day and shift, and audits both', async () => {
      const e = employeeIds[0]!;
      const first = await addRosterRequest(
        ctx,
        methods,
        { employeeId: e, day: '2026-11-20', shift: 'night', on: true },
        { now: NOW },
      );
      expect(first).toMatchObject({
        employeeId: e,
        on: true,
        weight: 10,
        note: null,
        createdBy: methods.username,
      });
      const second = await addRosterRequest(ctx, methods, {
        employeeId: e,
        day: '2026-11-20',
        shift: 'night',
        on: false,
        weight: 60,
        note: '  Rendez-vous  ',
      });
      expect(second.id).not.toBe(first.id);
      const listed = await listRosterRequests(ctx, leader, { from: '2026-11-20', to: '2026-11-20' });
      expect(listed).toEqual([second]);
      expect(listed[0]).toMatchObject({ on: false, weight: 60, note: 'Rendez-vous' });
      const audit = await ctx.db.repos.audit.list({
        siteId: methods.siteId,
        entity: 'roster_requests',
        limit: 10,
      });
      const replacing = audit.items.find((a) => a.entityId === second.id);
      expect(replacing).toMatchObject({
        action: 'create',
        before: { id: first.id },
        after: { id: second.id },
      });

      await deleteRosterRequest(ctx, methods, second.id);
      expect(await listRosterRequests(ctx, leader, { from: '2026-11-20', to: '2026-11-20' })).toEqual([]);
      const after = await ctx.db.repos.audit.list({
        siteId: methods.siteId,
        entity: 'roster_requests',
        limit: 10,
      });
      expect(after.items.find((a) => a.action === 'delete')).toMatchObject({
        entityId: second.id,
        before: { id: second.id },
        after: null,
      });
      expect(await failure(deleteRosterRequest(ctx, methods, second.id))).toMatchObject({
        code: 'ROSTER_REQUEST_NOT_FOUND',
      });
    });

    it('names every failing field, in both languages', async () => {
      const bad = await failure(
        addRosterRequest(ctx, methods, {
          employeeId: 'nobody',
          day: '2026-11-03',
          shift: 'evening',
          on: false,
        }),
      );
      expect(bad).toMatchObject({ code: 'VALIDATION_FAILED', field: 'employeeId' });
      expect(bad.details.map((d) => [d.code, d.field])).toEqual([
        ['ROSTER_REQUEST_UNKNOWN_EMPLOYEE', 'employeeId'],
        ['ROSTER_EDIT_UNKNOWN_SHIFT', 'shift'],
      ]);
      const [who, shift] = bad.details;
      expect(errorMessage('fr', who!.code, { field: who!.field!, ...who!.params })).toBe(
        'employeeId : « nobody » ne fait pas partie des personnes de ce site.',
      );
      expect(errorMessage('en', who!.code, { field: who!.field!, ...who!.params })).toBe(
        'employeeId: “nobody” is not one of this site’s people.',
      );
      expect(errorMessage('en', shift!.code, { field: shift!.field!, ...shift!.params })).toContain(
        'morning, afternoon, night',
      );
      const e = employeeIds[0]!;
      for (const [input, field] of [
        [{ employeeId: e, day: '2026-02-30', shift: 'morning', on: false }, 'day'],
        [{ employeeId: e, day: '2026-11-03', shift: 'morning', on: false, weight: 0 }, 'weight'],
        [{ employeeId: e, day: '2026-11-03', shift: 'morning', on: false, weight: 101 }, 'weight'],
        [{ employeeId: e, day: '2026-11-03', shift: 'morning', on: false, weight: 2.5 }, 'weight'],
        [{ employeeId: e, day: '2026-11-03', shift: 'morning', on: false, note: 'x'.repeat(201) }, 'note'],
        [{ employeeId: e, day: '2026-11-03', shift: 'morning' }, 'on'],
      ] as const)
        expect(await failure(addRosterRequest(ctx, methods, input))).toMatchObject({
          code: 'VALIDATION_FAILED',
          field,
        });
      expect(await failure(listRosterRequests(ctx, methods, { from: 'soon' }))).toMatchObject({
        field: 'from',
      });
    });

    it('reports an unmet off request in both languages, and the solver honours it', async () => {
      const before = await getRoster(ctx, methods, await solved(), { now: NOW });
      // Someone working mid-week on an over-staffed shift, among those with the most days: asking the whole day off
      // (every shift) then costs more than leaving them off, which lowers over-cover and hours.
      const staffed = (a: (typeof before.assignments)[number]) =>
        before.assignments.filter(
          (b) => b.day === a.day && b.shift === a.shift && b.qualification === a.qualification,
        ).length;
      const needed = (a: (typeof before.assignments)[number]) =>
        before.demand
          .filter((d) => d.day === a.day && d.shift === a.shift && d.qualification === a.qualification)
          .reduce((sum, d) => sum + d.headcount, 0);
      const daysOf = (id: string) => before.assignments.filter((b) => b.employeeId === id).length;
      const cell = before.assignments
        .filter((a) => a.day >= '2026-11-03' && a.day <= '2026-11-06' && staffed(a) > needed(a))
        .sort((a, b) => daysOf(b.employeeId) - daysOf(a.employeeId))[0]!;
      const person = before.people.find((p) => p.id === cell.employeeId)!;
      for (const shift of requestShiftKeys())
        await addRosterRequest(ctx, methods, {
          employeeId: person.id,
          day: cell.day,
          shift,
          on: false,
          weight: 100,
        });
      const dayFr = cell.day.split('-').reverse().join('/');
      const shiftLabel = before.shifts.find((s) => s.key === cell.shift)!.label;
      for (const lang of ['fr', 'en'] as const) {
        const view = await getRoster(ctx, methods, before.id, { lang, now: NOW });
        const unmet = view.violations.filter((v) => v.code === 'ROSTER_REQUEST_OFF');
        expect(unmet).toHaveLength(1);
        expect(unmet[0]).toMatchObject({ employeeId: person.id, days: [cell.day], hard: false });
        expect(unmet[0]!.message).toBe(
          lang === 'fr'
            ? `${person.name} avait demandé à ne pas faire le poste ${shiftLabel} le ${dayFr}.`
            : `${person.name} had asked not to work the ${shiftLabel} shift on ${dayFr}.`,
        );
      }
      const after = await getRoster(ctx, methods, await solved(), { now: NOW });
      expect(after.assignments.some((a) => a.employeeId === person.id && a.day === cell.day)).toBe(false);
      expect(after.violations.filter((v) => v.code.startsWith('ROSTER_REQUEST_'))).toEqual([]);
    }, 60_000);

    it('lets team leaders read but not write, and client viewers nothing', async () => {
      const e = employeeIds[0]!;
      const input = { employeeId: e, day: '2026-11-05', shift: 'morning', on: true };
      expect((await failure(addRosterRequest(ctx, leader, input))).code).toBe('FORBIDDEN');
      expect((await failure(deleteRosterRequest(ctx, leader, 'x'))).code).toBe('FORBIDDEN');
      expect((await failure(listRosterRequests(ctx, viewer))).code).toBe('FORBIDDEN');
      expect((await failure(addRosterRequest(ctx, viewer, input))).code).toBe('FORBIDDEN');
      expect(Array.isArray(await listRosterRequests(ctx, leader))).toBe(true);
    });
  });
}
