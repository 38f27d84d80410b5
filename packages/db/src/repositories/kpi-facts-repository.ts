// Daily KPI facts: a period's rows replaced by a recompute, and sums per period and key for the dashboards.
import { type DailyMeasureRow, type Dimension, MEASURES } from '@logipilot/domain';
import type { SqlExecutor } from '../events/sql-executor.ts';
import type {
  KpiFactQuery,
  KpiFactRepository,
  KpiFactSum,
  KpiTarget,
  KpiTargetRepository,
} from './contract.ts';
import { quote } from './sql-text.ts';
import { run } from './table-repository.ts';

/** Rows per INSERT … FROM unnest(arrays): a few dozen array parameters whatever the batch size. */
const BATCH = 10_000;

const MEASURE_LIST = MEASURES.map((m) => quote(m.id)).join(', ');
const INSERT = `INSERT INTO kpi_daily_facts (site_id, day, dimension, key, client_id, ${MEASURE_LIST})
  SELECT $1, CAST(u.day AS date), u.dimension, u.key, u.client_id, ${MEASURES.map((_, i) => `u.m${i}`).join(', ')}
  FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], ${MEASURES.map((_, i) => `$${i + 6}::float8[]`).join(', ')})
    AS u(day, dimension, key, client_id, ${MEASURES.map((_, i) => `m${i}`).join(', ')})`;

const PERIOD_START: Record<KpiFactQuery['period'], string> = {
  total: '$2::date',
  day: 'f.day',
  week: "CAST(date_trunc('week', f.day) AS date)",
  month: "CAST(date_trunc('month', f.day) AS date)",
};

export class PgKpiFactRepository implements KpiFactRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async replace(siteId: string, from: string, to: string, rows: readonly DailyMeasureRow[]): Promise<number> {
    await run(
      this.sql,
      'kpiFacts',
      'write',
      'DELETE FROM kpi_daily_facts WHERE site_id = $1 AND day BETWEEN $2 AND $3',
      [siteId, from, to],
    );
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      const params: unknown[] = [
        siteId,
        batch.map((r) => r.day),
        batch.map((r) => r.dimension),
        batch.map((r) => r.key),
        batch.map((r) => r.client),
        ...MEASURES.map((m) => batch.map((r) => r.values[m.id] ?? 0)),
      ];
      await run(this.sql, 'kpiFacts', 'write', INSERT, params);
    }
    return rows.length;
  }

  async sum(siteId: string, q: KpiFactQuery): Promise<KpiFactSum[]> {
    const params: unknown[] = [siteId, q.from, q.to, q.dimension, q.client ?? ''];
    const keyClause = q.keys === undefined ? '' : ` AND f.key = ANY($${params.push([...q.keys])}::text[])`;
    const period = PERIOD_START[q.period];
    const rows = await run(
      this.sql,
      'kpiFacts',
      'read',
      `SELECT to_char(${period}, 'YYYY-MM-DD') AS period, f.key AS key,
         ${MEASURES.map((m) => `sum(f.${quote(m.id)}) AS ${quote(m.id)}`).join(', ')}
       FROM kpi_daily_facts f
       WHERE f.site_id = $1 AND f.day BETWEEN $2::date AND $3::date AND f.dimension = $4 AND f.client_id = $5${keyClause}
       GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    return rows.map((r) => {
      const values: Record<string, number> = {};
      for (const m of MEASURES) values[m.id] = Number(r[m.id] ?? 0);
      return { period: String(r.period), key: String(r.key), values };
    });
  }

  async keys(siteId: string, dimension: Dimension, from: string, to: string, client = ''): Promise<string[]> {
    const rows = await run(
      this.sql,
      'kpiFacts',
      'read',
      `SELECT DISTINCT key FROM kpi_daily_facts
       WHERE site_id = $1 AND dimension = $2 AND client_id = $5 AND day BETWEEN $3::date AND $4::date ORDER BY key`,
      [siteId, dimension, from, to, client],
    );
    return rows.map((r) => String(r.key));
  }

  async range(siteId: string): Promise<{ first: string; last: string } | null> {
    const rows = await run(
      this.sql,
      'kpiFacts',
      'read',
      `SELECT to_char(min(day), 'YYYY-MM-DD') AS first, to_char(max(day), 'YYYY-MM-DD') AS last
       FROM kpi_daily_facts WHERE site_id = $1 AND dimension = 'site' AND client_id = ''`,
      [siteId],
    );
    const row = rows[0];
    return row?.first ? { first: String(row.first), last: String(row.last) } : null;
  }
}

export class PgKpiTargetRepository implements KpiTargetRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async list(siteId: string): Promise<KpiTarget[]> {
    const rows = await run(
      this.sql,
      'kpiTargets',
      'read',
      `SELECT kpi_id, client_id, to_char("from", 'YYYY-MM-DD') AS "from", target, tolerance, source
       FROM kpi_targets WHERE site_id = $1 ORDER BY kpi_id, client_id, "from"`,
      [siteId],
    );
    return rows.map((r) => ({
      siteId,
      kpiId: String(r.kpi_id),
      clientId: String(r.client_id),
      from: String(r.from),
      target: Number(r.target),
      tolerance: Number(r.tolerance),
      source: String(r.source),
    }));
  }

  async upsert(target: KpiTarget): Promise<void> {
    await run(
      this.sql,
      'kpiTargets',
      'write',
      `INSERT INTO kpi_targets (site_id, kpi_id, client_id, "from", target, tolerance, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (site_id, kpi_id, client_id, "from") DO UPDATE
         SET target = EXCLUDED.target, tolerance = EXCLUDED.tolerance, source = EXCLUDED.source`,
      [
        target.siteId,
        target.kpiId,
        target.clientId,
        target.from,
        target.target,
        target.tolerance,
        target.source,
      ],
    );
  }
}
