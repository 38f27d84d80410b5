// `logipilot budget` and `logipilot quote` through the real launcher on a small demo: the JSON contract shapes,
// the documents written, and a bad request named by field in French and English.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyJsonDocument, runCliProcess } from './spawn-cli.ts';

const EXAMPLE = new URL('../../../examples/quote-request.json', import.meta.url);

describe('logipilot budget and quote', () => {
  let root = '';
  let dataDir = '';
  const cli = (...args: string[]) => runCliProcess([...args, '--data-dir', dataDir]);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'logipilot-costing-'));
    dataDir = join(root, 'data');
    const demo = await cli('demo', '--size', 'small', '--as-of', '2026-11-02', '--json');
    expect(demo.code, demo.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('prints the twelve months of the seeded initial budget with the closed months’ actuals and variances', async () => {
    const xlsx = join(root, 'budget.xlsx');
    const run = await cli('budget', '--year', '2026', '--xlsx', xlsx, '--json');
    expect(run.code, run.stderr).toBe(0);
    const doc = onlyJsonDocument(run) as {
      version: { name: string; kind: string } | null;
      months: {
        month: string;
        budget: number;
        actual?: number;
        variance?: { volume: number; efficiency: number; rate: number; mix: number; total: number };
      }[];
      total: number;
      landing: { totalCents: number; closedMonths: number; varianceToDateCents: number };
      basis: { month: string; source: string }[];
    };
    expect(doc.version).toMatchObject({ name: 'Budget initial 2026', kind: 'initial' });
    expect(doc.months.map((m) => m.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    expect(doc.months.every((m) => Number.isInteger(m.budget) && m.budget > 0)).toBe(true);
    expect(doc.total).toBe(doc.months.reduce((a, m) => a + m.budget, 0));
    // As of 2 November: January to October are closed and carry actuals; their effects add up to the cent.
    const closed = doc.months.slice(0, 10);
    for (const m of closed) {
      const v = m.variance!;
      expect(v.volume + v.efficiency + v.rate + v.mix, m.month).toBe(v.total);
      expect(v.total, m.month).toBe(m.actual! - m.budget);
    }
    expect(doc.months.slice(10).every((m) => m.actual === undefined && m.variance === undefined)).toBe(true);
    // Landing: ten months of actuals, then November and December's budget.
    expect(doc.landing).toEqual({
      closedMonths: 10,
      totalCents: closed.reduce((a, m) => a + m.actual!, 0) + doc.months[10]!.budget + doc.months[11]!.budget,
      varianceToDateCents: closed.reduce((a, m) => a + m.variance!.total, 0),
    });
    // No forecast stored: every month from 2025's history.
    expect(new Set(doc.basis.map((b) => b.source))).toEqual(new Set(['history']));
    const wb = new ExcelJS.Workbook();
    const bytes = await readFile(xlsx);
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('refuses a year out of range as bad usage (exit 2)', async () => {
    const run = await cli('budget', '--year', '1999', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--year');
  }, 30_000);

  it('prices the example request: grid, twelve months, break-even, assumptions; writes the PDF and the XLSX', async () => {
    const pdf = join(root, 'quote.pdf');
    const xlsx = join(root, 'quote.xlsx');
    const run = await cli(
      'quote',
      '--request',
      EXAMPLE.pathname,
      '--lang',
      'en',
      '--date',
      '2026-11-02',
      '--pdf',
      pdf,
      '--xlsx',
      xlsx,
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    const doc = onlyJsonDocument(run) as {
      grid: { service: string; unit: string; price: number }[];
      monthly: { month: string; revenue: number; cost: number; margin: number }[];
      breakEven: { volume: number; flow: string };
      assumptions: { code: string; text: string }[];
    };
    expect(doc.grid.length).toBeGreaterThan(8);
    for (const g of doc.grid)
      expect(Object.keys(g)).toEqual(expect.arrayContaining(['service', 'unit', 'price']));
    expect(doc.monthly).toHaveLength(12);
    expect(doc.monthly[0]?.month).toBe('2026-01');
    for (const m of doc.monthly) expect(m.margin).toBe(m.revenue - m.cost);
    expect(doc.breakEven.flow).toBe('order_lines');
    expect(doc.assumptions.length).toBeGreaterThan(5);
    expect(doc.assumptions.every((a) => a.text.length > 20 && !a.text.includes('{{'))).toBe(true);
    expect(new TextDecoder().decode((await readFile(pdf)).subarray(0, 5))).toBe('%PDF-');
    expect((await stat(xlsx)).size).toBeGreaterThan(5000);
  }, 60_000);

  it('names the faulty field of a request, in French and in English (exit 1)', async () => {
    const request = JSON.parse(await readFile(EXAMPLE, 'utf8'));
    const bad = join(root, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify({ ...request, temperatureMix: { ambient: 0.5, lukewarm: 0.5 }, colour: 'red' }),
    );
    const en = await cli('quote', '--request', bad, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('temperatureMix.lukewarm');
    expect(en.stderr).toContain('colour');
    const fr = await cli('quote', '--request', bad, '--lang', 'fr');
    expect(fr.stderr).toContain('temperatureMix.lukewarm');
    expect(fr.stderr).not.toEqual(en.stderr);
    const notJson = join(root, 'broken.json');
    await writeFile(notJson, '{"schemaVersion": 1,');
    const broken = await cli('quote', '--request', notJson, '--lang', 'en');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('broken.json');
  }, 60_000);
});
