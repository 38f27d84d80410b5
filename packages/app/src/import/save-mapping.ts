// Use cases for saved column mappings (one per source, e.g. per WMS export): save one, list them.
import { randomUUID } from 'node:crypto';
import type { Database, ImportMapping } from '@logipilot/db';
import { employeeTemplate, qualificationTemplate, templateFor } from '@logipilot/documents';
import { type Actor, can, DomainError, type ErrorDetail } from '@logipilot/domain';
import { deterministicId } from './deterministic-id.ts';
import { isImportEntity } from './import-types.ts';

export interface SaveMappingInput {
  name: string;
  entity: string;
  /** Header as written in the source file → template field id; "" ignores the column on purpose. */
  columns: Record<string, string>;
}

function fieldIds(entity: Parameters<typeof templateFor>[0]): Set<string> {
  const templates =
    entity === 'employees' ? [employeeTemplate, qualificationTemplate] : [templateFor(entity)];
  return new Set(templates.flatMap((t) => t.fields.map((f) => f.id)));
}

function requireImport(actor: Actor): void {
  if (!can(actor.role, 'import:run'))
    throw new DomainError('FORBIDDEN', { params: { permission: 'import:run' } });
}

/** @example await saveMapping(ctx, actor, { name: 'Export Reflex', entity: 'skus', columns: { ART_CODE: 'code' } }) */
export async function saveMapping(
  ctx: { db: Database },
  actor: Actor,
  input: SaveMappingInput,
): Promise<ImportMapping> {
  requireImport(actor);
  const { entity } = input;
  if (!isImportEntity(entity)) throw new DomainError('IMPORT_UNKNOWN_ENTITY', { params: { entity } });
  const name = input.name.trim();
  if (name === '')
    throw new DomainError('VALUE_REQUIRED', {
      field: 'name',
      params: { row: null, column: 'name', value: null },
    });
  const known = fieldIds(entity);
  const details: ErrorDetail[] = [];
  const columns: Record<string, string> = {};
  for (const [header, field] of Object.entries(input.columns)) {
    const h = header.trim();
    if (h === '') continue;
    if (field !== '' && !known.has(field)) {
      details.push({
        code: 'IMPORT_MAPPING_UNKNOWN_FIELD',
        field: `columns.${h}`,
        params: { column: h, field },
      });
    }
    columns[h] = field;
  }
  if (details[0])
    throw new DomainError(details[0].code, {
      field: details[0].field ?? 'columns',
      params: details[0].params ?? {},
      details,
    });

  const siteId = actor.siteId;
  return ctx.db.transaction(async (repos) => {
    const before = await repos.importMappings.getByName(siteId, entity, name);
    const mapping: ImportMapping = {
      id: before?.id ?? deterministicId('map', siteId, entity, name),
      siteId,
      name,
      entity,
      columns,
    };
    await repos.importMappings.save(mapping);
    await repos.audit.append([
      {
        id: randomUUID(),
        siteId,
        at: new Date().toISOString(),
        userId: actor.userId,
        username: actor.username,
        action: before ? 'update' : 'create',
        entity: 'import-mappings',
        entityId: mapping.id,
        before,
        after: mapping,
      },
    ]);
    return mapping;
  });
}

export async function listMappings(
  ctx: { db: Database },
  actor: Actor,
  entity?: string,
): Promise<ImportMapping[]> {
  requireImport(actor);
  return ctx.db.repos.importMappings.list(actor.siteId, entity);
}
