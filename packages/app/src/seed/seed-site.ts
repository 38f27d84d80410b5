// Writes a whole new site (master data, users, flow history) in one transaction, then its events; audited as 'seed'.
import { randomUUID } from 'node:crypto';
import { writeSiteBundle } from '@logipilot/db';
import type { AuditEntry, StoredUser } from '@logipilot/db/repositories/contract';
import { bundleCounts, DomainError, type FlowDay, type SiteBundle } from '@logipilot/domain';
import type { AppContext } from '../context.ts';

export interface SeedInput {
  bundle: SiteBundle;
  flowDays: FlowDay[];
  users: StoredUser[];
  /** The site's activity-based cost model (the demo's), written with the site. */
  costModel?: unknown;
}

/** Rows written so far out of all rows to write; `step` names the collection just written. */
export interface SeedProgress {
  step: string;
  done: number;
  total: number;
}

export interface SeedResult {
  siteId: string;
  counts: Record<string, number>;
}

/** Who the audit trail names for work done by the application itself (seed, restore from the CLI). */
export const SYSTEM_ACTOR = { userId: null, username: 'logipilot' } as const;

/**
 * Seeds a site that does not exist yet (SITE_ALREADY_EXISTS otherwise: remove it first to replace it). Events of
 * that site id left by an earlier store are replaced by `flowDays`.
 */
export async function seedSite(
  ctx: Pick<AppContext, 'db' | 'events'>,
  input: SeedInput,
  onProgress?: (progress: SeedProgress) => void,
): Promise<SeedResult> {
  const { bundle, flowDays, users } = input;
  const siteId = bundle.site.id;
  const counts = { ...bundleCounts(bundle), users: users.length, flowDays: flowDays.length };
  const total = 1 + Object.values(counts).reduce((a, b) => a + b, 0);
  let done = 0;
  const report = (step: string, rows: number) => {
    done += rows;
    onProgress?.({ step, done, total });
  };

  await ctx.db.transaction(async (repos) => {
    if (await repos.sites.get(siteId))
      throw new DomainError('SITE_ALREADY_EXISTS', { params: { code: bundle.site.code } });
    report('site', 1);
    await writeSiteBundle(repos, bundle, report);
    for (const { user, passwordHash } of users) await repos.users.create(user, passwordHash);
    report('users', users.length);
    if (input.costModel !== undefined)
      await repos.costModels.put({
        siteId,
        model: input.costModel,
        updatedAt: new Date().toISOString(),
        updatedBy: SYSTEM_ACTOR.username,
      });
    const entry: AuditEntry = {
      id: randomUUID(),
      siteId,
      at: new Date().toISOString(),
      ...SYSTEM_ACTOR,
      action: 'seed',
      entity: 'site',
      entityId: siteId,
      before: null,
      after: counts,
    };
    await repos.audit.append([entry]);
  });

  try {
    await ctx.events.importSite({ siteId, flowDays, events: [] });
  } catch (error) {
    // Without its history the seeded site would be half made: take it out again rather than leave it so.
    await ctx.db.repos.sites.remove(siteId);
    throw error;
  }
  report('flowDays', flowDays.length);
  return { siteId, counts };
}
