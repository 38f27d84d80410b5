// Table of aisles (plan position and working width), each in one zone.
import { doublePrecision, foreignKey, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';
import { zones } from './zones.ts';

export const aisles = pgTable(
  'aisles',
  {
    ...siteScoped,
    zoneId: text('zone_id').notNull(),
    code: text('code').notNull(),
    x: doublePrecision('x').notNull(),
    y: doublePrecision('y').notNull(),
    width: doublePrecision('width').notNull(),
    depth: doublePrecision('depth').notNull(),
    workingWidthM: doublePrecision('working_width_m').notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('aisles_site_code_key').on(t.siteId, t.code),
    siteReference(t, 'aisles_site_fk'),
    foreignKey({
      name: 'aisles_zone_fk',
      columns: [t.siteId, t.zoneId],
      foreignColumns: [zones.siteId, zones.id],
    }),
  ],
);
