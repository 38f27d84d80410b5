// Loads a generated event history (the demo's) into the event store, then builds the KPI facts from it.
import type { Database, EventStore } from '@logipilot/db';
import type { HistoryKind } from '@logipilot/domain';
import { rebuildKpiFacts } from './recompute-kpis.ts';

export interface GeneratedHistory {
  /** DuckDB SELECTs whose text columns are named like the import files' headers. */
  queries: readonly { kind: HistoryKind; select: string }[];
}

export interface SeedHistoryResult {
  counts: Partial<Record<HistoryKind, number>>;
  facts: number;
}

export async function seedHistory(
  ctx: { db: Database; events: EventStore },
  siteId: string,
  history: GeneratedHistory,
  onProgress?: (done: number, total: number) => void,
): Promise<SeedHistoryResult> {
  const site = await ctx.db.repos.sites.get(siteId);
  if (!site) throw new Error(`seedHistory: unknown site ${siteId}`);
  const counts: Partial<Record<HistoryKind, number>> = {};
  const total = history.queries.length + 1;
  for (const [i, { kind, select }] of history.queries.entries()) {
    const outcome = await ctx.events.history.importQuery(siteId, kind, select, { timeZone: site.timeZone });
    // A generator's rows that fail the checks are a bug of the generator, not a user's file.
    if (outcome.errorCount > 0)
      throw new Error(`generated ${kind} rejected: ${JSON.stringify(outcome.errors.slice(0, 3))}`);
    counts[kind] = (counts[kind] ?? 0) + outcome.imported;
    onProgress?.(i + 1, total);
  }
  const facts = await rebuildKpiFacts(ctx, { siteId });
  onProgress?.(total, total);
  return { counts, facts: facts.rows };
}
