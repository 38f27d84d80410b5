// The authorization policy for master data, in one place: permissions, client scoping, health data.
import { type Actor, can, DomainError, type Permission } from '@logipilot/domain';

/** How rows of an entity relate to a client: by their own id (clients), by a clientId field, or not at all. */
export type ClientScope = 'self' | 'clientId' | 'none';

export interface EntityAccess {
  read: Permission;
  write: Permission;
  clientScope: ClientScope;
  /** Entities a client viewer never sees, whatever its permissions say (people, pay, accounts). */
  hiddenFromClients: boolean;
}

export function isClientViewer(actor: Actor): boolean {
  return actor.role === 'client_viewer' || actor.clientId !== null;
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new DomainError('FORBIDDEN', { params: { permission } });
}

export function assertMayRead(actor: Actor, access: EntityAccess): void {
  if (access.hiddenFromClients && isClientViewer(actor)) throw new DomainError('FORBIDDEN');
  assertCan(actor, access.read);
}

export function assertMayWrite(actor: Actor, access: EntityAccess): void {
  assertMayRead(actor, access);
  assertCan(actor, access.write);
}

/** The client a row belongs to, or null for site-wide rows. */
export function rowClientId(access: EntityAccess, row: Record<string, unknown>): string | null {
  if (access.clientScope === 'self') return typeof row.id === 'string' ? row.id : null;
  if (access.clientScope === 'clientId') return typeof row.clientId === 'string' ? row.clientId : null;
  return null;
}

/** May this actor see this row? A client viewer sees only its own client's rows of client-scoped entities. */
export function rowVisibleTo(actor: Actor, access: EntityAccess, row: Record<string, unknown>): boolean {
  if (row.siteId !== actor.siteId) return false;
  if (!isClientViewer(actor) || access.clientScope === 'none') return true;
  return rowClientId(access, row) === actor.clientId;
}

/** The client filter to apply to a list: forced to the viewer's own client, refused if another is asked for. */
export function listClientFilter(
  actor: Actor,
  access: EntityAccess,
  requested: string | null | undefined,
): string | null {
  if (access.clientScope === 'none') return null;
  if (!isClientViewer(actor)) return requested ?? null;
  if (requested && requested !== actor.clientId) {
    throw new DomainError('FORBIDDEN', { field: 'clientId' });
  }
  return actor.clientId;
}

export function mayReadMedical(actor: Actor): boolean {
  return can(actor.role, 'medical:read') && !isClientViewer(actor);
}
