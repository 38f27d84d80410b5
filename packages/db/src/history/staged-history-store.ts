// What both history stores share: a file (or cells, or a generator's SELECT) staged and checked in DuckDB, then
// written by the store's own means; only where the staging runs and how the clean rows are written differ.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { HistoryKind } from '@logipilot/domain';
import {
  CLEAN_TABLE,
  literal,
  loadCells,
  loadCsv,
  loadQuery,
  RAW_TABLE,
  validateRaw,
} from './history-staging.ts';
import type { HistoryImportOptions, HistoryImportOutcome } from './history-store.ts';

export function checkSite(siteId: string): string {
  if (typeof siteId !== 'string' || siteId.length === 0 || siteId.length > 64)
    throw new Error('invalid siteId');
  return siteId;
}

function unreadable(kind: HistoryKind): HistoryImportOutcome {
  return {
    kind,
    rows: 0,
    imported: 0,
    errors: [{ row: null, column: null, value: null, code: 'FILE_UNREADABLE', params: {} }],
    errorCount: 1,
    ignoredColumns: [],
  };
}

export abstract class StagedHistoryStore {
  /** Runs `work` on the DuckDB connection that stages imports, one import at a time. */
  protected abstract stage<T>(work: (c: DuckDBConnection) => Promise<T>): Promise<T>;
  /** Replaces the site's records of that kind by CLEAN_TABLE's (`rows` of them), all or nothing. */
  protected abstract write(
    c: DuckDBConnection,
    kind: HistoryKind,
    siteId: string,
    rows: number,
  ): Promise<void>;

  private load(
    kind: HistoryKind,
    siteId: string,
    options: HistoryImportOptions,
    fill: (c: DuckDBConnection) => Promise<boolean>,
  ): Promise<HistoryImportOutcome> {
    const site = checkSite(siteId);
    return this.stage(async (c) => {
      await c.run(`SET TimeZone = ${literal(options.timeZone)}`);
      try {
        if (!(await fill(c))) return unreadable(kind);
        const staged = await validateRaw(c, kind, options.errorCap ?? 1000);
        const outcome = { kind, ...staged, imported: 0 };
        if (staged.errorCount > 0 || options.dryRun) return outcome;
        await this.write(c, kind, site, staged.rows);
        return { ...outcome, imported: staged.rows };
      } finally {
        await c.run(`DROP TABLE IF EXISTS ${RAW_TABLE}`);
        await c.run(`DROP TABLE IF EXISTS ${CLEAN_TABLE}`);
        await c.run(`SET TimeZone = 'UTC'`);
      }
    });
  }

  importCsv(siteId: string, kind: HistoryKind, path: string, options: HistoryImportOptions) {
    return this.load(kind, siteId, options, (c) => loadCsv(c, path));
  }

  importCells(
    siteId: string,
    kind: HistoryKind,
    headers: readonly string[],
    cells: Iterable<readonly (string | null)[]>,
    options: HistoryImportOptions,
  ) {
    return this.load(kind, siteId, options, async (c) => {
      await loadCells(c, headers, cells);
      return true;
    });
  }

  importQuery(siteId: string, kind: HistoryKind, select: string, options: HistoryImportOptions) {
    return this.load(kind, siteId, options, async (c) => {
      await loadQuery(c, select);
      return true;
    });
  }
}
