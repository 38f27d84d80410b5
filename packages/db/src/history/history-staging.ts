// Reads a history file into DuckDB as text, checks every cell in set-based SQL, and types it into a clean table.
import type { DuckDBConnection } from '@duckdb/node-api';
import { HISTORY_FIELDS, type HistoryField, type HistoryKind } from '@logipilot/domain';
import { keyColumns, storedColumns } from './history-tables.ts';

export type HistoryErrorParams = Record<string, string | number | boolean | null>;

/** One problem of the file; `row` is the row as a spreadsheet shows it (header = 1), null for the whole file. */
export interface HistoryImportError {
  row: number | null;
  column: string | null;
  field?: string;
  value: string | null;
  code: string;
  params: HistoryErrorParams;
}

export interface StagedHistory {
  rows: number;
  errors: HistoryImportError[];
  errorCount: number;
  /** Headers that match no field: ignored, reported as warnings. */
  ignoredColumns: string[];
}

/** The temp tables staging uses, on the connection that runs it. */
export const RAW_TABLE = 'history_raw';
export const CLEAN_TABLE = 'history_clean';

const TRUE_WORDS = ['1', 'true', 'yes', 'y', 'x', 'oui', 'o', 'vrai'];
const FALSE_WORDS = ['0', 'false', 'no', 'n', 'non', 'faux'];

/** Pairs (later, earlier) of instants whose order a real operation cannot break. */
const TIME_ORDER: Partial<Record<HistoryKind, readonly (readonly [string, string])[]>> = {
  order_lines: [
    ['picked_at', 'released_at'],
    ['shipped_at', 'released_at'],
  ],
  receipts: [
    ['unloaded_at', 'arrived_at'],
    ['put_away_at', 'unloaded_at'],
  ],
};

export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Lower case, no accents, words joined by `_`: `Order ID` and `order_id` and `orderId` all match. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function words(list: readonly string[]): string {
  return list.map(literal).join(', ');
}

/** The typed value of a text cell `v` (already trimmed, NULL when empty), or NULL when it does not parse. */
function parseExpr(field: HistoryField, v: string): string {
  const t = field.type;
  switch (t.kind) {
    case 'text':
      return v;
    case 'instant':
      return `COALESCE(try_cast(${v} AS TIMESTAMPTZ), CAST(try_strptime(${v}, ['%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M']) AS TIMESTAMPTZ))`;
    case 'date':
      return `COALESCE(try_cast(${v} AS DATE), CAST(try_strptime(${v}, '%d/%m/%Y') AS DATE))`;
    case 'number':
      return `try_cast(replace(${v}, ',', '.') AS DOUBLE)`;
    case 'integer': {
      const n = `try_cast(replace(${v}, ',', '.') AS DOUBLE)`;
      return `CASE WHEN ${n} = floor(${n}) AND abs(${n}) < 9e15 THEN CAST(${n} AS BIGINT) END`;
    }
    case 'boolean':
      return `CASE WHEN lower(${v}) IN (${words(TRUE_WORDS)}) THEN true WHEN lower(${v}) IN (${words(FALSE_WORDS)}) THEN false END`;
    case 'enum':
      return `CASE WHEN lower(${v}) IN (${words(t.values)}) THEN lower(${v}) END`;
  }
}

function invalidCode(field: HistoryField): string {
  switch (field.type.kind) {
    case 'instant':
      return 'INVALID_INSTANT';
    case 'date':
      return 'INVALID_DATE';
    case 'number':
      return 'INVALID_NUMBER';
    case 'integer':
      return 'INVALID_INTEGER';
    case 'boolean':
      return 'INVALID_BOOLEAN';
    case 'enum':
      return 'INVALID_CHOICE';
    default:
      return 'INVALID_VALUE';
  }
}

function defaultExpr(field: HistoryField): string {
  const d = field.default;
  if (d === undefined) return 'NULL';
  if (typeof d === 'string') return literal(d);
  return String(d);
}

interface Mapping {
  field: HistoryField;
  /** The header as written in the file. */
  header: string;
}

function cellExpr(m: Mapping | undefined): string {
  return m ? `NULLIF(trim(${ident(m.header)}), '')` : 'NULL';
}

function fieldParams(field: HistoryField): HistoryErrorParams {
  const t = field.type;
  if (t.kind === 'number' || t.kind === 'integer') return { minimum: t.min, maximum: t.max };
  if (t.kind === 'enum') return { allowed: t.values.join(', ') };
  if (t.kind === 'instant') return { format: 'yyyy-mm-dd hh:mm' };
  return {};
}

type Row = Record<string, unknown>;

async function rows(c: DuckDBConnection, sql: string): Promise<Row[]> {
  const reader = await c.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Row[];
}

function num(value: unknown): number {
  return typeof value === 'bigint' ? Number(value) : Number(value ?? 0);
}

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

class Collector {
  readonly errors: HistoryImportError[] = [];
  count = 0;
  constructor(private readonly cap: number) {}
  add(error: HistoryImportError, total = 1): void {
    this.count += total;
    if (this.errors.length < this.cap) this.errors.push(error);
  }
}

/** The typed table's error column of a field. */
function errorColumn(field: HistoryField): string {
  return `__e_${field.column}`;
}

/**
 * Maps the raw table's headers to the kind's fields, then checks every cell and the keys. Leaves CLEAN_TABLE
 * (the stored columns, typed, plus `__row`) when there is no error. The connection's TimeZone must be the site's:
 * instants without an offset are the site's local time, and the derived days are its local dates.
 *
 * Speed: one pass parses every cell into CLEAN_TABLE with an error code beside each, one pass counts the errors
 * (and the impossible time orders), one hash aggregate looks for repeated keys; the raw table is read again only to
 * quote the offending cells of a rejected file.
 */
export async function validateRaw(
  c: DuckDBConnection,
  kind: HistoryKind,
  cap = 1000,
): Promise<StagedHistory> {
  const headers = (await rows(c, `DESCRIBE ${RAW_TABLE}`)).map((r) => String(r.column_name));
  const fields = HISTORY_FIELDS[kind];
  const mapped = new Map<string, Mapping>();
  const ignoredColumns: string[] = [];
  const collect = new Collector(cap);
  for (const header of headers) {
    const key = normaliseHeader(header);
    const field = fields.find((f) => f.column === key || normaliseHeader(f.name) === key);
    if (!field) {
      ignoredColumns.push(header);
      continue;
    }
    const other = mapped.get(field.name);
    if (other) {
      collect.add({
        row: null,
        column: header,
        field: field.name,
        value: null,
        code: 'IMPORT_DUPLICATE_COLUMN',
        params: { column: header, otherColumn: other.header },
      });
      continue;
    }
    mapped.set(field.name, { field, header });
  }
  for (const field of fields)
    if (field.required && !mapped.has(field.name))
      collect.add({
        row: null,
        column: null,
        field: field.name,
        value: null,
        code: 'IMPORT_MISSING_COLUMN',
        params: { expected: field.column, columns: headers.join(', ') },
      });
  const [countRow] = await rows(c, `SELECT count(*) AS n FROM ${RAW_TABLE}`);
  const total = num(countRow?.n);
  if (collect.count > 0)
    return { rows: total, errors: collect.errors, errorCount: collect.count, ignoredColumns };
  if (total === 0)
    return {
      rows: 0,
      errors: [{ row: null, column: null, value: null, code: 'FILE_EMPTY', params: {} }],
      errorCount: 1,
      ignoredColumns,
    };

  // Pass 1: every cell trimmed, parsed once, and given its error code (NULL when fine).
  const inner: string[] = ['rowid AS __row'];
  const outer: string[] = ['__row'];
  for (const field of fields) {
    const m = mapped.get(field.name);
    if (!m) {
      outer.push(`${defaultExpr(field)} AS ${field.column}`);
      continue;
    }
    const v = `__v_${field.column}`;
    const p = `__p_${field.column}`;
    inner.push(`${cellExpr(m)} AS ${v}`);
    inner.push(`${parseExpr(field, cellExpr(m))} AS ${p}`);
    outer.push(`COALESCE(${p}, ${defaultExpr(field)}) AS ${field.column}`);
    const t = field.type;
    const range =
      t.kind === 'number' || t.kind === 'integer'
        ? ` WHEN ${p} < ${t.min} THEN 'VALUE_TOO_SMALL' WHEN ${p} > ${t.max} THEN 'VALUE_TOO_BIG'`
        : '';
    const missing = field.required ? `'VALUE_REQUIRED'` : 'NULL';
    outer.push(
      `CASE WHEN ${v} IS NULL THEN ${missing} WHEN ${p} IS NULL THEN '${invalidCode(field)}'${range} END AS ${errorColumn(field)}`,
    );
  }
  for (const s of storedColumns(kind))
    if (!s.field) {
      const source = fields.find((f) => f.column === s.dayOf)!;
      const p = mapped.has(source.name) ? `__p_${source.column}` : defaultExpr(source);
      outer.push(`CAST(${p} AS DATE) AS ${s.column}`);
    }
  await c.run(`DROP TABLE IF EXISTS ${CLEAN_TABLE}`);
  await c.run(
    `CREATE TEMP TABLE ${CLEAN_TABLE} AS SELECT ${outer.join(', ')} FROM (SELECT ${inner.join(', ')} FROM ${RAW_TABLE})`,
  );

  // Pass 2: the error counts per field and per impossible time order, in one scan.
  const checked = [...mapped.values()];
  const orders = (TIME_ORDER[kind] ?? []).flatMap(([later, earlier]) => {
    const a = checked.find((m) => m.field.column === later);
    const b = checked.find((m) => m.field.column === earlier);
    return a && b ? [{ a, b }] : [];
  });
  const counts = [
    ...checked.map((m) => `count(${errorColumn(m.field)}) AS "${m.field.column}"`),
    ...orders.map(
      ({ a, b }, i) => `count(*) FILTER (WHERE ${a.field.column} < ${b.field.column}) AS "__order_${i}"`,
    ),
  ];
  const [tally] = await rows(c, `SELECT ${counts.join(', ')} FROM ${CLEAN_TABLE}`);
  const found: HistoryImportError[] = [];
  let errorCount = 0;
  for (const m of checked) {
    const bad = num(tally?.[m.field.column]);
    if (bad === 0) continue;
    errorCount += bad;
    const sample = await rows(
      c,
      `SELECT t.__row + 2 AS r, r.${ident(m.header)} AS v, t.${errorColumn(m.field)} AS code
       FROM ${CLEAN_TABLE} t JOIN ${RAW_TABLE} r ON r.rowid = t.__row
       WHERE t.${errorColumn(m.field)} IS NOT NULL ORDER BY t.__row LIMIT ${cap}`,
    );
    for (const s of sample)
      found.push({
        row: num(s.r),
        column: m.header,
        field: m.field.name,
        value: text(s.v),
        code: String(s.code),
        params: fieldParams(m.field),
      });
  }
  for (const [i, { a, b }] of orders.entries()) {
    const bad = num(tally?.[`__order_${i}`]);
    if (bad === 0) continue;
    errorCount += bad;
    const sample = await rows(
      c,
      `SELECT t.__row + 2 AS r, r.${ident(a.header)} AS v, r.${ident(b.header)} AS w
       FROM ${CLEAN_TABLE} t JOIN ${RAW_TABLE} r ON r.rowid = t.__row
       WHERE t.${a.field.column} < t.${b.field.column} ORDER BY t.__row LIMIT ${cap}`,
    );
    for (const s of sample)
      found.push({
        row: num(s.r),
        column: a.header,
        field: a.field.name,
        value: text(s.v),
        code: 'IMPORT_TIME_BEFORE',
        params: { otherColumn: b.header, otherValue: text(s.w) },
      });
  }
  if (errorCount === 0) {
    // Only well-typed files reach the key check: a key of unparseable cells means nothing yet.
    const keys = keyColumns(kind);
    const [dupes] = await rows(
      c,
      `SELECT count(*) AS n FROM (SELECT 1 FROM ${CLEAN_TABLE} GROUP BY ${keys.join(', ')} HAVING count(*) > 1)`,
    );
    if (num(dupes?.n) > 0) {
      const keyHeader = checked.find((x) => x.field.column === keys[0])?.header ?? null;
      const repeated = await rows(
        c,
        `SELECT r, first_row, v FROM (
           SELECT __row + 2 AS r, min(__row) OVER (PARTITION BY ${keys.join(', ')}) + 2 AS first_row,
             concat_ws(' / ', ${keys.map((k) => `COALESCE(CAST(${k} AS VARCHAR), '')`).join(', ')}) AS v
           FROM ${CLEAN_TABLE}) WHERE r > first_row ORDER BY r`,
      );
      for (const d of repeated) {
        errorCount += 1;
        if (found.length < cap)
          found.push({
            row: num(d.r),
            column: keyHeader,
            value: text(d.v),
            code: 'IMPORT_DUPLICATE_KEY',
            params: { otherRow: num(d.first_row) },
          });
      }
    }
  }
  found.sort((x, y) => (x.row ?? 0) - (y.row ?? 0));
  if (errorCount > 0) {
    await c.run(`DROP TABLE IF EXISTS ${CLEAN_TABLE}`);
    return { rows: total, errors: found.slice(0, cap), errorCount, ignoredColumns };
  }
  return { rows: total, errors: [], errorCount: 0, ignoredColumns };
}

/** Loads a CSV file (any delimiter DuckDB detects: `,` `;` tab) as text into RAW_TABLE; false when unreadable. */
export async function loadCsv(c: DuckDBConnection, path: string): Promise<boolean> {
  await c.run(`DROP TABLE IF EXISTS ${RAW_TABLE}`);
  try {
    await c.run(
      `CREATE TEMP TABLE ${RAW_TABLE} AS SELECT * FROM read_csv(${literal(path)}, all_varchar = true, header = true)`,
    );
    return true;
  } catch {
    return false;
  }
}

/** Loads what a DuckDB SELECT returns (text columns named like the headers) into RAW_TABLE. */
export async function loadQuery(c: DuckDBConnection, select: string): Promise<void> {
  await c.run(`DROP TABLE IF EXISTS ${RAW_TABLE}`);
  await c.run(`CREATE TEMP TABLE ${RAW_TABLE} AS ${select}`);
}

/** Loads rows already split into cells (an XLSX sheet, records) as text into RAW_TABLE. */
export async function loadCells(
  c: DuckDBConnection,
  headers: readonly string[],
  cells: Iterable<readonly (string | null)[]>,
): Promise<void> {
  await c.run(`DROP TABLE IF EXISTS ${RAW_TABLE}`);
  await c.run(`CREATE TEMP TABLE ${RAW_TABLE} (${headers.map((h) => `${ident(h)} VARCHAR`).join(', ')})`);
  const appender = await c.createAppender(RAW_TABLE, 'main', 'temp');
  for (const row of cells) {
    for (let i = 0; i < headers.length; i++) {
      const v = row[i];
      if (v === null || v === undefined) appender.appendNull();
      else appender.appendVarchar(v);
    }
    appender.endRow();
  }
  appender.closeSync();
}
