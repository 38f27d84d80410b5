// Who may see and change costs: those who run the site's methods and money (masterdata:write: admin, site manager,
// methods technician); never a client viewer nor a team leader (a 3PL's costs and margins are confidential).
import { type Actor, DomainError } from '@logipilot/domain';
import { assertCan, isClientViewer } from '../masterdata/policy.ts';

export function assertMayReadCosts(actor: Actor): void {
  if (isClientViewer(actor))
    throw new DomainError('FORBIDDEN', { params: { permission: 'masterdata:write' } });
  assertCan(actor, 'masterdata:write');
}

export function assertMayWriteCosts(actor: Actor): void {
  if (isClientViewer(actor))
    throw new DomainError('FORBIDDEN', { params: { permission: 'masterdata:write' } });
  assertCan(actor, 'masterdata:write');
}
