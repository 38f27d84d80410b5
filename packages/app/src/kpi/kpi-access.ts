// Who may see which KPI figures: site:read for the site and clients (a client viewer, its own client only);
// a person's or a team's figures need employees:read, as individual performance is personal data.
import { type Actor, type Dimension, DomainError } from '@logipilot/domain';
import { assertCan, isClientViewer } from '../masterdata/policy.ts';

/** `client`: figures of one client alone (a drill-down below a client); a client viewer may read only its own. */
export function assertMayReadKpis(
  actor: Actor,
  dimension: Dimension,
  keys?: readonly string[],
  client?: string,
): void {
  assertCan(actor, 'site:read');
  if (dimension === 'operator' || dimension === 'team') assertCan(actor, 'employees:read');
  if (!isClientViewer(actor)) return;
  const own = actor.clientId;
  const ownClientRow = dimension === 'client' && keys !== undefined && keys.length === 1 && keys[0] === own;
  const withinOwnClient = dimension !== 'client' && dimension !== 'site' && client === own;
  if (!ownClientRow && !withinOwnClient)
    throw new DomainError('FORBIDDEN', { field: 'clientId', params: { permission: 'site:read' } });
}

/** Recomputing facts and importing history change what everybody reads: the import permission. */
export function assertMayWriteKpis(actor: Actor): void {
  if (isClientViewer(actor)) throw new DomainError('FORBIDDEN', { params: { permission: 'import:run' } });
  assertCan(actor, 'import:run');
}
