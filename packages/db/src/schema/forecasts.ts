// Tables of forecast versions (named, immutable sets of volumes) and of the per-series results of a statistical run.
import { FLOW_KINDS } from '@logipilot/domain';
import {
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { clients } from './clients.ts';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';

export const FORECAST_VERSION_KINDS = ['input', 'statistical'] as const;

export const forecastVersions = pgTable(
  'forecast_versions',
  {
    ...siteScoped,
    /** 1, 2, 3… per site: orders versions even when two are created within the same millisecond. */
    number: integer('number').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: FORECAST_VERSION_KINDS }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
    // No reference: the version it was copied from may be restored without it, and history outlives it.
    basedOn: text('based_on'),
    note: text('note').notNull(),
    /** What produced the version (file, run options), for people reading the list. */
    params: jsonb('params'),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('forecast_versions_site_number_key').on(t.siteId, t.number),
    siteReference(t, 'forecast_versions_site_fk'),
  ],
);

export const forecastSeriesResults = pgTable(
  'forecast_series_results',
  {
    siteId: text('site_id').notNull(),
    versionId: text('version_id').notNull(),
    clientId: text('client_id').notNull(),
    flow: text('flow', { enum: FLOW_KINDS }).notNull(),
    method: text('method').notNull(),
    candidates: jsonb('candidates').notNull(),
    accuracy: jsonb('accuracy'),
    intervalCoverageOnHoldout: doublePrecision('interval_coverage_on_holdout'),
    reasons: jsonb('reasons').notNull(),
    /** Every forecast day with its value and prediction interval: [{ day, value, lower, upper }]. */
    points: jsonb('points').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.versionId, t.clientId, t.flow] }),
    siteReference(t, 'forecast_series_results_site_fk'),
    foreignKey({
      name: 'forecast_series_results_version_fk',
      columns: [t.siteId, t.versionId],
      foreignColumns: [forecastVersions.siteId, forecastVersions.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'forecast_series_results_client_fk',
      columns: [t.siteId, t.clientId],
      foreignColumns: [clients.siteId, clients.id],
    }),
    index('forecast_series_results_site_client_idx').on(t.siteId, t.clientId),
  ],
);
