// Use case: turn an SPC alert into a drift record the quality module takes over (once per alert), and list them.
import { randomUUID } from 'node:crypto';
import type { Database } from '@logipilot/db';
import type { DriftRecord } from '@logipilot/db/repositories/contract';
import { type Actor, DomainError } from '@logipilot/domain';
import { detectDrifts } from './drift-detection.ts';
import { assertMayReadKpis, assertMayWriteKpis } from './kpi-access.ts';

export interface TakeOverRequest {
  siteId: string;
  alertId: string;
  /** The monitored period the alert was listed in (the alert is found again there, never trusted from the client). */
  from: string;
  to: string;
  note?: string;
}

export async function takeOverAlert(
  ctx: { db: Database },
  actor: Actor,
  request: TakeOverRequest,
): Promise<{ record: DriftRecord; created: boolean }> {
  assertMayWriteKpis(actor);
  const [kpiId, dimension] = request.alertId.split(':');
  const report = await detectDrifts(ctx, actor, {
    siteId: request.siteId,
    from: request.from,
    to: request.to,
    ...(dimension ? { dimension: dimension as never } : {}),
    ...(kpiId ? { kpiIds: [kpiId] } : {}),
  });
  const alert = report.alerts.find((a) => a.id === request.alertId);
  if (!alert)
    throw new DomainError('DRIFT_ALERT_NOT_FOUND', { field: 'alertId', params: { id: request.alertId } });
  return ctx.db.repos.driftRecords.create({
    siteId: request.siteId,
    id: randomUUID(),
    alertId: alert.id,
    kpiId: alert.kpiId,
    dimension: alert.dimension,
    key: alert.key,
    rule: alert.rule,
    start: alert.start,
    firedAt: alert.firedAt,
    value: alert.value,
    centre: alert.centre,
    status: 'open',
    note: request.note ?? '',
    createdAt: new Date().toISOString(),
    createdBy: actor.username,
  });
}

export async function listDriftRecords(
  ctx: { db: Database },
  actor: Actor,
  siteId: string,
): Promise<DriftRecord[]> {
  assertMayReadKpis(actor, 'site');
  return ctx.db.repos.driftRecords.list(siteId);
}
