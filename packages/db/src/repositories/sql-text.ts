// SQL text builders shared by the repositories: quoting, column reads that every driver returns alike, batching.
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

export interface ColumnInfo {
  /** Property name in the drizzle table (and in JSON rows), e.g. `siteId`. */
  key: string;
  /** Column name in SQL, e.g. `site_id`. */
  name: string;
  /** SQL type as declared, e.g. `text`, `date`, `jsonb`. */
  type: string;
  notNull: boolean;
}

export function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

export function tableName(table: PgTable): string {
  return getTableName(table);
}

export function columnsOf(table: PgTable): ColumnInfo[] {
  return Object.entries(getTableColumns(table) as Record<string, PgColumn>).map(([key, column]) => ({
    key,
    name: column.name,
    type: column.getSQLType(),
    notNull: column.notNull,
  }));
}

/**
 * Reads a column so that pg and PGlite return the same JS value: dates as `YYYY-MM-DD`, instants as UTC ISO
 * strings with milliseconds, bigint cents as numbers (pg returns int8 as a string, PGlite as a bigint).
 */
export function readExpression(column: ColumnInfo, alias = ''): string {
  const ref = `${alias ? `${alias}.` : ''}${quote(column.name)}`;
  if (column.type === 'date') return `to_char(${ref}, 'YYYY-MM-DD')`;
  if (column.type === 'bigint') return `${ref}::float8`;
  if (column.type.startsWith('timestamp'))
    return `to_char(${ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return ref;
}

export function selectList(columns: readonly ColumnInfo[], alias = ''): string {
  return columns.map((c) => `${readExpression(c, alias)} AS ${quote(c.key)}`).join(', ');
}

/** `json_to_recordset` column list: JSON rows are keyed by property name and typed by the column. */
export function recordsetDefinition(columns: readonly ColumnInfo[]): string {
  return columns.map((c) => `${quote(c.key)} ${c.type}`).join(', ');
}

/** Escapes LIKE wildcards so that a search for `10%` finds the text `10%`. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/**
 * Rows per statement for bulk writes: the whole batch travels as one JSON parameter, which PGlite parses far
 * faster than thousands of bind parameters (100,000 SKUs in about 1.5 s).
 */
export const WRITE_BATCH = 5000;

export function batches<T>(rows: readonly T[], size = WRITE_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(Math.max(Math.trunc(limit), 0), MAX_LIMIT);
}

export function clampOffset(offset: number | undefined): number {
  if (offset === undefined || !Number.isFinite(offset)) return 0;
  return Math.max(Math.trunc(offset), 0);
}

/** Counts come back as a string from pg and a number from PGlite. */
export function toCount(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}
