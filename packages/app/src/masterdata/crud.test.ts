// Master-data use cases on the in-memory store: policy, client scoping, health data, merge-then-validate, audit.
import type { Actor } from '@logipilot/domain';
import { DomainError } from '@logipilot/domain';
import { beforeEach, describe, expect, it } from 'vitest';
import { actorOf } from '../auth/session.ts';
import { createEntity, deleteEntity, getEntity, listEntity, updateEntity } from './crud.ts';
import { ENTITY_NAMES } from './entities.ts';
import { createFakeDatabase } from './fake-database.ts';
import { FIXTURE_NOW, fixtureUsers, seedFixture } from './fixture-site.ts';

let db = createFakeDatabase();
let ctx = { db };
beforeEach(async () => {
  db = createFakeDatabase();
  ctx = { db };
  await seedFixture(db);
});

const as = (username: string): Actor => actorOf(fixtureUsers().find((u) => u.username === username)!);
const admin = as('admin');
const methods = as('methods');
const leader = as('leader');
const clientA = as('client-alpha');

async function failure(
  p: Promise<unknown>,
): Promise<{ code: string; field?: string | undefined; details?: unknown }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: e.field, details: e.details };
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('reading', () => {
  it('lists every entity for an admin', async () => {
    for (const entity of ENTITY_NAMES) {
      const page = await listEntity(ctx, admin, entity);
      expect(page.total, entity).toBeGreaterThan(0);
    }
  });

  it('shows a client viewer only its own client and hides people, pay and accounts', async () => {
    expect((await listEntity(ctx, clientA, 'skus')).items.map((s) => s.id)).toEqual(['sku-a1']);
    expect((await listEntity(ctx, clientA, 'clients')).items.map((s) => s.id)).toEqual(['client-a']);
    expect((await listEntity(ctx, clientA, 'cost-centres')).items.map((s) => s.id)).toEqual(['cc-a']);
    expect((await failure(listEntity(ctx, clientA, 'skus', { clientId: 'client-b' }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await failure(getEntity(ctx, clientA, 'skus', 'sku-b1'))).code).toBe('NOT_FOUND');
    expect((await failure(getEntity(ctx, clientA, 'clients', 'client-b'))).code).toBe('NOT_FOUND');
    for (const entity of ['employees', 'absences', 'users', 'rates'] as const) {
      expect((await failure(listEntity(ctx, clientA, entity))).code, entity).toBe('FORBIDDEN');
    }
    expect((await listEntity(ctx, clientA, 'zones')).total).toBe(2);
  });

  it('strips medical fitness for roles without medical:read', async () => {
    const medical = (rows: Record<string, unknown>[]) =>
      rows.flatMap((r) => r.qualifications as { kind: string }[]).filter((q) => q.kind === 'medical_fitness');
    expect(medical((await listEntity(ctx, leader, 'employees')).items)).toEqual([]);
    expect(medical([await getEntity(ctx, leader, 'employees', 'emp-1')])).toEqual([]);
    expect(medical((await listEntity(ctx, methods, 'employees')).items)).toHaveLength(1);
  });

  it('refuses an unknown sort field', async () => {
    expect(await failure(listEntity(ctx, admin, 'skus', { sort: 'nope' }))).toMatchObject({
      code: 'INVALID_SORT_FIELD',
      field: 'sort',
    });
  });
});

describe('writing', () => {
  const newSku = {
    clientId: 'client-a',
    code: 'A-0002',
    description: 'Rice 1 kg',
    lengthMm: 300,
    widthMm: 200,
    heightMm: 150,
    weightKg: 12,
    unitsPerCase: 12,
    casesPerLayer: 10,
    layersPerPallet: 6,
    temperatureClass: 'ambient',
  };

  it('creates, updates and deletes with an audit entry holding before and after', async () => {
    const created = await createEntity(ctx, methods, 'skus', newSku, FIXTURE_NOW);
    expect(created).toMatchObject({ siteId: 'site-1', code: 'A-0002', family: '', adrClass: null });
    const updated = await updateEntity(ctx, methods, 'skus', created.id, { weightKg: 13 }, FIXTURE_NOW);
    expect(updated).toMatchObject({ weightKg: 13, code: 'A-0002', family: '' });
    await deleteEntity(ctx, methods, 'skus', created.id, FIXTURE_NOW);
    expect((await failure(getEntity(ctx, methods, 'skus', created.id))).code).toBe('NOT_FOUND');
    const audit = db.tables.audit.filter((e) => e.entityId === created.id);
    expect(audit.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(audit[0]).toMatchObject({
      userId: 'user-methods',
      username: 'methods',
      entity: 'skus',
      before: null,
    });
    expect(audit[1]?.before).toMatchObject({ weightKg: 12 });
    expect(audit[1]?.after).toMatchObject({ weightKg: 13 });
    expect(audit[2]).toMatchObject({ after: null, at: FIXTURE_NOW.toISOString() });
  });

  it('validates the merged object with the domain refinements', async () => {
    expect(await failure(updateEntity(ctx, admin, 'skus', 'sku-a1', { adrClass: '3' }))).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'unNumber',
      details: [{ code: 'ADR_CLASS_AND_UN_NUMBER_GO_TOGETHER', field: 'unNumber' }],
    });
    expect(await failure(updateEntity(ctx, admin, 'skus', 'sku-a1', { weightKg: 'x' }))).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'weightKg',
      details: [{ code: 'INVALID_TYPE', field: 'weightKg' }],
    });
    expect(await failure(createEntity(ctx, admin, 'skus', { ...newSku, colour: 'red' }))).toMatchObject({
      details: [{ code: 'UNKNOWN_FIELD', field: 'colour' }],
    });
    expect(await failure(updateEntity(ctx, admin, 'skus', 'sku-a1', { id: 'other' }))).toMatchObject({
      details: [{ code: 'UNKNOWN_FIELD', field: 'id' }],
    });
    expect(db.tables.audit).toHaveLength(0);
  });

  it('refuses duplicate natural keys and dangling references', async () => {
    expect(await failure(createEntity(ctx, admin, 'skus', { ...newSku, code: 'B-0001' }))).toMatchObject({
      code: 'CONFLICT',
      field: 'code',
    });
    expect(await failure(createEntity(ctx, admin, 'skus', { ...newSku, clientId: 'ghost' }))).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'clientId',
    });
  });

  it('forbids writes to roles without the write permission', async () => {
    expect((await failure(createEntity(ctx, leader, 'skus', newSku))).code).toBe('FORBIDDEN');
    expect((await failure(updateEntity(ctx, clientA, 'skus', 'sku-a1', { weightKg: 1 }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await failure(deleteEntity(ctx, clientA, 'skus', 'sku-b1'))).code).toBe('FORBIDDEN');
    expect((await failure(createEntity(ctx, methods, 'users', {}))).code).toBe('FORBIDDEN');
  });

  it('creates users with a hashed password that is never returned', async () => {
    const user = await createEntity(ctx, admin, 'users', {
      username: 'new.tech',
      displayName: 'New Tech',
      role: 'methods_technician',
      password: 'a-long-password',
    });
    expect(user).not.toHaveProperty('password');
    expect(db.tables.hashes.get(user.id)).toMatch(/^scrypt\$/);
    expect(JSON.stringify(db.tables.audit)).not.toContain('a-long-password');
    expect(
      await failure(createEntity(ctx, admin, 'users', { username: 'v', displayName: 'V', role: 'admin' })),
    ).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await failure(deleteEntity(ctx, admin, 'users', admin.userId))).code).toBe('FORBIDDEN');
  });
});
