// Use cases over stored rosters: read one (evaluated, sentences in the reader's language), list them, edit a draft's
// cells, start a draft from a published roster, publish (no hard violation left; a change inside the notice period
// needs a reason), each write audited.
import { randomUUID } from 'node:crypto';
import type { Repositories } from '@logipilot/db/repositories/contract';
import type { StoredRoster } from '@logipilot/db/repositories/roster-repository';
import {
  type Actor,
  addDays,
  DomainError,
  type ErrorDetail,
  HISTORY_DAYS,
  type HistoryDay,
  type IsoDate,
  type Roster,
  type RosterAssignment,
  todayIn,
} from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import { z } from 'zod';
import type { StoreContext } from '../auth/store-context.ts';
import { mayReadMedical } from '../masterdata/policy.ts';
import { parseOrThrow } from '../masterdata/validate.ts';
import { historyFromRosters, type LoadedRosterModel, loadRosterModel } from './roster-model.ts';
import { assertMayReadRosters, assertMayWriteRosters } from './roster-policy.ts';
import {
  type RosterCellEdit,
  type RosterSummary,
  type RosterView,
  rosterCellEditSchema,
} from './roster-types.ts';
import { rosterViewOf } from './roster-view.ts';

export interface RosterRunOptions {
  lang?: Lang;
  /** "Now" for timestamps and the notice period (the API passes its clock). */
  now?: Date;
}

/** Most cells one edit request may change: a six-week roster of 200 people. */
export const MAX_CELL_EDITS = 200 * 7 * 6;

const editCellsSchema = z.strictObject({ edits: z.array(rosterCellEditSchema).min(1).max(MAX_CELL_EDITS) });
export const publishRosterSchema = z.strictObject({ reason: z.string().trim().max(500).optional() });
export type PublishRosterInput = z.input<typeof publishRosterSchema>;

/** Last day of a stored roster's horizon (inclusive). */
export function lastDayOf(stored: Pick<StoredRoster, 'fromDay' | 'days'>): IsoDate {
  return addDays(stored.fromDay as IsoDate, stored.days - 1);
}

/** A stored roster as the domain's Roster. */
export function rosterOf(stored: Pick<StoredRoster, 'fromDay' | 'days' | 'assignments'>): Roster {
  return {
    horizon: { firstDay: stored.fromDay as IsoDate, days: stored.days },
    assignments: stored.assignments,
  };
}

const cellKey = (employeeId: string, day: string): string => `${employeeId}|${day}`;

/** The days worked before `from` according to the rosters ever published reaching into the 84 days before it. */
export async function publishedHistory(
  repos: Repositories,
  siteId: string,
  from: string,
): Promise<HistoryDay[]> {
  const first = addDays(from as IsoDate, -HISTORY_DAYS);
  // Superseded rosters still tell the days their successors do not cover; published last wins a cell.
  const reaching = (await repos.rosters.list(siteId))
    .filter((r) => r.publishedAt !== null && r.fromDay < from && lastDayOf(r) >= first)
    .sort((a, b) => (a.publishedAt! < b.publishedAt! ? -1 : a.publishedAt! > b.publishedAt! ? 1 : 0));
  const full = await Promise.all(reaching.map((r) => repos.rosters.get(siteId, r.id)));
  return historyFromRosters(
    full.flatMap((r) => (r ? [rosterOf(r)] : [])),
    from,
  );
}

export async function getStoredRoster(
  repos: Repositories,
  siteId: string,
  id: string,
): Promise<StoredRoster> {
  const stored = await repos.rosters.get(siteId, id);
  if (!stored) throw new DomainError('ROSTER_NOT_FOUND', { params: { id } });
  return stored;
}

/** The model a stored roster is read under: its own demand snapshot, the roster it re-plans, the published past. */
export async function loadStoredRosterModel(
  repos: Repositories,
  stored: StoredRoster,
): Promise<{ loaded: LoadedRosterModel; basedOn: StoredRoster | null }> {
  const [basedOn, history] = await Promise.all([
    stored.basedOn ? repos.rosters.get(stored.siteId, stored.basedOn) : Promise.resolve(null),
    publishedHistory(repos, stored.siteId, stored.fromDay),
  ]);
  const loaded = await loadRosterModel(repos, {
    siteId: stored.siteId,
    from: stored.fromDay,
    days: stored.days,
    planId: stored.planId,
    demand: stored.demand,
    basedOn: basedOn ? rosterOf(basedOn) : null,
    history,
  });
  return { loaded, basedOn };
}

function summaryOf(r: Omit<StoredRoster, 'demand' | 'assignments'>): RosterSummary {
  return {
    id: r.id,
    name: r.name,
    status: r.status,
    from: r.fromDay,
    to: lastDayOf(r),
    planId: r.planId,
    basedOn: r.basedOn,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    publishedAt: r.publishedAt,
    score: r.score,
  };
}

function assertDraft(stored: Pick<StoredRoster, 'id' | 'status'>): void {
  if (stored.status !== 'draft')
    throw new DomainError('ROSTER_LOCKED', { params: { id: stored.id, status: stored.status } });
}

export async function getRoster(
  ctx: StoreContext,
  actor: Actor,
  id: string,
  options: RosterRunOptions = {},
): Promise<RosterView> {
  assertMayReadRosters(actor);
  const stored = await getStoredRoster(ctx.db.repos, actor.siteId, id);
  const { loaded } = await loadStoredRosterModel(ctx.db.repos, stored);
  return rosterViewOf(loaded, stored, options.lang ?? 'fr', { medical: mayReadMedical(actor) });
}

/** The site's rosters, newest first. */
export async function listRosters(ctx: StoreContext, actor: Actor): Promise<RosterSummary[]> {
  assertMayReadRosters(actor);
  return (await ctx.db.repos.rosters.list(actor.siteId)).map(summaryOf);
}

/**
 * Every edit checked against the roster's own people, days, shifts and qualifications; all failing fields are named
 * at once. A shift without a qualification keeps the cell's qualification, else the person's job role.
 */
function resolveEdits(
  loaded: LoadedRosterModel,
  stored: StoredRoster,
  edits: readonly RosterCellEdit[],
): (RosterAssignment | null)[] {
  const people = new Map(loaded.people.map((p) => [p.id, p]));
  const shifts = new Set(loaded.shifts.map((s) => s.key));
  const qualifications = new Set(loaded.qualifications);
  const last = lastDayOf(stored);
  const current = new Map(stored.assignments.map((a) => [cellKey(a.employeeId, a.day), a]));
  const details: ErrorDetail[] = [];
  const out: (RosterAssignment | null)[] = [];
  for (const [i, e] of edits.entries()) {
    const field = (name: string) => `edits.${i}.${name}`;
    const person = people.get(e.employeeId);
    if (!person)
      details.push({
        code: 'ROSTER_EDIT_UNKNOWN_EMPLOYEE',
        field: field('employeeId'),
        params: { value: e.employeeId },
      });
    if (e.day < stored.fromDay || e.day > last)
      details.push({
        code: 'ROSTER_EDIT_DAY_OUTSIDE',
        field: field('day'),
        params: { value: e.day, from: stored.fromDay, to: last },
      });
    if (e.shift === null) {
      out.push(null);
      continue;
    }
    if (!shifts.has(e.shift))
      details.push({
        code: 'ROSTER_EDIT_UNKNOWN_SHIFT',
        field: field('shift'),
        params: { value: e.shift, allowed: [...shifts].join(', ') },
      });
    const qualification =
      e.qualification ??
      current.get(cellKey(e.employeeId, e.day))?.qualification ??
      (person && qualifications.has(person.jobRole) ? person.jobRole : null);
    if (qualification === null) details.push({ code: 'VALUE_REQUIRED', field: field('qualification') });
    else if (!qualifications.has(qualification))
      details.push({
        code: 'ROSTER_EDIT_UNKNOWN_QUALIFICATION',
        field: field('qualification'),
        params: { value: qualification, allowed: [...qualifications].join(', ') },
      });
    out.push(
      qualification === null
        ? null
        : { employeeId: e.employeeId, day: e.day as IsoDate, shift: e.shift, qualification },
    );
  }
  const [first] = details;
  if (first)
    throw new DomainError('VALIDATION_FAILED', { ...(first.field ? { field: first.field } : {}), details });
  return out;
}

/** Applies manual edits to a draft, stores it re-scored, and returns it with every violation. */
export async function editRosterCells(
  ctx: StoreContext,
  actor: Actor,
  id: string,
  input: unknown,
  options: RosterRunOptions = {},
): Promise<RosterView> {
  assertMayWriteRosters(actor);
  const { edits } = parseOrThrow(editCellsSchema, { edits: input });
  const stored = await getStoredRoster(ctx.db.repos, actor.siteId, id);
  assertDraft(stored);
  const { loaded } = await loadStoredRosterModel(ctx.db.repos, stored);
  const resolved = resolveEdits(loaded, stored, edits);
  const cells = new Map(stored.assignments.map((a) => [cellKey(a.employeeId, a.day), a]));
  const before: Record<string, RosterAssignment | null> = {};
  for (const [i, e] of edits.entries()) {
    const key = cellKey(e.employeeId, e.day);
    if (!(key in before)) before[key] = cells.get(key) ?? null;
    cells.delete(key);
    const next = resolved[i];
    if (next) cells.set(key, next);
  }
  const updated: StoredRoster = { ...stored, assignments: [...cells.values()] };
  const view = rosterViewOf(loaded, updated, options.lang ?? 'fr');
  const at = (options.now ?? new Date()).toISOString();
  await ctx.db.transaction(async (repos) => {
    const ok = await repos.rosters.updateDraft(actor.siteId, id, {
      assignments: updated.assignments,
      score: view.score,
    });
    // Published by someone else between the read and this write.
    if (!ok) throw new DomainError('ROSTER_LOCKED', { params: { id, status: 'published' } });
    await repos.audit.append([
      {
        id: randomUUID(),
        siteId: actor.siteId,
        at,
        userId: actor.userId,
        username: actor.username,
        action: 'update',
        entity: 'rosters',
        entityId: id,
        before: { cells: Object.values(before).filter((c) => c !== null), score: stored.score },
        after: { edits, score: view.score },
      },
    ]);
  });
  return view;
}

/** A new draft re-planning a published roster: same horizon, demand and cells; its changes count from there. */
export async function draftFromRoster(
  ctx: StoreContext,
  actor: Actor,
  publishedId: string,
  options: RosterRunOptions = {},
): Promise<RosterView> {
  assertMayWriteRosters(actor);
  const source = await getStoredRoster(ctx.db.repos, actor.siteId, publishedId);
  if (source.publishedAt === null)
    throw new DomainError('ROSTER_NOT_PUBLISHED', { params: { id: publishedId } });
  const createdAt = (options.now ?? new Date()).toISOString();
  const draft: StoredRoster = {
    ...source,
    id: randomUUID(),
    status: 'draft',
    basedOn: source.id,
    createdAt,
    createdBy: actor.username,
    publishedAt: null,
    publishedBy: null,
    assignments: source.assignments.map((a) => ({ ...a })),
    solve: null,
  };
  const { loaded } = await loadStoredRosterModel(ctx.db.repos, draft);
  const view = rosterViewOf(loaded, draft, options.lang ?? 'fr');
  const stored: StoredRoster = { ...draft, score: view.score };
  await ctx.db.transaction(async (repos) => {
    await repos.rosters.create(stored);
    await repos.audit.append([
      {
        id: randomUUID(),
        siteId: actor.siteId,
        at: createdAt,
        userId: actor.userId,
        username: actor.username,
        action: 'create',
        entity: 'rosters',
        entityId: stored.id,
        before: null,
        after: {
          name: stored.name,
          from: stored.fromDay,
          to: view.to,
          basedOn: source.id,
          score: view.score,
        },
      },
    ]);
  });
  return view;
}

export interface RosterCellChange {
  employeeId: string;
  day: string;
  before: RosterAssignment | null;
  after: RosterAssignment | null;
}

/**
 * The cells that differ from the roster re-planned, on the days both cover (a day the published roster did not cover
 * was never announced): another shift or qualification, a shift where the person was off, or the reverse.
 */
export function changedCells(
  published: Pick<StoredRoster, 'fromDay' | 'days' | 'assignments'>,
  draft: Pick<StoredRoster, 'fromDay' | 'days' | 'assignments'>,
): RosterCellChange[] {
  // ISO dates sort as text: the later first day and the earlier last day bound the days both cover.
  const [, from] = [published.fromDay, draft.fromDay].sort();
  const [to] = [lastDayOf(published), lastDayOf(draft)].sort();
  const inside = (a: RosterAssignment) => a.day >= from! && a.day <= to!;
  const before = new Map(published.assignments.filter(inside).map((a) => [cellKey(a.employeeId, a.day), a]));
  const after = new Map(draft.assignments.filter(inside).map((a) => [cellKey(a.employeeId, a.day), a]));
  const out: RosterCellChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key) ?? null;
    const a = after.get(key) ?? null;
    if (b && a && b.shift === a.shift && b.qualification === a.qualification) continue;
    const cell = (a ?? b)!;
    out.push({ employeeId: cell.employeeId, day: cell.day, before: b, after: a });
  }
  return out.sort((x, y) =>
    x.day !== y.day ? (x.day < y.day ? -1 : 1) : x.employeeId < y.employeeId ? -1 : 1,
  );
}

/**
 * Publishes a draft: refused while a hard violation remains; when it re-plans a published roster, a changed cell on a
 * day before today + the notice period needs a reason. Supersedes the published rosters it overlaps; audited.
 */
export async function publishRoster(
  ctx: StoreContext,
  actor: Actor,
  id: string,
  input: PublishRosterInput = {},
  options: RosterRunOptions = {},
): Promise<RosterView> {
  assertMayWriteRosters(actor);
  const { reason: given } = parseOrThrow(publishRosterSchema, input);
  const reason = given ? given : null;
  const lang = options.lang ?? 'fr';
  const now = options.now ?? new Date();
  const stored = await getStoredRoster(ctx.db.repos, actor.siteId, id);
  assertDraft(stored);
  const { loaded, basedOn } = await loadStoredRosterModel(ctx.db.repos, stored);
  const view = rosterViewOf(loaded, stored, lang);
  const hard = view.violations.filter((v) => v.hard);
  if (hard.length > 0) throw new DomainError('ROSTER_HARD_VIOLATIONS', { params: { count: hard.length } });
  const changes = basedOn && basedOn.publishedAt !== null ? changedCells(basedOn, stored) : [];
  const today = todayIn(loaded.timeZone, now);
  const noticeEnds = addDays(today, stored.noticeDays);
  const names = new Map(loaded.people.map((p) => [p.id, p.name]));
  const insideNotice = changes.filter((c) => c.day < noticeEnds);
  const firstInside = insideNotice[0];
  if (firstInside && reason === null)
    throw new DomainError('ROSTER_NOTICE_PERIOD', {
      field: 'reason',
      params: {
        employee: names.get(firstInside.employeeId) ?? firstInside.employeeId,
        day: firstInside.day,
        noticeDays: stored.noticeDays,
        count: insideNotice.length,
      },
    });
  const publishedAt = now.toISOString();
  const published: StoredRoster = {
    ...stored,
    status: 'published',
    publishedAt,
    publishedBy: actor.username,
  };
  await ctx.db.transaction(async (repos) => {
    const done = await repos.rosters.publish(actor.siteId, id, { publishedAt, publishedBy: actor.username });
    if (!done) throw new DomainError('ROSTER_LOCKED', { params: { id, status: 'published' } });
    await repos.audit.append([
      {
        id: randomUUID(),
        siteId: actor.siteId,
        at: publishedAt,
        userId: actor.userId,
        username: actor.username,
        action: 'update',
        entity: 'rosters',
        entityId: id,
        before: { status: 'draft' },
        after: {
          status: 'published',
          name: stored.name,
          from: stored.fromDay,
          to: view.to,
          basedOn: stored.basedOn,
          changedCells: changes.length,
          changedInsideNotice: insideNotice.length,
          noticeDays: stored.noticeDays,
          reason,
          superseded: done.superseded,
        },
      },
    ]);
  });
  return { ...view, status: published.status, publishedAt, publishedBy: actor.username };
}
