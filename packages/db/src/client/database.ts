// The opened operational store as this package builds it: the contract plus what only infrastructure needs.
import type { SqlExecutor } from '../events/sql-executor.ts';
import type { Database } from '../repositories/contract.ts';

export type DatabaseConfig =
  | {
      kind: 'pglite';
      dataDir: string;
      /** Recorded in the data-directory lock when this call takes it (the CLI may hold it already). */
      lock?: { port: number | null; command: string };
    }
  | {
      kind: 'postgres';
      url: string;
      /** Schema to work in (created if missing); tests use a fresh one each. Default: the server's search_path. */
      schema?: string;
      /** Connections in the pool (default 10). */
      poolSize?: number;
    };

export interface OperationalDatabase extends Database {
  /**
   * Raw statements on the same store, for the event store that shares a PostgreSQL server. Autocommit: it never
   * joins a `transaction`. On PGlite, do not call it from inside `transaction` (one connection: it would wait).
   */
  sql: SqlExecutor;
  /** Versions of the migrations applied when this store was opened (empty when it was up to date). */
  migrated: number[];
}
