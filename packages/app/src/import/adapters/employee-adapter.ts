// Employee rows (one per person): matricule is the natural key; contract columns fold into `contract`.

import { employeeTemplate } from '@logipilot/documents';
import type { CostCentre, Employee, Qualification } from '@logipilot/domain';
import { employeeSchema } from '@logipilot/domain';
import { deterministicId } from '../deterministic-id.ts';
import { codeIndex, type EntityAdapter, existingByCode, merged, mergedNullable } from './row-spec.ts';

export interface EmployeeRefs {
  costCentres: Map<string, CostCentre>;
  costCentreCodes: Map<string, string>;
  /**
   * Qualifications read from the workbook's qualifications sheet, by matricule; null when there is none, so that
   * an employees-only file keeps the qualifications already stored.
   */
  qualificationsByNumber: Map<string, Qualification[]> | null;
}

const PATH_TO_FIELD: Record<string, string> = {
  'contract.kind': 'contractKind',
  'contract.start': 'contractStart',
  'contract.end': 'contractEnd',
  'contract.agency': 'agency',
  contract: 'contractKind',
  costCentreId: 'costCentreCode',
};

export const employeeAdapter: EntityAdapter<Employee, EmployeeRefs, typeof employeeTemplate> = {
  template: employeeTemplate,
  schema: employeeSchema,
  keyField: 'number',
  keyOf: (v) => v.number ?? null,
  fieldOfPath: (path) => PATH_TO_FIELD[path] ?? (path.startsWith('qualifications') ? 'number' : path),

  async loadRefs(repos, siteId) {
    const costCentres = await repos.costCentres.all(siteId);
    return {
      costCentres: codeIndex(costCentres),
      costCentreCodes: new Map(costCentres.map((c) => [c.id, c.code])),
      qualificationsByNumber: null,
    };
  },
  loadExisting: (repos, siteId, keys) => existingByCode(repos.employees, siteId, keys, (e) => e.number),
  write: (repos, items) => repos.employees.upsertMany(items),

  build(v, { siteId, refs, existing, issue }) {
    let costCentreId = existing?.costCentreId ?? null;
    if (v.costCentreCode !== undefined) {
      costCentreId = v.costCentreCode === null ? null : (refs.costCentres.get(v.costCentreCode)?.id ?? null);
      if (v.costCentreCode !== null && costCentreId === null)
        issue('costCentreCode', 'IMPORT_UNKNOWN_COST_CENTRE');
    }
    const number = v.number as string;
    return {
      id: existing?.id ?? deterministicId('emp', siteId, number),
      siteId,
      number,
      firstName: merged(v.firstName, existing?.firstName),
      lastName: merged(v.lastName, existing?.lastName),
      contract: {
        kind: merged(v.contractKind, existing?.contract.kind),
        start: merged(v.contractStart, existing?.contract.start),
        end: mergedNullable(v.contractEnd, existing?.contract.end),
        agency: mergedNullable(v.agency, existing?.contract.agency),
      },
      weeklyHours: merged(v.weeklyHours, existing?.weeklyHours),
      team: merged(v.team, existing?.team),
      costCentreId,
      jobRole: merged(v.jobRole, existing?.jobRole),
      // Not in the template: kept as stored, or the schema's default for a newcomer.
      availability: existing?.availability,
      qualifications: refs.qualificationsByNumber
        ? (refs.qualificationsByNumber.get(number) ?? [])
        : (existing?.qualifications ?? []),
    };
  },

  toRow(e, refs) {
    return {
      number: e.number,
      lastName: e.lastName,
      firstName: e.firstName,
      contractKind: e.contract.kind,
      contractStart: e.contract.start,
      contractEnd: e.contract.end,
      agency: e.contract.agency,
      weeklyHours: e.weeklyHours,
      jobRole: e.jobRole,
      team: e.team,
      costCentreCode: e.costCentreId === null ? null : (refs.costCentreCodes.get(e.costCentreId) ?? null),
    };
  },
};

/** One export row per qualification, with the person's name for whoever reads the sheet. */
export function qualificationRows(e: Employee, includeMedical: boolean): Record<string, unknown>[] {
  return e.qualifications
    .filter((q) => includeMedical || q.kind !== 'medical_fitness')
    .map((q) => ({
      number: e.number,
      lastName: e.lastName,
      firstName: e.firstName,
      kind: q.kind,
      scheme: q.scheme,
      category: q.category,
      issuedOn: q.issuedOn,
      expiresOn: q.expiresOn,
    }));
}
