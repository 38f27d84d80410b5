// Demo user accounts: one per staff role, plus a read-only account per client; all share the documented demo password.
import type { Client, User } from '@logipilot/domain';

export const DEMO_PASSWORD = 'logipilot-demo';

const STAFF: readonly Pick<User, 'username' | 'displayName' | 'role'>[] = [
  { username: 'admin', displayName: 'Administrateur Logipilot', role: 'admin' },
  { username: 'manager', displayName: 'Sophie Marchand', role: 'site_manager' },
  { username: 'methods', displayName: 'Julien Roussel', role: 'methods_technician' },
  { username: 'leader', displayName: 'Karim Benali', role: 'team_leader' },
];

export function generateUsers(
  siteId: string,
  clients: readonly Client[],
): { user: User; password: string }[] {
  const staff = STAFF.map((s) => ({ ...s, clientId: null }));
  const viewers = clients.map((c) => ({
    username: `client-${c.code.toLowerCase()}`,
    displayName: c.name,
    role: 'client_viewer' as const,
    clientId: c.id,
  }));
  return [...staff, ...viewers].map((u) => ({
    user: { id: `${siteId}-user-${u.username}`, siteId, ...u, locale: 'fr' as const },
    password: DEMO_PASSWORD,
  }));
}
