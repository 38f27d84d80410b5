// Forecast versions and the per-series results of statistical runs: written once, never updated (history is kept).
import type { FlowKind } from '@logipilot/domain';
import type { SqlExecutor } from '../events/sql-executor.ts';
import { forecastSeriesResults, forecastVersions } from '../schema/index.ts';
import type { ForecastRepository, ForecastSeriesRecord, ForecastVersion } from './contract.ts';
import { batches, columnsOf, quote, recordsetDefinition, selectList } from './sql-text.ts';
import { run } from './table-repository.ts';

const versionColumns = columnsOf(forecastVersions);
const seriesColumns = columnsOf(forecastSeriesResults);
const SELECT_VERSION = `SELECT ${selectList(versionColumns)} FROM forecast_versions`;
const SELECT_SERIES = `SELECT ${selectList(seriesColumns)} FROM forecast_series_results`;

function insertFromJson(table: string, columns: ReturnType<typeof columnsOf>): string {
  return `INSERT INTO ${table} (${columns.map((c) => quote(c.name)).join(', ')})
  SELECT ${columns.map((c) => `r.${quote(c.key)}`).join(', ')}
  FROM json_to_recordset($1::json) AS r(${recordsetDefinition(columns)})`;
}
const INSERT_VERSION = insertFromJson('forecast_versions', versionColumns);
const INSERT_SERIES = insertFromJson('forecast_series_results', seriesColumns);
const SERIES_ORDER = 'ORDER BY version_id COLLATE "C", client_id COLLATE "C", flow COLLATE "C"';

/** pg returns double precision as a number, but an empty JSON column as null: rows come back as the contract says. */
function toVersion(row: Record<string, unknown>): ForecastVersion {
  return {
    ...(row as unknown as ForecastVersion),
    number: Number(row.number),
    params: (row.params ?? null) as ForecastVersion['params'],
  };
}

function toSeries(row: Record<string, unknown>): ForecastSeriesRecord {
  return {
    ...(row as unknown as ForecastSeriesRecord),
    accuracy: (row.accuracy ?? null) as ForecastSeriesRecord['accuracy'],
    intervalCoverageOnHoldout: (row.intervalCoverageOnHoldout ?? null) as number | null,
  };
}

export class PgForecastRepository implements ForecastRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async list(siteId: string): Promise<ForecastVersion[]> {
    const rows = await run(
      this.sql,
      'forecasts',
      'read',
      `${SELECT_VERSION} WHERE site_id = $1 ORDER BY number DESC`,
      [siteId],
    );
    return rows.map(toVersion);
  }

  async get(siteId: string, id: string): Promise<ForecastVersion | null> {
    const [row] = await run(
      this.sql,
      'forecasts',
      'read',
      `${SELECT_VERSION} WHERE site_id = $1 AND id = $2`,
      [siteId, id],
    );
    return row ? toVersion(row) : null;
  }

  async nextNumber(siteId: string): Promise<number> {
    const [row] = await run(
      this.sql,
      'forecasts',
      'read',
      'SELECT coalesce(max(number), 0) + 1 AS n FROM forecast_versions WHERE site_id = $1',
      [siteId],
    );
    return Number(row?.n ?? 1);
  }

  async create(version: ForecastVersion, series: readonly ForecastSeriesRecord[] = []): Promise<void> {
    await run(this.sql, 'forecasts', 'write', INSERT_VERSION, [
      JSON.stringify([{ ...version, params: version.params ?? null }]),
    ]);
    for (const batch of batches(series, 500)) {
      await run(this.sql, 'forecasts', 'write', INSERT_SERIES, [JSON.stringify(batch)]);
    }
  }

  async series(
    siteId: string,
    versionId: string,
    filter: { clientId?: string; flow?: FlowKind } = {},
  ): Promise<ForecastSeriesRecord[]> {
    const params: unknown[] = [siteId, versionId];
    let where = 'site_id = $1 AND version_id = $2';
    if (filter.clientId !== undefined) where += ` AND client_id = $${params.push(filter.clientId)}`;
    if (filter.flow !== undefined) where += ` AND flow = $${params.push(filter.flow)}`;
    const rows = await run(
      this.sql,
      'forecasts',
      'read',
      `${SELECT_SERIES} WHERE ${where} ${SERIES_ORDER}`,
      params,
    );
    return rows.map(toSeries);
  }

  async allSeries(siteId: string): Promise<ForecastSeriesRecord[]> {
    const rows = await run(
      this.sql,
      'forecasts',
      'read',
      `${SELECT_SERIES} WHERE site_id = $1 ${SERIES_ORDER}`,
      [siteId],
    );
    return rows.map(toSeries);
  }
}
