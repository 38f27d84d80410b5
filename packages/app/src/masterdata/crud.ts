// List, get, create, update and delete of master data: policy checks, validation after merge, audit in the same transaction.
import { randomUUID } from 'node:crypto';
import type { AuditEntry, Page, Repositories } from '@logipilot/db/repositories/contract';
import { type Actor, DomainError, type Employee, withoutMedicalData } from '@logipilot/domain';
import { hashPassword } from '../auth/password.ts';
import type { StoreContext } from '../auth/store-context.ts';
import { ENTITIES, type EntityDefinition, type EntityName, type Row } from './entities.ts';
import {
  assertMayRead,
  assertMayWrite,
  isClientViewer,
  listClientFilter,
  mayReadMedical,
  rowClientId,
  rowVisibleTo,
} from './policy.ts';
import { assertReferencesExist } from './references.ts';
import { parseOrThrow } from './validate.ts';

export interface ListParams {
  q?: string | undefined;
  sort?: string | undefined;
  order?: 'asc' | 'desc' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
  clientId?: string | null | undefined;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

/** What the actor may see of a row: health data goes unless the role may read it. */
function present(def: EntityDefinition, actor: Actor, row: Row): Row {
  if (def.name === 'employees' && !mayReadMedical(actor)) {
    return withoutMedicalData(row as unknown as Employee) as unknown as Row;
  }
  return row;
}

function notFound(def: EntityDefinition, id: string): DomainError {
  return new DomainError('NOT_FOUND', { params: { entity: def.name, id } });
}

export async function listEntity(
  ctx: StoreContext,
  actor: Actor,
  entity: EntityName,
  params: ListParams = {},
): Promise<Page<Row>> {
  const def = ENTITIES[entity];
  assertMayRead(actor, def.access);
  if (params.sort !== undefined && !def.sortFields.includes(params.sort)) {
    throw new DomainError('INVALID_SORT_FIELD', {
      field: 'sort',
      params: { allowed: def.sortFields.join(', ') },
    });
  }
  const clientId = listClientFilter(actor, def.access, params.clientId);
  const page = await def.repo(ctx.db.repos).list({
    siteId: actor.siteId,
    ...(params.q ? { q: params.q } : {}),
    ...(params.sort ? { sort: params.sort } : {}),
    ...(params.order ? { order: params.order } : {}),
    limit: Math.min(params.limit ?? DEFAULT_LIMIT, MAX_LIMIT),
    offset: params.offset ?? 0,
    ...(clientId ? { clientId } : {}),
  });
  // The store filters by client already; this second look keeps a store bug from leaking another client's rows.
  const items = page.items.filter((row) => rowVisibleTo(actor, def.access, row));
  return { items: items.map((row) => present(def, actor, row)), total: page.total };
}

async function visibleRow(
  repos: Repositories,
  def: EntityDefinition,
  actor: Actor,
  id: string,
): Promise<Row> {
  const row = await def.repo(repos).get(actor.siteId, id);
  // Another client's row answers like a missing one: its existence is not the viewer's business.
  if (!row || !rowVisibleTo(actor, def.access, row)) throw notFound(def, id);
  return row;
}

export async function getEntity(
  ctx: StoreContext,
  actor: Actor,
  entity: EntityName,
  id: string,
): Promise<Row> {
  const def = ENTITIES[entity];
  assertMayRead(actor, def.access);
  return present(def, actor, await visibleRow(ctx.db.repos, def, actor, id));
}

/** A client-bound writer may only write rows of its own client. */
function assertOwnClient(def: EntityDefinition, actor: Actor, row: Row): void {
  if (!isClientViewer(actor) || def.access.clientScope === 'none') return;
  if (def.access.clientScope === 'self' || rowClientId(def.access, row) !== actor.clientId) {
    throw new DomainError('FORBIDDEN', { field: def.access.clientScope === 'self' ? 'id' : 'clientId' });
  }
}

type Qualifications = Employee['qualifications'];

/** A writer who may not read health data may neither send it nor, by omission, erase it. */
function guardMedical(
  def: EntityDefinition,
  actor: Actor,
  input: Record<string, unknown>,
  before: Row | null,
) {
  if (def.name !== 'employees' || mayReadMedical(actor) || !Array.isArray(input.qualifications)) return input;
  const sent = input.qualifications as Qualifications;
  if (sent.some((q) => q.kind === 'medical_fitness')) {
    throw new DomainError('FORBIDDEN', { field: 'qualifications' });
  }
  const kept = ((before?.qualifications ?? []) as Qualifications).filter((q) => q.kind === 'medical_fitness');
  return { ...input, qualifications: [...sent, ...kept] };
}

async function assertUniqueKey(repos: Repositories, def: EntityDefinition, row: Row): Promise<void> {
  if (!def.naturalKey) return;
  const key = def.naturalKey(row);
  const repo = def.repo(repos);
  // Standards have a composite key that getByCode cannot address; the other keys are single strings.
  const clash =
    def.name === 'productivity-standards'
      ? (await repo.all(row.siteId)).find((other) => def.naturalKey?.(other) === key && other.id !== row.id)
      : await repo.getByCode(row.siteId, key);
  if (clash && clash.id !== row.id) {
    throw new DomainError('CONFLICT', { field: naturalKeyField(def), params: { entity: def.name, key } });
  }
}

function naturalKeyField(def: EntityDefinition): string {
  const fields: Partial<Record<EntityName, string>> = {
    employees: 'number',
    users: 'username',
    rates: 'qualification',
    'productivity-standards': 'method',
  };
  return fields[def.name] ?? 'code';
}

function auditEntry(
  actor: Actor,
  def: EntityDefinition,
  action: AuditEntry['action'],
  entityId: string,
  before: Row | null,
  after: Row | null,
  now: Date,
): AuditEntry {
  return {
    id: randomUUID(),
    siteId: actor.siteId,
    at: now.toISOString(),
    userId: actor.userId,
    username: actor.username,
    action,
    entity: def.name,
    entityId,
    before,
    after,
  };
}

function splitPassword(input: Record<string, unknown>): {
  fields: Record<string, unknown>;
  password?: string;
} {
  const { password, ...fields } = input;
  return typeof password === 'string' ? { fields, password } : { fields };
}

export async function createEntity(
  ctx: StoreContext,
  actor: Actor,
  entity: EntityName,
  input: unknown,
  now: Date = new Date(),
): Promise<Row> {
  const def = ENTITIES[entity];
  assertMayWrite(actor, def.access);
  const body = guardMedical(def, actor, parseOrThrow(def.createSchema, input), null);
  const { fields, password } = splitPassword(body);
  const row = parseOrThrow(def.schema, { ...fields, id: randomUUID(), siteId: actor.siteId });
  assertOwnClient(def, actor, row);
  const passwordHash = password === undefined ? null : await hashPassword(password);
  await ctx.db.transaction(async (repos) => {
    await assertReferencesExist(repos, def.name, row);
    await assertUniqueKey(repos, def, row);
    if (def.name === 'users' && passwordHash !== null) {
      await repos.users.create(row as never, passwordHash);
    } else {
      await def.repo(repos).upsertMany([row]);
    }
    await repos.audit.append([auditEntry(actor, def, 'create', row.id, null, row, now)]);
  });
  return present(def, actor, row);
}

export async function updateEntity(
  ctx: StoreContext,
  actor: Actor,
  entity: EntityName,
  id: string,
  patch: unknown,
  now: Date = new Date(),
): Promise<Row> {
  const def = ENTITIES[entity];
  assertMayWrite(actor, def.access);
  const body = parseOrThrow(def.patchSchema, patch);
  const passwordHash = typeof body.password === 'string' ? await hashPassword(body.password) : null;
  return ctx.db.transaction(async (repos) => {
    const before = await visibleRow(repos, def, actor, id);
    assertOwnClient(def, actor, before);
    const { fields } = splitPassword(guardMedical(def, actor, body, before));
    // Top-level merge: nested values (contract, doors, qualifications) are replaced as a whole.
    const after = parseOrThrow(def.schema, { ...before, ...fields, id: before.id, siteId: before.siteId });
    assertOwnClient(def, actor, after);
    await assertReferencesExist(repos, def.name, after);
    await assertUniqueKey(repos, def, after);
    await def.repo(repos).update(after);
    if (def.name === 'users' && passwordHash !== null) await repos.users.setPasswordHash(id, passwordHash);
    await repos.audit.append([auditEntry(actor, def, 'update', id, before, after, now)]);
    return present(def, actor, after);
  });
}

export async function deleteEntity(
  ctx: StoreContext,
  actor: Actor,
  entity: EntityName,
  id: string,
  now: Date = new Date(),
): Promise<void> {
  const def = ENTITIES[entity];
  assertMayWrite(actor, def.access);
  await ctx.db.transaction(async (repos) => {
    const before = await visibleRow(repos, def, actor, id);
    assertOwnClient(def, actor, before);
    if (def.name === 'users' && id === actor.userId) {
      throw new DomainError('FORBIDDEN', { params: { reason: 'self' } });
    }
    if (!(await def.repo(repos).remove(actor.siteId, id))) throw notFound(def, id);
    await repos.audit.append([auditEntry(actor, def, 'delete', id, before, null, now)]);
  });
}
