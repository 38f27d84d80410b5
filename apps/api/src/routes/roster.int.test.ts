// The roster routes over the fixture site (its clock says 2026-03-02): solve → poll → done, cancel, read, edit, draft,
// publish refused and allowed, the notice period, export, client viewers refused, fields named in French and English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../testing/api-harness.ts';

let h: Harness;
/** The fixture's today: every day of this week is inside the 7-day notice period. */
const FROM = '2026-03-02';
const EN = { 'X-Logipilot-Lang': 'en' };
const FR = { 'X-Logipilot-Lang': 'fr' };

interface View {
  id: string;
  status: string;
  basedOn: string | null;
  people: { id: string; name: string; jobRole: string; qualifications: string[] }[];
  assignments: { employeeId: string; day: string; shift: string; qualification: string }[];
  violations: { code: string; hard: boolean; message: string }[];
  score: { hard: number; soft: number };
}
interface Job {
  id: string;
  state: string;
  fraction: number;
  rosterId: string | null;
  best: { hard: number; soft: number } | null;
  error: unknown;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the job until it leaves `running` (the solve's own time limit bounds the wait). */
async function finished(jobId: string): Promise<Job> {
  for (;;) {
    const res = await h.call('methods', 'GET', `/api/roster-jobs/${jobId}`);
    expect(res.status).toBe(200);
    const job = (await res.json()) as Job;
    expect(job.fraction).toBeGreaterThanOrEqual(0);
    expect(job.fraction).toBeLessThanOrEqual(1);
    if (job.state !== 'running') return job;
    await sleep(100);
  }
}

async function solve(body: Record<string, unknown>): Promise<Job> {
  const res = await h.call('methods', 'POST', '/api/rosters/solve', body);
  expect(res.status).toBe(202);
  const { jobId } = await res.json();
  return finished(jobId);
}

async function view(id: string, who = 'methods', headers = EN): Promise<View> {
  const res = await h.call(who, 'GET', `/api/rosters/${id}`, undefined, headers);
  expect(res.status).toBe(200);
  return res.json();
}

async function edit(id: string, edits: unknown[], headers = EN): Promise<Response> {
  return h.call('methods', 'PATCH', `/api/rosters/${id}/cells`, { edits }, headers);
}

const hard = (v: View) => v.violations.filter((x) => x.hard).length;

let draftId: string;
let publishedId: string;

beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h?.dispose());

describe('roster routes', () => {
  it('starts a solve, reports its progress and stores the draft when done', async () => {
    const job = await solve({ from: FROM, weeks: 1, timeLimitSeconds: 1, name: 'Semaine 10' });
    expect(job).toMatchObject({ state: 'done', fraction: 1, error: null });
    draftId = job.rosterId!;
    const draft = await view(draftId, 'leader');
    expect(draft).toMatchObject({ id: draftId, status: 'draft', basedOn: null, name: 'Semaine 10' });
    expect(draft.score).toEqual(job.best);
    expect(hard(draft)).toBe(0);
    const list = await (await h.call('leader', 'GET', '/api/rosters')).json();
    expect(list.total).toBe(list.items.length);
    expect(list.items[0]).toMatchObject({ id: draftId, status: 'draft', from: FROM, to: '2026-03-08' });
  });

  it('cancels a solve and keeps its best roster', async () => {
    const started = await h.call('methods', 'POST', '/api/rosters/solve', {
      from: FROM,
      weeks: 1,
      timeLimitSeconds: 60,
    });
    const { jobId } = await started.json();
    const cancelled = await h.call('methods', 'DELETE', `/api/roster-jobs/${jobId}`);
    expect(cancelled.status).toBe(200);
    expect((await cancelled.json()).id).toBe(jobId);
    const job = await finished(jobId);
    expect(job.state).toBe('cancelled');
    expect((await view(job.rosterId!)).status).toBe('draft');
    const missing = await h.call('methods', 'GET', '/api/roster-jobs/no-such-job', undefined, EN);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('ROSTER_JOB_NOT_FOUND');
  });

  it('names the failing field of a solve request, in French and English', async () => {
    const weeks = await h.call('methods', 'POST', '/api/rosters/solve', { from: FROM, weeks: 9 }, EN);
    expect(weeks.status).toBe(400);
    expect((await weeks.json()).error).toMatchObject({ code: 'VALUE_TOO_BIG', field: 'weeks' });
    const plan = await h.call(
      'methods',
      'POST',
      '/api/rosters/solve',
      { from: FROM, weeks: 1, planId: 'nope' },
      FR,
    );
    expect(plan.status).toBe(404);
    const planError = (await plan.json()).error;
    expect(planError).toMatchObject({ code: 'ROSTER_PLAN_NOT_FOUND', field: 'planId' });
    expect(planError.message).toMatch(/plan d’activité « nope »/);
    const based = await h.call(
      'methods',
      'POST',
      '/api/rosters/solve',
      { from: FROM, weeks: 1, basedOn: 'x' },
      EN,
    );
    expect(await based.json()).toMatchObject({ error: { code: 'ROSTER_NOT_FOUND', field: 'basedOn' } });
  });

  it('edits a draft and names every failing field of an edit, in French and English', async () => {
    const draft = await view(draftId);
    const person = draft.people[0]!;
    const day = '2026-03-04';
    const worksThen = draft.assignments.find((a) => a.employeeId === person.id && a.day === day);
    const res = await edit(draftId, [
      worksThen
        ? { employeeId: person.id, day, shift: null }
        : { employeeId: person.id, day, shift: 'morning', qualification: person.qualifications[0] },
    ]);
    expect(res.status).toBe(200);
    const edited = (await res.json()) as View;
    expect(edited.assignments.some((a) => a.employeeId === person.id && a.day === day)).toBe(!worksThen);
    expect((await view(draftId)).assignments).toEqual(edited.assignments);
    // Back to the solver's roster.
    await edit(draftId, [worksThen ?? { employeeId: person.id, day, shift: null }]);

    const bad = [
      { employeeId: 'ghost', day, shift: 'morning', qualification: person.qualifications[0] },
      { employeeId: person.id, day: '2026-04-01', shift: null },
      { employeeId: person.id, day, shift: 'brunch', qualification: person.qualifications[0] },
    ];
    for (const [headers, words] of [
      [EN, /not one of this roster’s people/],
      [FR, /ne fait pas partie des personnes/],
    ] as const) {
      const refused = await edit(draftId, bad, headers);
      expect(refused.status).toBe(400);
      const { error } = await refused.json();
      expect(error).toMatchObject({ code: 'ROSTER_EDIT_UNKNOWN_EMPLOYEE', field: 'edits.0.employeeId' });
      expect(error.message).toMatch(words);
      expect(error.details.map((d: { field: string }) => d.field)).toEqual([
        'edits.0.employeeId',
        'edits.1.day',
        'edits.2.shift',
      ]);
      for (const d of error.details) expect(d.message).not.toMatch(/\{\{|errors\./);
    }
    const format = await edit(draftId, [{ employeeId: person.id, day: '4 mars', shift: null }]);
    expect((await format.json()).error).toMatchObject({ code: 'INVALID_FORMAT', field: 'edits.0.day' });
  });

  it('refuses to publish while a mandatory rule is broken', async () => {
    const draft = await view(draftId);
    const person = draft.people.find((p) => p.qualifications.length > 0)!;
    const q = person.qualifications[0]!;
    const before = ['2026-03-03', '2026-03-04'].map(
      (day) =>
        draft.assignments.find((a) => a.employeeId === person.id && a.day === day) ?? {
          employeeId: person.id,
          day,
          shift: null,
        },
    );
    // A night, then the next morning's early shift: less than 11 hours of rest.
    const broken = (await (
      await edit(draftId, [
        { employeeId: person.id, day: '2026-03-03', shift: 'night', qualification: q },
        { employeeId: person.id, day: '2026-03-04', shift: 'morning', qualification: q },
      ])
    ).json()) as View;
    expect(hard(broken)).toBeGreaterThan(0);
    for (const [headers, words] of [
      [EN, /mandatory rule/],
      [FR, /impérative/],
    ] as const) {
      const res = await h.call('methods', 'POST', `/api/rosters/${draftId}/publish`, {}, headers);
      expect(res.status).toBe(422);
      const { error } = await res.json();
      expect(error).toMatchObject({ code: 'ROSTER_HARD_VIOLATIONS', params: { count: hard(broken) } });
      expect(error.message).toMatch(words);
    }
    expect(hard((await (await edit(draftId, before)).json()) as View)).toBe(0);
  });

  it('publishes a feasible draft without a body and locks it', async () => {
    const res = await h.call('methods', 'POST', `/api/rosters/${draftId}/publish`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'published', publishedBy: 'methods' });
    publishedId = draftId;
    const again = await h.call('methods', 'POST', `/api/rosters/${publishedId}/publish`, {}, EN);
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('ROSTER_LOCKED');
    const locked = await edit(publishedId, [{ employeeId: 'x', day: FROM, shift: null }]);
    expect(locked.status).toBe(409);
  });

  it('asks a reason for a change inside the notice period, then supersedes the published roster', async () => {
    const created = await h.call('methods', 'POST', `/api/rosters/${publishedId}/draft`, undefined, EN);
    expect(created.status).toBe(201);
    const draft = (await created.json()) as View;
    expect(draft).toMatchObject({ status: 'draft', basedOn: publishedId });
    // One cell changed: someone off on Thursday now works a morning shift (or the reverse).
    const day = '2026-03-05';
    let changed: { name: string } | null = null;
    for (const p of draft.people) {
      const cell = draft.assignments.find((a) => a.employeeId === p.id && a.day === day);
      const res = await edit(draft.id, [
        cell
          ? { employeeId: p.id, day, shift: null }
          : { employeeId: p.id, day, shift: 'morning', qualification: p.qualifications[0] },
      ]);
      if (hard((await res.json()) as View) === 0) {
        changed = p;
        break;
      }
      await edit(draft.id, [cell ?? { employeeId: p.id, day, shift: null }]);
    }
    expect(changed).not.toBeNull();
    for (const [headers, words] of [
      [EN, /notice period/],
      [FR, /délai de prévenance/],
    ] as const) {
      const res = await h.call('methods', 'POST', `/api/rosters/${draft.id}/publish`, {}, headers);
      expect(res.status).toBe(422);
      const { error } = await res.json();
      expect(error).toMatchObject({
        code: 'ROSTER_NOTICE_PERIOD',
        field: 'reason',
        params: { employee: changed!.name, day, noticeDays: 7, count: 1 },
      });
      expect(error.message).toMatch(words);
      expect(error.message).toContain(changed!.name);
    }
    const res = await h.call('methods', 'POST', `/api/rosters/${draft.id}/publish`, {
      reason: 'Absence imprévue',
    });
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('published');
    expect((await view(publishedId)).status).toBe('superseded');
    const audit = await (await h.call('admin', 'GET', '/api/audit?entity=rosters')).json();
    const entry = audit.items.find(
      (e: { entityId: string; after: { status?: string } }) =>
        e.entityId === draft.id && e.after.status === 'published',
    );
    expect(entry?.after).toMatchObject({
      changedCells: 1,
      reason: 'Absence imprévue',
      superseded: [publishedId],
    });
    publishedId = draft.id;
  });

  it('exports a roster document as XLSX and PDF', async () => {
    const xlsx = await h.call(
      'methods',
      'GET',
      `/api/rosters/${publishedId}/export?document=teams&format=xlsx&lang=en`,
    );
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers.get('content-disposition')).toMatch(
      /^attachment; filename="roster-2026-03-02-teams-en\.xlsx"/,
    );
    const pdf = await h.call(
      'methods',
      'GET',
      `/api/rosters/${publishedId}/export?document=payroll&format=pdf`,
    );
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
    const bad = await h.call('methods', 'GET', `/api/rosters/${publishedId}/export?document=novel`);
    expect((await bad.json()).error).toMatchObject({ field: 'document' });
  });

  it('explains why a shift is short to a team leader, in French and English, and names a bad query field', async () => {
    const path = `/api/rosters/${publishedId}/why?day=${FROM}&shift=morning&qualification=picker`;
    const en = await h.call('leader', 'GET', path, undefined, EN);
    expect(en.status).toBe(200);
    const why = (await en.json()) as {
      summary: string;
      required: number;
      assigned: number;
      candidates: { free: boolean; reasons: { hard: boolean; message: string }[] }[];
    };
    expect(why.summary).toContain('02/03/2026');
    expect(why.assigned).toBeGreaterThanOrEqual(0);
    for (const c of why.candidates) expect(c.reasons.length).toBeGreaterThan(0);
    const fr = (await (await h.call('leader', 'GET', path, undefined, FR)).json()) as { summary: string };
    expect(fr.summary).not.toBe(why.summary);
    const bad = await h.call(
      'leader',
      'GET',
      `/api/rosters/${publishedId}/why?day=${FROM}&shift=brunch&qualification=picker`,
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: 'ROSTER_EDIT_UNKNOWN_SHIFT', field: 'shift' });
    const viewer = await h.call('client-alpha', 'GET', path);
    expect(viewer.status).toBe(403);
  });

  it('refuses client viewers everything and team leaders every change', async () => {
    for (const [method, path, body] of [
      ['GET', '/api/rosters', undefined],
      ['GET', `/api/rosters/${publishedId}`, undefined],
      ['GET', `/api/rosters/${publishedId}/export`, undefined],
      ['POST', '/api/rosters/solve', { from: FROM, weeks: 1 }],
      ['POST', `/api/rosters/${publishedId}/draft`, undefined],
      ['GET', '/api/roster-jobs/x', undefined],
    ] as const) {
      const res = await h.call('client-alpha', method, path, body);
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
    }
    expect((await h.call('leader', 'GET', `/api/rosters/${publishedId}`)).status).toBe(200);
    const solveAsLeader = await h.call('leader', 'POST', '/api/rosters/solve', { from: FROM, weeks: 1 });
    expect(solveAsLeader.status).toBe(403);
    const draftAsLeader = await h.call('leader', 'POST', `/api/rosters/${publishedId}/draft`);
    expect(draftAsLeader.status).toBe(403);
    expect((await h.call('leader', 'GET', '/api/rosters/nope')).status).toBe(404);
  });
});
