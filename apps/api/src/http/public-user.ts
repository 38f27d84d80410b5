// The user as the API shows it: no site id, no password hash.
import type { User } from '@logipilot/domain';

export function publicUser(u: User) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    clientId: u.clientId,
    locale: u.locale,
  };
}
