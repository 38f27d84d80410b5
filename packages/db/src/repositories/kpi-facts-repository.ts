// Daily KPI facts: a period's rows replaced by a recompute, and sums per period and key for the dashboards.
import {
  type DailyMeasureColumns,
  type DailyMeasureRow,
  type Dimension,
  MEASURES,
  measureColumnsOf,
} from '@logipilot/domain';
import { translateDbError } from '../db-errors.ts';
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

/** A CSV field: every text quoted (ids may hold commas or quotes), numbers as JavaScript writes them. */
function csvText(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/** The executor PGlite gives: `query` takes a third argument carrying the blob a COPY reads. */
type CopyExecutor = SqlExecutor & {
  query(sql: string, params: unknown[], options: { blob: Blob }): Promise<unknown>;
};

const COPY = `COPY kpi_daily_facts (site_id, day, dimension, key, client_id, ${MEASURE_LIST}) FROM '/dev/blob' WITH (FORMAT csv)`;
/** Rows per COPY: bounded text in memory (about 15 MB) whatever the period. */
const COPY_BATCH = 100_000;

export class PgKpiFactRepository implements KpiFactRepository {
  constructor(
    private readonly sql: SqlExecutor,
    private readonly bulk: 'copy' | 'unnest' = 'unnest',
  ) {}

  async replace(
    siteId: string,
    from: string,
    to: string,
    facts: readonly DailyMeasureRow[] | DailyMeasureColumns,
  ): Promise<number> {
    const c = Array.isArray(facts)
      ? measureColumnsOf(facts as readonly DailyMeasureRow[])
      : (facts as DailyMeasureColumns);
    const count = c.day.length;
    await run(
      this.sql,
      'kpiFacts',
      'write',
      'DELETE FROM kpi_daily_facts WHERE site_id = $1 AND day BETWEEN $2 AND $3',
      [siteId, from, to],
    );
    if (this.bulk === 'copy') {
      const site = csvText(siteId);
      for (let start = 0; start < count; start += COPY_BATCH) {
        const lines: string[] = [];
        for (let i = start; i < Math.min(count, start + COPY_BATCH); i++) {
          let line = `${site},${c.day[i]},${c.dimension[i]},${csvText(c.key[i]!)},${csvText(c.client[i]!)}`;
          // An empty field is NULL: the measure is 0 (most are, and a NULL costs no space).
          for (const column of c.values) {
            const v = column[i];
            line += v ? `,${v}` : ',';
          }
          lines.push(line);
        }
        try {
          await (this.sql as CopyExecutor).query(COPY, [], { blob: new Blob([lines.join('\n')]) });
        } catch (error) {
          throw translateDbError(error, 'kpiFacts', 'write');
        }
      }
      return count;
    }
    for (let start = 0; start < count; start += BATCH) {
      const end = Math.min(count, start + BATCH);
      const params: unknown[] = [
        siteId,
        c.day.slice(start, end),
        c.dimension.slice(start, end),
        c.key.slice(start, end),
        c.client.slice(start, end),
        ...c.values.map((column) => column.slice(start, end).map((v) => (v ? v : null))),
      ];
      await run(this.sql, 'kpiFacts', 'write', INSERT, params);
    }
    return count;
  }

  async sum(siteId: string, q: KpiFactQuery): Promise<KpiFactSum[]> {
    const params: unknown[] = [siteId, q.from, q.to, q.dimension, q.client ?? ''];
    const keyClause = q.keys === undefined ? '' : ` AND f.key = ANY($${params.push([...q.keys])}::text[])`;
    const period = PERIOD_START[q.period];
    const wanted = q.measures === undefined ? MEASURES : MEASURES.filter((m) => q.measures!.includes(m.id));
    const rows = await run(
      this.sql,
      'kpiFacts',
      'read',
      `SELECT to_char(${period}, 'YYYY-MM-DD') AS period, f.key AS key,
         ${['0 AS __none', ...wanted.map((m) => `COALESCE(sum(f.${quote(m.id)}), 0) AS ${quote(m.id)}`)].join(', ')}
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
