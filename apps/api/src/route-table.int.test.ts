// Every registered route, checked alike: strict bodies (400 with code and field, never 500), client isolation and
// health data, and authentication on everything but health, docs, the OpenAPI document and login.
import { IMPORT_ENTITIES } from '@logipilot/app/import/import-types';
import { ENTITY_NAMES, type EntityName } from '@logipilot/app/masterdata/entities';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Operation, openApiPaths } from './http/route-list.ts';
import { type Harness, openHarness } from './testing/api-harness.ts';
import { fixtureRows, sampleCreateBody, samplePathBody } from './testing/sample-bodies.ts';

let h: Harness;
let ops: Operation[];
let doc: {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
};
type Schema = { $ref?: string; type?: string | string[]; properties?: Record<string, Schema> };

beforeAll(async () => {
  h = await openHarness();
  doc = await (await h.app.request('/api/openapi.json')).json();
  ops = openApiPaths(doc);
});
afterAll(() => h?.dispose());

const PUBLIC = ['GET /api/health', 'GET /api/docs', 'GET /api/openapi.json', 'POST /api/auth/login'];
const key = (o: { method: string; path: string }) => `${o.method} ${o.path}`;
const entityOf = (path: string) => path.split('/')[2] as EntityName;
const isEntity = (path: string) => (ENTITY_NAMES as readonly string[]).includes(path.split('/')[2] ?? '');

/** Every id the fixture holds, so that each {id} route is asked about rows of every entity and client. */
const ALL_IDS = ENTITY_NAMES.flatMap((e) => fixtureRows(e).map((r) => String(r.id)));
/** Strings that only client B's rows (and what hangs off them) contain. */
const CLIENT_B_MARKERS = ['client-b', 'sku-b1', 'cc-b', 'BETA', 'B-0001', 'Beta Cosmetics', 'Perfume'];

function fill(path: string, id = 'unknown-id'): string {
  return path.replace('{id}', id).replace('{entity}', 'skus');
}

function bodySchema(o: Operation): Schema {
  const raw =
    doc.paths[o.path]?.[o.method.toLowerCase()]?.requestBody?.content['application/json']?.schema ?? {};
  return raw.$ref ? (doc.components.schemas[raw.$ref.split('/').pop() ?? ''] ?? {}) : raw;
}

function wrongValue(schema: Schema): unknown {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes('string') ? 12345 : 'not-the-right-type';
}

function validBody(o: Operation): Record<string, unknown> {
  if (o.path === '/api/auth/login') return { username: 'nobody', password: 'x' };
  if (o.method === 'POST') return sampleCreateBody(entityOf(o.path), 'RT', o.path);
  // A PATCH whose body has required fields (roster cells) needs them, or its first error would be the missing one.
  return samplePathBody(o.path) ?? {};
}

describe('the route table', () => {
  it('documents every route the router serves', () => {
    const documented = new Set(ops.map(key));
    const served = h.app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => key({ method: r.method, path: r.path.replace(/:(\w+)/g, '{$1}') }));
    const undocumented = [...new Set(served)].filter((k) => !documented.has(k) && !PUBLIC.includes(k));
    expect(undocumented).toEqual([]);
    expect(ops.length).toBeGreaterThanOrEqual(12 * 5 + 10);
  });
});

describe('(a) strict request bodies', () => {
  it('answers malformed JSON with 400 MALFORMED_JSON on every JSON route', async () => {
    for (const o of ops.filter((x) => x.hasJsonBody)) {
      const res = await h.call('admin', o.method, fill(o.path, 'sku-a1'), '{"broken": ', {
        'Content-Type': 'application/json',
      });
      expect({ route: key(o), status: res.status }).toEqual({ route: key(o), status: 400 });
      expect((await res.json()).error.code, key(o)).toBe('MALFORMED_JSON');
    }
  });

  it('answers an unknown field with 400 UNKNOWN_FIELD naming it', async () => {
    for (const o of ops.filter((x) => x.hasJsonBody)) {
      const res = await h.call('admin', o.method, fill(o.path, 'sku-a1'), { ...validBody(o), sneaky: true });
      const body = await res.json();
      expect({ route: key(o), status: res.status, error: body.error }).toMatchObject({
        route: key(o),
        status: 400,
        error: { code: 'UNKNOWN_FIELD', field: 'sneaky' },
      });
    }
  });

  it('answers a wrong type in any field with 400, the code and that field', async () => {
    let checked = 0;
    for (const o of ops.filter((x) => x.hasJsonBody)) {
      for (const [field, schema] of Object.entries(bodySchema(o).properties ?? {})) {
        const body = { ...validBody(o), [field]: wrongValue(schema) };
        const res = await h.call('admin', o.method, fill(o.path, 'sku-a1'), body);
        const json = await res.json();
        expect({ route: key(o), field, status: res.status, errorField: json.error?.field }).toEqual({
          route: key(o),
          field,
          status: 400,
          errorField: field,
        });
        expect(json.error.code, `${key(o)} ${field}`).toMatch(/^(INVALID_[A-Z_]+|VALUE_[A-Z_]+)$/);
        expect(json.error.message, `${key(o)} ${field}`).not.toMatch(/\{\{|^errors\.|^api\./);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('never answers 500 to a bad upload', async () => {
    for (const o of ops.filter((x) => x.hasFormBody)) {
      const notAFile = new FormData();
      notAFile.set('file', 'just text');
      const wrongType = await h.call('admin', o.method, fill(o.path), notAFile);
      expect(wrongType.status, key(o)).toBe(400);
      expect((await wrongType.json()).error.field).toBe('file');
      const extra = new FormData();
      extra.set('file', new File(['code;description\n'], 'skus.csv', { type: 'text/csv' }));
      extra.set('sneaky', 'x');
      const unknown = await h.call('admin', o.method, fill(o.path), extra);
      expect(await unknown.json()).toMatchObject({ error: { code: 'UNKNOWN_FIELD', field: 'sneaky' } });
      const json = await h.call('admin', o.method, fill(o.path), '{"broken": ', {
        'Content-Type': 'application/json',
      });
      expect(json.status, key(o)).toBeLessThan(500);
      expect(json.status, key(o)).toBeGreaterThanOrEqual(400);
    }
  });

  it('answers bad query parameters with 400 naming them', async () => {
    const res = await h.call('admin', 'GET', '/api/skus?limit=abc&colour=red');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['colour', 'limit']);
    const sort = await h.call('admin', 'GET', '/api/skus?sort=nope');
    expect(await sort.json()).toMatchObject({ error: { code: 'INVALID_SORT_FIELD', field: 'sort' } });
  });
});

async function workbookText(res: Response): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const cells: string[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => cells.push(JSON.stringify(row.values))));
  return cells.join('\n');
}

describe('(b) client isolation and health data', () => {
  it('never gives client A a row of client B, nor medical data, from any GET route', async () => {
    let calls = 0;
    for (const o of ops.filter((x) => x.method === 'GET')) {
      // A route whose query is required gets a valid one, so that the answer is about the id.
      const query = o.path.endsWith('/why')
        ? '?day=2026-03-02&shift=morning&qualification=picker'
        : o.path === '/api/kpi/drift-chart'
          ? '?kpiId=otif&dimension=client&key=client-a&from=2026-02-01&to=2026-02-28'
          : '';
      const paths = o.path.includes('{id}')
        ? ALL_IDS.map((id) => fill(o.path, id) + query)
        : o.path === '/api/export/{entity}'
          ? IMPORT_ENTITIES.map((e) => `/api/export/${e}`)
          : [o.path + query, ...(isEntity(o.path) ? [`${o.path}?q=B`, `${o.path}?clientId=client-b`] : [])];
      for (const path of paths) {
        for (const who of ['client-alpha', 'leader']) {
          const res = await h.call(who, 'GET', path);
          calls += 1;
          expect([200, 403, 404], `${who} ${path}`).toContain(res.status);
          const type = res.headers.get('content-type') ?? '';
          const text = type.includes('spreadsheetml') ? await workbookText(res) : await res.text();
          expect(text, `${who} ${path}`).not.toContain('medical_fitness');
          // Error bodies may echo the id that was asked for; only answers with data must be free of client B.
          if (who === 'client-alpha' && res.status === 200) {
            for (const marker of CLIENT_B_MARKERS)
              expect(text, `${path} leaks ${marker}`).not.toContain(marker);
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(500);
  });

  it('lets client A read its own rows', async () => {
    expect(
      (await (await h.call('client-alpha', 'GET', '/api/skus')).json()).items.map(
        (s: { id: string }) => s.id,
      ),
    ).toEqual(['sku-a1']);
    expect((await h.call('client-alpha', 'GET', '/api/skus/sku-a1')).status).toBe(200);
    expect((await h.call('client-alpha', 'GET', '/api/skus/sku-b1')).status).toBe(404);
  });

  it('refuses every write of client A with 403 or 404', async () => {
    // Saving one's own dashboard layout is a write every signed-in user may do, client viewers included.
    for (const o of ops.filter(
      (x) =>
        x.method !== 'GET' &&
        !PUBLIC.includes(key(x)) &&
        x.path !== '/api/auth/logout' &&
        key(x) !== 'PUT /api/kpi/layout',
    )) {
      const entity = isEntity(o.path) ? entityOf(o.path) : null;
      const targetId = entity ? String(fixtureRows(entity).at(-1)?.id) : 'x';
      let body: unknown;
      if (o.hasFormBody) {
        body = new FormData();
        (body as FormData).set('file', new File(['code\n'], 'skus.csv', { type: 'text/csv' }));
      } else if (o.method === 'POST' && entity) {
        body = { ...sampleCreateBody(entity, 'CV'), ...(entity === 'skus' ? { clientId: 'client-b' } : {}) };
      } else if (o.method === 'PATCH') body = {};
      const res = await h.call('client-alpha', o.method, fill(o.path, targetId), body);
      expect([403, 404], `${key(o)} → ${res.status}`).toContain(res.status);
    }
    expect((await h.call('admin', 'GET', '/api/skus/sku-b1')).status).toBe(200);
  });
});

describe('(c) authentication', () => {
  it('answers 401 AUTH_REQUIRED to anonymous calls everywhere but the public routes', async () => {
    for (const o of ops) {
      const res = await h.call(null, o.method, fill(o.path, 'sku-a1'), o.hasJsonBody ? {} : undefined);
      if (PUBLIC.includes(key(o))) {
        expect(res.status, key(o)).not.toBe(401);
        continue;
      }
      expect({ route: key(o), status: res.status }).toEqual({ route: key(o), status: 401 });
      expect((await res.json()).error.code).toBe('AUTH_REQUIRED');
    }
    for (const path of ['/api/health', '/api/docs', '/api/openapi.json']) {
      expect((await h.call(null, 'GET', path)).status, path).toBe(200);
    }
    expect((await h.call(null, 'GET', '/api/no-such-thing')).status).toBe(401);
    expect((await h.call('admin', 'GET', '/api/no-such-thing')).status).toBe(404);
  });
});
