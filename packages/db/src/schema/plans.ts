// Table of stored activity plans: immutable versions (baseline or re-plan) holding the whole computed result.
import { date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';

export const PLAN_KINDS = ['baseline', 'replan'] as const;

export const plans = pgTable(
  'plans',
  {
    ...siteScoped,
    name: text('name').notNull(),
    kind: text('kind', { enum: PLAN_KINDS }).notNull(),
    fromDay: date('from_day', { mode: 'string' }).notNull(),
    toDay: date('to_day', { mode: 'string' }).notNull(),
    weeks: integer('weeks').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
    scenario: jsonb('scenario').notNull(),
    // No reference: a plan outlives the forecast versions it was computed from.
    forecastVersionIds: jsonb('forecast_version_ids').$type<string[]>().notNull(),
    totals: jsonb('totals').notNull(),
    /** The PlanResult as computed (messages re-rendered in the reader's language on the way out). */
    result: jsonb('result').notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    siteReference(t, 'plans_site_fk'),
    index('plans_site_created_idx').on(t.siteId, t.createdAt),
  ],
);
