// Who may see activity plans: anyone who reads the site, except client viewers (plans hold staff data).
import { type Actor, DomainError } from '@logipilot/domain';
import { assertCan, isClientViewer } from '../masterdata/policy.ts';

export function assertMayPlan(actor: Actor): void {
  if (isClientViewer(actor)) throw new DomainError('FORBIDDEN', { params: { permission: 'site:read' } });
  assertCan(actor, 'site:read');
}
