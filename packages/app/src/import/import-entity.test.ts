import type { Database } from '@logipilot/db';
import { DomainError } from '@logipilot/domain';
import { beforeEach, describe, expect, it } from 'vitest';
import { deterministicId } from './deterministic-id.ts';
import { importEntity } from './import-entity.ts';
import type { ImportErrorDetail } from './import-types.ts';
import { saveMapping } from './save-mapping.ts';
import { fakeDatabase } from './test/fake-database.ts';
import { frenchCsv, workbook } from './test/files.ts';
import { actorOf, SITE_ID, seedSite } from './test/site-fixture.ts';

const methods = actorOf('methods_technician');
const SKU_HEADER =
  'Code article;Client;Désignation;Longueur (cm);Largeur (mm);Hauteur (mm);Poids (kg);PCB;Colis par couche;Couches par palette;Température;Classe ADR;N° ONU;DLUO/DLC (jours)';
const goodSku = (code: string, weight = '1,5') =>
  `${code};DANONE;Yaourt nature 4×125 g;30,5;200;120;${weight};4;12;5;Froid positif;;;21`;

let db: ReturnType<typeof fakeDatabase>;
beforeEach(async () => {
  db = fakeDatabase();
  await seedSite(db);
});

type Rejection = Omit<DomainError, 'details'> & { details: ImportErrorDetail[] };

async function rejection(p: Promise<unknown>): Promise<Rejection> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(e)}`);
  return e as unknown as Rejection;
}

const importCsv = (
  entity: string,
  lines: string[],
  extra: { mappingName?: string; dryRun?: boolean } = {},
  store: Database = db,
) =>
  importEntity({ db: store }, methods, {
    entity,
    fileName: `${entity}.csv`,
    bytes: frenchCsv(lines),
    ...extra,
  });

describe('importEntity: SKUs from a French CSV', () => {
  it('resolves client codes, scales units, derives ids and writes one audit entry', async () => {
    const result = await importCsv('skus', [SKU_HEADER, goodSku('A-001'), goodSku('A-002', '0,25')]);
    expect(result).toMatchObject({
      entity: 'skus',
      file: 'skus.csv',
      imported: 2,
      dryRun: false,
      warnings: [],
    });
    const sku = await db.repos.skus.getByCode(SITE_ID, 'A-001');
    expect(sku).toEqual({
      id: deterministicId('sku', SITE_ID, 'A-001'),
      siteId: SITE_ID,
      clientId: 'c-1',
      code: 'A-001',
      description: 'Yaourt nature 4×125 g',
      family: '',
      lengthMm: 305,
      widthMm: 200,
      heightMm: 120,
      weightKg: 1.5,
      unitsPerCase: 4,
      casesPerLayer: 12,
      layersPerPallet: 5,
      adrClass: null,
      unNumber: null,
      packingGroup: null,
      temperatureClass: 'positive_cold',
      shelfLifeDays: 21,
    });
    const audit = await db.repos.audit.list({ siteId: SITE_ID });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      action: 'import',
      entity: 'skus',
      username: 'methods_technician',
      after: { file: 'skus.csv', count: 2 },
    });
  });

  it('keeps the id and the fields a file does not carry when a code already exists', async () => {
    await db.repos.skus.upsertMany([
      {
        id: 'legacy-id',
        siteId: SITE_ID,
        clientId: 'c-1',
        code: 'A-001',
        description: 'Ancien',
        family: 'Ultra-frais',
        lengthMm: 1,
        widthMm: 1,
        heightMm: 1,
        weightKg: 1,
        unitsPerCase: 1,
        casesPerLayer: 1,
        layersPerPallet: 1,
        adrClass: null,
        unNumber: null,
        packingGroup: null,
        temperatureClass: 'ambient',
        shelfLifeDays: null,
      },
    ]);
    await importCsv('skus', [SKU_HEADER, goodSku('A-001')]);
    const sku = await db.repos.skus.getByCode(SITE_ID, 'A-001');
    expect(sku).toMatchObject({
      id: 'legacy-id',
      family: 'Ultra-frais',
      description: 'Yaourt nature 4×125 g',
      lengthMm: 305,
    });
  });

  it('reports unknown columns as warnings and imports the rest', async () => {
    const result = await importCsv('skus', [`${SKU_HEADER};Couleur`, `${goodSku('A-001')};bleu`]);
    expect(result.imported).toBe(1);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'IMPORT_UNKNOWN_COLUMN',
        file: 'skus.csv',
        sheet: 'skus',
        column: 'Couleur',
      }),
    ]);
  });

  it('one bad row among good ones imports nothing and names row, column and value', async () => {
    await importCsv('skus', [SKU_HEADER, goodSku('KEEP')]);
    const before = db.snapshot();
    const e = await rejection(
      importCsv('skus', [SKU_HEADER, goodSku('A-001'), goodSku('A-002', 'lourd'), goodSku('A-003')]),
    );
    expect(e.code).toBe('IMPORT_REJECTED');
    expect(e.params).toMatchObject({ file: 'skus.csv', errorCount: 1 });
    expect(e.details).toEqual([
      {
        file: 'skus.csv',
        sheet: 'skus',
        row: 3,
        column: 'Poids (kg)',
        field: 'weightKg',
        value: 'lourd',
        code: 'INVALID_NUMBER',
        params: {
          file: 'skus.csv',
          sheet: 'skus',
          row: 3,
          column: 'Poids (kg)',
          field: 'weightKg',
          value: 'lourd',
        },
      },
    ]);
    expect(db.snapshot()).toBe(before);
    expect(await db.repos.skus.count(SITE_ID)).toBe(1);
  });

  it('collects every error of the file: parsing, references, domain refinements', async () => {
    const e = await rejection(
      importCsv('skus', [
        SKU_HEADER,
        goodSku('A-001').replace('DANONE', 'NESTLE'),
        goodSku('A-002').replace(';;;21', ';3;;21'),
        goodSku('A-003').replace(';4;12;5;', ';0;12;5;'),
        goodSku('A-004').replace('Froid positif', 'Tiède'),
      ]),
    );
    expect(e.details.map((d) => [d.row, d.column, d.value, d.code])).toEqual([
      [5, 'Température', 'Tiède', 'INVALID_CHOICE'],
      [2, 'Client', 'NESTLE', 'IMPORT_UNKNOWN_CLIENT'],
      [3, 'N° ONU', null, 'ADR_CLASS_AND_UN_NUMBER_GO_TOGETHER'],
      [4, 'PCB', '0', 'VALUE_TOO_SMALL'],
    ]);
  });

  it('a duplicate code names both rows', async () => {
    const e = await rejection(
      importCsv('skus', [SKU_HEADER, goodSku('A-001'), goodSku('B'), goodSku('A-001')]),
    );
    expect(e.details).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'Code article',
        value: 'A-001',
        code: 'IMPORT_DUPLICATE_KEY',
        params: expect.objectContaining({ otherRow: 2 }),
      }),
    ]);
  });

  it('a missing required column is an error naming the field and the columns found', async () => {
    const e = await rejection(importCsv('skus', ['Code article;Désignation', 'A;Yaourt']));
    const missing = e.details.find((d) => d.field === 'weightKg');
    expect(missing).toMatchObject({
      row: 1,
      column: null,
      code: 'IMPORT_MISSING_COLUMN',
      params: {
        field: 'weightKg',
        expected: 'Poids unitaire (kg) / Unit weight (kg)',
        columns: 'Code article, Désignation',
      },
    });
  });

  it('caps the reported errors and counts the rest', async () => {
    const lines = [SKU_HEADER, ...Array.from({ length: 1_200 }, (_, i) => goodSku(`X${i}`, 'n/a'))];
    const e = await rejection(importCsv('skus', lines));
    expect(e.params).toMatchObject({ errorCount: 1_200, shown: 1_000, omitted: 200 });
    expect(e.details).toHaveLength(1_000);
  });

  it('a dry run validates and writes nothing', async () => {
    const result = await importCsv('skus', [SKU_HEADER, goodSku('A-001')], { dryRun: true });
    expect(result).toMatchObject({ imported: 1, dryRun: true });
    expect(await db.repos.skus.count(SITE_ID)).toBe(0);
  });

  it('needs import:run, and a known entity', async () => {
    await expect(
      importEntity({ db }, actorOf('team_leader'), {
        entity: 'skus',
        fileName: 'a.csv',
        bytes: frenchCsv([SKU_HEADER]),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(importCsv('pallets', [SKU_HEADER])).rejects.toMatchObject({ code: 'IMPORT_UNKNOWN_ENTITY' });
  });

  it('a header-only file is FILE_EMPTY', async () => {
    await expect(importCsv('skus', [SKU_HEADER])).rejects.toMatchObject({
      code: 'FILE_EMPTY',
      params: { file: 'skus.csv' },
    });
  });
});

describe('saved mappings', () => {
  const WMS = [
    'ART_CODE;CLI;LIB;L_MM;W_MM;H_MM;PDS_G;UVC_COL;COL_COU;COU_PAL;TEMP;Libellé',
    'A-001;DANONE;Eau;300;200;320;1500;6;12;5;AMB;Eau plate',
  ];

  it('override synonyms: the saved mapping maps WMS headers, "" ignores a column', async () => {
    await saveMapping({ db }, methods, {
      name: 'Export Reflex',
      entity: 'skus',
      columns: {
        ART_CODE: 'code',
        CLI: 'clientCode',
        LIB: 'description',
        L_MM: 'lengthMm',
        W_MM: 'widthMm',
        H_MM: 'heightMm',
        PDS_G: 'weightKg',
        UVC_COL: 'unitsPerCase',
        COL_COU: 'casesPerLayer',
        COU_PAL: 'layersPerPallet',
        TEMP: 'temperatureClass',
        Libellé: '',
      },
    });
    const e = await rejection(importCsv('skus', WMS));
    expect(e.details[0]).toMatchObject({ code: 'IMPORT_MISSING_COLUMN' });
    const result = await importCsv('skus', WMS, { mappingName: 'Export Reflex' });
    expect(result).toMatchObject({ imported: 1, warnings: [] });
    // A saved mapping says which field, not which unit: grams typed in PDS_G stay as typed.
    expect(await db.repos.skus.getByCode(SITE_ID, 'A-001')).toMatchObject({
      description: 'Eau',
      weightKg: 1500,
      temperatureClass: 'ambient',
    });
  });

  it('an unknown mapping name or field is refused', async () => {
    await expect(importCsv('skus', WMS, { mappingName: 'nope' })).rejects.toMatchObject({
      code: 'IMPORT_MAPPING_NOT_FOUND',
    });
    await expect(
      saveMapping({ db }, methods, { name: 'x', entity: 'skus', columns: { A: 'colour' } }),
    ).rejects.toMatchObject({
      code: 'IMPORT_MAPPING_UNKNOWN_FIELD',
      params: { column: 'A', field: 'colour' },
    });
  });

  it('saving again under the same name keeps the id', async () => {
    const a = await saveMapping({ db }, methods, { name: 'M', entity: 'skus', columns: { X: 'code' } });
    const b = await saveMapping({ db }, methods, { name: 'M', entity: 'skus', columns: { Y: 'code' } });
    expect(b.id).toBe(a.id);
    expect(await db.repos.importMappings.list(SITE_ID, 'skus')).toEqual([b]);
  });
});

describe('locations', () => {
  const HEADER =
    'Emplacement;Zone;Type;Allée;Travée;Niveau;Position;X;Y;Z;Largeur;Profondeur;Hauteur;Charge max (kg);Plaque de charge (kg);Occupé;Cellule';
  it('imports with zone, aisle and hazard cell resolved; a beam load below the location load is an error', async () => {
    const ok = await importCsv('locations', [
      HEADER,
      'A-001-01-1;AMB;Palettier;A;1;1;1;1,5;2;0;1 200;1000;1500;1 000;2000;x;C1',
    ]);
    expect(ok.imported).toBe(1);
    expect(await db.repos.locations.getByCode(SITE_ID, 'A-001-01-1')).toMatchObject({
      zoneId: 'z-1',
      aisleId: 'a-1',
      hazardCellId: 'h-1',
      type: 'pallet_rack',
      widthMm: 1200,
      maxLoadKg: 1000,
      maxBeamLoadKg: 2000,
      occupied: true,
      blocked: false,
    });
    const e = await rejection(
      importCsv('locations', [
        HEADER,
        'B-1;ZZZ;Rack;B;1;1;1;1;2;0;1200;1000;1500;1000;800;non;',
        'B-2;AMB;Rack;B;1;1;1;1;2;0;1200;1000;1500;1000;800;non;',
      ]),
    );
    expect(e.details.map((d) => [d.row, d.column, d.code])).toEqual([
      [2, 'Zone', 'IMPORT_UNKNOWN_ZONE'],
      [3, 'Plaque de charge (kg)', 'BEAM_LOAD_BELOW_LOCATION_LOAD'],
    ]);
  });
});

describe('employees with their qualifications sheet', () => {
  const staff = [
    [
      'Matricule',
      'Nom',
      'Prénom',
      'Contrat',
      "Date d'entrée",
      'Fin de contrat',
      'Agence',
      'Heures hebdo',
      'Poste',
      'Équipe',
    ],
    ['M001', 'Dupont', 'Hélène', 'CDI', new Date(Date.UTC(2019, 3, 1)), null, null, 35, 'Cariste', 'Matin'],
    ['M100', 'Martin', 'Paul', 'Intérim', '02/03/2026', 46112, 'Adecco', 35, 'Préparateur', 'Après-midi'],
  ];
  const quals = [
    ['Matricule', 'Nom', 'CACES', 'Catégorie', "Date d'obtention", "Date d'expiration"],
    ['M001', 'Dupont', 'R489', '5', '12/06/2023', null],
    ['M100', 'Martin', 'R489', '1a', 45000, 46827],
    ['M002', 'Benali', 'R485', '2', '01/02/2024', '01/02/2029'],
  ];

  it('takes both sheets at once: qualifications replace those of the people named', async () => {
    const bytes = await workbook({ Personnel: staff, Habilitations: quals });
    const result = await importEntity({ db }, methods, {
      entity: 'employees',
      fileName: 'equipe.xlsx',
      bytes,
    });
    expect(result.imported).toBe(3);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'IMPORT_LICENCE_EXPIRY_COMPUTED',
        sheet: 'Habilitations',
        params: expect.objectContaining({ count: 1, rows: '2' }),
      }),
    ]);
    const m001 = await db.repos.employees.getByCode(SITE_ID, 'M001');
    expect(m001?.id).toBe('e-1');
    expect(m001?.qualifications).toEqual([
      { kind: 'licence', scheme: 'R489', category: '5', issuedOn: '2023-06-12', expiresOn: '2028-06-12' },
    ]);
    const m100 = await db.repos.employees.getByCode(SITE_ID, 'M100');
    expect(m100).toMatchObject({
      id: deterministicId('emp', SITE_ID, 'M100'),
      contract: { kind: 'temp', start: '2026-03-02', end: '2026-03-31', agency: 'Adecco' },
      jobRole: 'picker',
      qualifications: [
        { kind: 'licence', scheme: 'R489', category: '1A', issuedOn: '2023-03-15', expiresOn: '2028-03-15' },
      ],
    });
    expect((await db.repos.employees.getByCode(SITE_ID, 'M002'))?.qualifications).toHaveLength(1);
  });

  it('is all-or-nothing across both sheets', async () => {
    const before = db.snapshot();
    const badQuals = [
      ...quals,
      ['M100', 'Martin', 'R489', '9', '01/01/2024', '01/01/2029'],
      ['M999', 'X', 'R489', '3', '01/01/2024', null],
    ];
    const bytes = await workbook({ Employees: staff, Qualifications: badQuals });
    const e = await rejection(
      importEntity({ db }, methods, { entity: 'employees', fileName: 'staff.xlsx', bytes }),
    );
    expect(e.details.map((d) => [d.sheet, d.row, d.column, d.value, d.code])).toEqual([
      ['Qualifications', 5, 'Catégorie', '9', 'UNKNOWN_LICENCE_CATEGORY'],
      ['Qualifications', 6, 'Matricule', 'M999', 'IMPORT_UNKNOWN_EMPLOYEE'],
    ]);
    expect(db.snapshot()).toBe(before);
  });

  it('an employees-only file keeps stored qualifications; a CDD without end date is refused', async () => {
    await importEntity({ db }, methods, {
      entity: 'employees',
      fileName: 'p.xlsx',
      bytes: await workbook({ Personnel: staff.slice(0, 2) }),
    });
    expect((await db.repos.employees.getByCode(SITE_ID, 'M001'))?.qualifications).toHaveLength(2);
    const e = await rejection(
      importCsv('employees', [
        'Matricule;Nom;Prénom;Contrat;Entrée;Heures hebdo;Poste',
        'M200;Roux;Léa;CDD;01/03/2026;35;Cariste',
      ]),
    );
    expect(e.details).toEqual([
      expect.objectContaining({ row: 2, column: null, field: 'contractEnd', code: 'CONTRACT_END_REQUIRED' }),
    ]);
  });

  it('a qualifications CSV alone updates the people it names', async () => {
    const result = await importCsv('qualifications', [
      "Matricule;Type d'habilitation;Recommandation;Catégorie;Date d'obtention;Date d'expiration",
      'M002;CACES;R489;3;01/02/2024;01/02/2029',
      'M002;Aptitude médicale;;;15/01/2025;15/01/2027',
    ]);
    expect(result.imported).toBe(2);
    expect((await db.repos.employees.getByCode(SITE_ID, 'M002'))?.qualifications.map((q) => q.kind)).toEqual([
      'licence',
      'medical_fitness',
    ]);
    expect((await db.repos.employees.getByCode(SITE_ID, 'M001'))?.qualifications).toHaveLength(2);
  });
});

describe('absences', () => {
  it('imports by matricule; the same (matricule, first day) updates in place', async () => {
    const header = 'Matricule;Motif;Du;Au;Commentaire';
    await importCsv('absences', [header, 'M001;CP;03/08/2026;21/08/2026;Été']);
    await importCsv('absences', [header, 'M001;Congés payés;03/08/2026;14/08/2026;Écourté']);
    const all = await db.repos.absences.all(SITE_ID);
    expect(all).toEqual([
      {
        id: deterministicId('abs', SITE_ID, 'M001', '2026-08-03'),
        siteId: SITE_ID,
        employeeId: 'e-1',
        kind: 'paid_leave',
        from: '2026-08-03',
        to: '2026-08-14',
        planned: true,
        note: 'Écourté',
      },
    ]);
    const e = await rejection(
      importCsv('absences', [
        header,
        'M404;Maladie;01/02/2026;03/02/2026;',
        'M001;RTT;10/02/2026;09/02/2026;',
        'M001;RTT;31/02/2026;31/02/2026;',
      ]),
    );
    expect(e.details.map((d) => [d.row, d.column, d.value, d.code])).toEqual([
      [4, 'Du', '31/02/2026', 'INVALID_DATE'],
      [4, 'Au', '31/02/2026', 'INVALID_DATE'],
      [2, 'Matricule', 'M404', 'IMPORT_UNKNOWN_EMPLOYEE'],
      [3, 'Au', '09/02/2026', 'ABSENCE_END_BEFORE_START'],
    ]);
  });
});
