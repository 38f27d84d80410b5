// Table of stored rosters (plannings des équipes): versions that are drafts, then published, then superseded.
import { date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';

/** A draft is edited and re-solved; a published roster is locked; publishing a newer one supersedes it. */
export const ROSTER_STATUSES = ['draft', 'published', 'superseded'] as const;

export const rosters = pgTable(
  'rosters',
  {
    ...siteScoped,
    name: text('name').notNull(),
    status: text('status', { enum: ROSTER_STATUSES }).notNull(),
    fromDay: date('from_day', { mode: 'string' }).notNull(),
    days: integer('days').notNull(),
    // No reference: a roster outlives the plan its demand came from, and the version it re-plans.
    planId: text('plan_id'),
    basedOn: text('based_on'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
    publishedBy: text('published_by'),
    noticeDays: integer('notice_days').notNull(),
    /** The demand as it was when solved: a later plan must not change what a stored roster is scored against. */
    demand: jsonb('demand').notNull(),
    assignments: jsonb('assignments').notNull(),
    score: jsonb('score').notNull(),
    solve: jsonb('solve'),
  },
  (t) => [
    sitePrimaryKey(t),
    siteReference(t, 'rosters_site_fk'),
    index('rosters_site_created_idx').on(t.siteId, t.createdAt),
    index('rosters_site_status_idx').on(t.siteId, t.status),
  ],
);
