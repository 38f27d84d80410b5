// Table of shift requests (souhaits): a person asks to work, or not to work, a shift on a day; rosters weigh them.
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';
import { employees } from './employees.ts';

export const rosterRequests = pgTable(
  'roster_requests',
  {
    ...siteScoped,
    employeeId: text('employee_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    shift: text('shift').notNull(),
    on: boolean('on').notNull(),
    weight: integer('weight').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    siteReference(t, 'roster_requests_site_fk'),
    // A person who leaves takes their requests along.
    foreignKey({
      name: 'roster_requests_employee_fk',
      columns: [t.siteId, t.employeeId],
      foreignColumns: [employees.siteId, employees.id],
    }).onDelete('cascade'),
    // One request per person, day and shift: a second one replaces the first.
    uniqueIndex('roster_requests_cell_idx').on(t.siteId, t.employeeId, t.day, t.shift),
    index('roster_requests_site_day_idx').on(t.siteId, t.day),
  ],
);
