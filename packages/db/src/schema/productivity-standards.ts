// Table of productivity standards; natural key (activity, method, zone) where a null zone means "every zone".
import { ACTIVITIES, UNITS_OF_WORK } from '@logipilot/domain';
import { doublePrecision, foreignKey, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';
import { zones } from './zones.ts';

export const productivityStandards = pgTable(
  'productivity_standards',
  {
    ...siteScoped,
    activity: text('activity', { enum: ACTIVITIES }).notNull(),
    method: text('method').notNull(),
    zoneId: text('zone_id'),
    unit: text('unit', { enum: UNITS_OF_WORK }).notNull(),
    minutesPerUnit: doublePrecision('minutes_per_unit').notNull(),
    allowancePfd: doublePrecision('allowance_pfd').notNull(),
    efficiency: doublePrecision('efficiency').notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    // NULLS NOT DISTINCT (PostgreSQL 15+): only one site-wide standard per activity, method and unit of work.
    unique('productivity_standards_site_key')
      .on(t.siteId, t.activity, t.method, t.unit, t.zoneId)
      .nullsNotDistinct(),
    siteReference(t, 'productivity_standards_site_fk'),
    foreignKey({
      name: 'productivity_standards_zone_fk',
      columns: [t.siteId, t.zoneId],
      foreignColumns: [zones.siteId, zones.id],
    }),
  ],
);
