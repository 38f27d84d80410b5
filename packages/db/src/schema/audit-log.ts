// Table of the audit log: who changed what and when, with before/after snapshots (jsonb).
import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'import', 'restore', 'seed'] as const;

export const auditLog = pgTable(
  'audit_log',
  {
    ...siteScoped,
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    // No reference to users: the trail outlives the accounts it names.
    userId: text('user_id'),
    username: text('username').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    sitePrimaryKey(t),
    siteReference(t, 'audit_log_site_fk'),
    index('audit_log_site_at_idx').on(t.siteId, t.at),
    index('audit_log_site_entity_at_idx').on(t.siteId, t.entity, t.at),
  ],
);
