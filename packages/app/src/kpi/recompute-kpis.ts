// Use case: rebuild the daily KPI facts of a period from the event history (sums in the event store, one write).
import type { Database, EventStore } from '@logipilot/db';
import { type Actor, DomainError, parseIsoDate } from '@logipilot/domain';
import { assertMayWriteKpis } from './kpi-access.ts';
import { loadMeasureContext } from './measure-context.ts';

export interface RecomputeRequest {
  siteId: string;
  /** Both inclusive; default: the whole history. */
  from?: string;
  to?: string;
}

export interface RecomputeResult {
  from: string;
  to: string;
  /** Fact rows written (days × breakdown keys). */
  rows: number;
  /** Milliseconds spent summing the history, and writing the facts. */
  sumMs: number;
  writeMs: number;
}

function checkDate(field: string, value: string | undefined): void {
  if (value !== undefined && parseIsoDate(value) === null)
    throw new DomainError('INVALID_DATE', { field, params: { value } });
}

export async function recomputeKpiFacts(
  ctx: { db: Database; events: EventStore },
  actor: Actor,
  request: RecomputeRequest,
): Promise<RecomputeResult> {
  assertMayWriteKpis(actor);
  return rebuildKpiFacts(ctx, request);
}

/** The rebuild itself, for callers that already hold the right (the demo seeding). */
export async function rebuildKpiFacts(
  ctx: { db: Database; events: EventStore },
  request: RecomputeRequest,
): Promise<RecomputeResult> {
  checkDate('from', request.from);
  checkDate('to', request.to);
  const context = await loadMeasureContext(ctx.db.repos, request.siteId);
  const range = await ctx.events.history.range(request.siteId);
  const from = request.from ?? range?.first;
  const to = request.to ?? range?.last;
  if (from === undefined || to === undefined) return { from: '', to: '', rows: 0, sumMs: 0, writeMs: 0 };
  if (to < from) throw new DomainError('INVALID_DATE_RANGE', { field: 'to', params: { from, to } });
  const t0 = performance.now();
  const rows = await ctx.events.history.dailyMeasures(request.siteId, {
    from,
    to,
    standards: context.standards,
    teams: context.teams,
  });
  const t1 = performance.now();
  // One transaction: a dashboard never reads a period half rebuilt.
  await ctx.db.transaction((repos) => repos.kpiFacts.replace(request.siteId, from, to, rows));
  const t2 = performance.now();
  return { from, to, rows: rows.length, sumMs: t1 - t0, writeMs: t2 - t1 };
}
