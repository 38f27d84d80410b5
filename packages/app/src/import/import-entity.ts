// Use case: import a CSV/XLSX of SKUs, locations, employees (+ qualifications sheet), qualifications or absences, all-or-nothing.
import { randomUUID } from 'node:crypto';
import type { Database, Repositories } from '@logipilot/db';
import { readTable, type SavedColumns, type Table, tableError } from '@logipilot/documents';
import { type Actor, can, DomainError } from '@logipilot/domain';
import { absenceAdapter } from './adapters/absence-adapter.ts';
import { forecastVolumeAdapter } from './adapters/forecast-volume-adapter.ts';
import { locationAdapter } from './adapters/location-adapter.ts';
import type { EntityAdapter } from './adapters/row-spec.ts';
import { skuAdapter } from './adapters/sku-adapter.ts';
import { ImportReport } from './import-errors.ts';
import {
  type ImportEntity,
  type ImportInput,
  type ImportPhase,
  type ImportProgress,
  type ImportResult,
  isImportEntity,
} from './import-types.ts';
import { planPeople } from './plan-people.ts';
import { mapSheet, pickSheet, warnIgnoredSheets } from './sheet-selection.ts';
import { parseSheet, validateParsed } from './validate-rows.ts';

export interface ImportContext {
  db: Database;
}

export type ProgressListener = (progress: ImportProgress) => void;

/** What validation produced: how many rows, and how to write them inside the one transaction. */
export interface ImportPlan {
  count: number;
  write(repos: Repositories): Promise<void>;
}

export interface PlanInput {
  table: Table;
  saved: SavedColumns | undefined;
  report: ImportReport;
  repos: Repositories;
  siteId: string;
  progress: (phase: ImportPhase, done: number, total: number) => void;
}

const PROGRESS_EVERY = 5_000;

const SIMPLE: Record<
  'skus' | 'locations' | 'absences',
  EntityAdapter<{ id: string; siteId: string }, unknown>
> = {
  skus: skuAdapter as unknown as EntityAdapter<{ id: string; siteId: string }, unknown>,
  locations: locationAdapter as unknown as EntityAdapter<{ id: string; siteId: string }, unknown>,
  absences: absenceAdapter as unknown as EntityAdapter<{ id: string; siteId: string }, unknown>,
};

/** One sheet, one aggregate: parse → load what the keys match → build and validate → upsert. */
async function planSimple<T extends { id: string; siteId: string }, Refs>(
  adapter: EntityAdapter<T, Refs>,
  { table, saved, report, repos, siteId, progress }: PlanInput,
): Promise<ImportPlan> {
  const sheet = pickSheet(table, adapter.template);
  warnIgnoredSheets(table, [sheet], report);
  if (sheet.rows.length === 0) throw tableError('FILE_EMPTY', table.fileName);
  const mapping = mapSheet(sheet, adapter.template, saved, report);
  if (mapping.problems.length > 0) return { count: 0, write: async () => {} };
  const total = sheet.rows.length;
  progress('validate', 0, total);
  const parsed = parseSheet(adapter, sheet, mapping.columns, report);
  const refs = await adapter.loadRefs(repos, siteId);
  const keys = parsed.flatMap((p) => (p.clean && p.key !== null ? [p.key] : []));
  const existing = await adapter.loadExisting(repos, siteId, keys, refs);
  const valid = validateParsed(
    adapter,
    sheet,
    mapping.columns,
    parsed,
    { siteId, refs, existing },
    report,
    (i) => {
      if (i > 0 && i % PROGRESS_EVERY === 0) progress('validate', i, total);
    },
  );
  progress('validate', total, total);
  const items = valid.map((v) => v.value);
  return { count: items.length, write: (tx) => adapter.write(tx, items) };
}

async function savedColumns(
  repos: Repositories,
  siteId: string,
  entity: ImportEntity,
  mappingName: string | undefined,
): Promise<SavedColumns | undefined> {
  if (mappingName === undefined || mappingName === '') return undefined;
  const mapping = await repos.importMappings.getByName(siteId, entity, mappingName);
  if (!mapping)
    throw new DomainError('IMPORT_MAPPING_NOT_FOUND', { params: { mapping: mappingName, entity } });
  return mapping.columns;
}

/**
 * Read and validate, in a frame of its own: the table and the parsed rows (several times the file's size) become
 * garbage before the write starts, which keeps the garbage collector out of the way of a 100,000-row upsert.
 */
async function prepare(
  repos: Repositories,
  actor: Actor,
  entity: ImportEntity,
  input: ImportInput,
  progress: (phase: ImportPhase, done: number, total: number) => void,
): Promise<{ plan: ImportPlan; warnings: ImportReport['warnings'] }> {
  const siteId = actor.siteId;
  const saved = await savedColumns(repos, siteId, entity, input.mappingName);
  progress('read', 0, 1);
  const table = await readTable({ fileName: input.fileName, bytes: input.bytes });
  progress('read', 1, 1);
  const report = new ImportReport(input.fileName);
  const planInput: PlanInput = { table, saved, report, repos, siteId, progress };
  const plan =
    entity === 'employees' || entity === 'qualifications'
      ? await planPeople(entity, planInput)
      : entity === 'forecast-volumes'
        ? await planSimple(forecastVolumeAdapter({ actor, fileName: input.fileName }), planInput)
        : await planSimple(SIMPLE[entity], planInput);
  report.throwIfAny();
  return { plan, warnings: report.warnings };
}

/**
 * Reads the file, validates every row against the domain, and writes all of it in one transaction, or nothing:
 * any row error throws IMPORT_REJECTED whose `details` name file, sheet, row, column, value and code.
 * @example await importEntity(ctx, actor, { entity: 'skus', fileName: 'articles.csv', bytes });
 */
export async function importEntity(
  ctx: ImportContext,
  actor: Actor,
  input: ImportInput,
  onProgress?: ProgressListener,
): Promise<ImportResult> {
  if (!can(actor.role, 'import:run'))
    throw new DomainError('FORBIDDEN', { params: { permission: 'import:run' } });
  const { entity, fileName } = input;
  if (!isImportEntity(entity)) throw new DomainError('IMPORT_UNKNOWN_ENTITY', { params: { entity } });
  // Forecast volumes are planning data: importing them is a master-data write as well.
  if (entity === 'forecast-volumes' && !can(actor.role, 'masterdata:write'))
    throw new DomainError('FORBIDDEN', { params: { permission: 'masterdata:write' } });
  const progress = (phase: ImportPhase, done: number, total: number) => onProgress?.({ phase, done, total });
  const siteId = actor.siteId;

  const { plan, warnings } = await prepare(ctx.db.repos, actor, entity, input, progress);
  const dryRun = input.dryRun === true;
  if (!dryRun) {
    progress('write', 0, plan.count);
    await ctx.db.transaction(async (tx) => {
      await plan.write(tx);
      await tx.audit.append([
        {
          id: randomUUID(),
          siteId,
          at: new Date().toISOString(),
          userId: actor.userId,
          username: actor.username,
          action: 'import',
          entity,
          entityId: null,
          before: null,
          after: { file: fileName, count: plan.count },
        },
      ]);
    });
    progress('write', plan.count, plan.count);
  }
  return { entity, file: fileName, imported: plan.count, dryRun, warnings };
}
