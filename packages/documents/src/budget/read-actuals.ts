// Reads the monthly actuals file (CSV or XLSX: month, cost centre, line, volume, hours, cost in €) into budget
// actual lines, all-or-nothing: every problem of the file is reported at once, named by row and column.
import { type ActualLine, DomainError, type ErrorDetail } from '@logipilot/domain';
import { type Lang, translate } from '@logipilot/i18n';
import { excelSerialToIso, parseDateText } from '../fields/date.ts';
import { cellText, isBlank } from '../fields/field-result.ts';
import { normaliseLabel } from '../fields/normalise.ts';
import { parseNumber } from '../fields/number.ts';
import { readTable } from '../tables/read-table.ts';
import type { CellValue, TableInput } from '../tables/table.ts';

export const ACTUALS_FILE_INVALID = 'ACTUALS_FILE_INVALID';
/** Past this many problems only the count grows: enough to see the pattern of a broken file. */
export const MAX_ACTUALS_PROBLEMS = 1_000;

const FIELDS = ['month', 'costCentre', 'line', 'volume', 'hours', 'cost'] as const;
type ActualsField = (typeof FIELDS)[number];
const REQUIRED: ReadonlySet<ActualsField> = new Set(['month', 'costCentre', 'line', 'cost']);

/** Header synonyms, compared after normaliseLabel (case, accents, spaces, punctuation and € ignored). */
const SYNONYMS: Record<ActualsField, readonly string[]> = {
  month: ['Mois', 'Période', 'Mois comptable', 'Month', 'Period'],
  costCentre: [
    'Centre de coût',
    'Centre de coûts',
    'Code centre de coût',
    'Centre',
    'CC',
    'Section',
    'Cost centre',
    'Cost center',
    'Cost centre code',
  ],
  line: ['Ligne', 'Ligne budgétaire', 'Poste', 'Clé', 'Line', 'Budget line', 'Key'],
  volume: ['Volume', 'Volumes', 'Quantité', 'UO', "Unités d'œuvre", 'Quantity', 'Units of work'],
  hours: ['Heures', 'Heures payées', 'Nb heures', 'Hours', 'Paid hours'],
  cost: [
    'Coût',
    'Coût €',
    'Coût (€)',
    'Coût EUR',
    'Montant',
    'Montant €',
    'Cost',
    'Cost €',
    'Cost (EUR)',
    'Amount',
  ],
};

const SYNONYM_INDEX = new Map<string, ActualsField>(
  FIELDS.flatMap((field) => SYNONYMS[field].map((s) => [normaliseLabel(s), field] as const)),
);

/** The first synonym of each field in French and English, to name a missing column in either language. */
const EXPECTED: Record<ActualsField, string> = {
  month: 'Mois / Month',
  costCentre: 'Centre de coût / Cost centre',
  line: 'Ligne / Line',
  volume: 'Volume',
  hours: 'Heures / Hours',
  cost: 'Coût € / Cost €',
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM` from a month cell: `2027-03`, `03/2027`, `mars 2027` is not read; a date or an Excel serial is. */
function monthOf(cell: CellValue): string | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}`;
  }
  if (typeof cell === 'number')
    return Number.isInteger(cell) ? (excelSerialToIso(cell)?.slice(0, 7) ?? null) : null;
  if (typeof cell !== 'string') return null;
  const s = cell.trim();
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  if (m) return validMonth(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return validMonth(Number(m[2]), Number(m[1]));
  return parseDateText(s)?.slice(0, 7) ?? null;
}

function validMonth(year: number, month: number): string | null {
  return month >= 1 && month <= 12 && year >= 1900 ? `${year}-${pad(month)}` : null;
}

/**
 * Euros to integer cents without binary noise: 1234.56 → 123456, 0.125 → 13 (half a cent away from zero on the
 * decimal as shown, not on the double). Null beyond 10¹³ € where a double no longer holds every cent.
 */
export function eurosToExactCents(euros: number): number | null {
  if (!Number.isFinite(euros)) return null;
  const abs = Math.abs(euros);
  if (abs >= 1e13) return null;
  if (abs < 0.005) return 0;
  // 15 significant digits: what the person typed, with a formula's float noise (…0000001) dropped.
  const [whole = '0', fraction = ''] = abs.toPrecision(15).split('.');
  const digits = `${fraction}000`;
  const cents = Number(whole) * 100 + Number(digits.slice(0, 2)) + (Number(digits[2]) >= 5 ? 1 : 0);
  return euros < 0 ? -cents : cents;
}

/** Line keys are read as written in the budget: lower case, no space around the `/` of `picking/order_line`. */
const lineKeyOf = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/');

type Extra = Record<string, string | number | null>;

class Problems {
  readonly details: ErrorDetail[] = [];
  count = 0;

  constructor(readonly file: string) {}

  add(
    code: string,
    field: ActualsField,
    row: number,
    column: string,
    value: string | null,
    extra: Extra = {},
  ) {
    this.count += 1;
    if (this.details.length >= MAX_ACTUALS_PROBLEMS) return;
    this.details.push({ code, field, params: { file: this.file, row, column, value, ...extra } });
  }

  throwIfAny(): void {
    if (this.count === 0) return;
    throw new DomainError(ACTUALS_FILE_INVALID, {
      params: {
        file: this.file,
        errorCount: this.count,
        shown: this.details.length,
        omitted: this.count - this.details.length,
      },
      details: this.details,
    });
  }
}

/**
 * The actuals of a year from a CSV (`;` or `,`, French decimals, UTF-8 or Windows-1252) or XLSX file (first
 * sheet). Headers in French or English. Volume and hours may be left blank (fixed-cost lines); the cost is
 * required. Any problem rejects the whole file with one ACTUALS_FILE_INVALID whose details name the file, the
 * row as Excel shows it (header = 1), the column and the value.
 * @example await readActuals({ fileName: 'realise-2027-03.csv', bytes }, 2027)
 * // [{ month: '2027-03', costCentre: 'PRE', key: 'picking/order_line', volume: 9000, hours: 95, costCents: 230000 }]
 */
export async function readActuals(input: TableInput, year: number): Promise<ActualLine[]> {
  return (await readActualRows(input, year)).map((r) => r.line);
}

/** An actual with the row it was read from (header = 1), so that a later check can name the row too. */
export interface ActualRow {
  line: ActualLine;
  row: number;
}

/** `readActuals` with each line's row in the file. */
export async function readActualRows(input: TableInput, year: number): Promise<ActualRow[]> {
  const table = await readTable(input);
  const file = input.fileName;
  const problems = new Problems(file);
  const sheet = table.sheets[0];
  const headers = sheet?.headers ?? [];

  const columns = new Map<ActualsField, string>();
  for (const header of headers) {
    const field = SYNONYM_INDEX.get(normaliseLabel(header));
    if (field === undefined) continue;
    const first = columns.get(field);
    if (first === undefined) columns.set(field, header);
    else problems.add('ACTUALS_COLUMN_DUPLICATE', field, 1, header, header, { first });
  }
  for (const field of FIELDS)
    if (REQUIRED.has(field) && !columns.has(field))
      problems.add('ACTUALS_COLUMN_MISSING', field, 1, EXPECTED[field], null);
  problems.throwIfAny();
  if (!sheet || sheet.rows.length === 0) {
    problems.add('ACTUALS_NO_ROWS', 'month', 2, EXPECTED.month, null);
    problems.throwIfAny();
  }

  const out: ActualRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { rowNumber: row, cells } of sheet?.rows ?? []) {
    const cellOf = (field: ActualsField): { column: string; cell: CellValue } => {
      const column = columns.get(field) ?? EXPECTED[field];
      return { column, cell: cells[column] ?? null };
    };
    if (FIELDS.every((f) => isBlank(cellOf(f).cell))) continue;
    let bad = false;
    const report = (code: string, field: ActualsField, extra: Extra = {}) => {
      const { column, cell } = cellOf(field);
      problems.add(code, field, row, column, cellText(cell), extra);
      bad = true;
    };
    const text = (field: 'costCentre' | 'line'): string | null => {
      const { cell } = cellOf(field);
      if (isBlank(cell)) {
        report('ACTUALS_VALUE_REQUIRED', field);
        return null;
      }
      return String(cellText(cell)).trim();
    };
    const amount = (field: 'volume' | 'hours' | 'cost'): number | undefined => {
      const { cell } = cellOf(field);
      if (isBlank(cell)) {
        if (REQUIRED.has(field)) report('ACTUALS_VALUE_REQUIRED', field);
        return undefined;
      }
      const parsed = parseNumber(cell);
      if (!parsed.ok) {
        report('ACTUALS_NUMBER_INVALID', field);
        return undefined;
      }
      if (parsed.value < 0) {
        report('ACTUALS_NEGATIVE', field);
        return undefined;
      }
      return parsed.value;
    };

    const monthCell = cellOf('month').cell;
    let month: string | null = null;
    if (isBlank(monthCell)) report('ACTUALS_VALUE_REQUIRED', 'month');
    else {
      month = monthOf(monthCell);
      if (month === null) report('ACTUALS_MONTH_INVALID', 'month');
      else if (!month.startsWith(`${year}-`)) {
        report('ACTUALS_MONTH_OUTSIDE_YEAR', 'month', { year });
        month = null;
      }
    }
    const costCentre = text('costCentre');
    const lineText = text('line');
    const volume = amount('volume');
    const hours = amount('hours');
    const euros = amount('cost');
    let costCents: number | null = null;
    if (euros !== undefined) {
      costCents = eurosToExactCents(euros);
      if (costCents === null) report('ACTUALS_NUMBER_INVALID', 'cost');
    }
    if (bad || month === null || costCentre === null || lineText === null || costCents === null) continue;

    const key = lineKeyOf(lineText);
    const id = `${month}\u0000${costCentre}\u0000${key}`;
    const firstRow = firstRowOf.get(id);
    if (firstRow !== undefined) {
      report('ACTUALS_DUPLICATE_ROW', 'line', { firstRow, month, costCentre, key });
      continue;
    }
    firstRowOf.set(id, row);
    out.push({
      row,
      line: {
        month,
        costCentre,
        key,
        ...(volume === undefined ? {} : { volume }),
        ...(hours === undefined ? {} : { hours }),
        costCents,
      },
    });
  }
  problems.throwIfAny();
  return out;
}

const TEMPLATE_COLUMNS = ['month', 'costCentre', 'line', 'volume', 'hours', 'cost'] as const;

/**
 * The actuals template as CSV text: the header line in the person's language and one example row (French: `;`
 * and decimal comma, as French Excel reads it; English: `,` and decimal point).
 */
export function actualsTemplateCsv(lang: Lang, year = 2027): string {
  const separator = lang === 'fr' ? ';' : ',';
  const decimal = (text: string) => (lang === 'fr' ? text.replace('.', ',') : text);
  const header = TEMPLATE_COLUMNS.map((c) => translate(lang, `budget-documents.actualsTemplate.${c}`));
  const example = [`${year}-01`, 'PRE', 'picking/order_line', '9000', decimal('95.5'), decimal('2312.40')];
  return `${header.join(separator)}\r\n${example.join(separator)}\r\n`;
}
