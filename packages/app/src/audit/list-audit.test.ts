// The audit log: readable by admin and site manager only, filtered by entity, newest first.
import type { Actor } from '@logipilot/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '../auth/session.ts';
import { updateEntity } from '../masterdata/crud.ts';
import { createFakeDatabase } from '../masterdata/fake-database.ts';
import { fixtureUsers, seedFixture } from '../masterdata/fixture-site.ts';
import { listAudit } from './list-audit.ts';

const db = createFakeDatabase();
const ctx = { db };
const as = (username: string): Actor => actorOf(fixtureUsers().find((u) => u.username === username)!);
beforeAll(async () => {
  await seedFixture(db);
  await updateEntity(ctx, as('methods'), 'zones', 'zone-amb', { name: 'Ambient hall' });
  await updateEntity(ctx, as('methods'), 'skus', 'sku-a1', { family: 'dry' });
});

describe('audit list', () => {
  it('lists entries for admin and site manager, filtered by entity', async () => {
    const all = await listAudit(ctx, as('manager'));
    expect(all.total).toBe(2);
    expect(all.items[0]).not.toHaveProperty('siteId');
    const zones = await listAudit(ctx, as('admin'), { entity: 'zones' });
    expect(zones.items.map((e) => [e.action, e.entityId, e.username])).toEqual([
      ['update', 'zone-amb', 'methods'],
    ]);
  });

  it('refuses everyone else', async () => {
    for (const who of ['methods', 'leader', 'client-alpha']) {
      await expect(listAudit(ctx, as(who)), who).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
