// The application context every use case receives: configuration, operational store and event store, opened together.
import { type Database, type EventStore, openDatabase, openEventStore } from '@logipilot/db';
import type { AppConfig } from './config.ts';

export interface AppContext {
  config: AppConfig;
  db: Database;
  events: EventStore;
  /** Closes the event store, then the operational store (releasing the data-folder lock it took). */
  close(): Promise<void>;
}

export interface OpenContextOptions {
  /** Recorded in the data-folder lock when the context takes it (the CLI may hold it already). */
  lock?: { port: number | null; command: string };
}

/**
 * Opens both stores: PGlite + DuckDB in the data folder, or, with DATABASE_URL, PostgreSQL for both (the event store
 * shares the operational store's connection pool).
 */
export async function openAppContext(
  config: AppConfig,
  options: OpenContextOptions = {},
): Promise<AppContext> {
  const db =
    config.store.kind === 'pglite'
      ? await openDatabase({ ...config.store, ...(options.lock ? { lock: options.lock } : {}) })
      : await openDatabase(config.store);
  let events: EventStore;
  try {
    events =
      config.events.kind === 'duckdb'
        ? await openEventStore({ kind: 'duckdb', path: config.events.path })
        : await openEventStore({ kind: 'postgres', sql: db.sql });
  } catch (error) {
    await db.close();
    throw error;
  }
  let closed = false;
  return {
    config,
    db,
    events,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await events.close();
      } finally {
        await db.close();
      }
    },
  };
}
