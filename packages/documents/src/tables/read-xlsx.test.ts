import { isDomainError } from '@logipilot/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from './read-table.ts';
import { writeXlsx } from './write-xlsx.ts';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readXlsx', () => {
  it('reads every sheet with header row 1, Date cells, serial numbers, rich text and formula results', async () => {
    const wb = new ExcelJS.Workbook();
    const staff = wb.addWorksheet('Personnel');
    staff.addRow(['Matricule', 'Nom', "Date d'entrée", 'Heures']);
    staff.addRow([
      1001,
      { richText: [{ text: 'Du' }, { font: { bold: true }, text: 'pont' }] },
      new Date(Date.UTC(2024, 1, 29)),
      35,
    ]);
    staff.addRow([]);
    staff.addRow(['1002', 'Martin', 46086, { formula: '30+5', result: 35 }]);
    const quals = wb.addWorksheet('Habilitations');
    quals.addRow(['Matricule', 'Recommandation']);
    quals.addRow([1001, 'R489']);
    wb.addWorksheet('Vide');

    const table = await readTable({ fileName: 'equipe.xlsx', bytes: await bytesOf(wb) });
    expect(table.sheets.map((s) => s.name)).toEqual(['Personnel', 'Habilitations']);
    const sheet = table.sheets[0]!;
    expect(sheet.headers).toEqual(['Matricule', 'Nom', "Date d'entrée", 'Heures']);
    expect(sheet.rows[0]).toEqual({
      rowNumber: 2,
      cells: { Matricule: 1001, Nom: 'Dupont', "Date d'entrée": new Date(Date.UTC(2024, 1, 29)), Heures: 35 },
    });
    expect(sheet.rows[1]).toEqual({
      rowNumber: 4,
      cells: { Matricule: '1002', Nom: 'Martin', "Date d'entrée": 46086, Heures: 35 },
    });
  });

  it('reads only the named sheets when asked', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRow(['x']);
    wb.addWorksheet('B').addRow(['y']);
    const table = await readTable({ fileName: 'w.xlsx', bytes: await bytesOf(wb) }, { sheets: ['b'] });
    expect(table.sheets.map((s) => s.name)).toEqual(['B']);
  });

  it('a sheet with data but an empty row 1 is FILE_NO_HEADER; a workbook of empty sheets FILE_EMPTY', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A3').value = 'data';
    await expect(readTable({ fileName: 'w.xlsx', bytes: await bytesOf(wb) })).rejects.toMatchObject({
      code: 'FILE_NO_HEADER',
      params: { file: 'w.xlsx', sheet: 'S' },
    });
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('S');
    const err = await readTable({ fileName: 'e.xlsx', bytes: await bytesOf(empty) }).catch((e: unknown) => e);
    expect(isDomainError(err) && err.code).toBe('FILE_EMPTY');
  });
});

describe('writeXlsx', () => {
  it('writes typed cells, real dates in dd/mm/yyyy, a frozen header and an autofilter', async () => {
    const bytes = await writeXlsx([
      {
        name: 'Articles',
        columns: [
          { header: 'Code article', kind: 'text' },
          { header: 'Poids unitaire (kg)', kind: 'number' },
          { header: 'Date', kind: 'date' },
        ],
        rows: [
          ['00123', 1.5, '2026-03-05'],
          ['B', null, null],
        ],
      },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    const ws = wb.getWorksheet('Articles')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getCell('A2').value).toBe('00123');
    expect(ws.getCell('B2').value).toBe(1.5);
    expect(ws.getCell('C2').value).toEqual(new Date(Date.UTC(2026, 2, 5)));
    expect(ws.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual('Poids unitaire (kg)'.length);

    const table = await readTable({ fileName: 'a.xlsx', bytes });
    expect(table.sheets[0]!.rows[1]).toEqual({
      rowNumber: 3,
      cells: { 'Code article': 'B', 'Poids unitaire (kg)': null, Date: null },
    });
  });
});
