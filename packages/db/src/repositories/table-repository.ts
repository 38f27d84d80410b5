// One generic repository for a site-scoped table: list/filter/sort/page, natural-key upserts, whole-row updates.

import { DomainError } from '@logipilot/domain';
import type { InferInsertModel, InferSelectModel } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type DbOperation, translateDbError } from '../db-errors.ts';
import type { SqlExecutor } from '../events/sql-executor.ts';
import type { ListQuery, Page, Repository } from './contract.ts';
import {
  batches,
  type ColumnInfo,
  clampLimit,
  clampOffset,
  columnsOf,
  likePattern,
  quote,
  recordsetDefinition,
  selectList,
  tableName,
  toCount,
} from './sql-text.ts';

type Row = Record<string, unknown>;
type KeyOf<TB extends PgTable> = keyof InferSelectModel<TB> & string;

/** How one domain aggregate maps onto its table. Property names are the drizzle table's. */
export interface TableSpec<T extends { id: string; siteId: string }, TB extends PgTable> {
  /** Names the aggregate in error params, e.g. `skus`. */
  entity: string;
  table: TB;
  /** Natural key after site_id (unique per site), e.g. `['code']`. */
  naturalKey: readonly KeyOf<TB>[];
  /** Text columns the free-text filter `q` searches. */
  search: readonly KeyOf<TB>[];
  /** Sort when none (or an unknown field) is asked for; defaults to the natural key. */
  defaultSort?: readonly KeyOf<TB>[];
  /** Column a `clientId` filter applies to (`id` for clients themselves); absent: not client-scoped. */
  clientColumn?: KeyOf<TB>;
  /** Columns never read nor written by the generic code (e.g. a password hash). */
  hidden?: readonly KeyOf<TB>[];
  /** Natural-key values from the `code` given to getByCode (default: the code itself). */
  codeToKey?: (code: string) => (string | null)[];
  toRow(item: T): InferInsertModel<TB>;
  fromRow(row: InferSelectModel<TB>): T;
}

/** The SQL of a spec, built once per table rather than per repository instance (one per transaction). */
export interface CompiledSpec<T extends { id: string; siteId: string }, TB extends PgTable> {
  spec: TableSpec<T, TB>;
  table: string;
  columns: ColumnInfo[];
  byKey: Map<string, ColumnInfo>;
  key: ColumnInfo[];
  /** The select list alone (columns aliased to property names), to extend in custom queries. */
  selectColumns: string;
  select: string;
  upsert: string;
  update: string;
  naturalOrder: string;
}

function column(byKey: Map<string, ColumnInfo>, key: string): ColumnInfo {
  const c = byKey.get(key);
  if (!c) throw new Error(`unknown column ${key}`);
  return c;
}

export function compileSpec<T extends { id: string; siteId: string }, TB extends PgTable>(
  spec: TableSpec<T, TB>,
): CompiledSpec<T, TB> {
  const hidden = new Set<string>(spec.hidden ?? []);
  const columns = columnsOf(spec.table).filter((c) => !hidden.has(c.key));
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const table = quote(tableName(spec.table));
  const key = spec.naturalKey.map((k) => column(byKey, k));
  const conflict = ['site_id', ...key.map((c) => c.name)].map(quote).join(', ');
  const names = columns.map((c) => quote(c.name)).join(', ');
  const fromJson = columns.map((c) => `r.${quote(c.key)}`).join(', ');
  const keyNames = new Set(['id', 'site_id', ...key.map((c) => c.name)]);
  const assign = columns
    .filter((c) => !keyNames.has(c.name))
    .map((c) => `${quote(c.name)} = EXCLUDED.${quote(c.name)}`)
    .join(', ');
  const recordset = `json_to_recordset($1::json) AS r(${recordsetDefinition(columns)})`;
  const setFromJson = columns
    .filter((c) => c.name !== 'id' && c.name !== 'site_id')
    .map((c) => `${quote(c.name)} = r.${quote(c.key)}`)
    .join(', ');
  // Binary order, so that every store (whatever its default collation) returns `all` in the same order.
  const byText = (c: ColumnInfo) =>
    `${quote(c.name)}${c.type === 'text' ? ' COLLATE "C"' : ''}${c.notNull ? '' : ' NULLS FIRST'}`;
  return {
    spec,
    table,
    columns,
    byKey,
    key,
    selectColumns: selectList(columns),
    select: `SELECT ${selectList(columns)} FROM ${table}`,
    // Keeps the stored id when the natural key exists: the id is neither in the conflict target nor in SET.
    upsert: `INSERT INTO ${table} (${names}) SELECT ${fromJson} FROM ${recordset}
      ON CONFLICT (${conflict}) DO ${assign ? `UPDATE SET ${assign}` : 'NOTHING'}`,
    update: `UPDATE ${table} AS t SET ${setFromJson} FROM ${recordset}
      WHERE t.site_id = r."siteId" AND t.id = r."id" RETURNING t.id`,
    naturalOrder: [...key.map(byText), '"id" COLLATE "C"'].join(', '),
  };
}

/** Runs one statement, turning driver errors into DomainErrors. */
export async function run(
  sql: SqlExecutor,
  entity: string,
  operation: DbOperation,
  text: string,
  params: unknown[] = [],
): Promise<Row[]> {
  try {
    const result = await sql.query<Row>(text, params);
    return result.rows;
  } catch (error) {
    throw translateDbError(error, entity, operation);
  }
}

export class TableRepository<T extends { id: string; siteId: string }, TB extends PgTable>
  implements Repository<T>
{
  constructor(
    protected readonly c: CompiledSpec<T, TB>,
    protected readonly sql: SqlExecutor,
  ) {}

  protected run(operation: DbOperation, text: string, params: unknown[] = []): Promise<Row[]> {
    return run(this.sql, this.c.spec.entity, operation, text, params);
  }

  /** Turns selected rows into aggregates; overridden where an aggregate spans child tables. */
  protected async load(rows: Row[]): Promise<T[]> {
    return rows.map((r) => this.c.spec.fromRow(r as InferSelectModel<TB>));
  }

  /** Writes what lives outside the main table (children) for items just written. */
  protected async afterWrite(_items: T[]): Promise<void> {}

  private filters(query: { siteId: string; clientId?: string | null | undefined; q?: string | undefined }) {
    const params: unknown[] = [query.siteId];
    const where = ['site_id = $1'];
    const { clientColumn, search } = this.c.spec;
    if (query.clientId != null && clientColumn) {
      params.push(query.clientId);
      where.push(`${quote(column(this.c.byKey, clientColumn).name)} = $${params.length}`);
    }
    const q = query.q?.trim();
    if (q && search.length > 0) {
      params.push(likePattern(q));
      const n = params.length;
      where.push(`(${search.map((k) => `${quote(column(this.c.byKey, k).name)} ILIKE $${n}`).join(' OR ')})`);
    }
    return { where: where.join(' AND '), params };
  }

  private orderBy(sort: string | undefined, order: 'asc' | 'desc' | undefined): string {
    const dir = order === 'desc' ? 'DESC' : 'ASC';
    const requested = sort === undefined ? undefined : this.c.byKey.get(sort);
    const sortable = requested && requested.type !== 'jsonb' ? [requested] : undefined;
    const primary =
      sortable ?? (this.c.spec.defaultSort ?? this.c.spec.naturalKey).map((k) => column(this.c.byKey, k));
    const tail = [...this.c.key, column(this.c.byKey, 'id')].filter((c) => !primary.includes(c));
    return [
      ...primary.map((c) => `${quote(c.name)} ${dir}`),
      ...tail.map((c) => `${quote(c.name)} ${dir}`),
    ].join(', ');
  }

  async list(query: ListQuery): Promise<Page<T>> {
    const { where, params } = this.filters(query);
    const [countRow] = await this.run(
      'read',
      `SELECT count(*) AS n FROM ${this.c.table} WHERE ${where}`,
      params,
    );
    const limit = clampLimit(query.limit);
    const offset = clampOffset(query.offset);
    const rows = await this.run(
      'read',
      `${this.c.select} WHERE ${where} ORDER BY ${this.orderBy(query.sort, query.order)}
        LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return { items: await this.load(rows), total: toCount(countRow?.n) };
  }

  async get(siteId: string, id: string): Promise<T | null> {
    const rows = await this.run('read', `${this.c.select} WHERE site_id = $1 AND id = $2`, [siteId, id]);
    return (await this.load(rows))[0] ?? null;
  }

  async getByCode(siteId: string, code: string): Promise<T | null> {
    const values = this.c.spec.codeToKey ? this.c.spec.codeToKey(code) : [code];
    if (values.length !== this.c.key.length) return null;
    const where = this.c.key.map((c, i) =>
      c.notNull ? `${quote(c.name)} = $${i + 2}` : `${quote(c.name)} IS NOT DISTINCT FROM $${i + 2}`,
    );
    const rows = await this.run('read', `${this.c.select} WHERE site_id = $1 AND ${where.join(' AND ')}`, [
      siteId,
      ...values,
    ]);
    return (await this.load(rows))[0] ?? null;
  }

  async all(siteId: string): Promise<T[]> {
    const rows = await this.run(
      'read',
      `${this.c.select} WHERE site_id = $1 ORDER BY ${this.c.naturalOrder}`,
      [siteId],
    );
    return this.load(rows);
  }

  async count(siteId: string, clientId?: string | null): Promise<number> {
    const { where, params } = this.filters({ siteId, clientId });
    const [row] = await this.run('read', `SELECT count(*) AS n FROM ${this.c.table} WHERE ${where}`, params);
    return toCount(row?.n);
  }

  /** Natural-key identity of an item, to keep only the last of duplicates within one call. */
  private naturalKeyOf(row: Row): string {
    return JSON.stringify([row.siteId, ...this.c.key.map((c) => row[c.key] ?? null)]);
  }

  async upsertMany(items: T[]): Promise<void> {
    if (items.length === 0) return;
    const unique = new Map<string, { item: T; row: Row }>();
    for (const item of items) {
      const row = this.c.spec.toRow(item) as Row;
      const k = this.naturalKeyOf(row);
      unique.delete(k);
      unique.set(k, { item, row });
    }
    const entries = [...unique.values()];
    for (const batch of batches(entries)) {
      await this.run('write', this.c.upsert, [JSON.stringify(batch.map((e) => e.row))]);
    }
    await this.afterWrite(entries.map((e) => e.item));
  }

  async update(item: T): Promise<void> {
    const rows = await this.run('write', this.c.update, [JSON.stringify([this.c.spec.toRow(item)])]);
    if (rows.length === 0)
      throw new DomainError('ENTITY_NOT_FOUND', { params: { entity: this.c.spec.entity, id: item.id } });
    await this.afterWrite([item]);
  }

  async remove(siteId: string, id: string): Promise<boolean> {
    const rows = await this.run(
      'delete',
      `DELETE FROM ${this.c.table} WHERE site_id = $1 AND id = $2 RETURNING id`,
      [siteId, id],
    );
    return rows.length > 0;
  }
}
