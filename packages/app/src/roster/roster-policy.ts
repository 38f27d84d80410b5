// Who may see and change rosters: they name people and their hours, so client viewers never see them; reading needs
// the staff-reading permission, solving, editing and publishing the staff-writing one (methods technicians hold it,
// team leaders do not).
import { type Actor, DomainError } from '@logipilot/domain';
import { assertCan, isClientViewer } from '../masterdata/policy.ts';

export function assertMayReadRosters(actor: Actor): void {
  if (isClientViewer(actor)) throw new DomainError('FORBIDDEN', { params: { permission: 'employees:read' } });
  assertCan(actor, 'employees:read');
}

export function assertMayWriteRosters(actor: Actor): void {
  assertMayReadRosters(actor);
  assertCan(actor, 'employees:write');
}
