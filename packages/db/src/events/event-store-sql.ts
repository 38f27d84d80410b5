// SQL shared by the DuckDB and PostgreSQL event stores for flow days (both accept $n placeholders and CAST).
import type { FlowAggregateQuery, FlowDayFilter, FlowPeriod } from './event-store.ts';

/** What differs between the engines in the flow-day queries: rendering a DATE as `YYYY-MM-DD`. */
export interface FlowSqlDialect {
  table: string;
  dayText(expression: string): string;
}

export interface SqlStatement {
  sql: string;
  params: unknown[];
}

function flowWhere(filter: FlowDayFilter, params: unknown[]): string {
  const add = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const clauses = [`site_id = ${add(filter.siteId)}`];
  if (filter.clientId !== undefined) clauses.push(`client_id = ${add(filter.clientId)}`);
  if (filter.flow !== undefined) clauses.push(`flow = ${add(filter.flow)}`);
  if (filter.from !== undefined) clauses.push(`day >= CAST(${add(filter.from)} AS DATE)`);
  if (filter.to !== undefined) clauses.push(`day <= CAST(${add(filter.to)} AS DATE)`);
  return clauses.join(' AND ');
}

// Both engines truncate 'week' to the ISO Monday; the TIMESTAMP cast keeps PostgreSQL away from timestamptz.
function periodStart(period: FlowPeriod): string {
  return period === 'day' ? 'day' : `CAST(date_trunc('${period}', CAST(day AS TIMESTAMP)) AS DATE)`;
}

export function selectFlowDays(dialect: FlowSqlDialect, filter: FlowDayFilter): SqlStatement {
  const params: unknown[] = [];
  const where = flowWhere(filter, params);
  const sql = `SELECT site_id, client_id, flow, ${dialect.dayText('day')} AS day, quantity
    FROM ${dialect.table} AS f WHERE ${where} ORDER BY f.day, f.client_id, f.flow`;
  return { sql, params };
}

export function aggregateFlowDays(dialect: FlowSqlDialect, query: FlowAggregateQuery): SqlStatement {
  const params: unknown[] = [];
  const where = flowWhere(query, params);
  const start = periodStart(query.period);
  const sql = `SELECT ${dialect.dayText('period_start')} AS period, client_id, flow, quantity FROM (
      SELECT ${start} AS period_start, client_id, flow, SUM(quantity) AS quantity
      FROM ${dialect.table} WHERE ${where} GROUP BY 1, 2, 3
    ) AS grouped ORDER BY period_start, client_id, flow`;
  return { sql, params };
}

export function countFlowDays(dialect: FlowSqlDialect, siteId: string): SqlStatement {
  return { sql: `SELECT count(*) AS n FROM ${dialect.table} WHERE site_id = $1`, params: [siteId] };
}

export function rangeFlowDays(dialect: FlowSqlDialect, siteId: string): SqlStatement {
  const sql = `SELECT ${dialect.dayText('min(day)')} AS first, ${dialect.dayText('max(day)')} AS last
    FROM ${dialect.table} WHERE site_id = $1`;
  return { sql, params: [siteId] };
}
