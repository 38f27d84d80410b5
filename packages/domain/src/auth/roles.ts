// Roles and what each may do; health data (medical fitness) is visible only to roles that need it.
import { z } from 'zod';

export const ROLES = ['admin', 'site_manager', 'methods_technician', 'team_leader', 'client_viewer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const PERMISSIONS = [
  'site:read',
  'site:write',
  'masterdata:read',
  'masterdata:write',
  'employees:read',
  'employees:write',
  'medical:read',
  'import:run',
  'users:manage',
  'audit:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  site_manager: [
    'site:read',
    'site:write',
    'masterdata:read',
    'masterdata:write',
    'employees:read',
    'employees:write',
    'medical:read',
    'import:run',
    'audit:read',
  ],
  methods_technician: [
    'site:read',
    'masterdata:read',
    'masterdata:write',
    'employees:read',
    'employees:write',
    'medical:read',
    'import:run',
  ],
  // A team leader plans people, so needs to know who may drive, but not the medical attestation itself.
  team_leader: ['site:read', 'masterdata:read', 'employees:read'],
  client_viewer: ['site:read', 'masterdata:read'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** The authenticated person acting, as the use cases see them. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  /** Set for client viewers: they see only this client's data. */
  clientId: string | null;
  siteId: string;
}
