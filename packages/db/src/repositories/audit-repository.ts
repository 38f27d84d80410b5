// The audit log: appended in batches, listed newest first.
import type { SqlExecutor } from '../events/sql-executor.ts';
import { auditLog } from '../schema/index.ts';
import type { AuditEntry, AuditRepository, Page } from './contract.ts';
import {
  batches,
  clampLimit,
  clampOffset,
  columnsOf,
  quote,
  recordsetDefinition,
  selectList,
  toCount,
} from './sql-text.ts';
import { run } from './table-repository.ts';

const columns = columnsOf(auditLog);
const SELECT = `SELECT ${selectList(columns)} FROM audit_log`;
const APPEND = `INSERT INTO audit_log (${columns.map((c) => quote(c.name)).join(', ')})
  SELECT ${columns.map((c) => `r.${quote(c.key)}`).join(', ')}
  FROM json_to_recordset($1::json) AS r(${recordsetDefinition(columns)})`;

/** Undefined snapshots are stored as SQL NULL and read back as null. */
function toRow(e: AuditEntry): AuditEntry {
  return { ...e, before: e.before ?? null, after: e.after ?? null };
}

export class PgAuditRepository implements AuditRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async append(entries: AuditEntry[]): Promise<void> {
    for (const batch of batches(entries)) {
      await run(this.sql, 'audit', 'write', APPEND, [JSON.stringify(batch.map(toRow))]);
    }
  }

  async list(query: {
    siteId: string;
    entity?: string;
    limit?: number;
    offset?: number;
  }): Promise<Page<AuditEntry>> {
    const params: unknown[] = [query.siteId];
    let where = 'site_id = $1';
    if (query.entity !== undefined) where += ` AND entity = $${params.push(query.entity)}`;
    const [count] = await run(
      this.sql,
      'audit',
      'read',
      `SELECT count(*) AS n FROM audit_log WHERE ${where}`,
      params,
    );
    const rows = await run(
      this.sql,
      'audit',
      'read',
      `${SELECT} WHERE ${where} ORDER BY at DESC, id DESC LIMIT ${clampLimit(query.limit)} OFFSET ${clampOffset(query.offset)}`,
      params,
    );
    return { items: rows as unknown as AuditEntry[], total: toCount(count?.n) };
  }
}
