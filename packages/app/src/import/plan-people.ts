// Employees and their qualifications: a workbook may hold both sheets, imported together, all-or-nothing.

import {
  employeeTemplate,
  qualificationTemplate,
  sheetMatches,
  type TableSheet,
  tableError,
} from '@logipilot/documents';
import type { Employee, Qualification } from '@logipilot/domain';
import { employeeSchema, zodErrorToDetails } from '@logipilot/domain';
import { employeeAdapter } from './adapters/employee-adapter.ts';
import { type QualificationRefs, qualificationSpec } from './adapters/qualification-spec.ts';
import { existingByCode } from './adapters/row-spec.ts';
import type { ImportPlan, PlanInput } from './import-entity.ts';
import { mapSheet, pickSheet, warnIgnoredSheets } from './sheet-selection.ts';
import { parseSheet, validateParsed } from './validate-rows.ts';

const ROWS_NAMED_IN_WARNING = 20;

interface QualificationsRead {
  byNumber: Map<string, { rows: number[]; items: Qualification[] }>;
  count: number;
  /** The matricule column as headed in the file, to name it in errors. */
  numberColumn: string | null;
}

function readQualifications(sheet: TableSheet, input: PlanInput): QualificationsRead {
  const { saved, report, siteId } = input;
  const mapping = mapSheet(sheet, qualificationTemplate, saved, report);
  const numberColumn = mapping.columns.find((c) => c.field.id === 'number')?.header ?? null;
  if (mapping.problems.length > 0) return { byNumber: new Map(), count: 0, numberColumn };
  const parsed = parseSheet(qualificationSpec, sheet, mapping.columns, report);
  const refs: QualificationRefs = { computedExpiryRows: [] };
  const valid = validateParsed(
    qualificationSpec,
    sheet,
    mapping.columns,
    parsed,
    { siteId, refs, existing: new Map() },
    report,
  );
  const byNumber = new Map<string, { rows: number[]; items: Qualification[] }>();
  for (const v of valid) {
    const number = v.key.split('\u0000')[0] as string;
    const entry = byNumber.get(number) ?? { rows: [], items: [] };
    entry.rows.push(v.row);
    entry.items.push(v.value);
    byNumber.set(number, entry);
  }
  if (refs.computedExpiryRows.length > 0) {
    const rows = refs.computedExpiryRows;
    report.warn(
      'IMPORT_LICENCE_EXPIRY_COMPUTED',
      sheet.name,
      mapping.columns.find((c) => c.field.id === 'expiresOn')?.header ?? null,
      {
        count: rows.length,
        rows:
          rows.slice(0, ROWS_NAMED_IN_WARNING).join(', ') + (rows.length > ROWS_NAMED_IN_WARNING ? '…' : ''),
      },
    );
  }
  return { byNumber, count: valid.length, numberColumn };
}

/**
 * `employees`: the employees sheet (named "Personnel"/"Employees", else the first) and, when the workbook has one, the
 * qualifications sheet, whose rows replace the qualifications of the people they name. `qualifications`: that sheet
 * alone, for people already stored.
 */
export async function planPeople(
  entity: 'employees' | 'qualifications',
  input: PlanInput,
): Promise<ImportPlan> {
  const { table, saved, report, repos, siteId, progress } = input;
  const staffSheet =
    entity === 'employees' ? pickSheet(table, employeeTemplate, [qualificationTemplate]) : null;
  const qualSheet =
    entity === 'qualifications'
      ? pickSheet(table, qualificationTemplate, [employeeTemplate])
      : (table.sheets.find((s) => s !== staffSheet && sheetMatches(qualificationTemplate, s.name)) ?? null);
  warnIgnoredSheets(
    table,
    [staffSheet, qualSheet].filter((s): s is TableSheet => s !== null),
    report,
  );
  const main = staffSheet ?? qualSheet;
  if (main && main.rows.length === 0) throw tableError('FILE_EMPTY', table.fileName);

  const total = (staffSheet?.rows.length ?? 0) + (qualSheet?.rows.length ?? 0);
  progress('validate', 0, total);
  const quals = qualSheet ? readQualifications(qualSheet, input) : null;

  const toWrite: Employee[] = [];
  const inStaffSheet = new Set<string>();
  if (staffSheet) {
    const mapping = mapSheet(staffSheet, employeeTemplate, saved, report);
    if (mapping.problems.length === 0) {
      const parsed = parseSheet(employeeAdapter, staffSheet, mapping.columns, report);
      for (const p of parsed) if (p.key !== null) inStaffSheet.add(p.key);
      const refs = await employeeAdapter.loadRefs(repos, siteId);
      if (quals) refs.qualificationsByNumber = new Map([...quals.byNumber].map(([n, q]) => [n, q.items]));
      const keys = parsed.flatMap((p) => (p.clean && p.key !== null ? [p.key] : []));
      const existing = await employeeAdapter.loadExisting(repos, siteId, keys, refs);
      const valid = validateParsed(
        employeeAdapter,
        staffSheet,
        mapping.columns,
        parsed,
        { siteId, refs, existing },
        report,
      );
      toWrite.push(...valid.map((v) => v.value));
    }
  }

  // Qualification rows for people not in the employees sheet update stored employees, or name an unknown matricule.
  if (quals && qualSheet) {
    const others = [...quals.byNumber.keys()].filter((n) => !inStaffSheet.has(n));
    const stored = await existingByCode(repos.employees, siteId, others, (e) => e.number);
    const numberColumn = quals.numberColumn;
    for (const number of others) {
      const entry = quals.byNumber.get(number);
      if (!entry) continue;
      const employee = stored.get(number);
      if (!employee) {
        for (const row of entry.rows) {
          report.error({
            sheet: qualSheet.name,
            row,
            column: numberColumn,
            field: 'number',
            value: number,
            code: 'IMPORT_UNKNOWN_EMPLOYEE',
          });
        }
        continue;
      }
      const result = employeeSchema.safeParse({ ...employee, qualifications: entry.items });
      if (result.success) toWrite.push(result.data);
      else {
        for (const d of zodErrorToDetails(result.error)) {
          report.error({
            sheet: qualSheet.name,
            row: entry.rows[0] ?? null,
            column: numberColumn,
            field: 'number',
            value: number,
            code: d.code,
            ...(d.params ? { params: d.params } : {}),
          });
        }
      }
    }
  }
  progress('validate', total, total);
  const count = entity === 'employees' ? toWrite.length : (quals?.count ?? 0);
  return { count, write: (tx) => tx.employees.upsertMany(toWrite) };
}
