// Who may read and change forecasts: reading needs site:read (client viewers see their client only), changing
// masterdata:write (methods technician, site manager, admin).
import type { ForecastVersion } from '@logipilot/db/repositories/contract';
import { type Actor, DomainError } from '@logipilot/domain';
import { assertCan, isClientViewer } from '../masterdata/policy.ts';

export function assertMayReadForecasts(actor: Actor): void {
  assertCan(actor, 'site:read');
}

export function assertMayWriteForecasts(actor: Actor): void {
  if (isClientViewer(actor))
    throw new DomainError('FORBIDDEN', { params: { permission: 'masterdata:write' } });
  assertCan(actor, 'masterdata:write');
}

/** The client a read is restricted to: the viewer's own (another one asked for is refused), else what was asked. */
export function forecastClientFilter(actor: Actor, requested: string | undefined): string | undefined {
  if (!isClientViewer(actor)) return requested;
  if (requested !== undefined && requested !== actor.clientId) {
    throw new DomainError('FORBIDDEN', { field: 'clientId' });
  }
  return actor.clientId ?? undefined;
}

/** A run made for one client names it in its params: other clients' viewers do not see that version at all. */
export function versionVisibleTo(actor: Actor, version: ForecastVersion): boolean {
  if (version.siteId !== actor.siteId) return false;
  if (!isClientViewer(actor)) return true;
  const clientId = version.params?.clientId;
  return typeof clientId !== 'string' || clientId === actor.clientId;
}
