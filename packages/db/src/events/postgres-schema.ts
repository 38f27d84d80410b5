// PostgreSQL (15+) and PGlite tables of the event store; binary "C" collation so ordering matches DuckDB.

export const POSTGRES_SCHEMA: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS event_flow_days (
    site_id text COLLATE "C" NOT NULL,
    client_id text COLLATE "C" NOT NULL,
    flow text COLLATE "C" NOT NULL,
    day date NOT NULL,
    quantity double precision NOT NULL,
    PRIMARY KEY (site_id, client_id, flow, day)
  )`,
  'CREATE INDEX IF NOT EXISTS event_flow_days_site_day ON event_flow_days (site_id, day)',
  // json, not jsonb: a payload must come back with its keys in the order it was written (exact restore).
  `CREATE TABLE IF NOT EXISTS event_site_events (
    site_id text COLLATE "C" NOT NULL,
    id text COLLATE "C" NOT NULL,
    client_id text COLLATE "C",
    type text COLLATE "C" NOT NULL,
    occurred_at timestamptz NOT NULL,
    sku text,
    location text,
    employee_id text,
    quantity double precision NOT NULL,
    payload json,
    PRIMARY KEY (site_id, id)
  )`,
  'CREATE INDEX IF NOT EXISTS event_site_events_site_time ON event_site_events (site_id, occurred_at, id)',
  'CREATE INDEX IF NOT EXISTS event_site_events_site_type_time ON event_site_events (site_id, type, occurred_at)',
];
