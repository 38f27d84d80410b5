// DuckDB tables of the event store; no keys: upserts go through staging tables, which keeps appends columnar-fast.

export const DUCKDB_SCHEMA: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS event_flow_days (
    site_id VARCHAR NOT NULL,
    client_id VARCHAR NOT NULL,
    flow VARCHAR NOT NULL,
    day DATE NOT NULL,
    quantity DOUBLE NOT NULL
  )`,
  // occurred_at is a UTC TIMESTAMP: no time-zone extension needed, and epoch_ms() converts both ways.
  `CREATE TABLE IF NOT EXISTS event_site_events (
    site_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    client_id VARCHAR,
    type VARCHAR NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    sku VARCHAR,
    location VARCHAR,
    employee_id VARCHAR,
    quantity DOUBLE NOT NULL,
    payload VARCHAR
  )`,
];

/** Per-connection staging tables the appender fills before one set-based upsert. */
export const DUCKDB_STAGING: readonly string[] = [
  `CREATE TEMP TABLE stage_flow_days (
    site_id VARCHAR, client_id VARCHAR, flow VARCHAR, day VARCHAR, quantity DOUBLE
  )`,
  `CREATE TEMP TABLE stage_site_events (
    site_id VARCHAR, id VARCHAR, client_id VARCHAR, type VARCHAR, occurred_ms BIGINT, sku VARCHAR,
    location VARCHAR, employee_id VARCHAR, quantity DOUBLE, payload VARCHAR
  )`,
];
