import { isDomainError } from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { detectSeparator, readCsv } from './read-csv.ts';
import { readTable } from './read-table.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);

/** Encodes text as Windows-1252 (enough for French accents and €), as Excel on Windows writes its CSV. */
function cp1252(s: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92, œ: 0x9c, Œ: 0x8c };
  return new Uint8Array([...s].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

async function codeOf(p: Promise<unknown>): Promise<{ code: string; params: unknown }> {
  try {
    await p;
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, params: e.params };
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('readCsv', () => {
  it('strips the UTF-8 BOM and reads `;` with decimal commas as text', () => {
    const table = readCsv({
      fileName: 'articles.csv',
      bytes: withBom('Code article;Poids (kg)\r\nA-001;1,5\r\n'),
    });
    expect(table.sheets).toHaveLength(1);
    const sheet = table.sheets[0]!;
    expect(sheet.name).toBe('articles');
    expect(sheet.headers).toEqual(['Code article', 'Poids (kg)']);
    expect(sheet.rows).toEqual([{ rowNumber: 2, cells: { 'Code article': 'A-001', 'Poids (kg)': '1,5' } }]);
  });

  it('keeps separators and newlines inside quoted fields, and counts a multi-line record as one row', () => {
    const text = 'Code;Désignation;Famille\n"A;1";"Eau\nminérale";Boissons\nB-2;Jus;Boissons\n';
    const sheet = readCsv({ fileName: 'a.csv', bytes: utf8(text) }).sheets[0]!;
    expect(sheet.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(sheet.rows[0]!.cells).toEqual({ Code: 'A;1', Désignation: 'Eau\nminérale', Famille: 'Boissons' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const sheet = readCsv({
      fileName: 'perso.csv',
      bytes: cp1252('Matricule;Prénom;Équipe\r\n42;Hélène;Nuit à œuvre €\r\n'),
    }).sheets[0]!;
    expect(sheet.headers).toEqual(['Matricule', 'Prénom', 'Équipe']);
    expect(sheet.rows[0]!.cells).toEqual({ Matricule: '42', Prénom: 'Hélène', Équipe: 'Nuit à œuvre €' });
  });

  it('ignores blank lines but keeps the row numbers Excel shows', () => {
    const sheet = readCsv({ fileName: 'a.csv', bytes: utf8('Code;Poids\n\nA;1\n;\n\nB;2\n') }).sheets[0]!;
    expect(sheet.rows.map((r) => [r.rowNumber, r.cells.Code])).toEqual([
      [3, 'A'],
      [6, 'B'],
    ]);
  });

  it('detects `,` and tab separators, and prefers `;` on a tie', () => {
    expect(detectSeparator('Code,Weight,Description\nA,1.5,x')).toBe(',');
    expect(detectSeparator('Code\tWeight\tDescription, long\nA\t1\tx')).toBe('\t');
    expect(detectSeparator('Code;Poids (kg, net)\nA;1')).toBe(';');
    expect(detectSeparator('"Code;x",Weight,Other\n')).toBe(',');
    const sheet = readCsv({ fileName: 'items.csv', bytes: utf8('Code,Weight\nA,"1,234.5"\n') }).sheets[0]!;
    expect(sheet.rows[0]!.cells).toEqual({ Code: 'A', Weight: '1,234.5' });
  });

  it('blank cells are null, missing trailing cells too, blank headers drop their column', () => {
    const sheet = readCsv({ fileName: 'a.csv', bytes: utf8('Code;;Poids;\nA;x;  \nB\n') }).sheets[0]!;
    expect(sheet.headers).toEqual(['Code', 'Poids']);
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      { Code: 'A', Poids: null },
      { Code: 'B', Poids: null },
    ]);
  });

  it('reads UTF-16 "Unicode text" exports', () => {
    const text = 'Code\tPoids\r\nÉ1\t2\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const sheet = readCsv({ fileName: 'a.txt', bytes }).sheets[0]!;
    expect(sheet.rows[0]!.cells).toEqual({ Code: 'É1', Poids: '2' });
  });
});

describe('malformed files', () => {
  it('an unclosed quote is FILE_UNREADABLE naming the file', async () => {
    expect(
      await codeOf(readTable({ fileName: 'bad.csv', bytes: utf8('Code;Nom\nA;"oops\n') })),
    ).toMatchObject({
      code: 'FILE_UNREADABLE',
      params: { file: 'bad.csv' },
    });
  });

  it('an empty file is FILE_EMPTY, a blank first row FILE_NO_HEADER', async () => {
    expect((await codeOf(readTable({ fileName: 'e.csv', bytes: new Uint8Array() }))).code).toBe('FILE_EMPTY');
    expect((await codeOf(readTable({ fileName: 'e.csv', bytes: utf8('\n\n;;\n') }))).code).toBe('FILE_EMPTY');
    expect((await codeOf(readTable({ fileName: 'h.csv', bytes: utf8(';;\nA;1\n') }))).code).toBe(
      'FILE_NO_HEADER',
    );
  });

  it('an old .xls or a PDF is FILE_TYPE_UNSUPPORTED', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await codeOf(readTable({ fileName: 'old.xls', bytes: ole }))).toMatchObject({
      code: 'FILE_TYPE_UNSUPPORTED',
      params: { file: 'old.xls' },
    });
    expect((await codeOf(readTable({ fileName: 'a.pdf', bytes: utf8('%PDF-1.4') }))).code).toBe(
      'FILE_TYPE_UNSUPPORTED',
    );
  });

  it('a damaged workbook is FILE_UNREADABLE', async () => {
    const zipStart = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect(await codeOf(readTable({ fileName: 'broken.xlsx', bytes: zipStart }))).toMatchObject({
      code: 'FILE_UNREADABLE',
      params: { file: 'broken.xlsx' },
    });
  });
});
