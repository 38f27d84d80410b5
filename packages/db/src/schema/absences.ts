// Table of absences (leave, sickness, training…) of employees; natural key is the id.
import { ABSENCE_KINDS } from '@logipilot/domain';
import { boolean, date, foreignKey, index, pgTable, text } from 'drizzle-orm/pg-core';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';
import { employees } from './employees.ts';

export const absences = pgTable(
  'absences',
  {
    ...siteScoped,
    employeeId: text('employee_id').notNull(),
    kind: text('kind', { enum: ABSENCE_KINDS }).notNull(),
    from: date('from_date', { mode: 'string' }).notNull(),
    to: date('to_date', { mode: 'string' }).notNull(),
    planned: boolean('planned').notNull(),
    note: text('note').notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    siteReference(t, 'absences_site_fk'),
    foreignKey({
      name: 'absences_employee_fk',
      columns: [t.siteId, t.employeeId],
      foreignColumns: [employees.siteId, employees.id],
    }).onDelete('cascade'),
    index('absences_site_period_idx').on(t.siteId, t.from, t.to),
  ],
);
