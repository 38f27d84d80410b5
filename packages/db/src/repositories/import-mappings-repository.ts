// Saved import column mappings, one per (site, entity, name); saving a known name keeps its id.
import type { SqlExecutor } from '../events/sql-executor.ts';
import { importMappings } from '../schema/index.ts';
import type { ImportMapping, ImportMappingRepository } from './contract.ts';
import { columnsOf, quote, recordsetDefinition, selectList } from './sql-text.ts';
import { run } from './table-repository.ts';

const columns = columnsOf(importMappings);
const SELECT = `SELECT ${selectList(columns)} FROM import_mappings`;
const SAVE = `INSERT INTO import_mappings (${columns.map((c) => quote(c.name)).join(', ')})
  SELECT ${columns.map((c) => `r.${quote(c.key)}`).join(', ')}
  FROM json_to_recordset($1::json) AS r(${recordsetDefinition(columns)})
  ON CONFLICT (site_id, entity, name) DO UPDATE SET columns = EXCLUDED.columns`;

export class PgImportMappingRepository implements ImportMappingRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async list(siteId: string, entity?: string): Promise<ImportMapping[]> {
    const params: unknown[] = [siteId];
    const where = entity === undefined ? '' : ` AND entity = $${params.push(entity)}`;
    const rows = await run(
      this.sql,
      'importMappings',
      'read',
      `${SELECT} WHERE site_id = $1${where} ORDER BY entity COLLATE "C", name COLLATE "C"`,
      params,
    );
    return rows as unknown as ImportMapping[];
  }

  async getByName(siteId: string, entity: string, name: string): Promise<ImportMapping | null> {
    const [row] = await run(
      this.sql,
      'importMappings',
      'read',
      `${SELECT} WHERE site_id = $1 AND entity = $2 AND name = $3`,
      [siteId, entity, name],
    );
    return (row as ImportMapping | undefined) ?? null;
  }

  async save(mapping: ImportMapping): Promise<void> {
    await run(this.sql, 'importMappings', 'write', SAVE, [JSON.stringify([mapping])]);
  }
}
