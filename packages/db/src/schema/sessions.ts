// Table of login sessions; they die with their user (and so with their site).
import { foreignKey, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull(),
    userId: text('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [
    foreignKey({
      name: 'sessions_user_fk',
      columns: [t.siteId, t.userId],
      foreignColumns: [users.siteId, users.id],
    }).onDelete('cascade'),
    index('sessions_expires_idx').on(t.expiresAt),
  ],
);
