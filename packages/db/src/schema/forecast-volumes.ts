// Table of forecast volumes: one quantity per (version, client, flow, day, hour or whole day).
import { FLOW_KINDS } from '@logipilot/domain';
import {
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { clients } from './clients.ts';
import { siteReference } from './columns.ts';
import { forecastVersions } from './forecasts.ts';

export const FORECAST_VOLUME_SOURCES = ['import', 'manual', 'statistical'] as const;

export const forecastVolumes = pgTable(
  'forecast_volumes',
  {
    siteId: text('site_id').notNull(),
    versionId: text('version_id').notNull(),
    clientId: text('client_id').notNull(),
    flow: text('flow', { enum: FLOW_KINDS }).notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    /** 0–23, or null for a whole-day quantity; a day's volume is the sum of its rows. */
    hour: integer('hour'),
    quantity: doublePrecision('quantity').notNull(),
    source: text('source', { enum: FORECAST_VOLUME_SOURCES }).notNull(),
  },
  (t) => [
    // NULLS NOT DISTINCT: one whole-day row per key, as one row per hour (PostgreSQL 15+).
    unique('forecast_volumes_key')
      .on(t.siteId, t.versionId, t.clientId, t.flow, t.day, t.hour)
      .nullsNotDistinct(),
    siteReference(t, 'forecast_volumes_site_fk'),
    foreignKey({
      name: 'forecast_volumes_version_fk',
      columns: [t.siteId, t.versionId],
      foreignColumns: [forecastVersions.siteId, forecastVersions.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'forecast_volumes_client_fk',
      columns: [t.siteId, t.clientId],
      foreignColumns: [clients.siteId, clients.id],
    }),
    index('forecast_volumes_site_day_idx').on(t.siteId, t.day),
  ],
);
