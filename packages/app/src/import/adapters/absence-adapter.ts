// Absence rows: matricule → employeeId; natural key = (matricule, first day), so a re-import updates in place.

import { absenceTemplate } from '@logipilot/documents';
import type { Absence, Employee } from '@logipilot/domain';
import { absenceSchema } from '@logipilot/domain';
import { deterministicId } from '../deterministic-id.ts';
import { type EntityAdapter, merged } from './row-spec.ts';

interface AbsenceRefs {
  employeesByNumber: Map<string, Employee>;
  employeesById: Map<string, Employee>;
}

const key = (number: string, from: string) => `${number}\u0000${from}`;

export const absenceAdapter: EntityAdapter<Absence, AbsenceRefs, typeof absenceTemplate> = {
  template: absenceTemplate,
  schema: absenceSchema,
  keyField: 'number',
  keyOf: (v) => (v.number && v.from ? key(v.number, v.from) : null),
  fieldOfPath: (path) => (path === 'employeeId' ? 'number' : path),

  async loadRefs(repos, siteId) {
    const employees = await repos.employees.all(siteId);
    return {
      employeesByNumber: new Map(employees.map((e) => [e.number, e])),
      employeesById: new Map(employees.map((e) => [e.id, e])),
    };
  },
  async loadExisting(repos, siteId, keys, refs) {
    const wanted = new Set(keys);
    const out = new Map<string, Absence>();
    for (const a of await repos.absences.all(siteId)) {
      const number = refs.employeesById.get(a.employeeId)?.number;
      if (number !== undefined && wanted.has(key(number, a.from))) out.set(key(number, a.from), a);
    }
    return out;
  },
  write: (repos, items) => repos.absences.upsertMany(items),

  build(v, { siteId, refs, existing, issue }) {
    const number = v.number as string;
    const employee = refs.employeesByNumber.get(number);
    if (!employee) issue('number', 'IMPORT_UNKNOWN_EMPLOYEE');
    const from = v.from as string;
    return {
      id: existing?.id ?? deterministicId('abs', siteId, number, from),
      siteId,
      employeeId: employee?.id,
      kind: merged(v.kind, existing?.kind),
      from,
      to: merged(v.to, existing?.to),
      planned: merged(v.planned, existing?.planned),
      note: merged(v.note, existing?.note),
    };
  },

  toRow(a, refs) {
    const e = refs.employeesById.get(a.employeeId);
    return {
      number: e?.number ?? a.employeeId,
      lastName: e?.lastName ?? null,
      firstName: e?.firstName ?? null,
      kind: a.kind,
      from: a.from,
      to: a.to,
      planned: a.planned,
      note: a.note,
    };
  },
};
