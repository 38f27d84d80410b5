// Public API of the event store (append-only site history behind one interface, DuckDB or PostgreSQL).

export type { HistoryImportError } from '../history/history-staging.ts';
export type {
  HistoryImportOptions,
  HistoryImportOutcome,
  HistoryRange,
  HistoryStore,
  MeasureQuery,
} from '../history/history-store.ts';
export { openDuckDbEventStore } from './duckdb-event-store.ts';
export type {
  EventStore,
  FlowAggregate,
  FlowAggregateQuery,
  FlowDayFilter,
  FlowPeriod,
  FlowRange,
  SiteDump,
  SiteEvent,
  SiteEventFilter,
} from './event-store.ts';
export {
  EVENT_STORE_ERROR_CODES,
  EventStoreError,
  type EventStoreErrorCode,
  type EventStoreErrorParams,
  isEventStoreError,
} from './event-store-error.ts';
export { type EventStoreConfig, openEventStore } from './open-event-store.ts';
export { openPostgresEventStore, PostgresEventStore } from './postgres-event-store.ts';
export type { SqlExecutor } from './sql-executor.ts';
