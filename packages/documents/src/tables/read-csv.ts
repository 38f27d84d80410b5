// Reads a French Excel CSV export: BOM, `;`/`,`/tab auto-detected, quoted separators and newlines, 1252 fallback.
import { parse } from 'csv-parse/sync';
import { decodeText } from './decode-text.ts';
import { headerNames } from './headers.ts';
import type { CellValue, Table, TableInput, TableRow } from './table.ts';
import { tableError } from './table-error.ts';

export type CsvSeparator = ';' | ',' | '\t';
const SEPARATORS: readonly CsvSeparator[] = [';', ',', '\t'];

/**
 * Counts each candidate separator outside quotes in the first record (the header) and keeps the most frequent;
 * ties go to `;` then `,` then tab, since French Excel writes `;` (the comma is the decimal mark).
 */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if ([...counts.values()].some((c) => c > 0)) break;
    } else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: CsvSeparator = ';';
  for (const s of SEPARATORS) if ((counts.get(s) ?? 0) > (counts.get(best) ?? 0)) best = s;
  return best;
}

/** A cell of spaces is blank; most cells start with a non-space, so the costly trim rarely runs. */
function isBlankText(v: string): boolean {
  if (v === '') return true;
  const c = v.charCodeAt(0);
  return (c === 32 || c === 9 || c === 160 || c === 13 || c === 10) && v.trim() === '';
}

function isBlankRecord(record: readonly string[]): boolean {
  for (const v of record) if (!isBlankText(v)) return false;
  return true;
}

/** The sheet of a CSV is named after the file, as Excel names the tab when it opens one. */
function sheetNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '') || base;
}

const EMPTY: string[] = [];

export function readCsv(input: TableInput): Table {
  const { fileName, bytes } = input;
  if (bytes.length === 0) throw tableError('FILE_EMPTY', fileName);
  const { text } = decodeText(bytes);
  if (text.includes('\u0000')) throw tableError('FILE_UNREADABLE', fileName);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectSeparator(text),
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (e) {
    const line = typeof (e as { lines?: unknown }).lines === 'number' ? (e as { lines: number }).lines : null;
    throw tableError('FILE_UNREADABLE', fileName, { line });
  }
  const first = records[0];
  if (!first || records.every(isBlankRecord)) throw tableError('FILE_EMPTY', fileName);
  if (isBlankRecord(first)) throw tableError('FILE_NO_HEADER', fileName);

  const names = headerNames(first);
  const kept = names.flatMap((name, index) => (name === null ? [] : [{ name, index }]));
  const rows: TableRow[] = [];
  for (let r = 1; r < records.length; r++) {
    const record = records[r] as string[];
    if (isBlankRecord(record)) continue;
    const cells: Record<string, CellValue> = {};
    for (const { name, index } of kept) {
      const value = record[index];
      cells[name] = value === undefined || isBlankText(value) ? null : value;
    }
    // The record is no longer needed: letting it go now halves the peak memory of a 100,000-row file.
    records[r] = EMPTY;
    // Excel numbers CSV records, not physical lines: a quoted newline stays inside one row.
    rows.push({ rowNumber: r + 1, cells });
  }
  return {
    fileName,
    sheets: [{ name: sheetNameOf(fileName), headers: names.filter((n): n is string => n !== null), rows }],
  };
}
