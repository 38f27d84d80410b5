// Table of local user accounts; the username is unique across sites because login does not name a site.
import { ROLES } from '@logipilot/domain';
import { foreignKey, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { clients } from './clients.ts';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';

export const users = pgTable(
  'users',
  {
    ...siteScoped,
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    clientId: text('client_id'),
    locale: text('locale', { enum: ['fr', 'en'] }).notNull(),
    // '' (never matches a hash) for accounts written without one, e.g. by a bulk upsert.
    passwordHash: text('password_hash').notNull().default(''),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('users_site_username_key').on(t.siteId, t.username),
    unique('users_username_key').on(t.username),
    siteReference(t, 'users_site_fk'),
    foreignKey({
      name: 'users_client_fk',
      columns: [t.siteId, t.clientId],
      foreignColumns: [clients.siteId, clients.id],
    }),
  ],
);
