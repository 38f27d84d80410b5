// The five roster documents written from the sample roster and read back: XLSX sheets, headers in each language,
// hand-computed hours, shift and shortage fills; PDFs that are real PDFs with the expected page count.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_FILL, SHORTAGE_FILL, shiftColours } from './roster-document.ts';
import { writeRosterDocument } from './roster-export.ts';
import { sampleRosterView } from './sample-roster-view.ts';

const view = sampleRosterView();
const generatedAt = new Date('2026-04-24T09:00:00Z');

async function workbook(document: Parameters<typeof writeRosterDocument>[1], lang: 'fr' | 'en') {
  const bytes = await writeRosterDocument(view, document, 'xlsx', lang, { generatedAt });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** The table under the header row that starts with `firstHeader`: header texts and rows keyed by their first cell. */
function table(ws: ExcelJS.Worksheet, firstHeader: string) {
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && row.getCell(1).text === firstHeader) headerRow = n;
  });
  if (!headerRow) throw new Error(`no header ${firstHeader} in ${ws.name}`);
  const headers = (ws.getRow(headerRow).values as unknown[]).slice(1).map(String);
  const cell = (rowKey: string, header: string, nth = 0): ExcelJS.Cell => {
    const col = headers.indexOf(header) + 1;
    if (col === 0) throw new Error(`no column ${header} in ${ws.name}: ${headers.join(' | ')}`);
    let seen = 0;
    for (let n = headerRow + 1; n <= ws.rowCount; n++) {
      if (ws.getRow(n).getCell(1).text === rowKey && seen++ === nth) return ws.getRow(n).getCell(col);
    }
    throw new Error(`no row ${rowKey} in ${ws.name}`);
  };
  return { headers, headerRow, cell };
}

const fillOf = (c: ExcelJS.Cell) => (c.fill?.type === 'pattern' ? c.fill.fgColor?.argb?.slice(2) : undefined);

function pdfPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('sample roster view', () => {
  it('is two weeks of 14 people with morning, afternoon and night shifts and two holidays', () => {
    expect([view.from, view.to, view.people.length, view.holidays]).toEqual([
      '2026-05-04',
      '2026-05-17',
      14,
      ['2026-05-08', '2026-05-14'],
    ]);
    expect(view.shifts.map((s) => [s.key, s.workedMinutes, ...s.minutesByCivilDay, s.nightMinutes])).toEqual([
      ['morning', 450, 450, 0, 60],
      ['afternoon', 450, 450, 0, 0],
      ['night', 450, 180, 270, 450],
    ]);
    expect(new Set(view.people.map((p) => p.team))).toEqual(new Set(['Équipe A', 'Équipe B']));
  });
});

describe('teams', () => {
  it('writes one French sheet per team and the coverage, with shift colours and week hours', async () => {
    const wb = await workbook('teams', 'fr');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Équipe A', 'Équipe B', 'Couverture']);
    const a = table(sheet(wb, 'Équipe A'), 'Salarié');
    expect(a.headers.slice(0, 3)).toEqual(['Salarié', 'lun. 04/05', 'mar. 05/05']);
    expect(a.headers.slice(-3)).toEqual(['S19', 'S20', 'S21*']);
    const colours = shiftColours(view.shifts);
    // Karim works Saturday 9 May's morning shift (as a picker that day).
    const saturday = a.cell('Karim Benali', 'sam. 09/05');
    expect(saturday.value).toBe('05:00–13:00');
    expect(fillOf(saturday)).toBe(colours.get('morning'));
    // Karim, week 19: six mornings × 7.5 h = 45 h; week 20: five afternoons = 37.5 h.
    expect(a.cell('Karim Benali', 'S19').value).toBe(45);
    expect(a.cell('Karim Benali', 'S20').value).toBe(37.5);
    expect(a.cell('Karim Benali', 'S20').numFmt).toBe('0.00');
    expect(
      fillOf(
        sheet(wb, 'Équipe A')
          .getRow(a.headerRow)
          .getCell(a.headers.indexOf('ven. 08/05') + 1),
      ),
    ).toBe(HOLIDAY_FILL);
    const b = table(sheet(wb, 'Équipe B'), 'Salarié');
    expect(fillOf(b.cell('Hugo Girard', 'lun. 04/05'))).toBe(colours.get('night'));
    // Hugo's night of Sunday 17 May ends on Monday 18, in week 21: 00:00–05:00 less the 30-min break = 4.5 h.
    expect(b.cell('Hugo Girard', 'S21*').value).toBe(4.5);
    expect(new Set(colours.values()).size).toBe(3);
  });

  it('highlights a shortage in the coverage: no forklift driver on Saturday 9 May morning', async () => {
    const wb = await workbook('teams', 'fr');
    const c = table(sheet(wb, 'Couverture'), 'Qualification');
    const ws = sheet(wb, 'Couverture');
    let found: ExcelJS.Cell | null = null;
    for (let n = c.headerRow + 1; n <= ws.rowCount; n++) {
      const row = ws.getRow(n);
      if (row.getCell(1).text === 'Caristes' && row.getCell(2).text === '05:00–13:00')
        found = row.getCell(c.headers.indexOf('sam. 09/05') + 1);
    }
    expect(found?.value).toBe('0/1');
    expect(fillOf(found!)).toBe(SHORTAGE_FILL);
  });

  it('speaks English', async () => {
    const wb = await workbook('teams', 'en');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Équipe A', 'Équipe B', 'Coverage']);
    expect(table(sheet(wb, 'Équipe A'), 'Employee').headers.slice(0, 2)).toEqual(['Employee', 'Mon 04/05']);
    expect(sheet(wb, 'Équipe A').getCell('A1').value).toBe('Team roster');
    expect(sheet(wb, 'Équipe A').getCell('A5').value).toBe('Generated on 24 April 2026');
  });

  it('is a three-page PDF: one section per team, then the coverage', async () => {
    const bytes = await writeRosterDocument(view, 'teams', 'pdf', 'fr', { generatedAt });
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(bytes)).toBe(3);
  });
});

describe('persons', () => {
  it('gives each person a sheet with their days and weekly totals', async () => {
    const wb = await workbook('persons', 'fr');
    expect(wb.worksheets).toHaveLength(14);
    const camille = table(sheet(wb, 'Camille Roux'), 'Date');
    expect(camille.headers).toEqual([
      'Date',
      'Jour',
      'Poste',
      'Début',
      'Fin',
      'Heures travaillées',
      'Qualification',
    ]);
    // Camille's nights: Saturday 9 and Sunday 10 in week 19: Sat 3 h + Sun 4.5 h + Sun 3 h = 10.5 h;
    // the 4.5 h after the Sunday night's midnight fall on Monday 11, in week 20.
    expect(camille.cell('Total semaine 19', 'Heures travaillées').value).toBe(10.5);
    expect(camille.cell('Total semaine 20', 'Heures travaillées').value).toBe(27);
  });

  it('prints one page per person', async () => {
    const bytes = await writeRosterDocument(view, 'persons', 'pdf', 'en', { generatedAt });
    expect(pdfPages(bytes)).toBe(view.people.length);
  });
});

describe('posted', () => {
  it('lists who works each shift each day, team by team, with the notice period', async () => {
    const wb = await workbook('posted', 'fr');
    const ws = sheet(wb, 'Horaire');
    expect(ws.getCell('A1').value).toBe('Horaire collectif de travail');
    expect(ws.getCell('A5').value).toBe('Affiché le 24 avril 2026');
    const s = table(ws, 'Date');
    expect(s.headers).toEqual(['Date', 'Jour', '05:00–13:00', '13:00–21:00', '21:00–05:00']);
    const monday = ws.getRow(s.headerRow + 1);
    expect(monday.getCell(3).value).toBe(
      'Équipe A : Sophie Martin, Karim Benali, Julie Bernard, Nadia Haddad, Lucas Moreau',
    );
    const texts: string[] = [];
    ws.eachRow((row) => {
      texts.push(row.getCell(1).text);
    });
    expect(texts).toContain(
      "Toute modification de cet horaire est portée à la connaissance des salariés au moins 7 jours à l'avance (délai de prévenance).",
    );
    const shifts = table(ws, 'Poste');
    expect(shifts.cell('21:00–05:00', 'Fin').value).toBe('05:00 (lendemain)');
    expect(shifts.cell('21:00–05:00', 'Pauses').value).toBe('30 min');
  });

  it('is a one-page PDF', async () => {
    expect(pdfPages(await writeRosterDocument(view, 'posted', 'pdf', 'fr', { generatedAt }))).toBe(1);
  });
});

describe('hours', () => {
  it('records each day and the hours that count on it', async () => {
    const wb = await workbook('hours', 'en');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Daily record', 'Weekly totals']);
    const ws = sheet(wb, 'Daily record');
    const t = table(ws, 'Employee');
    // Camille, Sunday 10 May: her Saturday night's 4.5 h after midnight plus her Sunday night's 21:00–24:00 = 7.5 h.
    const col = (h: string) => t.headers.indexOf(h) + 1;
    let sunday: ExcelJS.Row | null = null;
    ws.eachRow((row) => {
      const d = row.getCell(col('Date')).value;
      if (
        row.getCell(1).text === 'Camille Roux' &&
        d instanceof Date &&
        d.toISOString().startsWith('2026-05-10')
      )
        sunday = row;
    });
    const row = sunday as ExcelJS.Row | null;
    expect(row?.getCell(col('Start')).value).toBe('21:00');
    expect(row?.getCell(col('End')).value).toBe('05:00 (next day)');
    expect(row?.getCell(col('Hours worked')).value).toBe(7.5);
    expect(row?.getCell(col('Hours of the civil day')).value).toBe(7.5);
    const totals = table(sheet(wb, 'Weekly totals'), 'Employee');
    expect(totals.cell('Hugo Girard', 'Week', 2).value).toBe('2026-W21');
    expect(totals.cell('Hugo Girard', 'Partial week', 2).value).toBe('yes');
  });

  it('is a PDF', async () => {
    const bytes = await writeRosterDocument(view, 'hours', 'pdf', 'fr', { generatedAt });
    expect(pdfPages(bytes)).toBeGreaterThanOrEqual(3);
  });
});

describe('payroll', () => {
  it('gives each person their payroll variables and a totals row', async () => {
    const wb = await workbook('payroll', 'fr');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Par salarié', 'Par semaine']);
    const t = table(sheet(wb, 'Par salarié'), 'Salarié');
    expect(t.headers).toEqual([
      'Salarié',
      'Équipe',
      'Contrat (h/sem.)',
      'Heures travaillées',
      'Heures normales',
      'HS 25 %',
      'HS 50 %',
      'HC 10 %',
      'HC 25 %',
      'Heures de nuit',
      'Heures du dimanche',
      'Heures fériées',
      'Heures du 1er mai',
      'Jours travaillés',
    ]);
    // Karim: week 19 = 45 h (HS25 8, HS50 2), week 20 = 37.5 h (HS25 2.5): 82.5 h, HS25 10.5, HS50 2, normal 70.
    // Night: six mornings × 1 h (05:00–06:00). Holidays: 8 May (morning) and 14 May (afternoon) = 15 h.
    const karim = (h: string) => t.cell('Karim Benali', h).value;
    expect([
      karim('Heures travaillées'),
      karim('Heures normales'),
      karim('HS 25 %'),
      karim('HS 50 %'),
    ]).toEqual([82.5, 70, 10.5, 2]);
    expect([karim('Heures de nuit'), karim('Heures fériées'), karim('Jours travaillés')]).toEqual([
      6, 15, 11,
    ]);
    // Nadia, 24 h contract, week 19 = 30 h: 6 h past the contract, 2.4 h (1/10 of 24 h) at 10 %, 3.6 h at 25 %.
    const nadia = (h: string) => t.cell('Nadia Haddad', h).value;
    expect([nadia('Contrat (h/sem.)'), nadia('HC 10 %'), nadia('HC 25 %'), nadia('Heures normales')]).toEqual(
      [24, 2.4, 3.6, 46.5],
    );
    // Hugo: Saturday 16 May's night puts 4.5 h on Sunday 17, and his Sunday night 3 h before midnight: 7.5 h.
    expect(t.cell('Hugo Girard', 'Heures du dimanche').value).toBe(7.5);
    // 127 shifts of 7.5 h each.
    expect(view.assignments).toHaveLength(127);
    expect(t.cell('Total', 'Heures travaillées').value).toBe(952.5);
    const weeks = table(sheet(wb, 'Par semaine'), 'Salarié');
    expect(weeks.cell('Karim Benali', 'HS 50 %').value).toBe(2);
  });

  it('speaks English and prints on one landscape page', async () => {
    const wb = await workbook('payroll', 'en');
    expect(table(sheet(wb, 'Per employee'), 'Employee').headers).toContain('OT 25%');
    const bytes = await writeRosterDocument(view, 'payroll', 'pdf', 'en', { generatedAt });
    expect(pdfPages(bytes)).toBe(1);
  });
});
