// The quote's XLSX bordereau read back in French and English (prices as numbers with € formats, sheets, terms)
// and its PDF rendered (real PDF bytes, pages, the English heading found by pdftotext when installed).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseQuoteRequest, priceQuote, type QuoteResult, SAMPLE_COST_MODEL } from '@logipilot/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unitMoney } from './quote-document.ts';
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

async function workbook(lang: 'fr' | 'en', edition: 'client' | 'internal' = 'internal') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await quoteXlsx(result, lang, edition)) as unknown as ExcelJS.Buffer);
  return wb;
}

function pdfText(bytes: Uint8Array, layout = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'quote-pdf-'));
  try {
    const file = join(dir, 'quote.pdf');
    writeFileSync(file, bytes);
    return execFileSync(PDFTOTEXT ?? 'pdftotext', [...(layout ? ['-layout'] : []), file, '-'], {
      encoding: 'utf8',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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

const EUR = '#,##0.00" €"';
const EUR_UNIT = '#,##0.00##" €"';
const NBSP = '\u00a0';

describe('unit prices in the documents', () => {
  it('prices the example to a hundredth of a cent (the figures the documents below must show)', () => {
    // Grid of the example request on the sample model (pinned in the domain tests' year totals).
    expect(line('storage')).toMatchObject({ price: 1265.65, priceInclVatCents: 1518.78 });
    expect(line('handling_in_pallet').price).toBe(380.82);
    expect(line('picking_unit')).toMatchObject({ price: 5.71, priceInclVatCents: 6.85 });
    expect(result.bands.map((b) => b.priceCents)).toEqual([43.68, 40.96, 39.33]);
    expect(result.minimumMonthlyFeeCents).toBe(9_404_241);
  });

  it('writes a unit price with up to 4 decimals, zeros beyond the second trimmed', () => {
    expect(unitMoney('en', 5.11)).toBe('€0.0511');
    expect(unitMoney('en', 304.35)).toBe('€3.0435');
    expect(unitMoney('en', 310)).toBe('€3.10');
    expect(unitMoney('en', 6.85)).toBe('€0.0685');
    expect(unitMoney('fr', 304.35)).toBe(`3,0435${NBSP}€`);
    // Above 10 € too, exactly as billed and as the bordereau holds it: 1,265.65 c → 12.6565 €.
    expect(unitMoney('en', 1267)).toBe('€12.67');
    expect(unitMoney('en', 1265.65)).toBe('€12.6565');
  });
});

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
    // Unit prices in euros to the ten-thousandth (1,265.65 c = 12.6565 €), shown with up to 4 decimals.
    const storage = rowOf(ws, 'Stockage');
    expect(storage.getCell(2).value).toBe('palette par mois');
    expect(storage.getCell(3).value).toBe(12.6565);
    expect(storage.getCell(3).numFmt).toBe(EUR_UNIT);
    expect(storage.getCell(4).value).toBe(0.2);
    // 12.6565 × 1.2 = 15.1878 €.
    expect(storage.getCell(5).value).toBe(15.1878);
    expect(storage.getCell(5).numFmt).toBe(EUR_UNIT);
    expect(storage.getCell(6).value).toBe(6500);
    // 6,500 × 12.6565 = 82,267.25 €, a whole-cent amount.
    expect(storage.getCell(7).value).toBe(82_267.25);
    expect(storage.getCell(7).numFmt).toBe(EUR);
    const handling = rowOf(ws, 'Manutention entrée (réception et rangement) par palette');
    expect(handling.getCell(3).value).toBe(3.8082);
    const unit = rowOf(ws, 'Préparation par unité');
    expect(unit.getCell(3).value).toBe(0.0571);
    expect(unit.getCell(3).numFmt).toBe(EUR_UNIT);
    // 5.71 × 1.2 = 6.852 → 6.85 c = 0.0685 € (not 0.06849999999999999).
    expect(unit.getCell(5).value).toBe(0.0685);
    // Fees are whole cents with 2 decimals.
    const minimum = rowOf(ws, 'Minimum de facturation mensuel');
    expect(minimum.getCell(3).value).toBe(94_042.41);
    expect(minimum.getCell(3).numFmt).toBe(EUR);
    expect(rowOf(ws, 'Frais de démarrage').getCell(3).value).toBe(result.startUpFeeCents / 100);
    expect(rowOf(ws, 'Frais de démarrage').getCell(3).numFmt).toBe(EUR);
    // The bands of the main flow follow the grid: heading, note, header, then the three bands.
    const bands = rowOf(ws, 'Tranches de volume : lignes de commande par mois');
    const bandRows = [3, 4, 5].map((k) => ws.getRow(bands.number + k));
    expect(bandRows.map((r) => r.getCell(3).value)).toEqual([0.4368, 0.4096, 0.3933]);
    expect(bandRows.map((r) => r.getCell(3).numFmt)).toEqual([EUR_UNIT, EUR_UNIT, EUR_UNIT]);
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
    const bytes = await quotePdf(result, 'en', 'internal');
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
      expect(text).toContain('Internal file');
      expect(text).toContain('Price schedule (unit rates)');
      expect(text).toContain('Minimum monthly charge');
      expect(text).toContain('Break-even');
      expect(text).toContain('revised every year');
      // Unit prices with their hundredths of a cent; fees and amounts with 2 decimals.
      expect(text).toContain('€3.8082');
      expect(text).toContain('€0.0571');
      expect(text).toContain('€0.4368');
      expect(text).toContain('€12.6565');
      expect(text).toContain('€94,042.41');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the client prices, estimated invoicing, terms and assumptions, never costs nor margins', async () => {
    const bytes = await quotePdf(result, 'en');
    const wb = await workbook('en', 'client');
    // The bordereau the client receives: the price schedule, assumptions and terms only.
    expect(wb.worksheets).toHaveLength(3);
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => cells.push(JSON.stringify(row.values))));
    const eur = (cents: number) =>
      new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);
    // What stays inside: the pricing basis, the cost and margin columns, their figures.
    const internal = ['Pricing basis', 'Margin on', 'Mark-up on', 'on cost', '"Cost"', '"Margin"'];
    for (const word of internal) expect(cells.join('\n')).not.toContain(word);
    if (!PDFTOTEXT) {
      expect(pdfPages(bytes)).toBeGreaterThanOrEqual(2);
      return;
    }
    const text = pdfText(bytes);
    expect(text).toContain('Estimated monthly invoicing');
    expect(text).toContain('€3.8082');
    for (const word of ['Pricing basis', 'mark-up', 'Margin %', 'Sensitivity', 'Break-even', 'Internal file'])
      expect(text).not.toContain(word);
    expect(text).not.toContain(eur(result.totals.margin));
    expect(text).not.toContain(eur(result.totals.cost));
    // Year 1 revenue excl. VAT, as the simulation totals it.
    expect(text).toContain(
      new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(
        result.totals.revenue / 100,
      ),
    );
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
