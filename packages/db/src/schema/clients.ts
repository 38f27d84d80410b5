// Table of clients (donneurs d'ordre) of a multi-client site.
import { pgTable, text, unique } from 'drizzle-orm/pg-core';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';

export const clients = pgTable(
  'clients',
  {
    ...siteScoped,
    code: text('code').notNull(),
    name: text('name').notNull(),
    sector: text('sector').notNull(),
    language: text('language', { enum: ['fr', 'en'] }).notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('clients_site_code_key').on(t.siteId, t.code),
    siteReference(t, 'clients_site_fk'),
  ],
);
