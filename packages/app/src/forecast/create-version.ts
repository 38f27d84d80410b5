// Writes a new forecast version (number, audit entry) in the caller's transaction: versions are never changed later.
import { randomUUID } from 'node:crypto';
import type {
  ForecastSeriesRecord,
  ForecastVersion,
  ForecastVolume,
  Repositories,
} from '@logipilot/db/repositories/contract';
import type { Actor } from '@logipilot/domain';

export interface NewVersion {
  name: string;
  kind: ForecastVersion['kind'];
  basedOn?: string | null;
  note?: string;
  params?: Record<string, unknown> | null;
}

/** Volumes and series are given without version and site: they get the new version's. */
export async function createForecastVersion(
  repos: Repositories,
  actor: Pick<Actor, 'siteId' | 'userId' | 'username'>,
  spec: NewVersion,
  volumes: readonly Omit<ForecastVolume, 'siteId' | 'versionId'>[],
  series: readonly Omit<ForecastSeriesRecord, 'siteId' | 'versionId'>[] = [],
  now: Date = new Date(),
): Promise<ForecastVersion> {
  const siteId = actor.siteId;
  const version: ForecastVersion = {
    id: randomUUID(),
    siteId,
    number: await repos.forecasts.nextNumber(siteId),
    name: spec.name,
    kind: spec.kind,
    createdAt: now.toISOString(),
    createdBy: actor.username,
    basedOn: spec.basedOn ?? null,
    note: spec.note ?? '',
    params: spec.params ?? null,
  };
  await repos.forecasts.create(
    version,
    series.map((s) => ({ ...s, siteId, versionId: version.id })),
  );
  await repos.forecastVolumes.insertMany(volumes.map((v) => ({ ...v, siteId, versionId: version.id })));
  await repos.audit.append([
    {
      id: randomUUID(),
      siteId,
      at: version.createdAt,
      userId: actor.userId,
      username: actor.username,
      action: 'create',
      entity: 'forecasts',
      entityId: version.id,
      before: null,
      after: {
        number: version.number,
        name: version.name,
        kind: version.kind,
        basedOn: version.basedOn,
        volumes: volumes.length,
        series: series.length,
      },
    },
  ]);
  return version;
}
