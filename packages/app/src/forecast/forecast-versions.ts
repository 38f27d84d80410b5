// Use cases on stored forecasts: list versions, read one (values and series results), the effective volumes the
// plan uses, and manual edits (a new version copying the previous one: a published version never changes).
import type {
  Database,
  EffectiveForecastVolume,
  ForecastSeriesRecord,
  ForecastVersion,
  ForecastVolume,
} from '@logipilot/db/repositories/contract';
import { type Actor, DomainError, type FlowKind } from '@logipilot/domain';
import { parseOrThrow } from '../masterdata/validate.ts';
import { createForecastVersion } from './create-version.ts';
import {
  assertMayReadForecasts,
  assertMayWriteForecasts,
  forecastClientFilter,
  versionVisibleTo,
} from './forecast-access.ts';
import {
  type ForecastEdits,
  type ForecastQuery,
  forecastEditsSchema,
  forecastQuerySchema,
} from './forecast-schemas.ts';

type Ctx = { db: Database };

export interface ForecastVolumeItem extends Omit<ForecastVolume, 'siteId' | 'versionId'> {
  clientCode: string;
}

export interface ForecastVersionDetail {
  version: ForecastVersion;
  volumes: ForecastVolumeItem[];
  series: Omit<ForecastSeriesRecord, 'siteId' | 'versionId'>[];
}

async function clientCodes(db: Database, siteId: string): Promise<Map<string, string>> {
  return new Map((await db.repos.clients.all(siteId)).map((c) => [c.id, c.code]));
}

/** Newest first; a client viewer does not see runs made for another client. */
export async function listForecastVersions(ctx: Ctx, actor: Actor): Promise<ForecastVersion[]> {
  assertMayReadForecasts(actor);
  return (await ctx.db.repos.forecasts.list(actor.siteId)).filter((v) => versionVisibleTo(actor, v));
}

/** One version with its volumes (and series results for a statistical run), filtered; NOT_FOUND when unseen. */
export async function getForecastVersion(
  ctx: Ctx,
  actor: Actor,
  id: string,
  query: ForecastQuery = {},
): Promise<ForecastVersionDetail> {
  assertMayReadForecasts(actor);
  const q = parseOrThrow(forecastQuerySchema, query);
  const clientId = forecastClientFilter(actor, q.clientId);
  const version = await ctx.db.repos.forecasts.get(actor.siteId, id);
  if (!version || !versionVisibleTo(actor, version)) throw new DomainError('NOT_FOUND');
  const filter = {
    siteId: actor.siteId,
    ...(clientId ? { clientId } : {}),
    ...(q.flow ? { flow: q.flow } : {}),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
  };
  const codes = await clientCodes(ctx.db, actor.siteId);
  const volumes = await ctx.db.repos.forecastVolumes.ofVersion(id, filter);
  const series = await ctx.db.repos.forecasts.series(actor.siteId, id, {
    ...(clientId ? { clientId } : {}),
    ...(q.flow ? { flow: q.flow } : {}),
  });
  return {
    version,
    volumes: volumes.map(({ siteId: _s, versionId: _v, ...v }) => ({
      ...v,
      clientCode: codes.get(v.clientId) ?? v.clientId,
    })),
    // Points outside the asked days are left out too, so that from/to filter the intervals like the values.
    series: series.map(({ siteId: _s, versionId: _v, ...s }) => ({
      ...s,
      points: s.points.filter((p) => (!q.from || p.day >= q.from) && (!q.to || p.day <= q.to)),
    })),
  };
}

/**
 * The volumes a plan should use over [from, to]: per (client, flow, day), the rows of the newest *input* version
 * (imported or edited by people) holding that day; when no input version holds it, those of the newest
 * *statistical* version. "Newest" is the highest version number.
 */
export async function latestVolumes(
  ctx: Ctx,
  actor: Actor,
  query: { from: string; to: string; clientId?: string; flow?: FlowKind },
): Promise<(EffectiveForecastVolume & { clientCode: string })[]> {
  assertMayReadForecasts(actor);
  const q = parseOrThrow(forecastQuerySchema.required({ from: true, to: true }), query);
  const clientId = forecastClientFilter(actor, q.clientId);
  const codes = await clientCodes(ctx.db, actor.siteId);
  const rows = await ctx.db.repos.forecastVolumes.effective({
    siteId: actor.siteId,
    from: q.from,
    to: q.to,
    ...(clientId ? { clientId } : {}),
    ...(q.flow ? { flow: q.flow } : {}),
  });
  return rows.map((r) => ({ ...r, clientCode: codes.get(r.clientId) ?? r.clientId }));
}

const keyOf = (v: { clientId: string; flow: string; day: string; hour: number | null }) =>
  `${v.clientId}\u0000${v.flow}\u0000${v.day}\u0000${v.hour ?? ''}`;

/**
 * Applies changes to a copy of version `id` and stores the copy as a new input version based on it; changed rows
 * become `manual`. A change on a key the version lacks adds the row. Later changes of one key win.
 */
export async function editForecast(
  ctx: Ctx,
  actor: Actor,
  id: string,
  edits: ForecastEdits,
  now: Date = new Date(),
): Promise<ForecastVersion> {
  assertMayWriteForecasts(actor);
  const e = parseOrThrow(forecastEditsSchema, edits);
  const base = await ctx.db.repos.forecasts.get(actor.siteId, id);
  if (!base) throw new DomainError('NOT_FOUND');
  const clients = await ctx.db.repos.clients.all(actor.siteId);
  const byCode = new Map(clients.map((c) => [c.code, c.id]));
  const ids = new Set(clients.map((c) => c.id));
  const rows = new Map<string, Omit<ForecastVolume, 'siteId' | 'versionId'>>();
  for (const { siteId: _s, versionId: _v, ...v } of await ctx.db.repos.forecastVolumes.ofVersion(id, {
    siteId: actor.siteId,
  })) {
    rows.set(keyOf(v), v);
  }
  e.changes.forEach((change, i) => {
    const clientId = change.clientId ?? byCode.get(change.clientCode ?? '');
    if (clientId === undefined || !ids.has(clientId)) {
      const field = change.clientId === undefined ? 'clientCode' : 'clientId';
      throw new DomainError('UNKNOWN_REFERENCE', {
        field: `changes.${i}.${field}`,
        params: { value: change.clientId ?? change.clientCode ?? '' },
      });
    }
    const row = {
      clientId,
      flow: change.flow,
      day: change.day,
      hour: change.hour ?? null,
      quantity: change.quantity,
      source: 'manual' as const,
    };
    rows.set(keyOf(row), row);
  });
  return ctx.db.transaction((tx) =>
    createForecastVersion(
      tx,
      actor,
      {
        name: e.name,
        kind: 'input',
        basedOn: base.id,
        note: e.note ?? '',
        params: { editedFrom: base.number, changes: e.changes.length },
      },
      [...rows.values()],
      [],
      now,
    ),
  );
}
