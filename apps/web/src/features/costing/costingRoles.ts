// Who sees the costing pages: a 3PL's costs are confidential, so managers, methods and administrators only.
import type { User } from '../../api/types.ts';

/** Mirrors the server's costing policy (masterdata:write, never a client viewer). */
export const COSTING_ROLES: readonly User['role'][] = ['admin', 'site_manager', 'methods_technician'];
