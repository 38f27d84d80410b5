// Table of sites: identity, time zone, address and working calendar (jsonb, read and written whole).
import type { SiteCalendar } from '@logipilot/domain';
import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';

export const sites = pgTable('sites', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique('sites_code_key'),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull(),
  address: text('address').notNull(),
  postcode: text('postcode').notNull(),
  city: text('city').notNull(),
  country: text('country').notNull(),
  calendar: jsonb('calendar').$type<SiteCalendar>().notNull(),
});
