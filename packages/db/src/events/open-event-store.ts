// Chooses and opens the EventStore implementation a deployment is configured for.
import { openDuckDbEventStore } from './duckdb-event-store.ts';
import type { EventStore } from './event-store.ts';
import { openPostgresEventStore } from './postgres-event-store.ts';
import type { SqlExecutor } from './sql-executor.ts';

/** `path` is e.g. `<dataDir>/events.duckdb` or `:memory:`; `sql` is a pg Pool/Client or a PGlite instance. */
export type EventStoreConfig = { kind: 'duckdb'; path: string } | { kind: 'postgres'; sql: SqlExecutor };

export function openEventStore(config: EventStoreConfig): Promise<EventStore> {
  return config.kind === 'duckdb' ? openDuckDbEventStore(config.path) : openPostgresEventStore(config.sql);
}
