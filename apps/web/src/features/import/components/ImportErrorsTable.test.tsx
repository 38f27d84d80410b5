// @vitest-environment jsdom
// A rejected import shows one table row per row error (file, row, column, value, message).
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportRowError } from '../../../api/types.ts';
import { fakeFetch, renderInLang } from '../../../testing/renderInLang.tsx';
import { ImportPage } from '../pages/ImportPage.tsx';
import { ImportErrorsTable } from './ImportErrorsTable.tsx';

const errors: ImportRowError[] = [
  {
    file: 'articles.csv',
    row: 3,
    column: 'weightKg',
    value: 'lourd',
    code: 'IMPORT_INVALID_NUMBER',
    message: 'Nombre invalide (exemple attendu : 12,5).',
  },
  {
    file: 'articles.csv',
    row: 1204,
    column: 'temperatureClass',
    value: 'tiède',
    code: 'VALIDATION_FAILED',
    message: 'Valeur invalide.',
  },
];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ImportErrorsTable', () => {
  it('renders one row per error with its row number in the locale format', () => {
    renderInLang('fr', <ImportErrorsTable errors={errors} />);
    const table = screen.getByTestId('import-errors');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('articles.csv');
    expect(rows[0]?.textContent).toContain('weightKg');
    expect(rows[0]?.textContent).toContain('lourd');
    expect(rows[0]?.textContent).toContain('Nombre invalide');
    expect(rows[1]?.querySelector('td.num')?.textContent).toBe('1\u202f204');
    expect(screen.getByRole('heading', { name: '2 erreurs à corriger' })).toBeTruthy();
    expect(within(table).getByText('Colonne')).toBeTruthy();
  });
});

describe('ImportPage', () => {
  it('posts the file as multipart and shows the row errors of a 422', async () => {
    const spy = fakeFetch(({ method, path }) => {
      if (path === '/api/import/mappings') return { status: 200, body: { items: [] } };
      if (method === 'POST' && path === '/api/import/skus') {
        return {
          status: 422,
          body: {
            error: {
              code: 'IMPORT_REJECTED',
              message: 'Import rejected: the file contains errors.',
              field: null,
            },
            errors: [errors[0]],
          },
        };
      }
      return null;
    });
    renderInLang('en', <ImportPage />);
    const file = new File(['\ufeffcode;weightKg\nA1;lourd\n'], 'articles.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
    fireEvent.click(screen.getByTestId('import-submit'));

    const table = await screen.findByTestId('import-errors');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('Import rejected: the file contains errors.')).toBeTruthy();
    const post = spy.mock.calls.find(([, init]) => init?.method === 'POST');
    const body = post?.[1]?.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect((body.get('file') as File).name).toBe('articles.csv');
  });

  it('shows the imported count on success', async () => {
    fakeFetch(({ method, path }) => {
      if (path === '/api/import/mappings') return { status: 200, body: { items: [] } };
      if (method === 'POST')
        return { status: 200, body: { entity: 'skus', file: 'articles.csv', imported: 1250 } };
      return null;
    });
    renderInLang('fr', <ImportPage />);
    const file = new File(['code\nA1\n'], 'articles.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
    fireEvent.click(screen.getByTestId('import-submit'));
    expect((await screen.findByTestId('import-success')).textContent).toBe(
      '1\u202f250 lignes importées depuis articles.csv.',
    );
  });
});
