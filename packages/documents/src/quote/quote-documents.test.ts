// The quote's XLSX bordereau read back in French and English (prices as numbers with € formats, sheets, terms)
// and its PDF rendered (real PDF bytes, pages, the English heading found by pdftotext when installed).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseQuoteRequest, priceQuote, type QuoteResult, SAMPLE_COST_MODEL } from '@logipilot/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { quotePdf } from './quote-pdf.ts';
import { quoteXlsx } from './quote-xlsx.ts';

const request = parseQuoteRequest(
  JSON.parse(readFileSync(new URL('../../../../examples/quote-request.json', import.meta.url), 'utf8')),
);
const result: QuoteResult = priceQuote({ request, model: SAMPLE_COST_MODEL, issueDate: '2025-12-01' });
const line = (service: string) => {
  const found = result.grid.find((l) => l.service === service);
  if (!found) throw new Error(`no ${service}`);
  return found;
};

async function workbook(lang: 'fr' | 'en') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await quoteXlsx(result, lang)) as unknown as ExcelJS.Buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** The row whose first cell reads `label`. */
function rowOf(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let n = 1; n <= ws.rowCount; n++) if (ws.getRow(n).getCell(1).text === label) return ws.getRow(n);
  throw new Error(`no row ${label} in ${ws.name}`);
}

const resultOf = (c: ExcelJS.Cell): unknown =>
  c.value !== null && typeof c.value === 'object' && 'result' in c.value ? c.value.result : c.value;

describe('quote XLSX', () => {
  it('writes the French bordereau: sheets, client, dates, prices as euros with € formats', async () => {
    const wb = await workbook('fr');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Bordereau de prix',
      'Simulation',
      'Sensibilité',
      'Hypothèses',
      'Conditions',
    ]);
    const ws = sheet(wb, 'Bordereau de prix');
    expect(rowOf(ws, 'Client').getCell(2).value).toBe('Biscuiterie & Boissons du Val de Loire SAS');
    expect(rowOf(ws, "Date d'émission").getCell(2).value).toEqual(new Date('2025-12-01T00:00:00Z'));
    expect(rowOf(ws, "Offre valable jusqu'au").getCell(2).value).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(rowOf(ws, 'Marge sur prix de vente (taux de marque)').getCell(2).value).toBeCloseTo(0.08, 9);
    expect(rowOf(ws, 'Majoration sur coût (taux de marge)').getCell(2).value).toBeCloseTo(0.087, 9);
    const storage = rowOf(ws, 'Stockage');
    expect(storage.getCell(2).value).toBe('palette par mois');
    expect(storage.getCell(3).value).toBe(line('storage').price / 100);
    expect(storage.getCell(3).numFmt).toBe('#,##0.00" €"');
    expect(storage.getCell(4).value).toBe(0.2);
    expect(storage.getCell(5).value).toBe(line('storage').priceInclVatCents / 100);
    expect(storage.getCell(6).value).toBe(6500);
    expect(storage.getCell(7).value).toBe(line('storage').monthlyRevenueCents / 100);
    const handling = rowOf(ws, 'Manutention entrée (réception et rangement) par palette');
    expect(handling.getCell(3).value).toBe(line('handling_in_pallet').price / 100);
    expect(rowOf(ws, 'Minimum de facturation mensuel').getCell(3).value).toBe(
      result.minimumMonthlyFeeCents / 100,
    );
    expect(rowOf(ws, 'Frais de démarrage').getCell(3).value).toBe(result.startUpFeeCents / 100);
    // The bands of the main flow follow the grid.
    expect(rowOf(ws, 'Tranches de volume : lignes de commande par mois')).toBeDefined();
  });

  it('writes the English simulation with SUM formulas, sensitivity, assumptions and terms', async () => {
    const wb = await workbook('en');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Price schedule',
      'Simulation',
      'Sensitivity',
      'Assumptions',
      'Terms',
    ]);
    const grid = sheet(wb, 'Price schedule');
    expect(rowOf(grid, 'Storage').getCell(2).value).toBe('pallet per month');
    expect(rowOf(grid, 'Hourly rate for ad-hoc work').getCell(3).value).toBe(line('ad_hoc_hour').price / 100);
    const sim = sheet(wb, 'Simulation');
    expect(rowOf(sim, 'January 2026').getCell(2).value).toBe((result.monthly[0]?.revenue ?? 0) / 100);
    const total = rowOf(sim, 'Year 1 total');
    expect(total.getCell(2).value).toMatchObject({ formula: expect.stringMatching(/^SUM\(B\d+:B\d+\)$/) });
    expect(resultOf(total.getCell(2))).toBe(result.totals.revenue / 100);
    expect(resultOf(total.getCell(5))).toBeCloseTo(result.totals.marginPct / 100, 9);
    const sens = sheet(wb, 'Sensitivity');
    expect(rowOf(sens, 'Volumes -30%').getCell(4).value).toBe(
      (result.sensitivity.find((s) => s.kind === 'volume' && s.pct === -30)?.margin ?? 0) / 100,
    );
    expect(rowOf(sens, 'Productivity +10%')).toBeDefined();
    const assumptions = sheet(wb, 'Assumptions');
    const texts: string[] = [];
    assumptions.eachRow((r) => {
      texts.push(r.getCell(2).text);
    });
    expect(texts).toContain(
      'Average stock of 6,500 pallets and peak stock of 8,200 pallets: space is sized for the peak and billed on the average stock.',
    );
    const terms = sheet(wb, 'Terms');
    expect(rowOf(terms, 'VAT rate').getCell(2).value).toBe(0.2);
    expect(rowOf(terms, 'Payment terms').getCell(2).value).toBe('45 days end of month from the invoice date');
    expect(rowOf(terms, 'Revision formula').getCell(2).value).toBe(
      'Pn = P0 × (0.15 + 0.60 × Ln/L0 + 0.10 × En/E0 + 0.15 × Rn/R0)',
    );
    expect(rowOf(terms, 'Offer validity').getCell(2).value).toBe('90 days, until 1 March 2026');
  });

  it('writes the French revision formula with decimal commas', async () => {
    const terms = sheet(await workbook('fr'), 'Conditions');
    expect(rowOf(terms, 'Formule de révision').getCell(2).value).toBe(
      'Pn = P0 × (0,15 + 0,60 × Ln/L0 + 0,10 × En/E0 + 0,15 × Rn/R0)',
    );
    expect(rowOf(terms, 'Conditions de paiement').getCell(2).value).toBe(
      '45 jours fin de mois à compter de la date de facture',
    );
  });
});

/** Page objects of the PDF (pdfkit writes its object dictionaries uncompressed). */
function pdfPages(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length;
}

const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

describe('quote PDF', () => {
  it.each(['fr', 'en'] as const)('%s: renders a real PDF of several pages', async (lang) => {
    const bytes = await quotePdf(result, lang);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(bytes)).toBeGreaterThanOrEqual(1);
  });

  it('holds the English headings, prices and revision formula (text checked when pdftotext is installed)', async () => {
    const bytes = await quotePdf(result, 'en');
    expect(bytes.length).toBeGreaterThan(10_000);
    if (!PDFTOTEXT) {
      // Without poppler only the bytes can be checked; they were above.
      expect(pdfPages(bytes)).toBeGreaterThanOrEqual(2);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'quote-pdf-'));
    try {
      const file = join(dir, 'quote.pdf');
      writeFileSync(file, bytes);
      const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Quotation');
      expect(text).toContain('Price schedule (unit rates)');
      expect(text).toContain('Minimum monthly charge');
      expect(text).toContain('Break-even');
      expect(text).toContain('revised every year');
      expect(text).toContain(`€${(line('handling_in_pallet').price / 100).toFixed(2)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('holds the French headings', async () => {
    const bytes = await quotePdf(result, 'fr');
    if (!PDFTOTEXT) {
      expect(pdfPages(bytes)).toBeGreaterThanOrEqual(2);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'quote-pdf-'));
    try {
      const file = join(dir, 'quote.pdf');
      writeFileSync(file, bytes);
      const text = execFileSync(PDFTOTEXT, [file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Bordereau de prix unitaires');
      expect(text).toContain('Minimum de facturation mensuel');
      expect(text).toContain('Hypothèses et exclusions');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
