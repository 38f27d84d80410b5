// The export glue: a RosterView (the documents' sample is one) as each document, format and language, with an
// ASCII file name and the right content type.
import { sampleRosterView } from '@logipilot/documents/roster/sample-roster-view';
import { describe, expect, it } from 'vitest';
import { renderRosterDocument } from './export-roster.ts';
import type { RosterView } from './roster-types.ts';

// Compiles only while the sample holds every RosterView field with the same types.
const view: RosterView = sampleRosterView();

describe('renderRosterDocument', () => {
  it('names the file after the period start, the document and the language', async () => {
    const xlsx = await renderRosterDocument(view, { document: 'payroll', format: 'xlsx', lang: 'fr' });
    expect(xlsx.filename).toBe('roster-2026-05-04-payroll-fr.xlsx');
    expect(xlsx.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // An XLSX file is a zip archive.
    expect(Buffer.from(xlsx.bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    const pdf = await renderRosterDocument(view, { document: 'posted', format: 'pdf', lang: 'en' });
    expect(pdf.filename).toBe('roster-2026-05-04-posted-en.pdf');
    expect(pdf.contentType).toBe('application/pdf');
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });
});
