// Stored costing: the site's cost model (one document), saved budget versions, and the monthly actuals of the budget.
import type { SqlExecutor } from '../events/sql-executor.ts';
import { budgetActuals, budgetVersions } from '../schema/index.ts';
import { columnsOf, quote, recordsetDefinition, selectList } from './sql-text.ts';
import { run } from './table-repository.ts';

export interface StoredCostModel {
  siteId: string;
  /** The cost model as the domain parses it (`CostModelInput`), kept as JSON. */
  model: unknown;
  updatedAt: string;
  updatedBy: string;
}

export interface CostModelRepository {
  get(siteId: string): Promise<StoredCostModel | null>;
  /** Inserts or replaces the site's model. */
  put(row: StoredCostModel): Promise<void>;
}

export const BUDGET_VERSION_KINDS = ['initial', 'reforecast'] as const;
export type BudgetVersionKind = (typeof BUDGET_VERSION_KINDS)[number];

export interface StoredBudgetVersion {
  id: string;
  siteId: string;
  year: number;
  name: string;
  kind: BudgetVersionKind;
  /** The frozen `BudgetInput` (drivers and fixed lines). */
  input: unknown;
  /** Where each month's volumes came from (forecast, last year's history…). */
  basis: unknown;
  createdAt: string;
  createdBy: string;
}

export interface BudgetVersionRepository {
  /** Versions of a year (all years when `year` is left out), newest first. */
  list(siteId: string, year?: number): Promise<StoredBudgetVersion[]>;
  get(siteId: string, id: string): Promise<StoredBudgetVersion | null>;
  /** Fails with a unique violation when the year already has a version of that name. */
  create(row: StoredBudgetVersion): Promise<void>;
  delete(siteId: string, id: string): Promise<boolean>;
}

export interface StoredBudgetActual {
  siteId: string;
  /** YYYY-MM. */
  month: string;
  costCentre: string;
  /** `activity/unit` for labour, the fixed cost key otherwise. */
  lineKey: string;
  volume: number | null;
  hours: number | null;
  costCents: number;
  importedAt: string;
  importedBy: string;
  sourceFile: string;
}

export interface BudgetActualRepository {
  /** Rows of the months `from`..`to` (YYYY-MM, inclusive). */
  list(siteId: string, range: { from: string; to: string }): Promise<StoredBudgetActual[]>;
  /** Deletes every row of the given months, then writes `rows` (call inside a transaction). */
  replaceMonths(
    siteId: string,
    months: readonly string[],
    rows: readonly StoredBudgetActual[],
  ): Promise<void>;
}

export class PgCostModelRepository implements CostModelRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async get(siteId: string): Promise<StoredCostModel | null> {
    const [row] = await run(
      this.sql,
      'site_cost_models',
      'read',
      `SELECT site_id AS "siteId", model, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt",
        updated_by AS "updatedBy" FROM site_cost_models WHERE site_id = $1`,
      [siteId],
    );
    if (!row) return null;
    return { ...(row as unknown as StoredCostModel), model: parseJson(row.model) };
  }

  async put(row: StoredCostModel): Promise<void> {
    await run(
      this.sql,
      'site_cost_models',
      'write',
      `INSERT INTO site_cost_models (site_id, model, updated_at, updated_by) VALUES ($1, $2::jsonb, $3, $4)
        ON CONFLICT (site_id) DO UPDATE SET model = EXCLUDED.model, updated_at = EXCLUDED.updated_at,
        updated_by = EXCLUDED.updated_by`,
      [row.siteId, JSON.stringify(row.model), row.updatedAt, row.updatedBy],
    );
  }
}

/** pg returns jsonb parsed, PGlite too; a driver that hands back text still yields the same value. */
function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

const versionColumns = columnsOf(budgetVersions);
const INSERT_VERSION = `INSERT INTO budget_versions (${versionColumns.map((c) => quote(c.name)).join(', ')})
  SELECT ${versionColumns.map((c) => `r.${quote(c.key)}`).join(', ')}
  FROM json_to_recordset($1::json) AS r(${recordsetDefinition(versionColumns)})`;

function toVersion(row: Record<string, unknown>): StoredBudgetVersion {
  return {
    ...(row as unknown as StoredBudgetVersion),
    year: Number(row.year),
    input: parseJson(row.input),
    basis: parseJson(row.basis),
  };
}

export class PgBudgetVersionRepository implements BudgetVersionRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async list(siteId: string, year?: number): Promise<StoredBudgetVersion[]> {
    const rows = await run(
      this.sql,
      'budget_versions',
      'read',
      `SELECT ${selectList(versionColumns)} FROM budget_versions
        WHERE site_id = $1 AND ($2::int IS NULL OR year = $2::int) ORDER BY created_at DESC, id`,
      [siteId, year ?? null],
    );
    return rows.map(toVersion);
  }

  async get(siteId: string, id: string): Promise<StoredBudgetVersion | null> {
    const [row] = await run(
      this.sql,
      'budget_versions',
      'read',
      `SELECT ${selectList(versionColumns)} FROM budget_versions WHERE site_id = $1 AND id = $2`,
      [siteId, id],
    );
    return row ? toVersion(row) : null;
  }

  async create(row: StoredBudgetVersion): Promise<void> {
    await run(this.sql, 'budget_versions', 'write', INSERT_VERSION, [JSON.stringify([row])]);
  }

  async delete(siteId: string, id: string): Promise<boolean> {
    const rows = await run(
      this.sql,
      'budget_versions',
      'write',
      'DELETE FROM budget_versions WHERE site_id = $1 AND id = $2 RETURNING id',
      [siteId, id],
    );
    return rows.length > 0;
  }
}

const actualColumns = columnsOf(budgetActuals);
const INSERT_ACTUALS = `INSERT INTO budget_actuals (${actualColumns.map((c) => quote(c.name)).join(', ')})
  SELECT ${actualColumns.map((c) => `r.${quote(c.key)}`).join(', ')}
  FROM json_to_recordset($1::json) AS r(${recordsetDefinition(actualColumns)})`;

export class PgBudgetActualRepository implements BudgetActualRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async list(siteId: string, range: { from: string; to: string }): Promise<StoredBudgetActual[]> {
    const rows = await run(
      this.sql,
      'budget_actuals',
      'read',
      `SELECT ${selectList(actualColumns)} FROM budget_actuals
        WHERE site_id = $1 AND month >= $2 AND month <= $3
        ORDER BY month, cost_centre COLLATE "C", line_key COLLATE "C"`,
      [siteId, range.from, range.to],
    );
    return rows.map((r) => ({
      ...(r as unknown as StoredBudgetActual),
      volume: r.volume === null || r.volume === undefined ? null : Number(r.volume),
      hours: r.hours === null || r.hours === undefined ? null : Number(r.hours),
      costCents: Number(r.costCents),
    }));
  }

  async replaceMonths(
    siteId: string,
    months: readonly string[],
    rows: readonly StoredBudgetActual[],
  ): Promise<void> {
    if (months.length > 0)
      await run(
        this.sql,
        'budget_actuals',
        'write',
        'DELETE FROM budget_actuals WHERE site_id = $1 AND month = ANY($2::text[])',
        [siteId, [...months]],
      );
    if (rows.length > 0)
      await run(this.sql, 'budget_actuals', 'write', INSERT_ACTUALS, [JSON.stringify(rows)]);
  }
}
