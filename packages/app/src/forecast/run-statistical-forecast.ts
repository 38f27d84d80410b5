// Use case: forecast each requested (client, flow) series from the daily history, store it as a statistical version.
import type { EventStore } from '@logipilot/db';
import type { Database, ForecastSeriesRecord, ForecastVersion } from '@logipilot/db/repositories/contract';
import { type Actor, addDays, DomainError, FLOW_KINDS, type FlowKind, todayIn } from '@logipilot/domain';
import {
  type Accuracy,
  type CandidateScore,
  type ForecastMethod,
  type ForecastPoint,
  type ForecastReason,
  forecastSeries,
  type HistoryPoint,
} from '@logipilot/solvers';
import { parseOrThrow } from '../masterdata/validate.ts';
import { createForecastVersion } from './create-version.ts';
import { assertMayWriteForecasts } from './forecast-access.ts';
import { type RunForecastOptions, runForecastSchema } from './forecast-schemas.ts';

/** Three years of history: two full yearly cycles for the calendar effects, plus the holdout. */
export const HISTORY_DAYS = 3 * 366;

export interface ForecastRunSeries {
  clientId: string;
  clientCode: string;
  flow: FlowKind;
  method: ForecastMethod;
  candidates: CandidateScore[];
  accuracy: Accuracy | null;
  intervalCoverageOnHoldout: number | null;
  reasons: ForecastReason[];
  /** History days read for this series (open or not). */
  historyDays: number;
  forecast: ForecastPoint[];
}

export interface ForecastRunResult {
  version: ForecastVersion;
  asOf: string;
  history: { from: string; to: string };
  horizonDays: number;
  holdoutDays: number;
  coverage: number;
  series: ForecastRunSeries[];
}

export type ForecastRunProgress = (done: number, total: number) => void;

const flowOrder = (f: FlowKind) => FLOW_KINDS.indexOf(f);

/** A history whose last day is more than this many days before today is treated as stale (see below). */
const STALE_HISTORY_DAYS = 7;

/**
 * Reads the history up to the day before `asOf` (default: the day after the last recorded day, at most today on
 * the site), runs `forecastSeries` on every series,
 * stores values, intervals and accuracy in one new statistical version, and returns all of it.
 * @example await runStatisticalForecast(ctx, actor, { flow: 'order_lines', horizonDays: 14 })
 */
export async function runStatisticalForecast(
  ctx: { db: Database; events: EventStore },
  actor: Actor,
  options: RunForecastOptions,
  onProgress?: ForecastRunProgress,
  now: Date = new Date(),
): Promise<ForecastRunResult> {
  assertMayWriteForecasts(actor);
  const o = parseOrThrow(runForecastSchema, options);
  const { repos } = ctx.db;
  const site = await repos.sites.get(actor.siteId);
  if (!site) throw new DomainError('SITE_NOT_FOUND', { params: { siteId: actor.siteId } });
  const today = todayIn(site.timeZone, now);
  const range = await ctx.events.flowRange(site.id);
  // Without an explicit as-of, forecast from today — unless the history stops more than a week before (its last
  // import is stale): then from the day after the last recorded day, or the missing weeks would read as zero activity.
  // A gap of a few days is normal (no rows for a closed weekend).
  const nextRecorded = range ? addDays(range.last, 1) : null;
  const stale = nextRecorded !== null && addDays(nextRecorded, STALE_HISTORY_DAYS) < today;
  const asOf = o.asOf ?? (stale && nextRecorded !== null ? nextRecorded : today);
  const history = { from: addDays(asOf, -HISTORY_DAYS), to: addDays(asOf, -1) };

  const allClients = await repos.clients.all(site.id);
  const clients = o.clientId === undefined ? allClients : allClients.filter((c) => c.id === o.clientId);
  if (o.clientId !== undefined && clients.length === 0) {
    throw new DomainError('UNKNOWN_REFERENCE', { field: 'clientId', params: { value: o.clientId } });
  }
  const rows = await ctx.events.queryFlowDays({
    siteId: site.id,
    from: history.from,
    to: history.to,
    ...(o.flow ? { flow: o.flow } : {}),
    ...(o.clientId ? { clientId: o.clientId } : {}),
  });
  const byKey = new Map<string, HistoryPoint[]>();
  for (const r of rows) {
    const key = `${r.clientId}\u0000${r.flow}`;
    const list = byKey.get(key) ?? [];
    list.push({ day: r.day, quantity: r.quantity });
    byKey.set(key, list);
  }
  // A named flow is forecast for every client (no history is itself an answer); otherwise the flows each client has.
  const wanted = clients
    .slice()
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .flatMap((client) => {
      const flows = o.flow
        ? [o.flow]
        : FLOW_KINDS.filter((f) => byKey.has(`${client.id}\u0000${f}`)).sort(
            (a, b) => flowOrder(a) - flowOrder(b),
          );
      return flows.map((flow) => ({ client, flow }));
    });

  const series: ForecastRunSeries[] = [];
  onProgress?.(0, wanted.length);
  for (const { client, flow } of wanted) {
    const points = byKey.get(`${client.id}\u0000${flow}`) ?? [];
    const r = forecastSeries({
      history: points,
      calendar: site.calendar,
      startDay: asOf,
      horizonDays: o.horizonDays,
      holdoutDays: o.holdoutDays,
      coverage: o.coverage,
    });
    series.push({
      clientId: client.id,
      clientCode: client.code,
      flow,
      method: r.method,
      candidates: r.candidates,
      accuracy: r.accuracy,
      intervalCoverageOnHoldout: r.intervalCoverageOnHoldout,
      reasons: r.reasons,
      historyDays: points.length,
      forecast: r.forecast,
    });
    onProgress?.(series.length, wanted.length);
  }

  const params = {
    asOf,
    horizonDays: o.horizonDays,
    holdoutDays: o.holdoutDays,
    coverage: o.coverage,
    ...(o.flow ? { flow: o.flow } : {}),
    ...(o.clientId ? { clientId: o.clientId } : {}),
  };
  const records: Omit<ForecastSeriesRecord, 'siteId' | 'versionId'>[] = series.map((s) => ({
    clientId: s.clientId,
    flow: s.flow,
    method: s.method,
    candidates: s.candidates,
    accuracy: s.accuracy as unknown as Record<string, unknown> | null,
    intervalCoverageOnHoldout: s.intervalCoverageOnHoldout,
    reasons: s.reasons,
    points: s.forecast,
  }));
  const volumes = series.flatMap((s) =>
    s.forecast.map((p) => ({
      clientId: s.clientId,
      flow: s.flow,
      day: p.day,
      hour: null,
      quantity: p.value,
      source: 'statistical' as const,
    })),
  );
  const version = await ctx.db.transaction((tx) =>
    createForecastVersion(
      tx,
      actor,
      // A code-like default, not a sentence: people rename nothing, they pass --name / "name" when they care.
      { name: o.name ?? `stat-${asOf}-h${o.horizonDays}`, kind: 'statistical', params },
      volumes,
      records,
      now,
    ),
  );
  return {
    version,
    asOf,
    history,
    horizonDays: o.horizonDays,
    holdoutDays: o.holdoutDays,
    coverage: o.coverage,
    series,
  };
}
