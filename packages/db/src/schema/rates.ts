// Table of the rate table per qualification: costs in integer cents, premiums as fractions.
import { bigint, doublePrecision, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';

export const rates = pgTable(
  'rates',
  {
    ...siteScoped,
    qualification: text('qualification').notNull(),
    loadedHourlyCostCents: bigint('loaded_hourly_cost_cents', { mode: 'number' }).notNull(),
    grossHourlyWageCents: bigint('gross_hourly_wage_cents', { mode: 'number' }).notNull(),
    overtimePremium25: doublePrecision('overtime_premium_25').notNull(),
    overtimePremium50: doublePrecision('overtime_premium_50').notNull(),
    nightPremium: doublePrecision('night_premium').notNull(),
    sundayPremium: doublePrecision('sunday_premium').notNull(),
    tempAgencyCoefficient: doublePrecision('temp_agency_coefficient').notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('rates_site_qualification_key').on(t.siteId, t.qualification),
    siteReference(t, 'rates_site_fk'),
  ],
);
