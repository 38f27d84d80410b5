// Use cases over shift requests (souhaits): list them, add one (a second one for the same person, day and shift
// replaces the first), delete one; readers of rosters read them, writers of rosters write them, each write audited.
import { randomUUID } from 'node:crypto';
import type { StoredRosterRequest } from '@logipilot/db/repositories/contract';
import {
  type Actor,
  DomainError,
  type ErrorDetail,
  isoDateSchema,
  rosterModelSchema,
} from '@logipilot/domain';
import { z } from 'zod';
import type { StoreContext } from '../auth/store-context.ts';
import { parseOrThrow } from '../masterdata/validate.ts';
import { assertMayReadRosters, assertMayWriteRosters } from './roster-policy.ts';

/** A request as the API and the web show it. */
export type RosterRequestView = Omit<StoredRosterRequest, 'siteId'>;

export const DEFAULT_REQUEST_WEIGHT = 10;
export const MAX_REQUEST_NOTE = 200;

export const addRosterRequestSchema = z.strictObject({
  employeeId: z.string().trim().min(1),
  day: isoDateSchema,
  shift: z.string().trim().min(1),
  on: z.boolean(),
  weight: z.number().int().min(1).max(100).default(DEFAULT_REQUEST_WEIGHT),
  note: z.string().trim().max(MAX_REQUEST_NOTE).nullable().optional(),
});
export type AddRosterRequestInput = z.input<typeof addRosterRequestSchema>;

export const listRosterRequestsSchema = z.strictObject({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});

export interface RosterRequestRunOptions {
  now?: Date;
}

/** The shift keys a request may name: the templates the roster model is built with. */
export function requestShiftKeys(): string[] {
  return rosterModelSchema.parse({ employees: [] }).templates.map((t) => t.key);
}

function viewOf(r: StoredRosterRequest): RosterRequestView {
  const { siteId: _s, ...view } = r;
  return view;
}

/** The site's requests, by day, person and shift; `from`/`to` inclusive. */
export async function listRosterRequests(
  ctx: StoreContext,
  actor: Actor,
  input: { from?: string | undefined; to?: string | undefined } = {},
): Promise<RosterRequestView[]> {
  assertMayReadRosters(actor);
  const range = parseOrThrow(listRosterRequestsSchema, {
    ...(input.from ? { from: input.from } : {}),
    ...(input.to ? { to: input.to } : {}),
  });
  return (await ctx.db.repos.rosterRequests.list(actor.siteId, range)).map(viewOf);
}

/** Records a request; the person must be on the site and the shift one of the roster's templates. */
export async function addRosterRequest(
  ctx: StoreContext,
  actor: Actor,
  input: unknown,
  options: RosterRequestRunOptions = {},
): Promise<RosterRequestView> {
  assertMayWriteRosters(actor);
  const parsed = parseOrThrow(addRosterRequestSchema, input);
  const details: ErrorDetail[] = [];
  const employee = await ctx.db.repos.employees.get(actor.siteId, parsed.employeeId);
  if (!employee)
    details.push({
      code: 'ROSTER_REQUEST_UNKNOWN_EMPLOYEE',
      field: 'employeeId',
      params: { value: parsed.employeeId },
    });
  const keys = requestShiftKeys();
  if (!keys.includes(parsed.shift))
    details.push({
      code: 'ROSTER_EDIT_UNKNOWN_SHIFT',
      field: 'shift',
      params: { value: parsed.shift, allowed: keys.join(', ') },
    });
  const [first] = details;
  if (first)
    throw new DomainError('VALIDATION_FAILED', { ...(first.field ? { field: first.field } : {}), details });
  const at = (options.now ?? new Date()).toISOString();
  const request: StoredRosterRequest = {
    id: randomUUID(),
    siteId: actor.siteId,
    employeeId: parsed.employeeId,
    day: parsed.day,
    shift: parsed.shift,
    on: parsed.on,
    weight: parsed.weight,
    note: parsed.note ? parsed.note : null,
    createdAt: at,
    createdBy: actor.username,
  };
  await ctx.db.transaction(async (repos) => {
    const replaced = (
      await repos.rosterRequests.list(actor.siteId, { from: request.day, to: request.day })
    ).find((r) => r.employeeId === request.employeeId && r.shift === request.shift);
    if (replaced) await repos.rosterRequests.delete(actor.siteId, replaced.id);
    await repos.rosterRequests.create([request]);
    await repos.audit.append([
      {
        id: randomUUID(),
        siteId: actor.siteId,
        at,
        userId: actor.userId,
        username: actor.username,
        action: 'create',
        entity: 'roster_requests',
        entityId: request.id,
        before: replaced ? viewOf(replaced) : null,
        after: viewOf(request),
      },
    ]);
  });
  return viewOf(request);
}

/** Deletes a request of the site. */
export async function deleteRosterRequest(
  ctx: StoreContext,
  actor: Actor,
  id: string,
  options: RosterRequestRunOptions = {},
): Promise<void> {
  assertMayWriteRosters(actor);
  const at = (options.now ?? new Date()).toISOString();
  await ctx.db.transaction(async (repos) => {
    const deleted = await repos.rosterRequests.delete(actor.siteId, id);
    if (!deleted) throw new DomainError('ROSTER_REQUEST_NOT_FOUND', { params: { id } });
    await repos.audit.append([
      {
        id: randomUUID(),
        siteId: actor.siteId,
        at,
        userId: actor.userId,
        username: actor.username,
        action: 'delete',
        entity: 'roster_requests',
        entityId: id,
        before: viewOf(deleted),
        after: null,
      },
    ]);
  });
}
