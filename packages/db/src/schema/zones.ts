// Table of storage zones (temperature class, plan rectangle), each in one building.
import { TEMPERATURE_CLASSES } from '@logipilot/domain';
import { doublePrecision, foreignKey, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { buildings } from './buildings.ts';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';

export const zones = pgTable(
  'zones',
  {
    ...siteScoped,
    buildingId: text('building_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    temperatureClass: text('temperature_class', { enum: TEMPERATURE_CLASSES }).notNull(),
    areaM2: doublePrecision('area_m2').notNull(),
    x: doublePrecision('x').notNull(),
    y: doublePrecision('y').notNull(),
    width: doublePrecision('width').notNull(),
    depth: doublePrecision('depth').notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('zones_site_code_key').on(t.siteId, t.code),
    siteReference(t, 'zones_site_fk'),
    foreignKey({
      name: 'zones_building_fk',
      columns: [t.siteId, t.buildingId],
      foreignColumns: [buildings.siteId, buildings.id],
    }),
  ],
);
