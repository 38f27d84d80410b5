// Restores one site from a backup file: validates it wholly first, then replaces the site in one transaction, then its events.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { writeSiteBundle } from '@logipilot/db';
import type { AuditEntry } from '@logipilot/db/repositories/contract';
import type { Site } from '@logipilot/domain';
import type { AppContext } from '../context.ts';
import { SYSTEM_ACTOR } from '../seed/seed-site.ts';
import { type BackupDocument, backupInvalid, parseBackupDocument } from './backup-format.ts';
import { documentCounts } from './backup-site.ts';

const gunzipAsync = promisify(gunzip);

export interface RestoreSummary {
  site: Pick<Site, 'id' | 'code' | 'name'>;
  /** When the backup was taken. */
  createdAt: string;
  counts: Record<string, number>;
}

/** Reads and validates a backup file; throws BACKUP_INVALID with the reason. */
export async function readBackupFile(file: string): Promise<BackupDocument> {
  let compressed: Buffer;
  try {
    compressed = await readFile(file);
  } catch {
    throw backupInvalid('FILE_UNREADABLE');
  }
  let text: string;
  try {
    text = (await gunzipAsync(compressed)).toString('utf8');
  } catch {
    throw backupInvalid('NOT_GZIP');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw backupInvalid('NOT_JSON');
  }
  return parseBackupDocument(value);
}

/**
 * Replaces the backed-up site wholly (whatever the store held for that site id is removed first) and appends a
 * 'restore' entry to the restored audit trail.
 */
export async function restoreSite(
  ctx: Pick<AppContext, 'db' | 'events'>,
  file: string,
  options: { actor?: { userId: string | null; username: string } } = {},
): Promise<RestoreSummary> {
  const doc = await readBackupFile(file);
  const { site } = doc.bundle;
  const counts = documentCounts(doc);
  const restored: AuditEntry = {
    id: randomUUID(),
    siteId: site.id,
    at: new Date().toISOString(),
    ...(options.actor ?? SYSTEM_ACTOR),
    action: 'restore',
    entity: 'site',
    entityId: site.id,
    before: null,
    after: { createdAt: doc.createdAt, counts },
  };
  await ctx.db.transaction(async (repos) => {
    await repos.sites.remove(site.id);
    await writeSiteBundle(repos, doc.bundle);
    for (const { user, passwordHash } of doc.users) await repos.users.create(user, passwordHash);
    for (const mapping of doc.importMappings) await repos.importMappings.save(mapping);
    for (const version of doc.forecasts.versions) {
      await repos.forecasts.create(
        version,
        doc.forecasts.series.filter((s) => s.versionId === version.id),
      );
    }
    await repos.forecastVolumes.insertMany(doc.forecasts.volumes);
    for (const plan of doc.plans) await repos.plans.create(plan);
    // Inserted as stored: status, publication and solve details included (no re-publish, no superseding).
    for (const roster of doc.rosters) await repos.rosters.create(roster);
    await repos.rosterRequests.create(doc.rosterRequests);
    if (doc.costing.costModel) await repos.costModels.put(doc.costing.costModel);
    for (const version of doc.costing.budgetVersions) await repos.budgetVersions.create(version);
    const months = [...new Set(doc.costing.budgetActuals.map((a) => a.month))];
    await repos.budgetActuals.replaceMonths(site.id, months, doc.costing.budgetActuals);
    await repos.audit.append([...doc.audit, restored]);
  });
  await ctx.events.importSite(doc.events);
  return { site: { id: site.id, code: site.code, name: site.name }, createdAt: doc.createdAt, counts };
}
