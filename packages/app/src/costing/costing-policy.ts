// Who may see and change costs: client viewers never (a 3PL's costs are confidential); writing needs masterdata:write.
import { type Actor, DomainError } from '@logipilot/domain';
import { assertCan, isClientViewer } from '../masterdata/policy.ts';

export function assertMayReadCosts(actor: Actor): void {
  if (isClientViewer(actor))
    throw new DomainError('FORBIDDEN', { params: { permission: 'masterdata:read' } });
  assertCan(actor, 'masterdata:read');
}

export function assertMayWriteCosts(actor: Actor): void {
  if (isClientViewer(actor))
    throw new DomainError('FORBIDDEN', { params: { permission: 'masterdata:write' } });
  assertCan(actor, 'masterdata:write');
}
