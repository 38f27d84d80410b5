// Stored rosters: versions created as drafts, edited while drafts, published (superseding the published ones they
// overlap) in one statement; lists leave the cells and the demand out.
import type { Demand, RosterAssignment } from '@logipilot/domain';
import type { SqlExecutor } from '../events/sql-executor.ts';
import { rosters } from '../schema/index.ts';
import { columnsOf, quote, recordsetDefinition, selectList } from './sql-text.ts';
import { run } from './table-repository.ts';

export type StoredRosterStatus = 'draft' | 'published' | 'superseded';

/** How a solver run ended, kept with the roster it produced. */
export interface StoredRosterSolve {
  seed: number;
  timeLimitSeconds: number;
  elapsedMs: number;
  iterations: number;
  cancelled: boolean;
  lowerBound: number | null;
}

/** A stored roster version (the shape of the app's RosterView is built from it and the site's model). */
export interface StoredRoster {
  id: string;
  siteId: string;
  name: string;
  status: StoredRosterStatus;
  /** First day of the horizon (ISO date) and its length in days. */
  fromDay: string;
  days: number;
  /** The activity plan whose needs were the demand, when there was one. */
  planId: string | null;
  /** The roster this one re-plans. */
  basedOn: string | null;
  createdAt: string;
  createdBy: string;
  publishedAt: string | null;
  publishedBy: string | null;
  noticeDays: number;
  /** The demand at solve time: the roster is scored against it, whatever plans come later. */
  demand: Demand[];
  assignments: RosterAssignment[];
  score: { hard: number; soft: number };
  solve: StoredRosterSolve | null;
}

/** A roster in a list: everything but its cells and demand. */
export type StoredRosterSummary = Omit<StoredRoster, 'demand' | 'assignments'>;

export interface RosterRepository {
  create(roster: StoredRoster): Promise<void>;
  get(siteId: string, id: string): Promise<StoredRoster | null>;
  /** Newest first, without cells nor demand. */
  list(siteId: string): Promise<StoredRosterSummary[]>;
  /**
   * Replaces a draft's cells and score in one statement; false when the roster is missing or no longer a draft
   * (a publish that won the race leaves it untouched).
   */
  updateDraft(
    siteId: string,
    id: string,
    change: { assignments: RosterAssignment[]; score: { hard: number; soft: number } },
  ): Promise<boolean>;
  /**
   * Publishes a draft and marks every other published roster of the site whose horizon overlaps it superseded, in
   * one statement; null when the roster is missing or not a draft.
   */
  publish(
    siteId: string,
    id: string,
    by: { publishedAt: string; publishedBy: string },
  ): Promise<{ superseded: string[] } | null>;
}

const columns = columnsOf(rosters);
const summaryColumns = columns.filter((c) => c.key !== 'demand' && c.key !== 'assignments');
const INSERT = `INSERT INTO rosters (${columns.map((c) => quote(c.name)).join(', ')})
  SELECT ${columns.map((c) => `r.${quote(c.key)}`).join(', ')}
  FROM json_to_recordset($1::json) AS r(${recordsetDefinition(columns)})`;

// Both updates see the same snapshot, so the superseding one never touches the roster being published (id <> $2
// says so outright); a date plus an integer is a date in PostgreSQL.
const PUBLISH = `WITH target AS (
    UPDATE rosters SET status = 'published', published_at = $3::timestamptz, published_by = $4
    WHERE site_id = $1 AND id = $2 AND status = 'draft'
    RETURNING from_day, days
  ), old AS (
    UPDATE rosters r SET status = 'superseded'
    FROM target t
    WHERE r.site_id = $1 AND r.id <> $2 AND r.status = 'published'
      AND r.from_day < t.from_day + t.days AND t.from_day < r.from_day + r.days
    RETURNING r.id
  )
  SELECT (SELECT count(*) FROM target)::int AS published,
    (SELECT coalesce(json_agg(id ORDER BY id), '[]'::json) FROM old)::text AS superseded`;

/** jsonb columns come back parsed from pg and PGlite alike; dates and instants as strings (see selectList). */
function toRoster(row: Record<string, unknown>): StoredRoster {
  return {
    ...(row as unknown as StoredRoster),
    days: Number(row.days),
    noticeDays: Number(row.noticeDays),
    solve: (row.solve ?? null) as StoredRosterSolve | null,
  };
}

export class PgRosterRepository implements RosterRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async create(roster: StoredRoster): Promise<void> {
    await run(this.sql, 'rosters', 'write', INSERT, [JSON.stringify([roster])]);
  }

  async get(siteId: string, id: string): Promise<StoredRoster | null> {
    const [row] = await run(
      this.sql,
      'rosters',
      'read',
      `SELECT ${selectList(columns)} FROM rosters WHERE site_id = $1 AND id = $2`,
      [siteId, id],
    );
    return row ? toRoster(row) : null;
  }

  async list(siteId: string): Promise<StoredRosterSummary[]> {
    const rows = await run(
      this.sql,
      'rosters',
      'read',
      `SELECT ${selectList(summaryColumns)} FROM rosters WHERE site_id = $1
        ORDER BY created_at DESC, id COLLATE "C" DESC`,
      [siteId],
    );
    return rows.map((r) => {
      const { demand: _d, assignments: _a, ...summary } = toRoster(r);
      return summary;
    });
  }

  async updateDraft(
    siteId: string,
    id: string,
    change: { assignments: RosterAssignment[]; score: { hard: number; soft: number } },
  ): Promise<boolean> {
    const rows = await run(
      this.sql,
      'rosters',
      'write',
      `UPDATE rosters SET assignments = $3::jsonb, score = $4::jsonb
        WHERE site_id = $1 AND id = $2 AND status = 'draft' RETURNING id`,
      [siteId, id, JSON.stringify(change.assignments), JSON.stringify(change.score)],
    );
    return rows.length > 0;
  }

  async publish(
    siteId: string,
    id: string,
    by: { publishedAt: string; publishedBy: string },
  ): Promise<{ superseded: string[] } | null> {
    const [row] = await run(this.sql, 'rosters', 'write', PUBLISH, [
      siteId,
      id,
      by.publishedAt,
      by.publishedBy,
    ]);
    if (!row || Number(row.published) === 0) return null;
    return { superseded: JSON.parse(String(row.superseded ?? '[]')) as string[] };
  }
}
