// The one table from stable error codes to HTTP statuses; anything not in it is an unexpected (500) error.

const EXACT: Record<string, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  MALFORMED_REQUEST: 400,
  UNKNOWN_FIELD: 400,
  UNKNOWN_REFERENCE: 400,
  REFERENCE_NOT_FOUND: 400,
  DB_INVALID_VALUE: 400,
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_RATE_LIMITED: 429,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ENTITY_NOT_FOUND: 404,
  SITE_NOT_FOUND: 404,
  SITE_ALREADY_EXISTS: 409,
  BACKUP_INVALID: 422,
  FILE_TYPE_UNSUPPORTED: 415,
  EVENT_SITE_MISMATCH: 400,
  EVENT_STORE_CLOSED: 503,
  CONFLICT: 409,
  DB_CONFLICT: 409,
  ENTITY_IN_USE: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IMPORT_REJECTED: 422,
  DB_UNAVAILABLE: 503,
  DATA_DIR_IN_USE: 503,
  INTERNAL_ERROR: 500,
  PLAN_NOT_FOUND: 404,
  PLAN_FORECAST_VERSION_NOT_FOUND: 404,
  PLAN_NO_FORECAST: 422,
  PLAN_CANCELLED: 409,
  ROSTER_NOT_FOUND: 404,
  ROSTER_PLAN_NOT_FOUND: 404,
  ROSTER_JOB_NOT_FOUND: 404,
  ROSTER_LOCKED: 409,
  ROSTER_NOT_PUBLISHED: 409,
  ROSTER_HARD_VIOLATIONS: 422,
  ROSTER_NOTICE_PERIOD: 422,
  ROSTER_TOO_MANY_JOBS: 429,
  ROSTER_EDIT_UNKNOWN_SHIFT: 400,
  ROSTER_REQUEST_NOT_FOUND: 404,
  KPI_UNKNOWN: 404,
  KPI_TARGET_MONTH_INVALID: 400,
  KPI_TARGET_INVALID: 400,
  DRIFT_ALERT_NOT_FOUND: 404,
};

/** Families named by prefix, so that a new INVALID_… or IMPORT_… code needs no new line. */
const PREFIXES: [string, number][] = [
  ['INVALID_', 400],
  ['VALUE_', 400],
  ['AUTH_', 401],
  ['IMPORT_', 422],
  ['FILE_', 422],
  ['EVENT_INVALID_', 400],
  ['SPC_', 422],
];

/** The HTTP status of an error code, or null when the code is not expected at the HTTP edge. */
export function statusOf(code: string): number | null {
  const exact = EXACT[code];
  if (exact !== undefined) return exact;
  return PREFIXES.find(([prefix]) => code.startsWith(prefix))?.[1] ?? null;
}
