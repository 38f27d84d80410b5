// Stored shift requests (souhaits): listed by site and optional day range, created, deleted one by one.
import type { SqlExecutor } from '../events/sql-executor.ts';
import { rosterRequests } from '../schema/index.ts';
import { columnsOf, quote, recordsetDefinition, selectList } from './sql-text.ts';
import { run } from './table-repository.ts';

/** A person asks to work (`on`) or not to work a shift on a day; an unmet request costs its weight. */
export interface StoredRosterRequest {
  id: string;
  siteId: string;
  employeeId: string;
  /** ISO date. */
  day: string;
  /** A shift template key. */
  shift: string;
  on: boolean;
  weight: number;
  note: string | null;
  createdAt: string;
  createdBy: string;
}

export interface RosterRequestRepository {
  /** Ordered by day, person, shift; `from`/`to` are inclusive ISO dates. */
  list(
    siteId: string,
    range?: { from?: string | undefined; to?: string | undefined },
  ): Promise<StoredRosterRequest[]>;
  /** Fails on a second request for the same person, day and shift (delete the first one). */
  create(requests: readonly StoredRosterRequest[]): Promise<void>;
  /** The deleted request, or null when there was none. */
  delete(siteId: string, id: string): Promise<StoredRosterRequest | null>;
}

const columns = columnsOf(rosterRequests);
const INSERT = `INSERT INTO roster_requests (${columns.map((c) => quote(c.name)).join(', ')})
  SELECT ${columns.map((c) => `r.${quote(c.key)}`).join(', ')}
  FROM json_to_recordset($1::json) AS r(${recordsetDefinition(columns)})`;

function toRequest(row: Record<string, unknown>): StoredRosterRequest {
  return {
    ...(row as unknown as StoredRosterRequest),
    weight: Number(row.weight),
    note: (row.note ?? null) as string | null,
  };
}

export class PgRosterRequestRepository implements RosterRequestRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async list(
    siteId: string,
    range: { from?: string | undefined; to?: string | undefined } = {},
  ): Promise<StoredRosterRequest[]> {
    const rows = await run(
      this.sql,
      'roster_requests',
      'read',
      `SELECT ${selectList(columns)} FROM roster_requests
        WHERE site_id = $1 AND ($2::date IS NULL OR day >= $2::date) AND ($3::date IS NULL OR day <= $3::date)
        ORDER BY day, employee_id COLLATE "C", shift COLLATE "C"`,
      [siteId, range.from ?? null, range.to ?? null],
    );
    return rows.map(toRequest);
  }

  async create(requests: readonly StoredRosterRequest[]): Promise<void> {
    if (requests.length === 0) return;
    await run(this.sql, 'roster_requests', 'write', INSERT, [JSON.stringify(requests)]);
  }

  async delete(siteId: string, id: string): Promise<StoredRosterRequest | null> {
    const [row] = await run(
      this.sql,
      'roster_requests',
      'write',
      `DELETE FROM roster_requests WHERE site_id = $1 AND id = $2 RETURNING ${selectList(columns)}`,
      [siteId, id],
    );
    return row ? toRequest(row) : null;
  }
}
