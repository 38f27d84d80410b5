// @vitest-environment jsdom
// The import page offers every importable entity with its label in the interface language, forecast volumes included.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderInLang } from '../../../testing/renderInLang.tsx';
import { IMPORT_ENTITIES } from '../hooks/useImport.ts';
import { ImportPage } from './ImportPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function entityOptions(): { value: string; label: string }[] {
  return within(screen.getByTestId('import-entity'))
    .getAllByRole('option')
    .map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' }));
}

describe('import entity list', () => {
  it('lists forecast volumes among the entities', () => {
    expect(IMPORT_ENTITIES).toContain('forecast-volumes');
  });

  it.each([
    ['fr', 'Prévisions de volumes', 'Articles (réf. / SKU)'],
    ['en', 'Forecast volumes', 'Items (SKUs)'],
  ] as const)('labels every entity in %s', (lang, forecastLabel, skuLabel) => {
    fakeFetch(({ path }) => (path === '/api/import/mappings' ? { status: 200, body: { items: [] } } : null));
    renderInLang(lang, <ImportPage />);
    const options = entityOptions();
    expect(options.map((o) => o.value)).toEqual([...IMPORT_ENTITIES]);
    expect(options.find((o) => o.value === 'forecast-volumes')?.label).toBe(forecastLabel);
    expect(options.find((o) => o.value === 'skus')?.label).toBe(skuLabel);
    // No entity falls back to its raw key.
    for (const o of options) expect(o.label).not.toBe(`import.entity.${o.value}`);
  });

  it('imports a forecast file to /api/import/forecast-volumes and reads its saved mappings', async () => {
    const spy = fakeFetch(({ method, path }) => {
      if (path === '/api/import/mappings') return { status: 200, body: { items: [] } };
      if (method === 'POST' && path === '/api/import/forecast-volumes')
        return { status: 200, body: { entity: 'forecast-volumes', file: 'budget.csv', imported: 3 } };
      return null;
    });
    renderInLang('fr', <ImportPage />);
    fireEvent.change(screen.getByTestId('import-entity'), { target: { value: 'forecast-volumes' } });
    const file = new File(
      ['client;flux;date;quantité\nEPICEA;order_lines;02/11/2026;1 234,5\n'],
      'budget.csv',
      {
        type: 'text/csv',
      },
    );
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
    fireEvent.click(screen.getByTestId('import-submit'));
    expect((await screen.findByTestId('import-success')).textContent).toBe(
      '3 lignes importées depuis budget.csv.',
    );
    await waitFor(() =>
      expect(
        spy.mock.calls.some(([url]) => String(url).includes('/api/import/mappings?entity=forecast-volumes')),
      ).toBe(true),
    );
  });
});
