// Monthly actuals files read back: French CSV in Windows-1252, English CSV, XLSX with date cells, every problem of
// a bad file reported at once by row and column, exact euro-to-cent conversion, and the template read back.
import { DomainError } from '@logipilot/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ACTUALS_FILE_INVALID, actualsTemplateCsv, eurosToExactCents, readActuals } from './read-actuals.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Windows-1252 as French Excel saves a CSV: é and the other accents as Latin-1, € as 0x80. */
const cp1252 = (text: string): Uint8Array => {
  const bytes = Buffer.from(text.replace(/€/g, '\u0080'), 'latin1');
  return new Uint8Array(bytes);
};

async function errorOf(run: () => Promise<unknown>): Promise<DomainError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('eurosToExactCents', () => {
  it.each([
    [1234.56, 123_456],
    [0.1 + 0.2, 30],
    [1064, 106_400],
    [0.125, 13],
    [19.995, 2_000],
    [1234.5600000000002, 123_456],
    [0, 0],
    [0.004, 0],
    [-12.345, -1_235],
  ])('%s € → %s c', (euros, cents) => {
    expect(eurosToExactCents(euros)).toBe(cents);
  });

  it('refuses amounts a double cannot hold to the cent', () => {
    expect(eurosToExactCents(1e14)).toBeNull();
    expect(eurosToExactCents(Number.NaN)).toBeNull();
  });
});

describe('readActuals', () => {
  it('reads a French Excel CSV in Windows-1252 with decimal commas and spaces between thousands', async () => {
    const text = [
      'Mois;Centre de coût;Ligne;Volume;Heures;Coût €',
      '2027-03;PRE;picking/order_line;9 000;95,5;2 312,40',
      '03/2027;PRE; Loyer ;;;5 000',
      ';;;;;',
      '2027-04;REC;Receiving / Pallet;1\u00a0100;60;1 370,00',
    ].join('\r\n');
    const lines = await readActuals({ fileName: 'réalisé.csv', bytes: cp1252(text) }, 2027);
    expect(lines).toEqual([
      {
        month: '2027-03',
        costCentre: 'PRE',
        key: 'picking/order_line',
        volume: 9_000,
        hours: 95.5,
        costCents: 231_240,
      },
      { month: '2027-03', costCentre: 'PRE', key: 'loyer', costCents: 500_000 },
      {
        month: '2027-04',
        costCentre: 'REC',
        key: 'receiving/pallet',
        volume: 1_100,
        hours: 60,
        costCents: 137_000,
      },
    ]);
  });

  it('reads an English CSV with commas, quoted thousands and a full date as the month', async () => {
    const text =
      'Month,Cost centre,Line,Hours,Volume,Cost (EUR)\n2027-05-01,PRE,picking/order_line,95.5,9000,"1,234.56"\n';
    const lines = await readActuals({ fileName: 'actuals.csv', bytes: utf8(text) }, 2027);
    expect(lines).toEqual([
      {
        month: '2027-05',
        costCentre: 'PRE',
        key: 'picking/order_line',
        volume: 9_000,
        hours: 95.5,
        costCents: 123_456,
      },
    ]);
  });

  it('reads an XLSX whose month cells are dates and whose figures are numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Réalisé');
    ws.addRow(['Mois', 'Centre de coût', 'Ligne', 'Volume', 'Heures', 'Coût (€)']);
    ws.addRow([new Date(Date.UTC(2027, 6, 1)), 'REC', 'receiving/pallet', 1_100, 60.25, 1370.1]);
    ws.addRow([46_418, 'PRE', 'rent', null, null, 5000]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const lines = await readActuals({ fileName: 'realise.xlsx', bytes }, 2027);
    expect(lines).toEqual([
      {
        month: '2027-07',
        costCentre: 'REC',
        key: 'receiving/pallet',
        volume: 1_100,
        hours: 60.25,
        costCents: 137_010,
      },
      // Excel serial 46,418 = 2027-01-31.
      { month: '2027-01', costCentre: 'PRE', key: 'rent', costCents: 500_000 },
    ]);
  });

  it('names the missing required columns in both languages', async () => {
    const e = await errorOf(() =>
      readActuals({ fileName: 'a.csv', bytes: utf8('Mois;Ligne;Volume\n2027-01;rent;1\n') }, 2027),
    );
    expect(e.code).toBe(ACTUALS_FILE_INVALID);
    expect(e.params).toMatchObject({ file: 'a.csv', errorCount: 2 });
    expect(e.details).toEqual([
      {
        code: 'ACTUALS_COLUMN_MISSING',
        field: 'costCentre',
        params: { file: 'a.csv', row: 1, column: 'Centre de coût / Cost centre', value: null },
      },
      {
        code: 'ACTUALS_COLUMN_MISSING',
        field: 'cost',
        params: { file: 'a.csv', row: 1, column: 'Coût € / Cost €', value: null },
      },
    ]);
  });

  it('collects every problem of the file, by the row and column the user sees, and returns nothing', async () => {
    const text = [
      'Mois;Centre de coût;Ligne;Volume;Heures;Coût €',
      '2027-13;PRE;rent;;;10', // row 2: no month 13
      '2026-12;PRE;rent;;;10', // row 3: last year
      '2027-01;;rent;;;abc', // row 4: no cost centre, cost not a number
      '2027-01;PRE;picking/order_line;-5;10;100', // row 5: negative volume
      '2027-02;PRE;rent;;;1 000', // row 6: fine
      '2027-02;PRE;Rent;;;1 000', // row 7: the same line again
      '2027-02;PRE;wms;;;', // row 8: cost missing
    ].join('\n');
    const e = await errorOf(() => readActuals({ fileName: 'mars.csv', bytes: utf8(text) }, 2027));
    expect(e.code).toBe(ACTUALS_FILE_INVALID);
    expect(e.params).toEqual({ file: 'mars.csv', errorCount: 7, shown: 7, omitted: 0 });
    expect(e.details.map((d) => [d.code, d.params?.row, d.params?.column, d.params?.value])).toEqual([
      ['ACTUALS_MONTH_INVALID', 2, 'Mois', '2027-13'],
      ['ACTUALS_MONTH_OUTSIDE_YEAR', 3, 'Mois', '2026-12'],
      ['ACTUALS_VALUE_REQUIRED', 4, 'Centre de coût', null],
      ['ACTUALS_NUMBER_INVALID', 4, 'Coût €', 'abc'],
      ['ACTUALS_NEGATIVE', 5, 'Volume', '-5'],
      ['ACTUALS_DUPLICATE_ROW', 7, 'Ligne', 'Rent'],
      ['ACTUALS_VALUE_REQUIRED', 8, 'Coût €', null],
    ]);
    expect(e.details[1]?.params).toMatchObject({ file: 'mars.csv', year: 2027 });
    expect(e.details[5]?.params).toMatchObject({
      firstRow: 6,
      month: '2027-02',
      costCentre: 'PRE',
      key: 'rent',
    });
    expect(e.details[4]?.field).toBe('volume');
  });

  it('refuses a file with a header and no row', async () => {
    const e = await errorOf(() =>
      readActuals({ fileName: 'vide.csv', bytes: utf8('Mois;Centre de coût;Ligne;Coût €\n') }, 2027),
    );
    expect(e.details.map((d) => d.code)).toEqual(['ACTUALS_NO_ROWS']);
  });

  it.each(['fr', 'en'] as const)('reads its own %s template back', async (lang) => {
    const csv = actualsTemplateCsv(lang, 2028);
    expect(csv.split('\r\n')[0]).toBe(
      lang === 'fr'
        ? 'Mois;Centre de coût;Ligne;Volume;Heures;Coût €'
        : 'Month,Cost centre,Line,Volume,Hours,Cost €',
    );
    expect(await readActuals({ fileName: `template-${lang}.csv`, bytes: utf8(csv) }, 2028)).toEqual([
      {
        month: '2028-01',
        costCentre: 'PRE',
        key: 'picking/order_line',
        volume: 9_000,
        hours: 95.5,
        costCents: 231_240,
      },
    ]);
  });
});
