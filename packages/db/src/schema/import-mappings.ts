// Table of saved import column mappings (source header → template field), one name per entity and site.
import { jsonb, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';

export const importMappings = pgTable(
  'import_mappings',
  {
    ...siteScoped,
    name: text('name').notNull(),
    entity: text('entity').notNull(),
    columns: jsonb('columns').$type<Record<string, string>>().notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('import_mappings_site_entity_name_key').on(t.siteId, t.entity, t.name),
    siteReference(t, 'import_mappings_site_fk'),
  ],
);
