// Use case: import a WMS export (CSV or XLSX) into the event history, all-or-nothing, errors named by row and column.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database, EventStore, HistoryImportOutcome } from '@logipilot/db';
import { type CellValue, detectFormat, readTable } from '@logipilot/documents';
import { type Actor, DomainError, HISTORY_KINDS, type HistoryKind, isHistoryKind } from '@logipilot/domain';
import { MAX_REPORTED_ERRORS } from '../import/import-errors.ts';
import { assertMayWriteKpis } from './kpi-access.ts';

export interface HistoryImportInput {
  siteId: string;
  kind: string;
  fileName: string;
  /** The file's bytes (an upload); or `path` for a file on disk (the CLI: no copy of a large file in memory). */
  bytes?: Uint8Array;
  path?: string;
  dryRun?: boolean;
}

export interface HistoryImportResult {
  kind: HistoryKind;
  file: string;
  imported: number;
  rows: number;
  dryRun: boolean;
  ignoredColumns: string[];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Excel keeps wall-clock times as UTC fields of a Date: read them back as local time without an offset. */
function cellText(value: CellValue): string | null {
  if (value === null) return null;
  if (value instanceof Date) {
    const d = value;
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    return time === '00:00:00' ? date : `${date} ${time}`;
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

function rejectIfAny(file: string, outcome: HistoryImportOutcome): void {
  if (outcome.errorCount === 0) return;
  throw new DomainError('IMPORT_REJECTED', {
    params: {
      file,
      errorCount: outcome.errorCount,
      shown: outcome.errors.length,
      omitted: outcome.errorCount - outcome.errors.length,
    },
    details: outcome.errors.map((e) => ({
      file,
      sheet: null,
      row: e.row,
      column: e.column,
      ...(e.field === undefined ? {} : { field: e.field }),
      value: e.value,
      code: e.code,
      params: { file, row: e.row, column: e.column, value: e.value, ...e.params },
    })),
  });
}

export async function importHistory(
  ctx: { db: Database; events: EventStore },
  actor: Actor,
  input: HistoryImportInput,
): Promise<HistoryImportResult> {
  assertMayWriteKpis(actor);
  if (!isHistoryKind(input.kind))
    throw new DomainError('IMPORT_UNKNOWN_ENTITY', {
      field: 'kind',
      params: { entity: input.kind, allowed: HISTORY_KINDS.join(', ') },
    });
  const kind = input.kind;
  const site = await ctx.db.repos.sites.get(input.siteId);
  if (!site) throw new DomainError('SITE_NOT_FOUND', { params: { siteId: input.siteId } });
  const options = {
    timeZone: site.timeZone,
    errorCap: MAX_REPORTED_ERRORS,
    ...(input.dryRun ? { dryRun: true } : {}),
  };
  const head = input.bytes ?? new Uint8Array(0);
  const format = input.bytes
    ? detectFormat(input.fileName, head)
    : /\.xls[xm]$/i.test(input.fileName)
      ? 'xlsx'
      : 'csv';
  if (format === null)
    throw new DomainError('FILE_TYPE_UNSUPPORTED', { params: { file: input.fileName, extension: '' } });
  let outcome: HistoryImportOutcome;
  if (format === 'xlsx') {
    const bytes = input.bytes ?? new Uint8Array(await readFile(input.path!));
    const table = await readTable({ fileName: input.fileName, bytes });
    const sheet = table.sheets[0];
    if (!sheet) throw new DomainError('FILE_EMPTY', { params: { file: input.fileName } });
    outcome = await ctx.events.history.importCells(
      input.siteId,
      kind,
      sheet.headers,
      sheet.rows.map((r) => sheet.headers.map((h) => cellText(r.cells[h] ?? null))),
      options,
    );
  } else if (input.path !== undefined) {
    outcome = await ctx.events.history.importCsv(input.siteId, kind, input.path, options);
  } else {
    // DuckDB reads files: an upload goes through a private temporary folder, removed whatever happens.
    const dir = await mkdtemp(join(tmpdir(), 'logipilot-import-'));
    try {
      const path = join(dir, 'upload.csv');
      await writeFile(path, head);
      outcome = await ctx.events.history.importCsv(input.siteId, kind, path, options);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  rejectIfAny(input.fileName, outcome);
  if (!input.dryRun)
    await ctx.db.repos.audit.append([
      {
        id: randomUUID(),
        siteId: input.siteId,
        at: new Date().toISOString(),
        userId: actor.userId,
        username: actor.username,
        action: 'import',
        entity: `history.${kind}`,
        entityId: null,
        before: null,
        after: { file: input.fileName, rows: outcome.rows },
      },
    ]);
  return {
    kind,
    file: input.fileName,
    imported: outcome.imported,
    rows: outcome.rows,
    dryRun: input.dryRun === true,
    ignoredColumns: outcome.ignoredColumns,
  };
}
