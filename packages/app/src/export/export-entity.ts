// Use case: export one entity of the site to an XLSX workbook whose headers and labels the importer reads back.
import type { Database } from '@logipilot/db';
import {
  employeeTemplate,
  exportSheet,
  qualificationTemplate,
  templateFor,
  type WorkbookSheet,
  writeXlsx,
} from '@logipilot/documents';
import { type Actor, can, DomainError, type Permission, todayIn } from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import { forecastClientFilter, versionVisibleTo } from '../forecast/forecast-access.ts';
import { absenceAdapter } from '../import/adapters/absence-adapter.ts';
import { employeeAdapter, qualificationRows } from '../import/adapters/employee-adapter.ts';
import { forecastVolumeAdapter } from '../import/adapters/forecast-volume-adapter.ts';
import { locationAdapter } from '../import/adapters/location-adapter.ts';
import { skuAdapter } from '../import/adapters/sku-adapter.ts';
import { type ImportEntity, isImportEntity } from '../import/import-types.ts';

export interface ExportedFile {
  fileName: string;
  bytes: Uint8Array;
}

const PERMISSION: Record<ImportEntity, Permission> = {
  skus: 'masterdata:read',
  locations: 'masterdata:read',
  employees: 'employees:read',
  qualifications: 'employees:read',
  absences: 'employees:read',
  'forecast-volumes': 'site:read',
};

export interface ExportOptions {
  /** forecast-volumes: the version to export (default: the newest one the actor sees). */
  version?: string;
}

async function sheetsFor(
  db: Database,
  actor: Actor,
  entity: ImportEntity,
  lang: Lang,
  options: ExportOptions,
): Promise<WorkbookSheet[]> {
  const { repos } = db;
  const siteId = actor.siteId;
  // Health data (medical fitness) only for roles allowed to read it, never for a client.
  const includeMedical = can(actor.role, 'medical:read') && actor.role !== 'client_viewer';
  switch (entity) {
    case 'skus': {
      const refs = await skuAdapter.loadRefs(repos, siteId);
      let skus = await repos.skus.all(siteId);
      if (actor.role === 'client_viewer') skus = skus.filter((s) => s.clientId === actor.clientId);
      return [
        exportSheet(
          templateFor('skus'),
          skus.map((s) => skuAdapter.toRow(s, refs)),
          lang,
        ),
      ];
    }
    case 'locations': {
      const refs = await locationAdapter.loadRefs(repos, siteId);
      const rows = (await repos.locations.all(siteId)).map((l) => locationAdapter.toRow(l, refs));
      return [exportSheet(templateFor('locations'), rows, lang)];
    }
    case 'employees':
    case 'qualifications': {
      const refs = await employeeAdapter.loadRefs(repos, siteId);
      const employees = await repos.employees.all(siteId);
      const quals = exportSheet(
        qualificationTemplate,
        employees.flatMap((e) => qualificationRows(e, includeMedical)),
        lang,
      );
      if (entity === 'qualifications') return [quals];
      return [
        exportSheet(
          employeeTemplate,
          employees.map((e) => employeeAdapter.toRow(e, refs)),
          lang,
        ),
        quals,
      ];
    }
    case 'absences': {
      const refs = await absenceAdapter.loadRefs(repos, siteId);
      const rows = (await repos.absences.all(siteId)).map((a) => absenceAdapter.toRow(a, refs));
      return [exportSheet(templateFor('absences'), rows, lang)];
    }
    case 'forecast-volumes': {
      const adapter = forecastVolumeAdapter({ actor, fileName: '' });
      const refs = await adapter.loadRefs(repos, siteId);
      const visible = (await repos.forecasts.list(siteId)).filter((v) => versionVisibleTo(actor, v));
      const version =
        options.version === undefined ? visible[0] : visible.find((v) => v.id === options.version);
      if (options.version !== undefined && !version) throw new DomainError('NOT_FOUND');
      const clientId = forecastClientFilter(actor, undefined);
      const volumes = version
        ? await repos.forecastVolumes.ofVersion(version.id, { siteId, ...(clientId ? { clientId } : {}) })
        : [];
      const rows = volumes.map((v) => adapter.toRow({ ...v, id: '' }, refs));
      return [exportSheet(templateFor('forecast-volumes'), rows, lang)];
    }
  }
}

/**
 * @example const { fileName, bytes } = await exportEntity(ctx, actor, 'skus', 'fr'); // skus-2026-03-05.xlsx
 */
export async function exportEntity(
  ctx: { db: Database },
  actor: Actor,
  entity: string,
  lang: Lang,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  if (!isImportEntity(entity)) throw new DomainError('IMPORT_UNKNOWN_ENTITY', { params: { entity } });
  const peopleData = PERMISSION[entity] === 'employees:read';
  if (!can(actor.role, PERMISSION[entity]) || (peopleData && actor.role === 'client_viewer')) {
    throw new DomainError('FORBIDDEN', { params: { permission: PERMISSION[entity] } });
  }
  const sheets = await sheetsFor(ctx.db, actor, entity, lang, options);
  const site = await ctx.db.repos.sites.get(actor.siteId);
  const day = todayIn(site?.timeZone ?? 'Europe/Paris');
  return { fileName: `${entity}-${day}.xlsx`, bytes: await writeXlsx(sheets) };
}
