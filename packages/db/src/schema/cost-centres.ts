// Table of cost centres, optionally dedicated to one client.
import { foreignKey, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { clients } from './clients.ts';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';

export const costCentres = pgTable(
  'cost_centres',
  {
    ...siteScoped,
    code: text('code').notNull(),
    name: text('name').notNull(),
    clientId: text('client_id'),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('cost_centres_site_code_key').on(t.siteId, t.code),
    siteReference(t, 'cost_centres_site_fk'),
    foreignKey({
      name: 'cost_centres_client_fk',
      columns: [t.siteId, t.clientId],
      foreignColumns: [clients.siteId, clients.id],
    }),
  ],
);
