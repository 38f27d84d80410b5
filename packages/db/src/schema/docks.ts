// Table of docks and their doors (jsonb: read and written with the dock).

import type { Dock } from '@logipilot/domain';
import { foreignKey, jsonb, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { buildings } from './buildings.ts';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';

export const docks = pgTable(
  'docks',
  {
    ...siteScoped,
    buildingId: text('building_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    direction: text('direction', { enum: ['inbound', 'outbound', 'mixed'] }).notNull(),
    temperatureClass: text('temperature_class', {
      enum: ['ambient', 'positive_cold', 'negative_cold'],
    }).notNull(),
    doors: jsonb('doors').$type<Dock['doors']>().notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('docks_site_code_key').on(t.siteId, t.code),
    siteReference(t, 'docks_site_fk'),
    foreignKey({
      name: 'docks_building_fk',
      columns: [t.siteId, t.buildingId],
      foreignColumns: [buildings.siteId, buildings.id],
    }),
  ],
);
