// HistoryStore in the event store's DuckDB file: files are read and checked by DuckDB itself, in one transaction.
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  type DailyMeasureColumns,
  type DailyMeasureRow,
  HISTORY_KINDS,
  type HistoryKind,
} from '@logipilot/domain';
import { CLEAN_TABLE, literal } from './history-staging.ts';
import type { HistoryRange, HistoryStore, MeasureQuery } from './history-store.ts';
import { historySchema, historyTable, keyColumns, storedColumns } from './history-tables.ts';
import { toMeasureColumns, toMeasureRows } from './measure-rows.ts';
import { dailyMeasuresSql } from './measures-sql.ts';
import { checkSite, StagedHistoryStore } from './staged-history-store.ts';

export type Serial = <T>(work: (connection: DuckDBConnection) => Promise<T>) => Promise<T>;

export async function createDuckDbHistoryTables(c: DuckDBConnection): Promise<void> {
  for (const statement of historySchema('duckdb')) await c.run(statement);
}

/** The DELETE … USING and INSERT that replace a kind's records by the clean table's, for one site. */
export function replaceStatements(kind: HistoryKind, siteId: string, source: string): string[] {
  const table = historyTable(kind);
  const match = keyColumns(kind)
    .map((k) => `h.${k} IS NOT DISTINCT FROM s.${k}`)
    .join(' AND ');
  const columns = storedColumns(kind).map((c) => c.column);
  return [
    `DELETE FROM ${table} AS h USING ${source} AS s WHERE h.site_id = ${literal(siteId)} AND ${match}`,
    `INSERT INTO ${table} (site_id, ${columns.join(', ')}) SELECT ${literal(siteId)}, ${columns.join(', ')} FROM ${source}`,
  ];
}

export class DuckDbHistoryStore extends StagedHistoryStore implements HistoryStore {
  constructor(private readonly serial: Serial) {
    super();
  }

  protected stage<T>(work: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.serial(work);
  }

  protected async write(c: DuckDBConnection, kind: HistoryKind, siteId: string): Promise<void> {
    await c.run('BEGIN TRANSACTION');
    try {
      for (const statement of replaceStatements(kind, siteId, CLEAN_TABLE)) await c.run(statement);
      await c.run('COMMIT');
    } catch (error) {
      await c.run('ROLLBACK');
      throw error;
    }
  }

  count(siteId: string, kind: HistoryKind): Promise<number> {
    const site = checkSite(siteId);
    return this.serial(async (c) => {
      const reader = await c.runAndReadAll(
        `SELECT count(*) AS n FROM ${historyTable(kind)} WHERE site_id = $1`,
        [site],
      );
      return Number(reader.getRowObjectsJS()[0]?.n ?? 0);
    });
  }

  range(siteId: string): Promise<HistoryRange | null> {
    const site = checkSite(siteId);
    return this.serial(async (c) => {
      const reader = await c.runAndReadAll(
        `SELECT CAST(min(d) AS VARCHAR) AS first, CAST(max(d) AS VARCHAR) AS last FROM (
           SELECT pick_day AS d FROM ${historyTable('order_lines')} WHERE site_id = $1
           UNION ALL SELECT ship_day FROM ${historyTable('order_lines')} WHERE site_id = $1
           UNION ALL SELECT day FROM ${historyTable('timesheets')} WHERE site_id = $1)`,
        [site],
      );
      const row = reader.getRowObjectsJS()[0];
      return row?.first ? { first: String(row.first), last: String(row.last) } : null;
    });
  }

  dailyMeasures(siteId: string, query: MeasureQuery): Promise<DailyMeasureRow[]> {
    const sql = dailyMeasuresSql({ siteId: checkSite(siteId), ...query });
    return this.serial(async (c) => {
      const reader = await c.runAndReadAll(sql);
      return toMeasureRows(reader.getRowObjectsJS() as Record<string, unknown>[]);
    });
  }

  dailyMeasureColumns(siteId: string, query: MeasureQuery): Promise<DailyMeasureColumns> {
    const sql = dailyMeasuresSql({ siteId: checkSite(siteId), ...query });
    return this.serial(async (c) => {
      const reader = await c.runAndReadAll(sql);
      return toMeasureColumns(reader.getColumnsJS(), reader.columnNames());
    });
  }

  deleteSite(siteId: string): Promise<void> {
    const site = checkSite(siteId);
    return this.serial(async (c) => {
      await c.run('BEGIN TRANSACTION');
      try {
        for (const kind of HISTORY_KINDS)
          await c.run(`DELETE FROM ${historyTable(kind)} WHERE site_id = $1`, [site]);
        await c.run('COMMIT');
      } catch (error) {
        await c.run('ROLLBACK');
        throw error;
      }
    });
  }
}
