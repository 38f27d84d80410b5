// Table of equipment types; the licence is two columns (scheme, category) so that staffing can query it.
import { doublePrecision, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';

export const equipmentTypes = pgTable(
  'equipment_types',
  {
    ...siteScoped,
    code: text('code').notNull(),
    name: text('name').notNull(),
    licenceScheme: text('licence_scheme'),
    licenceCategory: text('licence_category'),
    count: integer('count').notNull(),
    maxLiftHeightM: doublePrecision('max_lift_height_m').notNull(),
    capacityKg: doublePrecision('capacity_kg').notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('equipment_types_site_code_key').on(t.siteId, t.code),
    siteReference(t, 'equipment_types_site_fk'),
  ],
);
