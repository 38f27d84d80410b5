// previewImport: headers, samples and the mapping the importer would use, from synonyms or from a saved mapping.
import { beforeEach, describe, expect, it } from 'vitest';
import { previewImport } from './preview-import.ts';
import { saveMapping } from './save-mapping.ts';
import { fakeDatabase } from './test/fake-database.ts';
import { frenchCsv, workbook } from './test/files.ts';
import { actorOf, seedSite } from './test/site-fixture.ts';

const methods = actorOf('methods_technician');
const WMS = [
  'ART_CODE;Code client;Désignation;PDS;Couleur',
  ...Array.from({ length: 7 }, (_, i) => `A-00${i};DANONE;Yaourt;1,5;bleu`),
];

let db: ReturnType<typeof fakeDatabase>;
beforeEach(async () => {
  db = fakeDatabase();
  await seedSite(db);
});

describe('previewImport', () => {
  it('maps known headers by synonym, lists unknown ones and the missing required fields, shows 5 rows', async () => {
    const p = await previewImport({ db }, methods, {
      entity: 'skus',
      fileName: 'wms.csv',
      bytes: frenchCsv(WMS),
    });
    expect(p.sheets).toHaveLength(1);
    expect(p.sheets[0]?.headers).toEqual(['ART_CODE', 'Code client', 'Désignation', 'PDS', 'Couleur']);
    expect(p.sheets[0]?.sampleRows).toHaveLength(5);
    expect(p.sheets[0]?.sampleRows[0]).toEqual(['A-000', 'DANONE', 'Yaourt', '1,5', 'bleu']);
    expect(p.mapping).toEqual({
      ART_CODE: '',
      'Code client': 'clientCode',
      Désignation: 'description',
      PDS: '',
      Couleur: '',
    });
    expect(p.unknownHeaders).toEqual(['ART_CODE', 'PDS', 'Couleur']);
    expect(p.missingRequired).toContain('code');
    expect(p.missingRequired).toContain('weightKg');
    expect(p.fields.find((f) => f.id === 'code')).toEqual({
      id: 'code',
      required: true,
      labelKey: 'import.column.skus.code',
      template: 'skus',
    });
    expect(await db.repos.audit.list({ siteId: 'site-1' })).toMatchObject({ total: 0 });
  });

  it('starts from a saved mapping when one is named', async () => {
    await saveMapping({ db }, methods, {
      name: 'Export Reflex',
      entity: 'skus',
      columns: { ART_CODE: 'code', PDS: 'weightKg', Couleur: '' },
    });
    const p = await previewImport({ db }, methods, {
      entity: 'skus',
      fileName: 'wms.csv',
      bytes: frenchCsv(WMS),
      mappingName: 'Export Reflex',
    });
    expect(p.mapping).toMatchObject({ ART_CODE: 'code', PDS: 'weightKg', Couleur: '' });
    expect(p.missingRequired).not.toContain('code');
    expect(p.unknownHeaders).toEqual([]);
    await expect(
      previewImport({ db }, methods, {
        entity: 'skus',
        fileName: 'w.csv',
        bytes: frenchCsv(WMS),
        mappingName: 'x',
      }),
    ).rejects.toMatchObject({ code: 'IMPORT_MAPPING_NOT_FOUND' });
  });

  it('reads both sheets of a staff workbook, each with its template', async () => {
    const bytes = await workbook({
      Personnel: [
        ['Matricule', 'Nom'],
        ['M1', 'Petit'],
      ],
      Habilitations: [
        ['Matricule', 'Recommandation'],
        ['M1', 'R489'],
      ],
      Notes: [['x'], ['y']],
    });
    const p = await previewImport({ db }, methods, { entity: 'employees', fileName: 'p.xlsx', bytes });
    expect(p.sheets.map((s) => [s.name, s.template])).toEqual([
      ['Personnel', 'employees'],
      ['Habilitations', 'qualifications'],
      ['Notes', null],
    ]);
    expect(p.mapping).toEqual({ Matricule: 'number', Nom: 'lastName', Recommandation: 'scheme' });
    expect(p.fields.some((f) => f.template === 'qualifications' && f.id === 'scheme')).toBe(true);
  });

  it('needs import:run and a known entity', async () => {
    const input = { entity: 'skus', fileName: 'a.csv', bytes: frenchCsv(WMS) };
    await expect(previewImport({ db }, actorOf('team_leader'), input)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(previewImport({ db }, methods, { ...input, entity: 'pallets' })).rejects.toMatchObject({
      code: 'IMPORT_UNKNOWN_ENTITY',
    });
  });
});
