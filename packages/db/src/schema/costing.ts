// Tables of the costing: the site's cost model, saved budget versions (their drivers frozen) and monthly actuals.
import {
  bigint,
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
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';
import { sites } from './sites.ts';

/** One cost model per site (resources, rates, activities, storage, fixed costs), edited as a whole. */
export const siteCostModels = pgTable(
  'site_cost_models',
  {
    siteId: text('site_id').primaryKey(),
    model: jsonb('model').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [
    foreignKey({
      name: 'site_cost_models_site_fk',
      columns: [t.siteId],
      foreignColumns: [sites.id],
    }).onDelete('cascade'),
  ],
);

/**
 * A saved budget (initial or re-forecast): its drivers and fixed lines are frozen in `input`, so later changes to
 * standards, rates or forecasts never rewrite a budget that was signed off.
 */
export const budgetVersions = pgTable(
  'budget_versions',
  {
    ...siteScoped,
    year: integer('year').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    input: jsonb('input').notNull(),
    basis: jsonb('basis').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    siteReference(t, 'budget_versions_site_fk'),
    unique('budget_versions_site_year_name_key').on(t.siteId, t.year, t.name),
    index('budget_versions_site_year_idx').on(t.siteId, t.year),
  ],
);

/** Actual cost (and volume, hours) of one budget line in one month; an import replaces its months wholly. */
export const budgetActuals = pgTable(
  'budget_actuals',
  {
    siteId: text('site_id').notNull(),
    month: text('month').notNull(),
    costCentre: text('cost_centre').notNull(),
    lineKey: text('line_key').notNull(),
    volume: doublePrecision('volume'),
    hours: doublePrecision('hours'),
    costCents: bigint('cost_cents', { mode: 'number' }).notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'string' }).notNull(),
    importedBy: text('imported_by').notNull(),
    sourceFile: text('source_file').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.month, t.costCentre, t.lineKey] }),
    siteReference(t, 'budget_actuals_site_fk'),
  ],
);
