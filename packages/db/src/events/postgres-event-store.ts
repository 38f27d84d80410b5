// EventStore on PostgreSQL 15+ or PGlite for server deployments, through a minimal SqlExecutor.
import type { FlowDay } from '@logipilot/domain';
import { PostgresHistoryStore } from '../history/postgres-history-store.ts';
import type {
  EventStore,
  FlowAggregate,
  FlowAggregateQuery,
  FlowDayFilter,
  FlowRange,
  SiteDump,
  SiteEvent,
  SiteEventFilter,
} from './event-store.ts';
import { EventStoreError } from './event-store-error.ts';
import { eventFromColumns, toNumber } from './event-store-rows.ts';
import type { FlowSqlDialect, SqlStatement } from './event-store-sql.ts';
import {
  type PreparedEvent,
  prepareDump,
  prepareEventFilter,
  prepareEvents,
  prepareFlowDays,
  requireId,
} from './event-store-validation.ts';
import { flowDayReads } from './flow-day-reads.ts';
import { POSTGRES_SCHEMA } from './postgres-schema.ts';
import type { SqlExecutor } from './sql-executor.ts';

const DIALECT: FlowSqlDialect = { table: 'event_flow_days', dayText: (e) => `to_char(${e}, 'YYYY-MM-DD')` };

// Rows per INSERT: stays far below the 65,535 bind parameters a statement may carry.
const FLOW_BATCH = 2000;
const EVENT_BATCH = 1000;

const EVENT_COLUMNS = `id, site_id, client_id, type, (extract(epoch FROM occurred_at) * 1000)::bigint AS occurred_ms,
  sku, location, employee_id, quantity, payload`;

type Row = Record<string, unknown>;

function placeholders(rowCount: number, casts: readonly string[]): string {
  const rows: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    const base = r * casts.length;
    rows.push(
      `(${casts.map((cast, c) => (cast ? `CAST($${base + c + 1} AS ${cast})` : `$${base + c + 1}`)).join(', ')})`,
    );
  }
  return rows.join(',\n');
}

function batches<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Creates the tables if needed (in the executor's current schema) and returns the store. */
export async function openPostgresEventStore(sql: SqlExecutor): Promise<EventStore> {
  const store = new PostgresEventStore(sql);
  await store.init();
  return store;
}

/**
 * Writes run as batched multi-row upserts; with a pg Pool each batch commits on its own, which is safe
 * because re-running an append or an import converges to the same state.
 */
export class PostgresEventStore implements EventStore {
  private readonly flowReads = flowDayReads(DIALECT, (statement) => this.rows(statement));
  private closed = false;

  readonly history: PostgresHistoryStore;

  constructor(private readonly sql: SqlExecutor) {
    this.history = new PostgresHistoryStore(sql);
  }

  async init(): Promise<void> {
    for (const statement of POSTGRES_SCHEMA) await this.sql.query(statement);
    await this.history.init();
  }

  private async rows(statement: SqlStatement): Promise<Row[]> {
    if (this.closed) throw new EventStoreError('EVENT_STORE_CLOSED', { field: 'store', value: 'postgres' });
    const result = await this.sql.query<Row>(statement.sql, statement.params);
    return result.rows;
  }

  private async writeFlowDays(rows: readonly FlowDay[]): Promise<void> {
    for (const batch of batches(rows, FLOW_BATCH)) {
      const params = batch.flatMap((r) => [r.siteId, r.clientId, r.flow, r.day, r.quantity]);
      await this.rows({
        sql: `INSERT INTO event_flow_days (site_id, client_id, flow, day, quantity)
          VALUES ${placeholders(batch.length, ['', '', '', 'date', 'double precision'])}
          ON CONFLICT (site_id, client_id, flow, day) DO UPDATE SET quantity = EXCLUDED.quantity`,
        params,
      });
    }
  }

  private async writeEvents(rows: readonly PreparedEvent[]): Promise<number> {
    let inserted = 0;
    for (const batch of batches(rows, EVENT_BATCH)) {
      const params = batch.flatMap(({ event: e, payloadJson }) => [
        e.siteId,
        e.id,
        e.clientId,
        e.type,
        e.occurredAt,
        e.sku ?? null,
        e.location ?? null,
        e.employeeId ?? null,
        e.quantity,
        payloadJson,
      ]);
      const casts = ['', '', '', '', 'timestamptz', '', '', '', 'double precision', 'json'];
      const [row] = await this.rows({
        sql: `WITH inserted AS (
            INSERT INTO event_site_events
              (site_id, id, client_id, type, occurred_at, sku, location, employee_id, quantity, payload)
            VALUES ${placeholders(batch.length, casts)}
            ON CONFLICT (site_id, id) DO NOTHING RETURNING 1
          ) SELECT count(*) AS n FROM inserted`,
        params,
      });
      inserted += toNumber(row?.n ?? 0);
    }
    return inserted;
  }

  async appendFlowDays(rows: readonly FlowDay[]): Promise<number> {
    const clean = prepareFlowDays(rows);
    await this.writeFlowDays(clean);
    return clean.length;
  }

  queryFlowDays(filter: FlowDayFilter): Promise<FlowDay[]> {
    return this.flowReads.queryFlowDays(filter);
  }

  aggregateFlows(query: FlowAggregateQuery): Promise<FlowAggregate[]> {
    return this.flowReads.aggregateFlows(query);
  }

  flowDayCount(siteId: string): Promise<number> {
    return this.flowReads.flowDayCount(siteId);
  }

  flowRange(siteId: string): Promise<FlowRange | null> {
    return this.flowReads.flowRange(siteId);
  }

  async appendEvents(rows: readonly SiteEvent[]): Promise<number> {
    return this.writeEvents(prepareEvents(rows));
  }

  async queryEvents(filter: SiteEventFilter): Promise<SiteEvent[]> {
    const clean = prepareEventFilter(filter);
    const params: unknown[] = [clean.siteId];
    const clauses = ['site_id = $1'];
    const instant = (ms: number) => params.push(new Date(ms).toISOString());
    if (clean.type !== undefined) clauses.push(`type = $${params.push(clean.type)}`);
    if (clean.fromMs !== undefined)
      clauses.push(`occurred_at >= CAST($${instant(clean.fromMs)} AS timestamptz)`);
    if (clean.toMs !== undefined) clauses.push(`occurred_at < CAST($${instant(clean.toMs)} AS timestamptz)`);
    const limit = clean.limit === undefined ? '' : ` LIMIT ${clean.limit}`;
    const sql = `SELECT ${EVENT_COLUMNS} FROM event_site_events WHERE ${clauses.join(' AND ')}
      ORDER BY occurred_at, id${limit}`;
    const rows = await this.rows({ sql, params });
    return rows.map((row) => eventFromColumns(row as Parameters<typeof eventFromColumns>[0]));
  }

  async eventCount(siteId: string, type?: string): Promise<number> {
    const params: unknown[] = [requireId('siteId', siteId)];
    if (type !== undefined) params.push(requireId('type', type));
    const typeClause = type === undefined ? '' : ' AND type = $2';
    const [row] = await this.rows({
      sql: `SELECT count(*) AS n FROM event_site_events WHERE site_id = $1${typeClause}`,
      params,
    });
    return toNumber(row?.n ?? 0);
  }

  async exportSite(siteId: string): Promise<SiteDump> {
    const id = requireId('siteId', siteId);
    return {
      siteId: id,
      flowDays: await this.queryFlowDays({ siteId: id }),
      events: await this.queryEvents({ siteId: id }),
    };
  }

  async importSite(dump: SiteDump): Promise<void> {
    const clean = prepareDump(dump);
    await this.deleteSite(clean.siteId);
    await this.writeFlowDays(clean.flowDays);
    await this.writeEvents(clean.events);
  }

  async deleteSite(siteId: string): Promise<void> {
    const id = requireId('siteId', siteId);
    // One statement, so that a pg Pool still deletes both tables atomically.
    await this.rows({
      sql: `WITH flows AS (DELETE FROM event_flow_days WHERE site_id = $1)
        DELETE FROM event_site_events WHERE site_id = $1`,
      params: [id],
    });
    await this.history.deleteSite(id);
  }

  /** The executor belongs to the caller (often shared with the operational store): it is not ended here. */
  async close(): Promise<void> {
    this.closed = true;
    await this.history.close();
  }
}
