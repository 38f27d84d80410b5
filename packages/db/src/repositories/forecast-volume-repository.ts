// Forecast volumes: bulk insert into a new version, read one version, and the effective volumes the plan uses.
import type { SqlExecutor } from '../events/sql-executor.ts';
import { forecastVolumes } from '../schema/index.ts';
import type {
  EffectiveForecastVolume,
  ForecastVolume,
  ForecastVolumeFilter,
  ForecastVolumeRepository,
} from './contract.ts';
import { batches, columnsOf, quote, recordsetDefinition, selectList } from './sql-text.ts';
import { run } from './table-repository.ts';

const columns = columnsOf(forecastVolumes);
const INSERT = `INSERT INTO forecast_volumes (${columns.map((c) => quote(c.name)).join(', ')})
  SELECT ${columns.map((c) => `r.${quote(c.key)}`).join(', ')}
  FROM json_to_recordset($1::json) AS r(${recordsetDefinition(columns)})`;
const ORDER = 'ORDER BY v.day, v.client_id COLLATE "C", v.flow COLLATE "C", v.hour NULLS FIRST';

/** Filters shared by every read; `params` already holds the site id as $1. */
function whereOf(filter: ForecastVolumeFilter, params: unknown[]): string {
  let where = 'v.site_id = $1';
  if (filter.clientId !== undefined) where += ` AND v.client_id = $${params.push(filter.clientId)}`;
  if (filter.flow !== undefined) where += ` AND v.flow = $${params.push(filter.flow)}`;
  if (filter.from !== undefined) where += ` AND v.day >= $${params.push(filter.from)}::date`;
  if (filter.to !== undefined) where += ` AND v.day <= $${params.push(filter.to)}::date`;
  return where;
}

/** Quantities are double precision: pg and PGlite both return numbers; hours come back as numbers or null. */
function toVolume(row: Record<string, unknown>): ForecastVolume {
  return {
    siteId: row.siteId as string,
    versionId: row.versionId as string,
    clientId: row.clientId as string,
    flow: row.flow as ForecastVolume['flow'],
    day: row.day as string,
    hour: row.hour === null || row.hour === undefined ? null : Number(row.hour),
    quantity: Number(row.quantity),
    source: row.source as ForecastVolume['source'],
  };
}

export class PgForecastVolumeRepository implements ForecastVolumeRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async insertMany(rows: readonly ForecastVolume[]): Promise<void> {
    for (const batch of batches(rows)) {
      await run(this.sql, 'forecastVolumes', 'write', INSERT, [JSON.stringify(batch)]);
    }
  }

  async ofVersion(versionId: string, filter: ForecastVolumeFilter): Promise<ForecastVolume[]> {
    const params: unknown[] = [filter.siteId, versionId];
    const where = `${whereOf(filter, params)} AND v.version_id = $2`;
    const rows = await run(
      this.sql,
      'forecastVolumes',
      'read',
      `SELECT ${selectList(columns, 'v')} FROM forecast_volumes v WHERE ${where} ${ORDER}`,
      params,
    );
    return rows.map(toVolume);
  }

  async effective(filter: ForecastVolumeFilter): Promise<EffectiveForecastVolume[]> {
    const params: unknown[] = [filter.siteId];
    const where = whereOf(filter, params);
    // Input versions outrank statistical ones whatever their age; among one kind the newest (highest number) wins.
    const rows = await run(
      this.sql,
      'forecastVolumes',
      'read',
      `WITH chosen AS (
         SELECT DISTINCT ON (v.client_id, v.flow, v.day) v.client_id, v.flow, v.day, v.version_id, f.kind
         FROM forecast_volumes v
         JOIN forecast_versions f ON f.site_id = v.site_id AND f.id = v.version_id
         WHERE ${where}
         ORDER BY v.client_id, v.flow, v.day, (f.kind = 'input') DESC, f.number DESC
       )
       SELECT ${selectList(columns, 'v')}, c.kind AS "versionKind"
       FROM forecast_volumes v
       JOIN chosen c ON c.client_id = v.client_id AND c.flow = v.flow AND c.day = v.day
         AND c.version_id = v.version_id
       WHERE ${where} ${ORDER}`,
      params,
    );
    return rows.map((r) => ({
      ...toVolume(r),
      versionKind: r.versionKind as EffectiveForecastVolume['versionKind'],
    }));
  }

  async all(siteId: string): Promise<ForecastVolume[]> {
    const rows = await run(
      this.sql,
      'forecastVolumes',
      'read',
      `SELECT ${selectList(columns, 'v')} FROM forecast_volumes v WHERE v.site_id = $1
       ORDER BY v.version_id COLLATE "C", v.day, v.client_id COLLATE "C", v.flow COLLATE "C", v.hour NULLS FIRST`,
      [siteId],
    );
    return rows.map(toVolume);
  }
}
