// Import preview and saved mappings over HTTP: analyse a WMS export, save its mapping, import with it; export language.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../testing/api-harness.ts';

const WMS_CSV = [
  'ART_CODE;CLI;LIB;L_MM;W_MM;H_MM;PDS;UVC_COL;COL_COU;COU_PAL;TEMP;Couleur',
  'WMS-1;ALPHA;Eau plate;300;200;320;1,5;6;12;5;AMB;bleu',
  'WMS-2;ALPHA;Eau gazeuse;300;200;320;1,6;6;12;5;AMB;vert',
].join('\r\n');

const REFLEX = {
  ART_CODE: 'code',
  CLI: 'clientCode',
  LIB: 'description',
  L_MM: 'lengthMm',
  W_MM: 'widthMm',
  H_MM: 'heightMm',
  PDS: 'weightKg',
  UVC_COL: 'unitsPerCase',
  COL_COU: 'casesPerLayer',
  COU_PAL: 'layersPerPallet',
  TEMP: 'temperatureClass',
  Couleur: '',
};

function upload(extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set('file', new File([`\ufeff${WMS_CSV}\r\n`], 'reflex.csv', { type: 'text/csv' }));
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  return form;
}

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h?.dispose());

describe('POST /api/import/:entity/preview', () => {
  it('gives headers, first rows, localised fields and the mapping synonyms give, without importing', async () => {
    const res = await h.call('methods', 'POST', '/api/import/skus/preview', upload(), {
      'X-Logipilot-Lang': 'en',
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.sheets[0].headers[0]).toBe('ART_CODE');
    expect(body.sheets[0].sampleRows).toHaveLength(2);
    expect(body.sheets[0].sampleRows[0].slice(0, 3)).toEqual(['WMS-1', 'ALPHA', 'Eau plate']);
    expect(body.mapping.ART_CODE).toBe('');
    expect(body.missingRequired).toEqual(expect.arrayContaining(['code', 'weightKg']));
    expect(body.unknownHeaders).toContain('Couleur');
    expect(body.fields.find((f: { id: string }) => f.id === 'code')).toMatchObject({
      required: true,
      label: 'Item code',
    });
    expect((await h.call('admin', 'GET', '/api/skus?q=WMS-')).status).toBe(200);
    expect((await (await h.call('admin', 'GET', '/api/skus?q=WMS-')).json()).total).toBe(0);
  });

  it('refuses a team leader (no import:run) and an unknown saved mapping', async () => {
    expect((await h.call('leader', 'POST', '/api/import/skus/preview', upload())).status).toBe(403);
    const res = await h.call('methods', 'POST', '/api/import/skus/preview', upload({ mapping: 'nope' }));
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('IMPORT_MAPPING_NOT_FOUND');
  });
});

describe('POST /api/import/mappings', () => {
  it('saves a mapping (audited), lists it, previews and imports with it', async () => {
    const saved = await h.call('methods', 'POST', '/api/import/mappings', {
      name: 'Export Reflex',
      entity: 'skus',
      columns: REFLEX,
    });
    expect(saved.status).toBe(200);
    const mapping = await saved.json();
    expect(mapping).toMatchObject({ name: 'Export Reflex', entity: 'skus', columns: REFLEX });
    expect(mapping).not.toHaveProperty('siteId');

    const list = await (await h.call('methods', 'GET', '/api/import/mappings?entity=skus')).json();
    expect(list.items.map((m: { name: string }) => m.name)).toContain('Export Reflex');
    const audit = await (await h.call('admin', 'GET', '/api/audit?entity=import-mappings')).json();
    expect(audit.items[0]).toMatchObject({
      action: 'create',
      entity: 'import-mappings',
      username: 'methods',
    });

    const preview = await (
      await h.call('methods', 'POST', '/api/import/skus/preview', upload({ mapping: 'Export Reflex' }))
    ).json();
    expect(preview).toMatchObject({ missingRequired: [], unknownHeaders: [], mapping: REFLEX });

    const imported = await h.call(
      'methods',
      'POST',
      '/api/import/skus',
      upload({ mapping: 'Export Reflex' }),
    );
    expect(await imported.json()).toMatchObject({ imported: 2, warnings: [] });
  });

  it('refuses an unknown field (naming the column), a blank name and a role without import:run', async () => {
    const bad = await h.call('methods', 'POST', '/api/import/mappings', {
      name: 'X',
      entity: 'skus',
      columns: { A: 'colour' },
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error).toMatchObject({
      code: 'IMPORT_MAPPING_UNKNOWN_FIELD',
      params: { column: 'A', field: 'colour' },
    });
    const blank = await h.call('methods', 'POST', '/api/import/mappings', {
      name: '  ',
      entity: 'skus',
      columns: {},
    });
    expect(blank.status).toBe(400);
    expect((await blank.json()).error.field).toBe('name');
    const leader = await h.call('leader', 'POST', '/api/import/mappings', {
      name: 'L',
      entity: 'skus',
      columns: {},
    });
    expect(leader.status).toBe(403);
  });
});

describe('GET /api/export/:entity?lang=', () => {
  it('writes the headers in the language the link names', async () => {
    const headers = async (lang: string) => {
      const res = await h.call('methods', 'GET', `/api/export/skus?lang=${lang}`);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      return ((wb.worksheets[0]?.getRow(1).values ?? []) as unknown[]).slice(1);
    };
    expect(await headers('fr')).toContain('Code article');
    expect(await headers('en')).toContain('Item code');
    expect((await h.call('methods', 'GET', '/api/export/skus?lang=de')).status).toBe(400);
  });
});
