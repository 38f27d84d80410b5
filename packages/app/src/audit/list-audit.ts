// Reading the audit log (who changed what, before and after); health data hidden from roles that may not read it.
import type { AuditEntry, Page } from '@logipilot/db/repositories/contract';
import { type Actor, DomainError, type Employee, withoutMedicalData } from '@logipilot/domain';
import type { StoreContext } from '../auth/store-context.ts';
import { assertCan, isClientViewer, mayReadMedical } from '../masterdata/policy.ts';

export interface AuditQuery {
  entity?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export type AuditItem = Omit<AuditEntry, 'siteId'>;

function stripMedical(value: unknown): unknown {
  if (value && typeof value === 'object' && Array.isArray((value as Employee).qualifications)) {
    return withoutMedicalData(value as Employee);
  }
  return value;
}

export async function listAudit(
  ctx: StoreContext,
  actor: Actor,
  query: AuditQuery = {},
): Promise<Page<AuditItem>> {
  if (isClientViewer(actor)) throw new DomainError('FORBIDDEN');
  assertCan(actor, 'audit:read');
  const page = await ctx.db.repos.audit.list({
    siteId: actor.siteId,
    ...(query.entity ? { entity: query.entity } : {}),
    limit: Math.min(query.limit ?? 50, 1000),
    offset: query.offset ?? 0,
  });
  const medical = mayReadMedical(actor);
  return {
    items: page.items.map(({ siteId: _siteId, ...entry }) =>
      medical ? entry : { ...entry, before: stripMedical(entry.before), after: stripMedical(entry.after) },
    ),
    total: page.total,
  };
}
