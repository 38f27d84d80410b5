// HistoryStore on PostgreSQL: an in-memory DuckDB checks the file, then one statement swaps the records in.
import { randomUUID } from 'node:crypto';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import {
  type DailyMeasureColumns,
  type DailyMeasureRow,
  HISTORY_KINDS,
  type HistoryKind,
  measureColumnsOf,
} from '@logipilot/domain';
import type { SqlExecutor } from '../events/sql-executor.ts';
import { CLEAN_TABLE, literal } from './history-staging.ts';
import type { HistoryRange, HistoryStore, MeasureQuery } from './history-store.ts';
import { historySchema, historyTable, keyColumns, storedColumns } from './history-tables.ts';
import { toMeasureRows } from './measure-rows.ts';
import { dailyMeasuresSql } from './measures-sql.ts';
import { checkSite, StagedHistoryStore } from './staged-history-store.ts';

/** Rows per INSERT … SELECT FROM unnest(arrays): one statement, a handful of parameters whatever the size. */
const BATCH = 20_000;

interface Transfer {
  /** DuckDB expression reading the clean column as something pg can send. */
  read: string;
  /** PostgreSQL array type of the parameter, and the expression turning an element back into the column. */
  array: string;
  write: (e: string) => string;
}

function transfer(kind: HistoryKind, column: string): Transfer {
  const stored = storedColumns(kind).find((c) => c.column === column)!;
  const type = stored.field?.type.kind ?? 'date';
  switch (type) {
    case 'instant':
      return { read: `epoch_ms(${column})`, array: 'float8[]', write: (e) => `to_timestamp(${e} / 1000.0)` };
    case 'date':
      return { read: `CAST(${column} AS VARCHAR)`, array: 'text[]', write: (e) => `CAST(${e} AS date)` };
    case 'number':
      return { read: column, array: 'float8[]', write: (e) => e };
    case 'integer':
      return { read: `CAST(${column} AS DOUBLE)`, array: 'float8[]', write: (e) => `CAST(${e} AS bigint)` };
    case 'boolean':
      return { read: column, array: 'boolean[]', write: (e) => e };
    default:
      return { read: column, array: 'text[]', write: (e) => e };
  }
}

function plain(value: unknown): unknown {
  return typeof value === 'bigint' ? Number(value) : value;
}

export class PostgresHistoryStore extends StagedHistoryStore implements HistoryStore {
  private staging: Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly sql: SqlExecutor) {
    super();
  }

  async init(): Promise<void> {
    for (const statement of historySchema('postgres')) await this.sql.query(statement);
  }

  /** The checking engine, opened at the first import; imports run one at a time on it. */
  protected stage<T>(work: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    this.staging ??= DuckDBInstance.create(':memory:').then(async (instance) => ({
      instance,
      connection: await instance.connect(),
    }));
    const next = this.queue.then(async () => work((await this.staging!).connection));
    this.queue = next.catch(() => undefined);
    return next;
  }

  protected async write(c: DuckDBConnection, kind: HistoryKind, siteId: string, rows: number): Promise<void> {
    const columns = storedColumns(kind).map((s) => s.column);
    const moves = columns.map((column) => transfer(kind, column));
    const load = `history_load_${randomUUID().replaceAll('-', '')}`;
    const table = historyTable(kind);
    await this.sql.query(`CREATE TABLE ${load} (LIKE ${table})`);
    try {
      for (let start = 0; start < rows; start += BATCH) {
        const reader = await c.runAndReadAll(
          `SELECT ${moves.map((m) => m.read).join(', ')} FROM ${CLEAN_TABLE} WHERE __row >= ${start} AND __row < ${start + BATCH}`,
        );
        const arrays = reader.getColumnsJS().map((values) => values.map(plain));
        const unnest = moves.map((m, i) => `$${i + 1}::${m.array}`).join(', ');
        const names = columns.map((_, i) => `c${i}`);
        await this.sql.query(
          `INSERT INTO ${load} (site_id, ${columns.join(', ')})
           SELECT ${literal(siteId)}, ${moves.map((m, i) => m.write(names[i]!)).join(', ')}
           FROM unnest(${unnest}) AS u(${names.join(', ')})`,
          arrays,
        );
      }
      const match = keyColumns(kind)
        .map((k) => `h.${k} IS NOT DISTINCT FROM s.${k}`)
        .join(' AND ');
      // One statement: the old records go and the new ones come together, or neither does.
      await this.sql.query(
        `WITH gone AS (DELETE FROM ${table} AS h USING ${load} AS s WHERE h.site_id = ${literal(siteId)} AND ${match})
         INSERT INTO ${table} SELECT * FROM ${load}`,
      );
    } finally {
      await this.sql.query(`DROP TABLE IF EXISTS ${load}`);
    }
  }

  async count(siteId: string, kind: HistoryKind): Promise<number> {
    const { rows } = await this.sql.query<{ n: unknown }>(
      `SELECT count(*) AS n FROM ${historyTable(kind)} WHERE site_id = $1`,
      [checkSite(siteId)],
    );
    return Number(rows[0]?.n ?? 0);
  }

  async range(siteId: string): Promise<HistoryRange | null> {
    const { rows } = await this.sql.query<{ first: unknown; last: unknown }>(
      `SELECT CAST(min(d) AS VARCHAR) AS first, CAST(max(d) AS VARCHAR) AS last FROM (
         SELECT pick_day AS d FROM ${historyTable('order_lines')} WHERE site_id = $1
         UNION ALL SELECT ship_day FROM ${historyTable('order_lines')} WHERE site_id = $1
         UNION ALL SELECT day FROM ${historyTable('timesheets')} WHERE site_id = $1) x`,
      [checkSite(siteId)],
    );
    const row = rows[0];
    return row?.first ? { first: String(row.first), last: String(row.last) } : null;
  }

  async dailyMeasures(siteId: string, query: MeasureQuery): Promise<DailyMeasureRow[]> {
    const { rows } = await this.sql.query<Record<string, unknown>>(
      dailyMeasuresSql({ siteId: checkSite(siteId), ...query }),
    );
    return toMeasureRows(rows);
  }

  async dailyMeasureColumns(siteId: string, query: MeasureQuery): Promise<DailyMeasureColumns> {
    return measureColumnsOf(await this.dailyMeasures(siteId, query));
  }

  async deleteSite(siteId: string): Promise<void> {
    const site = checkSite(siteId);
    for (const kind of HISTORY_KINDS)
      await this.sql.query(`DELETE FROM ${historyTable(kind)} WHERE site_id = $1`, [site]);
  }

  async close(): Promise<void> {
    await this.queue;
    if (!this.staging) return;
    const { instance, connection } = await this.staging;
    connection.closeSync();
    instance.closeSync();
    this.staging = null;
  }
}
