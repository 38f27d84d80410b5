// Every repository against PGlite and (with DATABASE_URL) PostgreSQL: round trips, list options, upserts, errors.
import type { Employee, Sku } from '@logipilot/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationalDatabase } from '../client/database.ts';
import { byId, normalisedBundle } from '../testing/compare.ts';
import { siteFixture, usersFixture } from '../testing/site-fixture.ts';
import { openTestDatabase, testBackends } from '../testing/test-stores.ts';
import type { AuditEntry } from './contract.ts';
import { readSiteBundle, writeSiteBundle } from './site-bundle.ts';

const DATABASE_URL = process.env.DATABASE_URL;

for (const backend of testBackends(DATABASE_URL)) {
  describe.skipIf(backend.skip)(`repositories on ${backend.name}`, () => {
    let db: OperationalDatabase;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      ({ db, dispose } = await openTestDatabase(backend.name, DATABASE_URL));
    });

    afterAll(async () => {
      await dispose?.();
    });

    /** A fresh site per test: tests share one store (a new PGlite costs seconds) but never each other's rows. */
    let sites = 0;
    async function seeded(): Promise<ReturnType<typeof siteFixture>> {
      sites += 1;
      const bundle = siteFixture(`${backend.name}-site-${sites}`, `S${sites}`);
      await writeSiteBundle(db.repos, bundle);
      return bundle;
    }

    it('reads back every collection exactly as written', async () => {
      const bundle = await seeded();
      const stored = await readSiteBundle(db.repos, bundle.site.id);
      expect(stored).not.toBeNull();
      expect(normalisedBundle(stored!)).toEqual(normalisedBundle(bundle));
      expect(await readSiteBundle(db.repos, 'no-such-site')).toBeNull();
    });

    it('gets by id and by natural key, and counts', async () => {
      const b = await seeded();
      const s = b.site.id;
      expect(await db.repos.skus.get(s, b.skus[1]!.id)).toEqual(b.skus[1]);
      expect(await db.repos.skus.get(s, 'missing')).toBeNull();
      expect(await db.repos.skus.getByCode(s, 'AER-DEO-200')).toEqual(b.skus[1]);
      expect(await db.repos.employees.getByCode(s, 'M0001')).toEqual(b.employees[0]);
      expect(await db.repos.absences.getByCode(s, b.absences[0]!.id)).toEqual(b.absences[0]);
      expect(await db.repos.rates.getByCode(s, 'R489:5')).toEqual(b.rates[1]);
      expect(await db.repos.standards.getByCode(s, 'picking|rf_scan|order_line|')).toEqual(b.standards[0]);
      expect(await db.repos.standards.getByCode(s, `picking|rf_scan|order_line|${s}-z-froid`)).toEqual(
        b.standards[1],
      );
      expect(await db.repos.standards.getByCode(s, 'malformed')).toBeNull();
      expect(await db.repos.users.getByCode(s, 'nobody')).toBeNull();
      expect(await db.repos.locations.count(s)).toBe(3);
      expect(await db.repos.skus.count(s, `${s}-c2`)).toBe(2);
      expect(await db.repos.skus.count('other-site')).toBe(0);
    });

    it('lists with a free-text filter, whitelisted sort, order and paging', async () => {
      const b = await seeded();
      const s = b.site.id;
      const codes = (page: { items: { code: string }[] }) => page.items.map((i) => i.code);

      expect(codes(await db.repos.skus.list({ siteId: s }))).toEqual(['AER-DEO-200', 'SAV-100', 'YAO-125']);
      expect(codes(await db.repos.skus.list({ siteId: s, order: 'desc' }))).toEqual([
        'YAO-125',
        'SAV-100',
        'AER-DEO-200',
      ]);
      // Case-insensitive over code, description and family; LIKE wildcards in q are literal.
      expect(codes(await db.repos.skus.list({ siteId: s, q: 'yAoUrT' }))).toEqual(['YAO-125']);
      expect(codes(await db.repos.skus.list({ siteId: s, q: 'aérosols' }))).toEqual(['AER-DEO-200']);
      expect(codes(await db.repos.skus.list({ siteId: s, q: '100%' }))).toEqual(['SAV-100']);
      expect(codes(await db.repos.skus.list({ siteId: s, q: '_' }))).toEqual([]);
      const byWeight = await db.repos.skus.list({ siteId: s, sort: 'weightKg', order: 'desc' });
      expect(byWeight.items.map((i) => i.weightKg)).toEqual([6, 2.4, 0.55]);
      // Unknown sort fields fall back to the natural key rather than failing or injecting SQL.
      expect(codes(await db.repos.skus.list({ siteId: s, sort: 'weightKg; DROP TABLE skus' }))).toEqual([
        'AER-DEO-200',
        'SAV-100',
        'YAO-125',
      ]);
      const page = await db.repos.skus.list({ siteId: s, limit: 2, offset: 1 });
      expect(page).toEqual({ items: [b.skus[2], b.skus[0]], total: 3 });
      expect((await db.repos.skus.list({ siteId: s, limit: 0 })).items).toEqual([]);
      expect((await db.repos.skus.list({ siteId: s, offset: 10 })).total).toBe(3);
      const filtered = await db.repos.locations.list({ siteId: s, q: 'b-', limit: 1 });
      expect(filtered.total).toBe(1);
      expect(filtered.items[0]!.code).toBe('B-002-01-1');
      const absences = await db.repos.absences.list({ siteId: s, q: 'congés' });
      expect(absences.items).toEqual(b.absences);
      const employees = await db.repos.employees.list({ siteId: s, sort: 'lastName' });
      expect(employees.items).toEqual([b.employees[1], b.employees[0]]);
    });

    it('clamps the page size to 1000 and defaults it to 50', async () => {
      const b = await seeded();
      const s = b.site.id;
      const skus: Sku[] = Array.from({ length: 1005 }, (_, i) => ({
        ...b.skus[0]!,
        id: `${s}-bulk-${i}`,
        code: `BULK-${String(i).padStart(4, '0')}`,
      }));
      await db.repos.skus.upsertMany(skus);
      expect((await db.repos.skus.list({ siteId: s })).items).toHaveLength(50);
      const big = await db.repos.skus.list({ siteId: s, limit: 5000 });
      expect(big.items).toHaveLength(1000);
      expect(big.total).toBe(1008);
    });

    it('scopes client-owned collections with clientId', async () => {
      const b = await seeded();
      const s = b.site.id;
      const c1 = `${s}-c1`;
      expect((await db.repos.clients.list({ siteId: s, clientId: c1 })).items).toEqual([b.clients[0]]);
      expect((await db.repos.skus.list({ siteId: s, clientId: c1 })).items).toEqual([b.skus[0]]);
      expect((await db.repos.costCentres.list({ siteId: s, clientId: c1 })).items).toEqual([
        b.costCentres[0],
      ]);
      expect(await db.repos.clients.count(s, c1)).toBe(1);
      // Collections that belong to no client ignore the filter.
      expect((await db.repos.zones.list({ siteId: s, clientId: c1 })).total).toBe(2);
      expect((await db.repos.skus.list({ siteId: s, clientId: null })).total).toBe(3);
    });

    it('upserts by natural key, keeping the stored id and replacing the rest', async () => {
      const b = await seeded();
      const s = b.site.id;
      const changed: Sku = { ...b.skus[0]!, id: 'another-id', description: 'Yaourt brassé', weightKg: 0.6 };
      const fresh: Sku = { ...b.skus[0]!, id: `${s}-s9`, code: 'NEW-1' };
      await db.repos.skus.upsertMany([changed, fresh]);
      expect(await db.repos.skus.getByCode(s, 'YAO-125')).toEqual({ ...changed, id: b.skus[0]!.id });
      expect(await db.repos.skus.get(s, 'another-id')).toBeNull();
      expect(await db.repos.skus.get(s, `${s}-s9`)).toEqual(fresh);
      // The last of duplicated keys in one call wins.
      await db.repos.skus.upsertMany([
        { ...fresh, family: 'first' },
        { ...fresh, family: 'last' },
      ]);
      expect((await db.repos.skus.getByCode(s, 'NEW-1'))?.family).toBe('last');

      const employee: Employee = {
        ...b.employees[0]!,
        id: 'ignored-id',
        lastName: 'Martin-Durand',
        qualifications: [b.employees[0]!.qualifications[1]!],
      };
      await db.repos.employees.upsertMany([employee]);
      expect(await db.repos.employees.getByCode(s, 'M0001')).toEqual({ ...employee, id: b.employees[0]!.id });

      const standard = { ...b.standards[0]!, id: 'other', minutesPerUnit: 0.5 };
      await db.repos.standards.upsertMany([standard]);
      expect(await db.repos.standards.all(s)).toEqual([
        { ...standard, id: b.standards[0]!.id },
        b.standards[1],
      ]);
    });

    it('updates and removes one row by id', async () => {
      const b = await seeded();
      const s = b.site.id;
      const renamed = { ...b.zones[1]!, code: 'FROID', name: 'Froid +2/+4 °C' };
      await db.repos.zones.update(renamed);
      expect(await db.repos.zones.get(s, renamed.id)).toEqual(renamed);
      const employee = {
        ...b.employees[1]!,
        number: 'I0043',
        qualifications: b.employees[0]!.qualifications,
      };
      await db.repos.employees.update(employee);
      expect(await db.repos.employees.get(s, employee.id)).toEqual(employee);
      await expect(db.repos.zones.update({ ...renamed, id: 'missing' })).rejects.toMatchObject({
        code: 'ENTITY_NOT_FOUND',
        params: { entity: 'zones', id: 'missing' },
      });
      expect(await db.repos.absences.remove(s, b.absences[0]!.id)).toBe(true);
      expect(await db.repos.absences.remove(s, b.absences[0]!.id)).toBe(false);
      // Removing an employee removes their qualifications with them.
      expect(await db.repos.employees.remove(s, b.employees[0]!.id)).toBe(true);
      expect(await db.repos.employees.all(s)).toEqual([employee]);
    });

    it('reports references as stable error codes', async () => {
      const b = await seeded();
      const s = b.site.id;
      await expect(db.repos.zones.remove(s, `${s}-z-amb`)).rejects.toMatchObject({
        code: 'ENTITY_IN_USE',
        params: { entity: 'zones' },
      });
      await expect(
        db.repos.skus.upsertMany([{ ...b.skus[0]!, code: 'X', id: 'x', clientId: 'nope' }]),
      ).rejects.toMatchObject({
        code: 'REFERENCE_NOT_FOUND',
        params: { entity: 'skus', constraint: 'skus_client_fk' },
      });
      // Another row already holds that id under another code.
      await expect(db.repos.skus.upsertMany([{ ...b.skus[0]!, code: 'OTHER' }])).rejects.toMatchObject({
        code: 'DB_CONFLICT',
      });
      await expect(db.repos.zones.update({ ...b.zones[1]!, code: 'AMB' })).rejects.toMatchObject({
        code: 'DB_CONFLICT',
        params: { constraint: 'zones_site_code_key' },
      });
    });

    it('saves sites, finds the first one and removes a site with everything it holds', async () => {
      const b = await seeded();
      const s = b.site.id;
      const site = {
        ...b.site,
        name: 'Renamed',
        calendar: { ...b.site.calendar, continuousOperation: true },
      };
      await db.repos.sites.save(site);
      expect(await db.repos.sites.get(s)).toEqual(site);
      expect(await db.repos.sites.get('nope')).toBeNull();
      expect(await db.repos.sites.first()).not.toBeNull();
      for (const { user, passwordHash } of usersFixture(s)) await db.repos.users.create(user, passwordHash);
      await db.repos.sites.remove(s);
      expect(await db.repos.sites.get(s)).toBeNull();
      expect(await db.repos.skus.count(s)).toBe(0);
      expect(await db.repos.users.count(s)).toBe(0);
    });

    it('stores users with their password hash apart from the domain shape', async () => {
      const b = await seeded();
      const s = b.site.id;
      const [admin, viewer] = usersFixture(s);
      await db.repos.users.create(admin!.user, admin!.passwordHash);
      await db.repos.users.create(viewer!.user, viewer!.passwordHash);
      expect(await db.repos.users.findByUsername(admin!.user.username)).toEqual(admin);
      expect(await db.repos.users.findByUsername('nobody')).toBeNull();
      expect(await db.repos.users.get(s, viewer!.user.id)).toEqual(viewer!.user);
      expect((await db.repos.users.list({ siteId: s, q: 'viewer' })).items).toEqual([viewer!.user]);
      await db.repos.users.setPasswordHash(admin!.user.id, 'new-hash');
      expect((await db.repos.users.findByUsername(admin!.user.username))?.passwordHash).toBe('new-hash');
      // A bulk upsert or an update never touches the hash.
      await db.repos.users.update({ ...admin!.user, displayName: 'Admin' });
      await db.repos.users.upsertMany([{ ...admin!.user, displayName: 'Admin 2' }]);
      expect(await db.repos.users.findByUsername(admin!.user.username)).toEqual({
        user: { ...admin!.user, displayName: 'Admin 2' },
        passwordHash: 'new-hash',
      });
      await expect(db.repos.users.create(admin!.user, 'x')).rejects.toMatchObject({ code: 'DB_CONFLICT' });
      await expect(db.repos.users.setPasswordHash('missing', 'x')).rejects.toMatchObject({
        code: 'ENTITY_NOT_FOUND',
      });
    });

    it('creates, reads and expires sessions', async () => {
      const b = await seeded();
      const [admin] = usersFixture(b.site.id);
      await db.repos.users.create(admin!.user, admin!.passwordHash);
      const session = {
        id: `${b.site.id}-sess-1`,
        userId: admin!.user.id,
        createdAt: '2026-11-02T08:00:00.000Z',
        expiresAt: '2026-11-02T20:00:00.000Z',
      };
      const later = { ...session, id: `${b.site.id}-sess-2`, expiresAt: '2026-11-03T20:00:00.000Z' };
      await db.repos.sessions.create(session);
      await db.repos.sessions.create(later);
      expect(await db.repos.sessions.get(session.id)).toEqual(session);
      await expect(
        db.repos.sessions.create({ ...session, id: 'x', userId: 'missing' }),
      ).rejects.toMatchObject({
        code: 'REFERENCE_NOT_FOUND',
      });
      expect(await db.repos.sessions.removeExpired('2026-11-02T21:00:00.000Z')).toBe(1);
      expect(await db.repos.sessions.get(session.id)).toBeNull();
      await db.repos.sessions.remove(later.id);
      expect(await db.repos.sessions.get(later.id)).toBeNull();
    });

    it('appends and lists the audit log newest first', async () => {
      const b = await seeded();
      const s = b.site.id;
      const entry = (i: number, entity: string): AuditEntry => ({
        id: `${s}-audit-${i}`,
        siteId: s,
        at: `2026-11-02T08:00:0${i}.000Z`,
        userId: i === 0 ? null : `${s}-u1`,
        username: 'admin',
        action: 'update',
        entity,
        entityId: i === 0 ? null : `${s}-z-amb`,
        before: i === 0 ? null : { name: 'Ambiant', tags: ['a', 1] },
        after: { name: `v${i}` },
      });
      const entries = [entry(0, 'zones'), entry(1, 'zones'), entry(2, 'skus')];
      await db.repos.audit.append(entries);
      await db.repos.audit.append([]);
      expect(await db.repos.audit.list({ siteId: s })).toEqual({ items: [...entries].reverse(), total: 3 });
      expect(await db.repos.audit.list({ siteId: s, entity: 'zones', limit: 1, offset: 1 })).toEqual({
        items: [entries[0]],
        total: 2,
      });
    });

    it('saves import mappings by (entity, name), keeping the first id', async () => {
      const b = await seeded();
      const s = b.site.id;
      const mapping = {
        id: `${s}-m1`,
        siteId: s,
        name: 'WMS Reflex',
        entity: 'skus',
        columns: { 'Code article': 'code' },
      };
      await db.repos.importMappings.save(mapping);
      await db.repos.importMappings.save({
        ...mapping,
        id: 'other',
        columns: { Article: 'code', Poids: 'weightKg' },
      });
      await db.repos.importMappings.save({ ...mapping, id: `${s}-m2`, entity: 'locations' });
      const saved = await db.repos.importMappings.getByName(s, 'skus', 'WMS Reflex');
      expect(saved).toEqual({ ...mapping, columns: { Article: 'code', Poids: 'weightKg' } });
      expect((await db.repos.importMappings.list(s)).map((m) => m.entity)).toEqual(['locations', 'skus']);
      expect(await db.repos.importMappings.list(s, 'skus')).toEqual([saved]);
      expect(await db.repos.importMappings.getByName(s, 'skus', 'nope')).toBeNull();
    });

    it('commits a transaction wholly, or writes nothing when it throws', async () => {
      const b = siteFixture(`${backend.name}-tx`, 'TX');
      await expect(
        db.transaction(async (repos) => {
          await writeSiteBundle(repos, b);
          expect(await repos.skus.count(b.site.id)).toBe(3);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await db.repos.sites.get(b.site.id)).toBeNull();
      expect(await db.repos.skus.count(b.site.id)).toBe(0);

      // A database error inside the transaction rolls back what came before it too.
      await expect(
        db.transaction(async (repos) => {
          await repos.sites.save(b.site);
          await repos.zones.upsertMany(b.zones);
        }),
      ).rejects.toMatchObject({ code: 'REFERENCE_NOT_FOUND' });
      expect(await db.repos.sites.get(b.site.id)).toBeNull();

      const result = await db.transaction(async (repos) => {
        await writeSiteBundle(repos, b);
        return repos.locations.count(b.site.id);
      });
      expect(result).toBe(3);
      expect(byId(await db.repos.locations.all(b.site.id))).toEqual(byId(b.locations));
    });
  });
}
