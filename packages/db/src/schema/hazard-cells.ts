// Table of hazard cells (ICPE rubric ceilings and admitted ADR classes as jsonb), each in one zone.
import type { IcpeCeiling } from '@logipilot/domain';
import { foreignKey, jsonb, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';
import { zones } from './zones.ts';

export const hazardCells = pgTable(
  'hazard_cells',
  {
    ...siteScoped,
    zoneId: text('zone_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    rubrics: jsonb('rubrics').$type<IcpeCeiling[]>().notNull(),
    adrClasses: jsonb('adr_classes').$type<string[]>().notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('hazard_cells_site_code_key').on(t.siteId, t.code),
    siteReference(t, 'hazard_cells_site_fk'),
    foreignKey({
      name: 'hazard_cells_zone_fk',
      columns: [t.siteId, t.zoneId],
      foreignColumns: [zones.siteId, zones.id],
    }),
  ],
);
