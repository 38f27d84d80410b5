// What the import needs to know about one kind of row: its template, natural key, how to build and validate it.

import type { Repositories } from '@logipilot/db';
import type { EntityTemplate, ParsedRow } from '@logipilot/documents';
import type { z } from 'zod';
import type { ErrorParams } from '../import-types.ts';

export interface BuildContext<T, Refs> {
  siteId: string;
  /** Row number as Excel shows it. */
  row: number;
  refs: Refs;
  /** The stored row with the same natural key, whose id and unmapped fields are kept. */
  existing: T | undefined;
  /** Reports a problem on one field of the row (an unknown client code, say). */
  issue(field: string, code: string, params?: ErrorParams): void;
}

export interface RowSpec<T, Refs, Tpl extends EntityTemplate = EntityTemplate> {
  template: Tpl;
  schema: z.ZodType<T>;
  /** Field whose column a duplicate-key error names. */
  keyField: string;
  /** Natural key of a parsed row; null when a key cell is blank (already reported as VALUE_REQUIRED). */
  keyOf(values: ParsedRow<Tpl>): string | null;
  /** The object handed to the zod schema; ids resolved from codes through `refs`. */
  build(values: ParsedRow<Tpl>, ctx: BuildContext<T, Refs>): unknown;
  /** Domain path of a zod issue (`contract.end`) → template field (`contractEnd`), to name the column. */
  fieldOfPath(path: string): string;
}

/** A row spec for a stored aggregate: also how to load what it refers to, what exists, how to write and export. */
export interface EntityAdapter<
  T extends { id: string; siteId: string },
  Refs,
  Tpl extends EntityTemplate = EntityTemplate,
> extends RowSpec<T, Refs, Tpl> {
  loadRefs(repos: Repositories, siteId: string): Promise<Refs>;
  /** Stored rows for these natural keys, keyed as `keyOf` keys them. */
  loadExisting(
    repos: Repositories,
    siteId: string,
    keys: readonly string[],
    refs: Refs,
  ): Promise<Map<string, T>>;
  write(repos: Repositories, items: T[]): Promise<void>;
  /** Field values of one stored row, as the export writes them and the import reads them back. */
  toRow(item: T, refs: Refs): Record<string, unknown>;
}

/** Code → id index of a site's reference rows (clients, zones…), built once per import. */
export function codeIndex<R extends { id: string; code: string }>(rows: readonly R[]): Map<string, R> {
  return new Map(rows.map((r) => [r.code, r]));
}

/** Few keys: one indexed lookup each; many keys: one scan of the site beats thousands of round trips. */
export const LOOKUP_ONE_BY_ONE_MAX = 200;

export async function existingByCode<T extends { id: string; siteId: string }>(
  repo: { getByCode(siteId: string, code: string): Promise<T | null>; all(siteId: string): Promise<T[]> },
  siteId: string,
  keys: readonly string[],
  codeOf: (item: T) => string,
): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  if (keys.length <= LOOKUP_ONE_BY_ONE_MAX) {
    for (const key of keys) {
      const found = await repo.getByCode(siteId, key);
      if (found) out.set(key, found);
    }
    return out;
  }
  const wanted = new Set(keys);
  for (const item of await repo.all(siteId)) if (wanted.has(codeOf(item))) out.set(codeOf(item), item);
  return out;
}

/**
 * Merges one cell into the candidate: a missing column keeps the stored value, a blank cell clears it (the schema's
 * default applies), a value replaces it.
 */
export function merged<V>(parsed: V | null | undefined, stored: V | undefined): V | undefined {
  if (parsed === undefined) return stored;
  return parsed === null ? undefined : parsed;
}

/** Same, for nullable fields: a blank cell stores null. */
export function mergedNullable<V>(
  parsed: V | null | undefined,
  stored: V | null | undefined,
): V | null | undefined {
  return parsed === undefined ? stored : parsed;
}
