// How thrown values become the CLI's error document and sentences: codes, row details, the data-folder lock.
import { DomainError } from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { renderError } from './render-error.ts';
import { UsageError } from './usage-error.ts';

describe('renderError', () => {
  it('a usage error exits 2, any other failure 1', () => {
    expect(renderError(new UsageError('CLI_UNKNOWN_OPTION', { option: '--x' }, 'demo'), 'en').exitCode).toBe(
      2,
    );
    expect(renderError(new DomainError('CLI_STORE_EMPTY'), 'en').exitCode).toBe(1);
  });

  it('an unexpected exception becomes INTERNAL_ERROR, never a stack trace in the document', () => {
    const { document } = renderError(new TypeError('x is undefined'), 'fr');
    expect(document.error.code).toBe('INTERNAL_ERROR');
    expect(document.error.message).not.toContain('x is undefined');
  });

  it('an import rejection lists each row error with the file, in the requested language', () => {
    const detail = {
      file: 'articles.xlsx',
      sheet: 'Articles',
      row: 7,
      column: 'Poids',
      value: 'abc',
      code: 'INVALID_NUMBER',
      params: { file: 'articles.xlsx', sheet: 'Articles', row: 7, column: 'Poids', value: 'abc' },
    };
    const error = new DomainError('IMPORT_REJECTED', {
      params: { file: 'articles.xlsx', errorCount: 1001, shown: 1, omitted: 1000 },
      details: [detail],
    });
    const fr = renderError(error, 'fr');
    expect(fr.lines[1]).toContain('articles.xlsx, feuille « Articles »');
    expect(fr.lines[1]).toContain('Ligne 7, colonne « Poids »');
    expect(fr.lines[2]).toContain('1000');
    const en = renderError(error, 'en');
    expect(en.document.error.details?.[0]).toMatchObject({ row: 7, column: 'Poids', value: 'abc' });
    expect(en.document.error.details?.[0]?.message).toMatch(/^Row 7, column/);
  });

  it('a folder held by a server names its PID and port and points to the web interface', () => {
    const served = renderError(
      new DomainError('DATA_DIR_IN_USE', { params: { pid: 4242, port: 3000 } }),
      'en',
    );
    expect(served.document.error.code).toBe('DATA_DIR_IN_USE');
    expect(served.lines[0]).toContain('4242');
    expect(served.lines[0]).toContain('http://127.0.0.1:3000');
    const busy = renderError(new DomainError('DATA_DIR_IN_USE', { params: { pid: 4242, port: null } }), 'fr');
    expect(busy.lines[0]).toContain('4242');
    expect(busy.lines[0]).not.toContain('http');
  });
});
