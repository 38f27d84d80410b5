import type { Database } from '@logipilot/db';
import { openTestDatabase, testBackends } from '@logipilot/db/testing/test-stores';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportEntity } from '../export/export-entity.ts';
import { importEntity } from './import-entity.ts';
import { frenchCsv, workbook } from './test/files.ts';
import { actorOf, SITE_ID, seedSite } from './test/site-fixture.ts';

const methods = actorOf('methods_technician');
const HEADER =
  'Code article;Client;Désignation;Longueur (mm);Largeur (mm);Hauteur (mm);Poids (kg);PCB;Colis par couche;Couches par palette;Température';
const row = (code: string, weight = '1,5') => `${code};DANONE;Yaourt;300;200;120;${weight};4;12;5;Frais`;

for (const backend of testBackends(process.env.DATABASE_URL)) {
  describe.skipIf(backend.skip)(`importEntity on ${backend.name}`, () => {
    let db: Database;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      const opened = await openTestDatabase(backend.name, process.env.DATABASE_URL);
      db = opened.db;
      dispose = opened.dispose;
      await seedSite(db);
    });
    afterAll(async () => dispose?.());

    it('a file with one bad row among good ones leaves the store unchanged', async () => {
      await importEntity({ db }, methods, {
        entity: 'skus',
        fileName: 'a.csv',
        bytes: frenchCsv([HEADER, row('KEEP')]),
      });
      const before = {
        skus: await db.repos.skus.all(SITE_ID),
        audit: await db.repos.audit.list({ siteId: SITE_ID }),
      };
      const bad = frenchCsv([HEADER, row('A-1'), row('A-2'), row('A-3', '-2'), row('A-4')]);
      await expect(
        importEntity({ db }, methods, { entity: 'skus', fileName: 'b.csv', bytes: bad }),
      ).rejects.toMatchObject({
        code: 'IMPORT_REJECTED',
        details: [
          expect.objectContaining({ row: 4, column: 'Poids (kg)', value: '-2', code: 'VALUE_TOO_SMALL' }),
        ],
      });
      expect(await db.repos.skus.all(SITE_ID)).toEqual(before.skus);
      expect((await db.repos.audit.list({ siteId: SITE_ID })).total).toBe(before.audit.total);
    });

    it('employees with a qualifications sheet round-trip through the export', async () => {
      const bytes = await workbook({
        Personnel: [
          [
            'Matricule',
            'Nom',
            'Prénom',
            'Contrat',
            "Date d'entrée",
            'Fin de contrat',
            'Heures hebdo',
            'Poste',
          ],
          ['M300', 'Petit', 'Zoé', 'CDD', '01/03/2026', '31/08/2026', 35, 'Cariste'],
        ],
        Habilitations: [
          ['Matricule', 'Recommandation', 'Catégorie', "Date d'obtention", "Date d'expiration"],
          ['M300', 'R489', '3', '10/01/2025', '10/01/2030'],
        ],
      });
      expect(
        (await importEntity({ db }, methods, { entity: 'employees', fileName: 'p.xlsx', bytes })).imported,
      ).toBe(1);
      const stored = await db.repos.employees.all(SITE_ID);
      const exported = await exportEntity({ db }, methods, 'employees', 'fr');
      const again = await importEntity({ db }, methods, {
        entity: 'employees',
        fileName: exported.fileName,
        bytes: exported.bytes,
      });
      expect(again).toMatchObject({ imported: 3, warnings: [] });
      expect(await db.repos.employees.all(SITE_ID)).toEqual(stored);
      expect(stored.find((e) => e.number === 'M300')?.qualifications).toEqual([
        { kind: 'licence', scheme: 'R489', category: '3', issuedOn: '2025-01-10', expiresOn: '2030-01-10' },
      ]);
    });
  });
}
