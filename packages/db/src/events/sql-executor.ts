// The smallest SQL surface the PostgreSQL event store needs; pg (Pool or Client) and PGlite both satisfy it.

/**
 * Runs one parameterised statement (`$1`, `$2`...). A pg `Pool` may run successive calls on different
 * connections, so the store never relies on a transaction spanning several calls.
 */
export interface SqlExecutor {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec?(sql: string): Promise<unknown>;
}
