// Table of buildings of a site.
import { doublePrecision, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';

export const buildings = pgTable(
  'buildings',
  {
    ...siteScoped,
    code: text('code').notNull(),
    name: text('name').notNull(),
    areaM2: doublePrecision('area_m2').notNull(),
    clearHeightM: doublePrecision('clear_height_m').notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('buildings_site_code_key').on(t.siteId, t.code),
    siteReference(t, 'buildings_site_fk'),
  ],
);
