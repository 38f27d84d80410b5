// Default EventStore: an embedded DuckDB file (columnar, fast bulk appends and aggregations).
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import type { FlowDay } from '@logipilot/domain';
import { createDuckDbHistoryTables, DuckDbHistoryStore } from '../history/duckdb-history-store.ts';
import type { HistoryStore } from '../history/history-store.ts';
import { DUCKDB_SCHEMA, DUCKDB_STAGING } from './duckdb-schema.ts';
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

const DIALECT: FlowSqlDialect = { table: 'event_flow_days', dayText: (e) => `strftime(${e}, '%Y-%m-%d')` };

const EVENT_COLUMNS = `id, site_id, client_id, type, epoch_ms(occurred_at) AS occurred_ms, sku, location,
  employee_id, quantity, payload`;

type Row = Record<string, unknown>;

/** `path` is a file (created with its folder if missing) or `:memory:`. One process may open a file at a time. */
export async function openDuckDbEventStore(path: string): Promise<EventStore> {
  if (path !== ':memory:') await mkdir(dirname(path), { recursive: true });
  const instance = await DuckDBInstance.create(path);
  try {
    const connection = await instance.connect();
    for (const statement of [...DUCKDB_SCHEMA, ...DUCKDB_STAGING]) await connection.run(statement);
    await createDuckDbHistoryTables(connection);
    return new DuckDbEventStore(instance, connection);
  } catch (error) {
    instance.closeSync();
    throw error;
  }
}

class DuckDbEventStore implements EventStore {
  private readonly flowReads = flowDayReads(DIALECT, (statement) => this.rows(statement));
  // One connection serves every call: the queue keeps a transaction from interleaving with another call.
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  readonly history: HistoryStore = new DuckDbHistoryStore((work) => this.serial(work));

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  private serial<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    if (this.closed)
      return Promise.reject(new EventStoreError('EVENT_STORE_CLOSED', { field: 'store', value: 'duckdb' }));
    const next = this.queue.then(() => work(this.connection));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async rows(statement: SqlStatement): Promise<Row[]> {
    return this.serial(async (c) => {
      const reader = await c.runAndReadAll(statement.sql, statement.params as DuckDBValue[]);
      return reader.getRowObjectsJS() as Row[];
    });
  }

  private async transaction<T>(c: DuckDBConnection, work: () => Promise<T>): Promise<T> {
    await c.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await c.run('COMMIT');
      return result;
    } catch (error) {
      await c.run('ROLLBACK');
      throw error;
    }
  }

  private async stageFlowDays(c: DuckDBConnection, rows: readonly FlowDay[]): Promise<void> {
    await c.run('DELETE FROM stage_flow_days');
    const appender = await c.createAppender('stage_flow_days', 'main', 'temp');
    for (const row of rows) {
      appender.appendVarchar(row.siteId);
      appender.appendVarchar(row.clientId);
      appender.appendVarchar(row.flow);
      appender.appendVarchar(row.day);
      appender.appendDouble(row.quantity);
      appender.endRow();
    }
    appender.closeSync();
  }

  private async stageEvents(c: DuckDBConnection, rows: readonly PreparedEvent[]): Promise<void> {
    await c.run('DELETE FROM stage_site_events');
    const appender = await c.createAppender('stage_site_events', 'main', 'temp');
    const text = (value: string | null | undefined) =>
      value == null ? appender.appendNull() : appender.appendVarchar(value);
    for (const { event, occurredMs, payloadJson } of rows) {
      text(event.siteId);
      text(event.id);
      text(event.clientId);
      text(event.type);
      appender.appendBigInt(BigInt(occurredMs));
      text(event.sku);
      text(event.location);
      text(event.employeeId);
      appender.appendDouble(event.quantity);
      text(payloadJson);
      appender.endRow();
    }
    appender.closeSync();
  }

  private async writeFlowDays(c: DuckDBConnection, rows: readonly FlowDay[]): Promise<void> {
    await this.stageFlowDays(c, rows);
    await c.run(`DELETE FROM event_flow_days AS f USING stage_flow_days AS s
      WHERE f.site_id = s.site_id AND f.client_id = s.client_id AND f.flow = s.flow AND f.day = CAST(s.day AS DATE)`);
    await c.run(`INSERT INTO event_flow_days
      SELECT site_id, client_id, flow, CAST(day AS DATE), quantity FROM stage_flow_days`);
  }

  private async writeEvents(c: DuckDBConnection, rows: readonly PreparedEvent[]): Promise<number> {
    await this.stageEvents(c, rows);
    const result = await c.run(`INSERT INTO event_site_events
      SELECT s.site_id, s.id, s.client_id, s.type, epoch_ms(s.occurred_ms), s.sku, s.location, s.employee_id,
        s.quantity, s.payload
      FROM stage_site_events AS s
      WHERE NOT EXISTS (SELECT 1 FROM event_site_events AS e WHERE e.site_id = s.site_id AND e.id = s.id)`);
    return result.rowsChanged;
  }

  async appendFlowDays(rows: readonly FlowDay[]): Promise<number> {
    const clean = prepareFlowDays(rows);
    if (clean.length === 0) return 0;
    await this.serial((c) => this.transaction(c, () => this.writeFlowDays(c, clean)));
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
    const clean = prepareEvents(rows);
    if (clean.length === 0) return 0;
    return this.serial((c) => this.writeEvents(c, clean));
  }

  async queryEvents(filter: SiteEventFilter): Promise<SiteEvent[]> {
    const clean = prepareEventFilter(filter);
    const params: DuckDBValue[] = [clean.siteId];
    const clauses = ['site_id = $1'];
    if (clean.type !== undefined) clauses.push(`type = $${params.push(clean.type)}`);
    if (clean.fromMs !== undefined)
      clauses.push(`occurred_at >= epoch_ms(CAST($${params.push(BigInt(clean.fromMs))} AS BIGINT))`);
    if (clean.toMs !== undefined)
      clauses.push(`occurred_at < epoch_ms(CAST($${params.push(BigInt(clean.toMs))} AS BIGINT))`);
    const limit = clean.limit === undefined ? '' : ` LIMIT ${clean.limit}`;
    const sql = `SELECT ${EVENT_COLUMNS} FROM event_site_events WHERE ${clauses.join(' AND ')}
      ORDER BY occurred_at, id${limit}`;
    const rows = await this.rows({ sql, params });
    return rows.map((row) => eventFromColumns(row as Parameters<typeof eventFromColumns>[0]));
  }

  async eventCount(siteId: string, type?: string): Promise<number> {
    const params: DuckDBValue[] = [requireId('siteId', siteId)];
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
    await this.serial((c) =>
      this.transaction(c, async () => {
        await this.deleteRows(c, clean.siteId);
        if (clean.flowDays.length > 0) await this.writeFlowDays(c, clean.flowDays);
        if (clean.events.length > 0) await this.writeEvents(c, clean.events);
      }),
    );
  }

  private async deleteRows(c: DuckDBConnection, siteId: string): Promise<void> {
    await c.run('DELETE FROM event_flow_days WHERE site_id = $1', [siteId]);
    await c.run('DELETE FROM event_site_events WHERE site_id = $1', [siteId]);
  }

  async deleteSite(siteId: string): Promise<void> {
    const id = requireId('siteId', siteId);
    await this.serial((c) => this.transaction(c, () => this.deleteRows(c, id)));
    await this.history.deleteSite(id);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
