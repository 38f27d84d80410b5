// Daily KPI facts: per day and breakdown (site, client, activity, team, operator), one column per additive measure.
import { MEASURES } from '@logipilot/domain';
import {
  date,
  doublePrecision,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { siteReference } from './columns.ts';

/**
 * The measures are columns (not rows): a dashboard reads one row per day and key, whatever the KPIs it shows. A
 * measure that is 0 is stored as NULL (read back as 0): most rows hold a few measures, and a NULL takes no space,
 * which makes a two-year recompute write a fifth of the bytes.
 */
const measureColumns = Object.fromEntries(MEASURES.map((m) => [m.id, doublePrecision(m.id)])) as Record<
  string,
  ReturnType<typeof doublePrecision>
>;

export const kpiDailyFacts = pgTable(
  'kpi_daily_facts',
  {
    siteId: text('site_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    dimension: text('dimension').notNull(),
    /** '' for the site row; else the client, activity, team or operator id. */
    key: text('key').notNull(),
    /** '' for every client; a client id for an activity, team or operator row of that client alone. */
    clientId: text('client_id').notNull().default(''),
    ...measureColumns,
  },
  // No foreign key and no second index: a recompute writes hundreds of thousands of rows, and each check or index
  // entry costs there (the sites repository deletes a site's facts itself). The key leads with what a board reads.
  (t) => [
    primaryKey({ name: 'kpi_daily_facts_pk', columns: [t.siteId, t.dimension, t.clientId, t.day, t.key] }),
  ],
);

/**
 * KPI targets that change over time: the one in force for a period is the latest whose `from` is on or before the
 * period's start; a client's own target wins over the site's (client_id empty).
 */
export const kpiTargets = pgTable(
  'kpi_targets',
  {
    siteId: text('site_id').notNull(),
    kpiId: text('kpi_id').notNull(),
    clientId: text('client_id').notNull().default(''),
    from: date('from', { mode: 'string' }).notNull(),
    target: doublePrecision('target').notNull(),
    /** The amber band's width below (↑ KPI) or above (↓ KPI) the target. */
    tolerance: doublePrecision('tolerance').notNull(),
    source: text('source').notNull().default('manual'),
  },
  (t) => [
    primaryKey({ name: 'kpi_targets_pk', columns: [t.siteId, t.kpiId, t.clientId, t.from] }),
    siteReference(t, 'kpi_targets_site_fk'),
  ],
);

/** Each user's own dashboard: which KPI tiles, in which order, with which breakdown (a JSON layout). */
export const kpiDashboards = pgTable(
  'kpi_dashboards',
  {
    siteId: text('site_id').notNull(),
    userId: text('user_id').notNull(),
    layout: jsonb('layout').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'kpi_dashboards_pk', columns: [t.siteId, t.userId] }),
    siteReference(t, 'kpi_dashboards_site_fk'),
  ],
);

/**
 * A drift taken over from an SPC alert: the quality module's non-conformity starts here (root cause and corrective
 * actions come with it). One record per alert.
 */
export const driftRecords = pgTable(
  'drift_records',
  {
    siteId: text('site_id').notNull(),
    id: text('id').notNull(),
    alertId: text('alert_id').notNull(),
    kpiId: text('kpi_id').notNull(),
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    rule: text('rule').notNull(),
    start: date('start', { mode: 'string' }).notNull(),
    firedAt: date('fired_at', { mode: 'string' }).notNull(),
    value: doublePrecision('value').notNull(),
    centre: doublePrecision('centre').notNull(),
    status: text('status').notNull().default('open'),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    primaryKey({ name: 'drift_records_pk', columns: [t.siteId, t.id] }),
    uniqueIndex('drift_records_alert_idx').on(t.siteId, t.alertId),
    siteReference(t, 'drift_records_site_fk'),
  ],
);
