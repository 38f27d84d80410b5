// Saves one site wholly (master data, users with hashes, mappings, audit trail, forecasts, plans, rosters, shift requests, events) to one gzip JSON file.
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { readSiteBundle } from '@logipilot/db';
import type {
  AuditEntry,
  Repositories,
  StoredPlan,
  StoredRoster,
  StoredUser,
} from '@logipilot/db/repositories/contract';
import { bundleCounts, DomainError } from '@logipilot/domain';
import type { AppContext } from '../context.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupDocument } from './backup-format.ts';

const gzipAsync = promisify(gzip);
const AUDIT_PAGE = 1000;

export interface BackupSummary {
  file: string;
  bytes: number;
  counts: Record<string, number>;
}

async function allAudit(repos: Repositories, siteId: string): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  for (let offset = 0; ; offset += AUDIT_PAGE) {
    const page = await repos.audit.list({ siteId, limit: AUDIT_PAGE, offset });
    out.push(...page.items);
    if (page.items.length < AUDIT_PAGE) break;
  }
  return out.reverse();
}

async function usersWithHashes(repos: Repositories, siteId: string): Promise<StoredUser[]> {
  const out: StoredUser[] = [];
  for (const user of await repos.users.all(siteId)) {
    const stored = await repos.users.findByUsername(user.username);
    if (stored) out.push(stored);
  }
  return out;
}

/** Oldest first, each with its whole result (the list leaves results out to stay small). */
async function allPlans(repos: Repositories, siteId: string): Promise<StoredPlan[]> {
  const out: StoredPlan[] = [];
  for (const summary of (await repos.plans.list(siteId)).reverse()) {
    const plan = await repos.plans.get(siteId, summary.id);
    if (plan) out.push(plan);
  }
  return out;
}

/** Oldest first, each with its cells and demand (the list leaves them out), whatever its status. */
async function allRosters(repos: Repositories, siteId: string): Promise<StoredRoster[]> {
  const out: StoredRoster[] = [];
  for (const summary of (await repos.rosters.list(siteId)).reverse()) {
    const roster = await repos.rosters.get(siteId, summary.id);
    if (roster) out.push(roster);
  }
  return out;
}

/** Writes beside the target then renames over it: a reader never sees a half-written backup. */
async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new DomainError('BACKUP_WRITE_FAILED', {
      params: { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) },
    });
  }
}

/** Reads the site in one transaction (a consistent snapshot on PGlite), then its events, then writes the file. */
export async function backupSite(
  ctx: Pick<AppContext, 'db' | 'events'>,
  siteId: string,
  file: string,
): Promise<BackupSummary> {
  const content = await ctx.db.transaction(async (repos) => {
    const bundle = await readSiteBundle(repos, siteId);
    if (!bundle) throw new DomainError('SITE_NOT_FOUND', { params: { siteId } });
    return {
      bundle,
      users: await usersWithHashes(repos, siteId),
      importMappings: await repos.importMappings.list(siteId),
      audit: await allAudit(repos, siteId),
      forecasts: {
        // Oldest first, so that a restore writes every version before the ones based on it.
        versions: (await repos.forecasts.list(siteId)).reverse(),
        volumes: await repos.forecastVolumes.all(siteId),
        series: await repos.forecasts.allSeries(siteId),
      },
      plans: await allPlans(repos, siteId),
      rosters: await allRosters(repos, siteId),
      rosterRequests: await repos.rosterRequests.list(siteId),
      costing: {
        costModel: await repos.costModels.get(siteId),
        budgetVersions: (await repos.budgetVersions.list(siteId)).reverse(),
        budgetActuals: await repos.budgetActuals.list(siteId, { from: '0000-01', to: '9999-12' }),
      },
    };
  });
  const doc: BackupDocument = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    ...content,
    events: await ctx.events.exportSite(siteId),
  };
  const data = await gzipAsync(Buffer.from(JSON.stringify(doc), 'utf8'));
  await writeAtomically(file, data);
  return { file, bytes: data.length, counts: documentCounts(doc) };
}

export function documentCounts(doc: BackupDocument): Record<string, number> {
  return {
    ...bundleCounts(doc.bundle),
    users: doc.users.length,
    importMappings: doc.importMappings.length,
    audit: doc.audit.length,
    flowDays: doc.events.flowDays.length,
    events: doc.events.events.length,
    forecastVersions: doc.forecasts.versions.length,
    forecastVolumes: doc.forecasts.volumes.length,
    forecastSeries: doc.forecasts.series.length,
    plans: doc.plans.length,
    rosters: doc.rosters.length,
    rosterRequests: doc.rosterRequests.length,
    costModels: doc.costing.costModel ? 1 : 0,
    budgetVersions: doc.costing.budgetVersions.length,
    budgetActuals: doc.costing.budgetActuals.length,
  };
}
