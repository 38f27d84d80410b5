// The history tables, one per kind, derived from the domain's field specs: same columns in DuckDB and PostgreSQL.
import {
  HISTORY_FIELDS,
  HISTORY_KEYS,
  HISTORY_KINDS,
  type HistoryField,
  type HistoryKind,
} from '@logipilot/domain';

export type SqlFlavour = 'duckdb' | 'postgres';

/** A stored column: a field of the record, or a site-local day derived from one of its instants at import. */
export interface StoredColumn {
  column: string;
  field: HistoryField | null;
  /** For a derived day: the instant field it is the site-local date of. */
  dayOf?: string;
}

/**
 * The local days each kind is aggregated by, computed once at import with the site's time zone so that
 * recomputing two years of KPIs never converts ten million instants again.
 */
const DERIVED_DAYS: { readonly [K in HistoryKind]: readonly (readonly [string, string])[] } = {
  order_lines: [
    ['pick_day', 'picked_at'],
    ['ship_day', 'shipped_at'],
  ],
  receipts: [['day', 'unloaded_at']],
  inventory_counts: [['day', 'counted_at']],
  timesheets: [],
  incidents: [['day', 'occurred_at']],
  damages: [['day', 'occurred_at']],
  claims: [['day', 'received_at']],
  occupancy: [],
};

export function historyTable(kind: HistoryKind): string {
  return `history_${kind}`;
}

export function storedColumns(kind: HistoryKind): StoredColumn[] {
  const fields: StoredColumn[] = HISTORY_FIELDS[kind].map((field) => ({ column: field.column, field }));
  const days: StoredColumn[] = DERIVED_DAYS[kind].map(([column, dayOf]) => ({ column, field: null, dayOf }));
  return [...fields, ...days];
}

function sqlType(field: HistoryField | null, flavour: SqlFlavour): string {
  if (field === null) return 'DATE';
  switch (field.type.kind) {
    case 'instant':
      return 'TIMESTAMPTZ';
    case 'date':
      return 'DATE';
    case 'number':
      return flavour === 'duckdb' ? 'DOUBLE' : 'DOUBLE PRECISION';
    case 'integer':
      return 'BIGINT';
    case 'boolean':
      return 'BOOLEAN';
    default:
      return flavour === 'duckdb' ? 'VARCHAR' : 'TEXT';
  }
}

export function columnType(kind: HistoryKind, column: string, flavour: SqlFlavour): string {
  const stored = storedColumns(kind).find((c) => c.column === column);
  if (!stored) throw new Error(`unknown column ${kind}.${column}`);
  return sqlType(stored.field, flavour);
}

/** The key columns: a re-import of the same record replaces it. */
export function keyColumns(kind: HistoryKind): string[] {
  const byName = new Map(HISTORY_FIELDS[kind].map((f) => [f.name, f.column]));
  return HISTORY_KEYS[kind].map((name) => byName.get(name) ?? name);
}

export function createTableSql(kind: HistoryKind, flavour: SqlFlavour): string {
  const columns = storedColumns(kind).map(
    (c) => `${c.column} ${sqlType(c.field, flavour)}${c.field?.required ? ' NOT NULL' : ''}`,
  );
  const text = flavour === 'duckdb' ? 'VARCHAR' : 'TEXT';
  return `CREATE TABLE IF NOT EXISTS ${historyTable(kind)} (\n  site_id ${text} NOT NULL,\n  ${columns.join(',\n  ')}\n)`;
}

/** Every table, plus (PostgreSQL) the indexes the recompute and the key replacement need. */
export function historySchema(flavour: SqlFlavour): string[] {
  const out: string[] = [];
  for (const kind of HISTORY_KINDS) {
    out.push(createTableSql(kind, flavour));
    if (flavour === 'postgres')
      out.push(
        `CREATE INDEX IF NOT EXISTS ${historyTable(kind)}_key ON ${historyTable(kind)} (site_id, ${keyColumns(kind).join(', ')})`,
      );
  }
  return out;
}
