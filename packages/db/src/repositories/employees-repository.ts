// Employees: the contract as columns, qualifications in a child table written and read with their employee.
import type { Employee, Qualification } from '@logipilot/domain';
import { employeeQualifications, employees } from '../schema/index.ts';
import { columnsOf, quote, recordsetDefinition, selectList } from './sql-text.ts';
import { compileSpec, TableRepository } from './table-repository.ts';

export const employeeSpec = compileSpec<Employee, typeof employees>({
  entity: 'employees',
  table: employees,
  naturalKey: ['number'],
  search: ['number', 'firstName', 'lastName', 'team'],
  defaultSort: ['number'],
  toRow: ({ contract, qualifications: _qualifications, ...rest }) => ({
    ...rest,
    contractKind: contract.kind,
    contractStart: contract.start,
    contractEnd: contract.end,
    contractAgency: contract.agency,
  }),
  fromRow: ({ contractKind, contractStart, contractEnd, contractAgency, ...rest }) => ({
    ...rest,
    contract: { kind: contractKind, start: contractStart, end: contractEnd, agency: contractAgency },
    qualifications: [],
  }),
});

const qualificationColumns = columnsOf(employeeQualifications).filter((c) => c.key !== 'employeeId');
const written = qualificationColumns.filter((c) => c.key !== 'siteId');
const QUALIFICATIONS_SELECT = `SELECT q.employee_id AS "employeeId", ${selectList(
  qualificationColumns.filter((c) => c.key !== 'siteId' && c.key !== 'position'),
  'q',
)} FROM employee_qualifications q`;

// Children are keyed by the employee's natural key: an upsert may have kept a stored id other than the given one.
const DELETE_QUALIFICATIONS = `DELETE FROM employee_qualifications q
  USING employees e, json_to_recordset($1::json) AS r("siteId" text, "number" text)
  WHERE e.site_id = r."siteId" AND e.number = r."number" AND q.site_id = e.site_id AND q.employee_id = e.id`;

const INSERT_QUALIFICATIONS = `INSERT INTO employee_qualifications
  (site_id, employee_id, ${written.map((c) => quote(c.name)).join(', ')})
  SELECT e.site_id, e.id, ${written.map((c) => `r.${quote(c.key)}`).join(', ')}
  FROM json_to_recordset($1::json) AS r("siteId" text, "number" text, ${recordsetDefinition(written)})
  JOIN employees e ON e.site_id = r."siteId" AND e.number = r."number"`;

type QualificationRow = Qualification & { employeeId: string };

export class EmployeeRepository extends TableRepository<Employee, typeof employees> {
  constructor(sql: ConstructorParameters<typeof TableRepository>[1]) {
    super(employeeSpec, sql);
  }

  protected override async load(rows: Record<string, unknown>[]): Promise<Employee[]> {
    const list = await super.load(rows);
    if (list.length === 0) return list;
    const siteId = list[0]!.siteId;
    const ids = list.map((e) => e.id);
    const qualifications = (await this.run(
      'read',
      `${QUALIFICATIONS_SELECT} WHERE q.site_id = $1 AND q.employee_id = ANY($2::text[])
        ORDER BY q.employee_id, q.position`,
      [siteId, ids],
    )) as QualificationRow[];
    const byEmployee = new Map(list.map((e) => [e.id, e]));
    for (const { employeeId, ...q } of qualifications) byEmployee.get(employeeId)?.qualifications.push(q);
    return list;
  }

  protected override async afterWrite(items: Employee[]): Promise<void> {
    const keys = items.map((e) => ({ siteId: e.siteId, number: e.number }));
    await this.run('write', DELETE_QUALIFICATIONS, [JSON.stringify(keys)]);
    const rows = items.flatMap((e) =>
      e.qualifications.map((q, position) => ({ siteId: e.siteId, number: e.number, position, ...q })),
    );
    for (let i = 0; i < rows.length; i += 5000) {
      await this.run('write', INSERT_QUALIFICATIONS, [JSON.stringify(rows.slice(i, i + 5000))]);
    }
  }
}
