// Master data, site overview, plan, audit, health, docs and the web app over HTTP on a seeded PGlite store.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_NOW } from '@logipilot/app/masterdata/fixture-site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../app.ts';
import { type Harness, openHarness } from '../testing/api-harness.ts';
import { sampleCreateBody } from '../testing/sample-bodies.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h?.dispose());

const json = async (res: Response) => ({ status: res.status, body: await res.json() });

describe('master data CRUD', () => {
  it('lists with paging, search and sort', async () => {
    const { status, body } = await json(
      await h.call('methods', 'GET', '/api/skus?sort=code&order=desc&limit=1'),
    );
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(body.items.map((s: { code: string }) => s.code)).toEqual(['B-0001']);
    const q = await json(await h.call('methods', 'GET', '/api/skus?q=pasta'));
    expect(q.body.items.map((s: { id: string }) => s.id)).toEqual(['sku-a1']);
    const byClient = await json(await h.call('methods', 'GET', '/api/skus?clientId=client-b'));
    expect(byClient.body.items.map((s: { id: string }) => s.id)).toEqual(['sku-b1']);
  });

  it('creates, patches and deletes, each with an audit entry holding before and after', async () => {
    const created = await json(await h.call('methods', 'POST', '/api/skus', sampleCreateBody('skus', 'X1')));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ code: 'A-0001-X1', siteId: 'site-1', weightKg: 6 });
    const patched = await json(
      await h.call('methods', 'PATCH', `/api/skus/${id}`, { weightKg: 7.5, family: 'dry' }),
    );
    expect(patched).toMatchObject({ status: 200, body: { weightKg: 7.5, family: 'dry', code: 'A-0001-X1' } });
    expect((await h.call('methods', 'DELETE', `/api/skus/${id}`)).status).toBe(204);
    expect((await h.call('methods', 'GET', `/api/skus/${id}`)).status).toBe(404);

    const audit = await json(await h.call('manager', 'GET', '/api/audit?entity=skus&limit=10'));
    const mine = audit.body.items.filter((e: { entityId: string }) => e.entityId === id);
    // The pinned clock gives the three entries one timestamp, so their order is not asserted.
    const byAction = (a: string) => mine.find((e: { action: string }) => e.action === a);
    expect(mine).toHaveLength(3);
    const [del, upd, cre] = [byAction('delete'), byAction('update'), byAction('create')];
    expect(cre).toMatchObject({
      username: 'methods',
      userId: 'user-methods',
      before: null,
      at: FIXTURE_NOW.toISOString(),
    });
    expect(cre.after).toMatchObject({ id, weightKg: 6 });
    expect(upd.before).toMatchObject({ weightKg: 6, family: '' });
    expect(upd.after).toMatchObject({ weightKg: 7.5, family: 'dry' });
    expect(del).toMatchObject({ after: null, before: { id, weightKg: 7.5 } });
  });

  it('validates the merged item: refinements name their field', async () => {
    const res = await json(await h.call('methods', 'PATCH', '/api/skus/sku-a1', { adrClass: '3' }));
    expect(res).toMatchObject({
      status: 400,
      body: { error: { code: 'ADR_CLASS_AND_UN_NUMBER_GO_TOGETHER', field: 'unNumber' } },
    });
    const missing = await json(await h.call('methods', 'POST', '/api/zones', { code: 'Z9' }));
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('VALUE_REQUIRED');
    expect(missing.body.error.details.length).toBeGreaterThan(3);
  });

  it('answers 409 to a duplicate code and to deleting a row still referenced', async () => {
    const dup = await json(
      await h.call('methods', 'POST', '/api/skus', { ...sampleCreateBody('skus'), code: 'B-0001' }),
    );
    expect(dup).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT', field: 'code' } } });
    const inUse = await h.call('admin', 'DELETE', '/api/clients/client-a');
    expect([409]).toContain(inUse.status);
  });

  it('reports a dangling reference as a 400 on its field', async () => {
    const res = await json(
      await h.call('methods', 'POST', '/api/skus', { ...sampleCreateBody('skus', 'R'), clientId: 'ghost' }),
    );
    expect(res).toMatchObject({
      status: 400,
      body: { error: { code: 'UNKNOWN_REFERENCE', field: 'clientId' } },
    });
  });

  it('manages users: password never returned, new user can sign in', async () => {
    const created = await json(
      await h.call('admin', 'POST', '/api/users', {
        username: 'new.leader',
        displayName: 'New Leader',
        role: 'team_leader',
        locale: 'en',
        password: 'a-long-password',
      }),
    );
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body)).not.toMatch(/password|scrypt/);
    const login = await h.call(null, 'POST', '/api/auth/login', {
      username: 'new.leader',
      password: 'a-long-password',
    });
    expect(login.status).toBe(200);
    expect((await h.call('methods', 'GET', '/api/users')).status).toBe(403);
  });

  it('strips medical fitness for a team leader but not for a methods technician', async () => {
    const leader = await json(await h.call('leader', 'GET', '/api/employees/emp-1'));
    expect(leader.body.qualifications.map((q: { kind: string }) => q.kind)).toEqual([
      'licence',
      'driving_authorisation',
    ]);
    const methods = await json(await h.call('methods', 'GET', '/api/employees/emp-1'));
    expect(methods.body.qualifications.map((q: { kind: string }) => q.kind)).toContain('medical_fitness');
  });
});

describe('site', () => {
  it('gives the overview per role', async () => {
    const manager = await json(await h.call('manager', 'GET', '/api/site/overview'));
    expect(manager.status).toBe(200);
    expect(manager.body.site).toMatchObject({
      code: 'LYS1',
      timeZone: 'Europe/Paris',
      region: 'metropolitan',
    });
    expect(manager.body.staff.expiring[0]).toMatchObject({
      employeeId: 'emp-1',
      employeeName: 'Paul Martin',
      qualification: { kind: 'medical_fitness', scheme: null, category: null },
      expiresOn: '2026-04-10',
      daysLeft: 39,
    });
    const client = await json(await h.call('client-alpha', 'GET', '/api/site/overview'));
    expect(client.body).not.toHaveProperty('staff');
  });

  it('draws the plan, for one zone on request', async () => {
    const plan = await json(await h.call('leader', 'GET', '/api/site/plan?zoneId=zone-cold'));
    expect(plan.body.locations).toEqual([
      {
        id: 'loc-4',
        code: 'F-001-00-1',
        zoneId: 'zone-cold',
        x: 101,
        y: 2,
        width: 1,
        depth: 1.2,
        occupied: false,
      },
    ]);
    expect((await h.call('leader', 'GET', '/api/site/plan?zoneId=nope')).status).toBe(404);
  });
});

describe('import and export', () => {
  it('exports a workbook and imports it back, all or nothing', async () => {
    const exported = await h.call('methods', 'GET', '/api/export/skus');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.xlsx"/);
    const form = new FormData();
    form.set('file', new File([await exported.arrayBuffer()], 'skus.xlsx'));
    form.set('dryRun', 'true');
    const dry = await json(await h.call('methods', 'POST', '/api/import/skus', form));
    expect(dry).toMatchObject({ status: 200, body: { entity: 'skus', imported: 2, dryRun: true } });

    const broken = new FormData();
    broken.set('file', new File(['not;a;sku;file\n1;2;3;4\n'], 'broken.csv', { type: 'text/csv' }));
    const rejected = await json(
      await h.call('methods', 'POST', '/api/import/skus', broken, { 'Accept-Language': 'en' }),
    );
    expect(rejected.status).toBe(422);
    expect(rejected.body.error.code).toBe('IMPORT_REJECTED');
    expect(rejected.body.errors.length).toBeGreaterThan(0);
    expect(rejected.body.errors[0]).toMatchObject({
      file: 'broken.csv',
      code: expect.any(String),
      message: expect.any(String),
    });
    expect((await h.call('leader', 'POST', '/api/import/skus', broken)).status).toBe(403);
  });

  it('lists saved mappings for import roles only', async () => {
    expect(await json(await h.call('methods', 'GET', '/api/import/mappings?entity=skus'))).toEqual({
      status: 200,
      body: { items: [] },
    });
    expect((await h.call('leader', 'GET', '/api/import/mappings')).status).toBe(403);
  });
});

describe('system routes', () => {
  it('reports health without authentication', async () => {
    expect(await json(await h.call(null, 'GET', '/api/health'))).toMatchObject({
      status: 200,
      body: { status: 'ok', store: 'pglite', version: expect.any(String) },
    });
  });

  it('serves an OpenAPI 3.1 document and a self-contained docs page', async () => {
    const doc = await json(await h.call(null, 'GET', '/api/openapi.json'));
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toContain('/api/skus/{id}');
    const page = await h.call(null, 'GET', '/api/docs');
    const html = await page.text();
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('/api/employees/{id}');
    expect(html).not.toMatch(/<script|https?:\/\/(?!logipilot)/);
  });

  it('serves the web app with an index.html fallback, never for /api paths', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lp-web-'));
    try {
      await mkdir(join(dir, 'assets'));
      await writeFile(join(dir, 'index.html'), '<!doctype html><title>Logipilot</title>');
      await writeFile(join(dir, 'assets', 'app-abcdef12.js'), 'console.log(1)');
      const app = createApi({ db: h.db }, { staticDir: dir });
      const index = await app.request('/sites/plan');
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('<title>Logipilot</title>');
      const asset = await app.request('/assets/app-abcdef12.js');
      expect(asset.headers.get('content-type')).toContain('javascript');
      expect(asset.headers.get('cache-control')).toContain('immutable');
      const traversal = await app.request('/..%2f..%2fetc%2fpasswd');
      expect(await traversal.text()).toContain('<title>Logipilot</title>');
      expect((await app.request('/api/nothing')).status).toBe(401);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
