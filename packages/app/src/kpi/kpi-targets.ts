// Use case: the site's KPI targets over time (from a month on, for the site or one client), read and set.
import type { Database } from '@logipilot/db';
import type { KpiTarget } from '@logipilot/db/repositories/contract';
import { type Actor, DomainError, kpiById, parseIsoDate } from '@logipilot/domain';
import { assertCan, isClientViewer } from '../masterdata/policy.ts';

export interface TargetInput {
  kpiId: string;
  /** '' or absent: the whole site; else one client's contractual target. */
  clientId?: string | undefined;
  /** The first day of the month it applies from (YYYY-MM-01). */
  from: string;
  target: number;
  /** The amber band's width, in the KPI's unit (points for a %). */
  tolerance: number;
}

/** Everybody who reads the dashboard reads the targets; a client viewer only the site's and its own. */
export async function listKpiTargets(ctx: { db: Database }, actor: Actor): Promise<KpiTarget[]> {
  assertCan(actor, 'site:read');
  const all = await ctx.db.repos.kpiTargets.list(actor.siteId);
  return isClientViewer(actor) ? all.filter((t) => t.clientId === '' || t.clientId === actor.clientId) : all;
}

/** Setting a target is the methods technician's or the site manager's (masterdata:write). */
export async function setKpiTarget(
  ctx: { db: Database },
  actor: Actor,
  input: TargetInput,
): Promise<KpiTarget> {
  if (isClientViewer(actor))
    throw new DomainError('FORBIDDEN', { params: { permission: 'masterdata:write' } });
  assertCan(actor, 'masterdata:write');
  if (!kpiById(input.kpiId))
    throw new DomainError('KPI_UNKNOWN', { field: 'kpiId', params: { value: input.kpiId } });
  if (parseIsoDate(input.from) === null || !input.from.endsWith('-01'))
    throw new DomainError('KPI_TARGET_MONTH_INVALID', { field: 'from', params: { value: input.from } });
  for (const field of ['target', 'tolerance'] as const) {
    const value = input[field];
    if (!Number.isFinite(value) || (field === 'tolerance' && value < 0))
      throw new DomainError('KPI_TARGET_INVALID', { field, params: { field, value: String(value) } });
  }
  const clientId = input.clientId ?? '';
  if (clientId !== '' && !(await ctx.db.repos.clients.get(actor.siteId, clientId)))
    throw new DomainError('REFERENCE_NOT_FOUND', { field: 'clientId', params: { value: clientId } });
  const target: KpiTarget = {
    siteId: actor.siteId,
    kpiId: input.kpiId,
    clientId,
    from: input.from,
    target: input.target,
    tolerance: input.tolerance,
    source: 'manual',
  };
  await ctx.db.repos.kpiTargets.upsert(target);
  return target;
}
