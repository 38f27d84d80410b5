// Foreign keys of master data checked before a write, so that a dangling reference is a 400 naming the field.
import type { Repositories } from '@logipilot/db/repositories/contract';
import { DomainError } from '@logipilot/domain';
import type { EntityName, Row } from './entities.ts';

type Target = keyof Pick<
  Repositories,
  'clients' | 'zones' | 'aisles' | 'hazardCells' | 'buildings' | 'costCentres' | 'employees'
>;

const REFERENCES: Partial<Record<EntityName, Record<string, Target>>> = {
  skus: { clientId: 'clients' },
  'cost-centres': { clientId: 'clients' },
  users: { clientId: 'clients' },
  locations: { zoneId: 'zones', aisleId: 'aisles', hazardCellId: 'hazardCells' },
  zones: { buildingId: 'buildings' },
  docks: { buildingId: 'buildings' },
  employees: { costCentreId: 'costCentres' },
  absences: { employeeId: 'employees' },
  'productivity-standards': { zoneId: 'zones' },
};

export async function assertReferencesExist(
  repos: Repositories,
  entity: EntityName,
  row: Row,
): Promise<void> {
  const details = [];
  for (const [field, target] of Object.entries(REFERENCES[entity] ?? {})) {
    const id = row[field];
    if (typeof id !== 'string') continue;
    const found = await repos[target].get(row.siteId, id);
    if (!found) details.push({ code: 'UNKNOWN_REFERENCE', field, params: { value: id } });
  }
  const first = details[0];
  if (first) throw new DomainError('VALIDATION_FAILED', { field: first.field, details });
}
