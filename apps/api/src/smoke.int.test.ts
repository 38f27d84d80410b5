// The main path on both stores: sign in, read the overview, write master data with audit, sign out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from './testing/api-harness.ts';
import { sampleCreateBody } from './testing/sample-bodies.ts';

const DATABASE_URL = process.env.DATABASE_URL;

const BACKENDS = [
  { name: 'pglite' as const, skip: false },
  { name: 'postgres' as const, skip: !DATABASE_URL },
];

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip)(`API smoke on ${backend.name}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await openHarness(backend.name, DATABASE_URL);
    });
    afterAll(() => h?.dispose());

    it('serves health with the store kind', async () => {
      expect(await (await h.call(null, 'GET', '/api/health')).json()).toMatchObject({ store: backend.name });
    });

    it('signs in, reads, writes with audit and signs out', async () => {
      expect((await h.call('manager', 'GET', '/api/auth/me')).status).toBe(200);
      const overview = await (await h.call('manager', 'GET', '/api/site/overview')).json();
      expect(overview.counts).toEqual({
        buildings: 1,
        zones: 2,
        locations: 4,
        skus: 2,
        employees: 2,
        clients: 2,
        docks: 1,
      });
      const created = await h.call('manager', 'POST', '/api/zones', sampleCreateBody('zones', 'SMOKE'));
      expect(created.status).toBe(201);
      const { id } = await created.json();
      expect((await h.call('manager', 'PATCH', `/api/zones/${id}`, { name: 'Smoke zone' })).status).toBe(200);
      const audit = await (await h.call('manager', 'GET', '/api/audit?entity=zones')).json();
      expect(audit.items.filter((e: { entityId: string }) => e.entityId === id)).toHaveLength(2);
      expect((await h.call('client-alpha', 'GET', '/api/skus')).status).toBe(200);
      expect((await (await h.call('client-alpha', 'GET', '/api/skus')).json()).total).toBe(1);
      expect((await h.call('manager', 'POST', '/api/auth/logout')).status).toBe(204);
    });
  });
}
