// Tables of employees (contract as columns, availability as jsonb) and their qualifications (a child table, so expiries can be queried).
import {
  type Availability,
  CONTRACT_KINDS,
  type Employee,
  employeeSchema,
  QUALIFICATION_KINDS,
} from '@logipilot/domain';
import {
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';
import { costCentres } from './cost-centres.ts';

export const JOB_ROLES = employeeSchema.shape.jobRole.options as [
  Employee['jobRole'],
  ...Employee['jobRole'][],
];

export const employees = pgTable(
  'employees',
  {
    ...siteScoped,
    number: text('number').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    contractKind: text('contract_kind', { enum: CONTRACT_KINDS }).notNull(),
    contractStart: date('contract_start', { mode: 'string' }).notNull(),
    contractEnd: date('contract_end', { mode: 'string' }),
    contractAgency: text('contract_agency'),
    weeklyHours: doublePrecision('weekly_hours').notNull(),
    team: text('team').notNull(),
    costCentreId: text('cost_centre_id'),
    jobRole: text('job_role', { enum: JOB_ROLES }).notNull(),
    availability: jsonb('availability').$type<Availability>().notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('employees_site_number_key').on(t.siteId, t.number),
    siteReference(t, 'employees_site_fk'),
    foreignKey({
      name: 'employees_cost_centre_fk',
      columns: [t.siteId, t.costCentreId],
      foreignColumns: [costCentres.siteId, costCentres.id],
    }),
  ],
);

/** `position` keeps the order the qualifications were given in, so that an employee reads back equal. */
export const employeeQualifications = pgTable(
  'employee_qualifications',
  {
    siteId: text('site_id').notNull(),
    employeeId: text('employee_id').notNull(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: QUALIFICATION_KINDS }).notNull(),
    scheme: text('scheme'),
    category: text('category'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.employeeId, t.position] }),
    foreignKey({
      name: 'employee_qualifications_employee_fk',
      columns: [t.siteId, t.employeeId],
      foreignColumns: [employees.siteId, employees.id],
    }).onDelete('cascade'),
    index('employee_qualifications_site_expiry_idx').on(t.siteId, t.expiresOn),
  ],
);
