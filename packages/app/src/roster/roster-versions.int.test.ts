// Roster use cases on the seeded small demo with a stored plan: solve jobs (done, cancelled, re-plan), edits of a
// draft with every failing field named, publishing (hard violations, notice period, superseding, audit), access.
import { testBackends } from '@logipilot/db/testing/test-stores';
import { generateDemoSite } from '@logipilot/demo';
import { type Actor, addDays, DomainError } from '@logipilot/domain';
import { errorMessage } from '@logipilot/i18n';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../context.ts';
import { runStatisticalForecast } from '../forecast/run-statistical-forecast.ts';
import { savePlan } from '../plan/plan-versions.ts';
import { seedSite } from '../seed/seed-site.ts';
import { openTestContext } from '../seed/test-context.ts';
import { RosterJobs } from './roster-jobs.ts';
import type { RosterCellEdit, RosterView } from './roster-types.ts';
import {
  draftFromRoster,
  editRosterCells,
  getRoster,
  listRosters,
  publishRoster,
} from './roster-versions.ts';

const DATABASE_URL = process.env.DATABASE_URL;
/** A Monday: the forecast and the plan start there. */
const AS_OF = '2026-11-02';
/** Long before the horizon: no day of it is inside the notice period. */
const EARLY = new Date('2026-10-01T08:00:00Z');
/** Two days before the horizon: its first five days are inside the 7-day notice period. */
const LATE = new Date('2026-10-31T08:00:00Z');

async function failure(p: Promise<unknown>): Promise<DomainError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const hardCount = (v: RosterView) => v.violations.filter((x) => x.hard).length;

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`roster versions on ${backend.name}`, () => {
    let ctx: AppContext;
    let dispose: () => Promise<void>;
    let jobs: RosterJobs;
    let admin: Actor;
    let methods: Actor;
    let leader: Actor;
    let viewer: Actor;
    let planId: string;
    let solvedId: string;
    let publishedId: string;

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

    /** Solves one week and waits for the stored draft. */
    async function solved(
      extra: { basedOn?: string; timeLimitSeconds?: number; name?: string } = {},
    ): Promise<string> {
      const { jobId } = await jobs.start(methods, { from: AS_OF, weeks: 1, timeLimitSeconds: 2, ...extra });
      await jobs.settled(jobId);
      const job = jobs.get(methods, jobId);
      expect(job.error).toBeNull();
      expect(job.state).toBe('done');
      return job.rosterId!;
    }

    /**
     * A cell change that leaves no hard violation: the same shift under another qualification the person may hold.
     * Tries the draft's cells on the given days in turn and keeps the first edit that stays feasible.
     */
    async function changeOneCell(
      id: string,
      days: readonly string[],
    ): Promise<{ view: RosterView; edit: RosterCellEdit }> {
      const draft = await getRoster(ctx, methods, id, { now: EARLY });
      const people = new Map(draft.people.map((p) => [p.id, p]));
      for (const a of draft.assignments.filter((x) => days.includes(x.day))) {
        for (const q of people.get(a.employeeId)?.qualifications ?? []) {
          if (q === a.qualification) continue;
          const edit: RosterCellEdit = {
            employeeId: a.employeeId,
            day: a.day,
            shift: a.shift,
            qualification: q,
          };
          const view = await editRosterCells(ctx, methods, id, [edit], { now: EARLY });
          if (hardCount(view) === 0) return { view, edit };
          await editRosterCells(ctx, methods, id, [{ ...edit, qualification: a.qualification }], {
            now: EARLY,
          });
        }
      }
      throw new Error('no feasible single-cell change found');
    }

    beforeAll(async () => {
      ({ ctx, dispose } = await openTestContext(backend.name, DATABASE_URL));
      const demo = generateDemoSite({ size: 'small', seed: 1, asOf: AS_OF });
      const users = demo.users.map(({ user }) => ({ user, passwordHash: 'x' }));
      await seedSite(ctx, { bundle: demo.bundle, flowDays: demo.flowDays, users });
      admin = actorOf(demo, 'admin');
      methods = actorOf(demo, 'methods_technician');
      leader = actorOf(demo, 'team_leader');
      viewer = actorOf(demo, 'client_viewer');
      await runStatisticalForecast(ctx, admin, { horizonDays: 14, asOf: AS_OF, holdoutDays: 28 });
      const plan = await savePlan(ctx, admin, { from: AS_OF, weeks: 2, name: 'Base', kind: 'baseline' });
      planId = plan.id!;
      jobs = new RosterJobs(ctx, { clock: () => EARLY });
    }, 120_000);

    afterAll(async () => {
      await jobs?.close();
      await dispose?.();
    });

    it('solves a week as a job and stores the best roster as a draft scored like its view', async () => {
      const { jobId } = await jobs.start(methods, {
        from: AS_OF,
        weeks: 1,
        timeLimitSeconds: 2,
        name: 'S45',
      });
      const running = jobs.get(methods, jobId, 'en');
      expect(running.timeLimitSeconds).toBe(2);
      expect(running.fraction).toBeGreaterThanOrEqual(0);
      expect(running.fraction).toBeLessThanOrEqual(1);
      await jobs.settled(jobId);
      const job = jobs.get(leader, jobId, 'en');
      expect(job).toMatchObject({ state: 'done', fraction: 1, error: null });
      expect(job.rosterId).not.toBeNull();
      solvedId = job.rosterId!;
      const view = await getRoster(ctx, leader, solvedId, { lang: 'en' });
      expect(view).toMatchObject({
        name: 'S45',
        status: 'draft',
        from: AS_OF,
        to: addDays(AS_OF, 6),
        days: 7,
        planId,
        basedOn: null,
        createdBy: methods.username,
        createdAt: EARLY.toISOString(),
        noticeDays: 7,
      });
      expect(view.demand.length).toBeGreaterThan(0);
      expect(view.assignments.length).toBeGreaterThan(0);
      // What the job reports and what a reader is shown are the same evaluation of the same cells.
      expect(view.score).toEqual(job.best);
      expect(view.solve).toMatchObject({ seed: 1, timeLimitSeconds: 2, cancelled: false });
      // The solver's roster breaks no mandatory rule on this site.
      expect(hardCount(view)).toBe(0);
      const list = await listRosters(ctx, leader);
      expect(list[0]).toMatchObject({ id: solvedId, status: 'draft', from: AS_OF, to: addDays(AS_OF, 6) });
    });

    it('keeps the best roster of a cancelled solve', async () => {
      const { jobId } = await jobs.start(methods, { from: AS_OF, weeks: 1, timeLimitSeconds: 60 });
      jobs.cancel(methods, jobId);
      await jobs.settled(jobId);
      const job = jobs.get(methods, jobId);
      expect(job.state).toBe('cancelled');
      const view = await getRoster(ctx, methods, job.rosterId!);
      expect(view.solve?.cancelled).toBe(true);
      expect(view.status).toBe('draft');
    });

    it('answers a bad request at once and names the field', async () => {
      expect(
        (await failure(jobs.start(methods, { from: AS_OF, weeks: 1, basedOn: 'nope', timeLimitSeconds: 1 })))
          .field,
      ).toBe('basedOn');
      const plan = await failure(jobs.start(methods, { from: AS_OF, weeks: 1, planId: 'nope' }));
      expect(plan).toMatchObject({ code: 'ROSTER_PLAN_NOT_FOUND', field: 'planId' });
      const weeks = await failure(jobs.start(methods, { from: AS_OF, weeks: 7 }));
      expect(weeks).toMatchObject({ code: 'VALIDATION_FAILED', field: 'weeks' });
      expect(() => jobs.get(methods, 'no-such-job')).toThrow(DomainError);
      // A job is visible on its own site only.
      const { jobId } = await jobs.start(methods, { from: AS_OF, weeks: 1, timeLimitSeconds: 1 });
      expect(() => jobs.get({ ...methods, siteId: 'elsewhere' }, jobId)).toThrow(
        expect.objectContaining({ code: 'ROSTER_JOB_NOT_FOUND' }),
      );
      await jobs.settled(jobId);
    });

    it('edits a draft’s cells, re-scores it and stores it', async () => {
      const before = await getRoster(ctx, methods, solvedId);
      const cell = before.assignments[0]!;
      const offPerson = before.people.find(
        (p) => !before.assignments.some((a) => a.employeeId === p.id && a.day === AS_OF),
      );
      const edits: RosterCellEdit[] = [
        { employeeId: cell.employeeId, day: cell.day, shift: null, qualification: null },
      ];
      if (offPerson)
        edits.push({ employeeId: offPerson.id, day: AS_OF, shift: 'morning', qualification: null });
      const after = await editRosterCells(ctx, methods, solvedId, edits, { lang: 'en' });
      expect(after.assignments.some((a) => a.employeeId === cell.employeeId && a.day === cell.day)).toBe(
        false,
      );
      if (offPerson)
        // No qualification given: the person's job role.
        expect(after.assignments).toContainEqual({
          employeeId: offPerson.id,
          day: AS_OF,
          shift: 'morning',
          qualification: offPerson.jobRole,
        });
      expect(after.assignments).toHaveLength(before.assignments.length - 1 + (offPerson ? 1 : 0));
      const back = await getRoster(ctx, methods, solvedId, { lang: 'en' });
      expect(back.assignments).toEqual(after.assignments);
      expect(back.score).toEqual(after.score);
      expect((await listRosters(ctx, methods)).find((r) => r.id === solvedId)?.score).toEqual(after.score);
      for (const v of after.violations) expect(v.message).not.toMatch(/\{\{|^roster\./);
      // Undo, so that the draft is the solver's again.
      const undo: RosterCellEdit[] = [{ ...cell }];
      if (offPerson) undo.push({ employeeId: offPerson.id, day: AS_OF, shift: null, qualification: null });
      expect((await editRosterCells(ctx, methods, solvedId, undo)).score).toEqual(before.score);
    });

    it('names every failing field of an edit, in both languages', async () => {
      const view = await getRoster(ctx, methods, solvedId);
      const someone = view.people[0]!.id;
      const error = await failure(
        editRosterCells(ctx, methods, solvedId, [
          { employeeId: 'ghost', day: AS_OF, shift: 'morning', qualification: view.qualifications[0] },
          { employeeId: someone, day: '2027-01-01', shift: null },
          { employeeId: someone, day: AS_OF, shift: 'brunch', qualification: view.qualifications[0] },
          { employeeId: someone, day: AS_OF, shift: 'morning', qualification: 'juggler' },
        ]),
      );
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details.map((d) => [d.code, d.field])).toEqual([
        ['ROSTER_EDIT_UNKNOWN_EMPLOYEE', 'edits.0.employeeId'],
        ['ROSTER_EDIT_DAY_OUTSIDE', 'edits.1.day'],
        ['ROSTER_EDIT_UNKNOWN_SHIFT', 'edits.2.shift'],
        ['ROSTER_EDIT_UNKNOWN_QUALIFICATION', 'edits.3.qualification'],
      ]);
      for (const d of error.details)
        for (const lang of ['fr', 'en'] as const) {
          const text = errorMessage(lang, d.code, { field: d.field ?? '', ...d.params });
          expect(text).toContain(d.field);
          expect(text).not.toMatch(/\{\{|errors\./);
        }
      const shape = await failure(editRosterCells(ctx, methods, solvedId, [{ employeeId: someone }]));
      expect(shape).toMatchObject({ code: 'VALIDATION_FAILED', field: 'edits.0.day' });
      expect((await failure(editRosterCells(ctx, methods, solvedId, []))).field).toBe('edits');
      // Nothing was stored.
      expect((await getRoster(ctx, methods, solvedId)).assignments).toEqual(view.assignments);
    });

    it('refuses to publish while a mandatory rule is broken, and says how many', async () => {
      const view = await getRoster(ctx, methods, solvedId);
      const worker = view.assignments.find((a) => a.day === AS_OF)!;
      // A night then, the next morning, an early shift: less than 11 hours of rest.
      const edits: RosterCellEdit[] = [
        { employeeId: worker.employeeId, day: AS_OF, shift: 'night', qualification: worker.qualification },
        {
          employeeId: worker.employeeId,
          day: addDays(AS_OF, 1),
          shift: 'morning',
          qualification: worker.qualification,
        },
      ];
      const broken = await editRosterCells(ctx, methods, solvedId, edits, { lang: 'fr' });
      const hard = hardCount(broken);
      expect(hard).toBeGreaterThan(0);
      const error = await failure(publishRoster(ctx, methods, solvedId, {}, { now: EARLY }));
      expect(error).toMatchObject({ code: 'ROSTER_HARD_VIOLATIONS', params: { count: hard } });
      expect(errorMessage('en', error.code, error.params)).toContain(String(hard));
      expect(errorMessage('fr', error.code, error.params)).toMatch(/impérative/);
      // Back to the solver's cells.
      const original = view.assignments.filter(
        (a) => a.employeeId === worker.employeeId && (a.day === AS_OF || a.day === addDays(AS_OF, 1)),
      );
      const restore: RosterCellEdit[] = [AS_OF, addDays(AS_OF, 1)].map(
        (day) =>
          original.find((a) => a.day === day) ?? {
            employeeId: worker.employeeId,
            day,
            shift: null,
            qualification: null,
          },
      );
      expect(hardCount(await editRosterCells(ctx, methods, solvedId, restore))).toBe(0);
    });

    it('publishes a feasible draft, audited, and locks it', async () => {
      const view = await publishRoster(ctx, methods, solvedId, {}, { now: EARLY, lang: 'en' });
      expect(view).toMatchObject({
        status: 'published',
        publishedAt: EARLY.toISOString(),
        publishedBy: methods.username,
      });
      publishedId = solvedId;
      expect((await getRoster(ctx, leader, publishedId)).status).toBe('published');
      const locked = await failure(
        editRosterCells(ctx, methods, publishedId, [
          { employeeId: view.people[0]!.id, day: AS_OF, shift: null },
        ]),
      );
      expect(locked).toMatchObject({ code: 'ROSTER_LOCKED', params: { status: 'published' } });
      expect((await failure(publishRoster(ctx, methods, publishedId))).code).toBe('ROSTER_LOCKED');
      const audit = await ctx.db.repos.audit.list({ siteId: methods.siteId, entity: 'rosters', limit: 50 });
      const entry = audit.items.find(
        (e) => e.entityId === publishedId && (e.after as { status?: string }).status === 'published',
      );
      expect(entry?.after).toMatchObject({ name: 'S45', changedCells: 0, reason: null, superseded: [] });
      expect(entry?.username).toBe(methods.username);
    });

    it('starts a draft from a published roster only', async () => {
      const draft = await draftFromRoster(ctx, methods, publishedId, { now: EARLY });
      const source = await getRoster(ctx, methods, publishedId);
      expect(draft).toMatchObject({ status: 'draft', basedOn: publishedId, from: AS_OF, days: 7 });
      expect(draft.assignments).toEqual(source.assignments);
      // Same cells as the roster it re-plans: nothing changed.
      expect(draft.violations.filter((v) => v.code === 'ROSTER_CHANGED')).toEqual([]);
      expect((await failure(draftFromRoster(ctx, methods, draft.id))).code).toBe('ROSTER_NOT_PUBLISHED');
      expect((await failure(draftFromRoster(ctx, methods, 'nope'))).code).toBe('ROSTER_NOT_FOUND');
    });

    it('asks a reason for a change inside the notice period, then publishes and supersedes', async () => {
      const draft = await draftFromRoster(ctx, methods, publishedId, { now: LATE });
      const { edit } = await changeOneCell(draft.id, [addDays(AS_OF, 1), addDays(AS_OF, 2)]);
      const name = draft.people.find((p) => p.id === edit.employeeId)!.name;
      const refused = await failure(publishRoster(ctx, methods, draft.id, {}, { now: LATE }));
      expect(refused).toMatchObject({
        code: 'ROSTER_NOTICE_PERIOD',
        field: 'reason',
        params: { employee: name, day: edit.day, noticeDays: 7, count: 1 },
      });
      for (const lang of ['fr', 'en'] as const) {
        const text = errorMessage(lang, refused.code, refused.params);
        expect(text).toContain(name);
        expect(text).toContain(edit.day);
      }
      expect(
        (await failure(publishRoster(ctx, methods, draft.id, { reason: '   ' }, { now: LATE }))).code,
      ).toBe('ROSTER_NOTICE_PERIOD');
      const published = await publishRoster(
        ctx,
        methods,
        draft.id,
        { reason: 'Absence imprévue' },
        { now: LATE },
      );
      expect(published.status).toBe('published');
      expect((await getRoster(ctx, methods, publishedId)).status).toBe('superseded');
      const audit = await ctx.db.repos.audit.list({ siteId: methods.siteId, entity: 'rosters', limit: 50 });
      const entry = audit.items.find(
        (e) => e.entityId === draft.id && (e.after as { status?: string }).status === 'published',
      );
      expect(entry?.after).toMatchObject({
        changedCells: 1,
        changedInsideNotice: 1,
        reason: 'Absence imprévue',
        superseded: [publishedId],
        basedOn: publishedId,
      });
      publishedId = draft.id;
    });

    it('publishes a change outside the notice period without a reason', async () => {
      const draft = await draftFromRoster(ctx, methods, publishedId, { now: EARLY });
      await changeOneCell(draft.id, [addDays(AS_OF, 5), addDays(AS_OF, 6)]);
      const view = await publishRoster(ctx, methods, draft.id, {}, { now: EARLY });
      expect(view.status).toBe('published');
      expect((await getRoster(ctx, methods, publishedId)).status).toBe('superseded');
      publishedId = draft.id;
    });

    it('re-plans from a published roster: warm start, same notice period, based on it', async () => {
      const id = await solved({ basedOn: publishedId, timeLimitSeconds: 1 });
      const view = await getRoster(ctx, methods, id);
      expect(view).toMatchObject({ basedOn: publishedId, status: 'draft', noticeDays: 7 });
      const source = await getRoster(ctx, methods, publishedId);
      expect(view.name).toBe(source.name);
    });

    it('refuses client viewers everything and team leaders every change', async () => {
      for (const p of [
        listRosters(ctx, viewer),
        getRoster(ctx, viewer, publishedId),
        jobs.start(viewer, { from: AS_OF, weeks: 1 }),
        publishRoster(ctx, viewer, publishedId),
      ])
        expect((await failure(p)).code).toBe('FORBIDDEN');
      expect(() => jobs.get(viewer, 'x')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
      expect((await listRosters(ctx, leader)).length).toBeGreaterThan(0);
      for (const p of [
        jobs.start(leader, { from: AS_OF, weeks: 1 }),
        editRosterCells(ctx, leader, publishedId, [{ employeeId: 'x', day: AS_OF, shift: null }]),
        draftFromRoster(ctx, leader, publishedId),
        publishRoster(ctx, leader, publishedId),
      ])
        expect((await failure(p)).code).toBe('FORBIDDEN');
    });
  });
}
