// The HistoryStore contract: typed WMS history per kind, all-or-nothing imports, and the daily measures SQL sums.
import type {
  DailyMeasureColumns,
  DailyMeasureRow,
  EarnedHourStandards,
  HistoryKind,
} from '@logipilot/domain';
import type { HistoryImportError } from './history-staging.ts';

export interface HistoryImportOptions {
  /** The site's IANA time zone: instants without an offset are its local time; days are its local dates. */
  timeZone: string;
  /** The most errors listed (the count goes on). */
  errorCap?: number;
  /** Check everything, write nothing. */
  dryRun?: boolean;
}

/** `imported` is 0 whenever `errors` is not empty: nothing of a file with an error is written. */
export interface HistoryImportOutcome {
  kind: HistoryKind;
  rows: number;
  imported: number;
  errors: HistoryImportError[];
  errorCount: number;
  ignoredColumns: string[];
}

export interface MeasureQuery {
  from: string;
  to: string;
  standards: EarnedHourStandards;
  teams: ReadonlyMap<string, string>;
  /** Only this breakdown within this client (the rows carry it): what a drill-down reads beyond the stored facts. */
  within?: { dimension: 'activity' | 'team' | 'operator'; client: string };
}

export interface HistoryRange {
  first: string;
  last: string;
}

/**
 * Implementations: DuckDB (the event store's file) and PostgreSQL. One conformance suite runs on both.
 * Re-importing a record with the same key (HISTORY_KEYS) replaces it.
 */
export interface HistoryStore {
  importCsv(
    siteId: string,
    kind: HistoryKind,
    path: string,
    options: HistoryImportOptions,
  ): Promise<HistoryImportOutcome>;
  /** Cells as text, as a spreadsheet or a generator gives them; headers name the fields' columns. */
  importCells(
    siteId: string,
    kind: HistoryKind,
    headers: readonly string[],
    cells: Iterable<readonly (string | null)[]>,
    options: HistoryImportOptions,
  ): Promise<HistoryImportOutcome>;
  /**
   * Rows a DuckDB SELECT produces (a generator's, say), with text columns named like the file's headers; they go
   * through the same checks as a file.
   */
  importQuery(
    siteId: string,
    kind: HistoryKind,
    select: string,
    options: HistoryImportOptions,
  ): Promise<HistoryImportOutcome>;
  count(siteId: string, kind: HistoryKind): Promise<number>;
  /** The first and last day holding order lines (picked or shipped) or timesheets; null when empty. */
  range(siteId: string): Promise<HistoryRange | null>;
  /** Sorted by day, dimension (DIMENSIONS order), client, key. */
  dailyMeasures(siteId: string, query: MeasureQuery): Promise<DailyMeasureRow[]>;
  /** The same figures by column, unsorted: what a recompute writes. */
  dailyMeasureColumns(siteId: string, query: MeasureQuery): Promise<DailyMeasureColumns>;
  deleteSite(siteId: string): Promise<void>;
}
