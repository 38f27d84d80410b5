// Sites: saved whole (calendar as jsonb); removing a site removes everything it holds (foreign keys cascade).
import type { Site } from '@logipilot/domain';
import type { SqlExecutor } from '../events/sql-executor.ts';
import { sites } from '../schema/index.ts';
import type { SiteRepository } from './contract.ts';
import { columnsOf, quote, recordsetDefinition, selectList } from './sql-text.ts';
import { run } from './table-repository.ts';

const columns = columnsOf(sites);
const SELECT = `SELECT ${selectList(columns)} FROM sites`;
const SAVE = `INSERT INTO sites (${columns.map((c) => quote(c.name)).join(', ')})
  SELECT ${columns.map((c) => `r.${quote(c.key)}`).join(', ')}
  FROM json_to_recordset($1::json) AS r(${recordsetDefinition(columns)})
  ON CONFLICT (id) DO UPDATE SET ${columns
    .filter((c) => c.name !== 'id')
    .map((c) => `${quote(c.name)} = EXCLUDED.${quote(c.name)}`)
    .join(', ')}`;

export class PgSiteRepository implements SiteRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async get(siteId: string): Promise<Site | null> {
    const [row] = await run(this.sql, 'sites', 'read', `${SELECT} WHERE id = $1`, [siteId]);
    return (row as Site | undefined) ?? null;
  }

  async first(): Promise<Site | null> {
    const [row] = await run(this.sql, 'sites', 'read', `${SELECT} ORDER BY code COLLATE "C", id LIMIT 1`);
    return (row as Site | undefined) ?? null;
  }

  async save(site: Site): Promise<void> {
    await run(this.sql, 'sites', 'write', SAVE, [JSON.stringify([site])]);
  }

  async remove(siteId: string): Promise<void> {
    // The facts have no foreign key (bulk writes): they go with their site here.
    await run(this.sql, 'sites', 'delete', 'DELETE FROM kpi_daily_facts WHERE site_id = $1', [siteId]);
    await run(this.sql, 'sites', 'delete', 'DELETE FROM sites WHERE id = $1', [siteId]);
  }
}
