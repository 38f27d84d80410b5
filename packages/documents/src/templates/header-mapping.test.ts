import { hasKey } from '@logipilot/i18n';
import { describe, expect, it } from 'vitest';
import { CHOICES, choiceLabel } from './choices.ts';
import { headerIndex, mapHeaders } from './header-mapping.ts';
import { parseRow } from './parse-row.ts';
import { TEMPLATES } from './registry.ts';
import { skuTemplate } from './skus.ts';
import { TEMPLATE_ENTITIES } from './template.ts';

const ids = (m: ReturnType<typeof mapHeaders>) =>
  Object.fromEntries(m.columns.map((c) => [c.header, [c.field.id, c.factor]]));

describe('templates', () => {
  it.each(TEMPLATE_ENTITIES)(
    '%s: every label is in both catalogues and no header names two fields',
    (entity) => {
      const t = TEMPLATES[entity];
      for (const f of t.fields) {
        expect(hasKey('fr', `import.column.${entity}.${f.id}`)).toBe(true);
        expect(hasKey('en', `import.column.${entity}.${f.id}`)).toBe(true);
      }
      expect(() => headerIndex(t)).not.toThrow();
    },
  );

  it('every choice label the export writes reads back as its value', () => {
    for (const [set, parser] of Object.entries(CHOICES)) {
      for (const value of parser.values) {
        for (const lang of ['fr', 'en'] as const) {
          expect(parser.parse(choiceLabel(set as keyof typeof CHOICES, value, lang))).toEqual({
            ok: true,
            value,
          });
        }
      }
    }
  });
});

describe('mapHeaders', () => {
  it('matches French and English synonyms whatever the case, accents and punctuation', () => {
    const m = mapHeaders(
      [
        'REF. ARTICLE',
        "donneur d'ordre",
        'Libelle',
        'Long. (cm)',
        'Largeur (m)',
        'Height',
        'Poids unitaire (g)',
        'Pcb',
        'Colis/couche',
        'Nb couches',
        'Régime',
        'N° ONU',
        'Classe ADR',
        "Groupe d'emballage",
        'DLUO/DLC (jours)',
      ],
      skuTemplate,
    );
    expect(m.problems).toEqual([]);
    expect(m.unknown).toEqual([]);
    expect(ids(m)).toMatchObject({
      'REF. ARTICLE': ['code', 1],
      "donneur d'ordre": ['clientCode', 1],
      'Long. (cm)': ['lengthMm', 10],
      'Largeur (m)': ['widthMm', 1000],
      'Poids unitaire (g)': ['weightKg', 0.001],
      'N° ONU': ['unNumber', 1],
      'DLUO/DLC (jours)': ['shelfLifeDays', 1],
    });
  });

  it('lets a saved mapping override synonyms and ignore columns', () => {
    const m = mapHeaders(['Article', 'Référence', 'Poids'], skuTemplate, {
      Article: 'description',
      référence: 'code',
      poids: '',
    });
    expect(ids(m)).toEqual({ Article: ['description', 1], Référence: ['code', 1] });
    expect(m.unknown).toEqual([]);
  });

  it('reports unknown columns, duplicate columns and each missing required field with the columns found', () => {
    const m = mapHeaders(['SKU', 'Item', 'Couleur'], skuTemplate);
    expect(m.unknown).toEqual(['Couleur']);
    expect(m.problems[0]).toEqual({
      code: 'IMPORT_DUPLICATE_COLUMN',
      field: 'code',
      column: 'Item',
      params: { field: 'code', otherColumn: 'SKU' },
    });
    expect(m.problems.filter((p) => p.code === 'IMPORT_MISSING_COLUMN').map((p) => p.field)).toEqual([
      'clientCode',
      'description',
      'lengthMm',
      'widthMm',
      'heightMm',
      'weightKg',
      'unitsPerCase',
      'casesPerLayer',
      'layersPerPallet',
      'temperatureClass',
    ]);
    expect(m.problems.find((p) => p.field === 'clientCode')?.params).toEqual({
      field: 'clientCode',
      expected: 'Code client / Client code',
      columns: 'SKU, Item, Couleur',
    });
  });
});

describe('parseRow', () => {
  it('parses mapped cells, scales units, leaves absent columns undefined and reports bad cells', () => {
    const m = mapHeaders(['Code', 'Poids (g)', 'Température', 'PCB', 'Désignation'], skuTemplate);
    const r = parseRow<typeof skuTemplate>(m.columns, {
      rowNumber: 7,
      cells: { Code: ' A1 ', 'Poids (g)': '1 250', Température: 'Surgelé', PCB: '6,5', Désignation: null },
    });
    expect(r.values).toEqual({
      code: 'A1',
      weightKg: 1.25,
      temperatureClass: 'negative_cold',
      description: null,
    });
    expect(r.problems).toEqual([
      { field: 'unitsPerCase', column: 'PCB', value: '6,5', code: 'INVALID_INTEGER', params: {} },
      { field: 'description', column: 'Désignation', value: null, code: 'VALUE_REQUIRED', params: {} },
    ]);
  });
});
