// Column builders shared by every site-scoped table: the site key, the composite primary key, references.
import { foreignKey, type PgColumn, primaryKey, text } from 'drizzle-orm/pg-core';
import { sites } from './sites.ts';

/** Every row belongs to one site; keys are (site_id, …) so that a distributed engine can shard by site. */
export const siteScoped = {
  id: text('id').notNull(),
  siteId: text('site_id').notNull(),
};

export function sitePrimaryKey(t: { siteId: PgColumn; id: PgColumn }) {
  return primaryKey({ columns: [t.siteId, t.id] });
}

/** Deleting a site deletes everything it holds (restore replaces a site wholly). */
export function siteReference(t: { siteId: PgColumn }, name: string) {
  return foreignKey({ name, columns: [t.siteId], foreignColumns: [sites.id] }).onDelete('cascade');
}
