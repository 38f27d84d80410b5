// @vitest-environment jsdom
// The mapping step: "Analyse" shows each column of the file with samples and a field select; changing a select
// updates the mapping and the missing required fields; saving posts the mapping and selects it for the import.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderInLang } from '../../../testing/renderInLang.tsx';
import type { ImportPreview } from '../hooks/useMappingStep.ts';
import { ImportPage } from '../pages/ImportPage.tsx';

const field = (id: string, required: boolean) => ({
  id,
  required,
  label: id,
  labelKey: `import.column.skus.${id}`,
  template: 'skus' as const,
});

const preview: ImportPreview = {
  entity: 'skus',
  file: 'reflex.csv',
  sheets: [
    {
      name: 'reflex',
      template: 'skus',
      headers: ['ART_CODE', 'Désignation', 'PDS'],
      sampleRows: [
        ['A-001', 'Eau plate', '1,5'],
        ['A-002', 'Eau gazeuse', '1,6'],
      ],
      mapping: { ART_CODE: '', Désignation: 'description', PDS: '' },
      missingRequired: ['code', 'weightKg'],
      unknownHeaders: ['ART_CODE', 'PDS'],
    },
  ],
  fields: [field('code', true), field('description', false), field('weightKg', true)],
  mapping: { ART_CODE: '', Désignation: 'description', PDS: '' },
  missingRequired: ['code', 'weightKg'],
  unknownHeaders: ['ART_CODE', 'PDS'],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function analysed(lang: 'fr' | 'en', spy = serve()) {
  renderInLang(lang, <ImportPage />);
  const file = new File(['ART_CODE;Désignation;PDS\nA-001;Eau plate;1,5\n'], 'reflex.csv', {
    type: 'text/csv',
  });
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
  fireEvent.click(screen.getByTestId('import-analyse'));
  await screen.findByTestId('mapping-step');
  return spy;
}

function serve() {
  const mappings: { id: string; name: string; entity: string; columns: Record<string, string> }[] = [];
  return fakeFetch(({ method, path, init }) => {
    if (path === '/api/import/mappings' && method === 'GET')
      return { status: 200, body: { items: mappings } };
    if (path === '/api/import/mappings' && method === 'POST') {
      const body = JSON.parse(String(init?.body));
      mappings.push({ id: 'map-1', ...body });
      return { status: 200, body: { id: 'map-1', ...body } };
    }
    if (path === '/api/import/skus/preview') return { status: 200, body: preview };
    return null;
  });
}

describe('MappingStep on the import page', () => {
  it('shows every column with its samples and the required fields still missing', async () => {
    await analysed('fr');
    const table = screen.getByTestId('mapping-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('td.code')?.textContent)).toEqual([
      'ART_CODE',
      'Désignation',
      'PDS',
    ]);
    expect(rows[0]?.textContent).toContain('A-001');
    expect(rows[0]?.textContent).toContain('A-002');
    expect((screen.getByTestId('mapping-select-Désignation') as HTMLSelectElement).value).toBe('description');
    expect(screen.getByTestId('mapping-missing').textContent).toBe(
      "2 champs obligatoires n'ont pas de colonne : Code article, Poids unitaire (kg).",
    );
    expect(
      within(screen.getByTestId('mapping-select-ART_CODE')).getByText('Code article (obligatoire)'),
    ).toBeTruthy();
  });

  it('changing a select updates the mapping and the missing fields, and flags a field chosen twice', async () => {
    await analysed('en');
    fireEvent.change(screen.getByTestId('mapping-select-ART_CODE'), { target: { value: 'code' } });
    expect(screen.getByTestId('mapping-missing').textContent).toBe(
      '1 required field has no column: Unit weight (kg).',
    );
    expect(screen.getByText(/Unsaved changes/)).toBeTruthy();
    fireEvent.change(screen.getByTestId('mapping-select-PDS'), { target: { value: 'weightKg' } });
    expect(screen.queryByTestId('mapping-missing')).toBeNull();
    expect(screen.getByTestId('mapping-complete').textContent).toBe('Every required field has a column.');
    fireEvent.change(screen.getByTestId('mapping-select-PDS'), { target: { value: 'code' } });
    expect(screen.getByText('Same field as column "ART_CODE": choose only one.')).toBeTruthy();
  });

  it('saves the edited mapping under a name, lists it and imports with it', async () => {
    const spy = await analysed('en');
    fireEvent.change(screen.getByTestId('mapping-select-ART_CODE'), { target: { value: 'code' } });
    fireEvent.change(screen.getByTestId('mapping-select-PDS'), { target: { value: 'weightKg' } });
    fireEvent.change(screen.getByTestId('mapping-name'), { target: { value: ' Export Reflex ' } });
    fireEvent.click(screen.getByTestId('mapping-save'));

    expect((await screen.findByTestId('mapping-saved')).textContent).toBe(
      'Mapping "Export Reflex" saved and selected for the import.',
    );
    const post = spy.mock.calls.find(
      ([url, init]) => String(url).endsWith('/api/import/mappings') && init?.method === 'POST',
    );
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      name: 'Export Reflex',
      entity: 'skus',
      columns: { ART_CODE: 'code', Désignation: 'description', PDS: 'weightKg' },
    });
    await waitFor(() =>
      expect((screen.getByTestId('import-mapping') as HTMLSelectElement).value).toBe('Export Reflex'),
    );
    fireEvent.click(screen.getByTestId('import-submit'));
    await waitFor(() =>
      expect(
        spy.mock.calls.some(
          ([url, init]) => String(url).endsWith('/api/import/skus') && init?.method === 'POST',
        ),
      ).toBe(true),
    );
    const upload = spy.mock.calls.find(([url]) => String(url).endsWith('/api/import/skus'));
    expect((upload?.[1]?.body as FormData | undefined)?.get('mapping')).toBe('Export Reflex');
  });
});
