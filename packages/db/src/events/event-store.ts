// The EventStore contract: append-only site history (daily flows and WMS operational events).
import type { FlowDay, FlowKind } from '@logipilot/domain';
import type { HistoryStore } from '../history/history-store.ts';

/**
 * One operational event exported by a WMS (order line, receipt, movement, count, timesheet...).
 * `occurredAt` is an ISO instant with an offset (`Z` or `+01:00`); stores return it normalised to
 * UTC with milliseconds (`2025-03-01T08:15:00.000Z`). Optional fields absent on input stay absent.
 */
export interface SiteEvent {
  id: string;
  siteId: string;
  clientId: string | null;
  type: string;
  occurredAt: string;
  sku?: string;
  location?: string;
  employeeId?: string;
  quantity: number;
  payload?: Record<string, unknown>;
}

/** Days are ISO dates (`YYYY-MM-DD`); `from` and `to` are both inclusive. */
export interface FlowDayFilter {
  siteId: string;
  clientId?: string;
  flow?: FlowKind;
  from?: string;
  to?: string;
}

export type FlowPeriod = 'day' | 'week' | 'month' | 'year';

export interface FlowAggregateQuery extends FlowDayFilter {
  period: FlowPeriod;
}

/** `period` is the ISO date starting the period: weeks start on Monday (ISO 8601), years on 1 January. */
export interface FlowAggregate {
  period: string;
  clientId: string;
  flow: FlowKind;
  quantity: number;
}

/** `from` is inclusive, `to` exclusive; both ISO instants. Results are ordered by occurredAt, then id. */
export interface SiteEventFilter {
  siteId: string;
  type?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export interface FlowRange {
  first: string;
  last: string;
}

/** Everything one site holds, in query order; `importSite(exportSite(id))` restores it exactly. */
export interface SiteDump {
  siteId: string;
  flowDays: FlowDay[];
  events: SiteEvent[];
}

/**
 * Append-only history of a site. Implementations: DuckDB file (default), PostgreSQL (server mode).
 * Every method validates its input first and throws an `EventStoreError` (code + params) before writing.
 *
 * @example
 * const store = await openEventStore({ kind: 'duckdb', path: 'data/events.duckdb' });
 * await store.appendFlowDays([
 *   { siteId: 's1', clientId: 'c1', flow: 'order_lines', day: '2025-03-03', quantity: 1200 },
 * ]);
 * const weeks = await store.aggregateFlows({ siteId: 's1', period: 'week', flow: 'order_lines' });
 * // [{ period: '2025-03-03', clientId: 'c1', flow: 'order_lines', quantity: 1200 }]
 * await store.close();
 */
export interface EventStore {
  /** The typed WMS history (order lines, receipts, counts, timesheets…) the KPIs are computed from. */
  readonly history: HistoryStore;
  /**
   * Upserts on (siteId, clientId, flow, day): re-importing a WMS export replaces quantities instead of
   * adding them; within one call the last row of a key wins. Returns the number of distinct keys written.
   */
  appendFlowDays(rows: readonly FlowDay[]): Promise<number>;
  /** Ordered by day, clientId, flow (binary string order). */
  queryFlowDays(filter: FlowDayFilter): Promise<FlowDay[]>;
  /** Sums per period, client and flow; ordered by period, clientId, flow. */
  aggregateFlows(query: FlowAggregateQuery): Promise<FlowAggregate[]>;
  flowDayCount(siteId: string): Promise<number>;
  flowRange(siteId: string): Promise<FlowRange | null>;

  /** Idempotent on (siteId, id): an event whose id is already stored is ignored. Returns how many were new. */
  appendEvents(rows: readonly SiteEvent[]): Promise<number>;
  queryEvents(filter: SiteEventFilter): Promise<SiteEvent[]>;
  eventCount(siteId: string, type?: string): Promise<number>;

  exportSite(siteId: string): Promise<SiteDump>;
  /** Replaces everything stored for `dump.siteId` with the dump (restore); every row must carry that siteId. */
  importSite(dump: SiteDump): Promise<void>;
  deleteSite(siteId: string): Promise<void>;
  /** Releases the store's own resources; a PostgreSQL executor passed in by the caller stays open. */
  close(): Promise<void>;
}
