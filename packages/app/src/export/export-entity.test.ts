import { readTable } from '@logipilot/documents';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { importEntity } from '../import/import-entity.ts';
import { fakeDatabase } from '../import/test/fake-database.ts';
import { frenchCsv } from '../import/test/files.ts';
import { actorOf, SITE_ID, seedSite } from '../import/test/site-fixture.ts';
import { exportEntity } from './export-entity.ts';

const admin = actorOf('admin');
let db: ReturnType<typeof fakeDatabase>;

beforeEach(async () => {
  db = fakeDatabase();
  await seedSite(db);
  await importEntity({ db }, admin, {
    entity: 'skus',
    fileName: 'a.csv',
    bytes: frenchCsv([
      'Code article;Client;Désignation;Famille;Longueur (mm);Largeur (mm);Hauteur (mm);Poids (kg);PCB;Colis par couche;Couches par palette;Température;Classe ADR;N° ONU;Groupe emballage;DLUO/DLC (jours)',
      '00042;DANONE;Yaourt;Ultra-frais;300;200;120;1,25;4;12;5;Frais;;;;21',
      'AER-1;LEROY;Aérosol peinture;;250;250;300;4,2;12;10;4;Ambiant;2.1;1950;II;',
    ]),
  });
});

async function reimport(entity: string, bytes: Uint8Array) {
  const fresh = fakeDatabase();
  await seedSite(fresh);
  const result = await importEntity({ db: fresh }, admin, { entity, fileName: 'export.xlsx', bytes });
  return { fresh, result };
}

describe('exportEntity', () => {
  it.each(['fr', 'en'] as const)('SKUs round-trip through the %s export', async (lang) => {
    const { fileName, bytes } = await exportEntity({ db }, admin, 'skus', lang);
    expect(fileName).toMatch(/^skus-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const { fresh, result } = await reimport('skus', bytes);
    expect(result).toMatchObject({ imported: 2, warnings: [] });
    expect(await fresh.repos.skus.all(SITE_ID)).toEqual(await db.repos.skus.all(SITE_ID));
  });

  it('writes localised headers, labels and typed cells with a frozen header and an autofilter', async () => {
    const { bytes } = await exportEntity({ db }, admin, 'skus', 'fr');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    const ws = wb.getWorksheet('Articles')!;
    expect(ws.getRow(1).values).toContain('Code article');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const table = await readTable({ fileName: 'x.xlsx', bytes });
    expect(table.sheets[0]!.rows[0]!.cells).toMatchObject({
      'Code article': '00042',
      'Poids unitaire (kg)': 1.25,
      Température: 'Froid positif',
      'N° ONU': null,
    });
  });

  it('employees round-trip with their qualifications sheet and real dates', async () => {
    const { bytes } = await exportEntity({ db }, admin, 'employees', 'fr');
    const table = await readTable({ fileName: 'p.xlsx', bytes });
    expect(table.sheets.map((s) => s.name)).toEqual(['Personnel', 'Habilitations']);
    expect(table.sheets[0]!.rows[0]!.cells["Date d'entrée"]).toEqual(new Date(Date.UTC(2019, 3, 1)));
    const fresh = fakeDatabase();
    await seedSite(fresh);
    for (const e of await fresh.repos.employees.all(SITE_ID))
      await fresh.repos.employees.remove(SITE_ID, e.id);
    const result = await importEntity({ db: fresh }, admin, {
      entity: 'employees',
      fileName: 'p.xlsx',
      bytes,
    });
    expect(result).toMatchObject({ imported: 2, warnings: [] });
    const withoutId = (rows: { id: string }[]) => rows.map(({ id: _id, ...rest }) => rest);
    expect(withoutId(await fresh.repos.employees.all(SITE_ID))).toEqual(
      withoutId(await db.repos.employees.all(SITE_ID)),
    );
  });

  it('a client viewer gets only its client rows, and no people data at all', async () => {
    const viewer = actorOf('client_viewer', 'c-2');
    const { bytes } = await exportEntity({ db }, viewer, 'skus', 'fr');
    const rows = (await readTable({ fileName: 'x.xlsx', bytes })).sheets[0]!.rows;
    expect(rows.map((r) => r.cells['Code article'])).toEqual(['AER-1']);
    for (const entity of ['employees', 'qualifications', 'absences']) {
      await expect(exportEntity({ db }, viewer, entity, 'fr')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('leaves medical fitness out for roles without medical:read', async () => {
    const { bytes } = await exportEntity({ db }, actorOf('team_leader'), 'employees', 'en');
    const quals = (await readTable({ fileName: 'x.xlsx', bytes })).sheets.find(
      (s) => s.name === 'Qualifications',
    )!;
    expect(quals.rows.map((r) => r.cells['Qualification type'])).toEqual(['CACES licence']);
    const { bytes: full } = await exportEntity({ db }, admin, 'employees', 'en');
    expect((await readTable({ fileName: 'x.xlsx', bytes: full })).sheets[1]!.rows).toHaveLength(2);
  });

  it('refuses an unknown entity', async () => {
    await expect(exportEntity({ db }, admin, 'pallets', 'fr')).rejects.toMatchObject({
      code: 'IMPORT_UNKNOWN_ENTITY',
    });
  });
});
