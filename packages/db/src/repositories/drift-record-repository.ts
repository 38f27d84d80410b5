// Drift records taken over from SPC alerts: one per alert, listed newest first for the quality module.
import type { SqlExecutor } from '../events/sql-executor.ts';
import type { DriftRecord, DriftRecordRepository } from './contract.ts';
import { run } from './table-repository.ts';

const COLUMNS = `id, alert_id, kpi_id, dimension, key, rule, to_char(start, 'YYYY-MM-DD') AS start,
  to_char(fired_at, 'YYYY-MM-DD') AS fired_at, value, centre, status, note,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at, created_by`;

function toRecord(siteId: string, r: Record<string, unknown>): DriftRecord {
  return {
    siteId,
    id: String(r.id),
    alertId: String(r.alert_id),
    kpiId: String(r.kpi_id),
    dimension: String(r.dimension),
    key: String(r.key),
    rule: String(r.rule),
    start: String(r.start),
    firedAt: String(r.fired_at),
    value: Number(r.value),
    centre: Number(r.centre),
    status: String(r.status),
    note: String(r.note),
    createdAt: String(r.created_at),
    createdBy: String(r.created_by),
  };
}

export class PgDriftRecordRepository implements DriftRecordRepository {
  constructor(private readonly sql: SqlExecutor) {}

  /** The existing record when the alert was already taken over (the alert id is unique per site). */
  async create(record: DriftRecord): Promise<{ record: DriftRecord; created: boolean }> {
    const inserted = await run(
      this.sql,
      'driftRecords',
      'write',
      `INSERT INTO drift_records (site_id, id, alert_id, kpi_id, dimension, key, rule, start, fired_at, value, centre,
         status, note, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (site_id, alert_id) DO NOTHING RETURNING ${COLUMNS}`,
      [
        record.siteId,
        record.id,
        record.alertId,
        record.kpiId,
        record.dimension,
        record.key,
        record.rule,
        record.start,
        record.firedAt,
        record.value,
        record.centre,
        record.status,
        record.note,
        record.createdAt,
        record.createdBy,
      ],
    );
    if (inserted[0]) return { record: toRecord(record.siteId, inserted[0]), created: true };
    const existing = await run(
      this.sql,
      'driftRecords',
      'read',
      `SELECT ${COLUMNS} FROM drift_records WHERE site_id = $1 AND alert_id = $2`,
      [record.siteId, record.alertId],
    );
    return { record: toRecord(record.siteId, existing[0]!), created: false };
  }

  async list(siteId: string): Promise<DriftRecord[]> {
    const rows = await run(
      this.sql,
      'driftRecords',
      'read',
      `SELECT ${COLUMNS} FROM drift_records WHERE site_id = $1 ORDER BY created_at DESC, id`,
      [siteId],
    );
    return rows.map((r) => toRecord(siteId, r));
  }
}
