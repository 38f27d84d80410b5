// Use case: rebuild the daily KPI facts of a period from the event history (sums in the event store, one write).
import type { Database, EventStore } from '@logipilot/db';
import { type Actor, addDays, DomainError, parseIsoDate } from '@logipilot/domain';
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
  /** Wall-clock milliseconds of the rebuild. */
  ms: number;
  /** Milliseconds spent summing the history, and writing the facts (they overlap: their total exceeds the wall time). */
  sumMs: number;
  writeMs: number;
}

/** Quarters of the range (the last one shorter): the unit of the overlapped sum and write. */
export function periodChunks(from: string, to: string, days = 92): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (let start = from; start <= to; start = addDays(start, days)) {
    const end = addDays(start, days - 1);
    out.push({ from: start, to: end < to ? end : to });
  }
  return out;
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
  if (from === undefined || to === undefined)
    return { from: '', to: '', rows: 0, ms: 0, sumMs: 0, writeMs: 0 };
  if (to < from) throw new DomainError('INVALID_DATE_RANGE', { field: 'to', params: { from, to } });
  const began = performance.now();
  const query = { standards: context.standards, teams: context.teams };
  const chunks = periodChunks(from, to);
  let sumMs = 0;
  let writeMs = 0;
  let rows = 0;
  const sum = (chunk: { from: string; to: string }) => {
    const start = performance.now();
    const promise = ctx.events.history
      .dailyMeasureColumns(request.siteId, { ...chunk, ...query })
      .then((columns) => {
        sumMs += performance.now() - start;
        return columns;
      });
    // Awaited in turn below; until then a failure must not count as unhandled.
    promise.catch(() => undefined);
    return promise;
  };
  // One transaction: a dashboard never reads a period half rebuilt. The event store sums the next quarter while
  // this one is written (two engines, two cores).
  await ctx.db.transaction(async (repos) => {
    let next = sum(chunks[0]!);
    for (const [i, chunk] of chunks.entries()) {
      const columns = await next;
      if (i + 1 < chunks.length) next = sum(chunks[i + 1]!);
      const start = performance.now();
      rows += await repos.kpiFacts.replace(request.siteId, chunk.from, chunk.to, columns);
      writeMs += performance.now() - start;
    }
  });
  return { from, to, rows, ms: performance.now() - began, sumMs, writeMs };
}
