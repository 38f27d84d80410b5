// Maps stored columns back to EventStore values, identically for every driver (DuckDB, pg, PGlite).
import type { FlowDay, FlowKind } from '@logipilot/domain';
import type { SiteEvent } from './event-store.ts';

/** Drivers return counts and bigint columns as string (pg), bigint (DuckDB, PGlite) or number. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'string') return Number(value);
  return Number.NaN;
}

/** Rebuilds a SiteEvent from stored columns, leaving absent optional fields absent. */
export function eventFromColumns(columns: {
  id: string;
  site_id: string;
  client_id: string | null;
  type: string;
  occurred_ms: unknown;
  sku: string | null;
  location: string | null;
  employee_id: string | null;
  quantity: unknown;
  payload: unknown;
}): SiteEvent {
  const event: SiteEvent = {
    id: columns.id,
    siteId: columns.site_id,
    clientId: columns.client_id,
    type: columns.type,
    occurredAt: new Date(toNumber(columns.occurred_ms)).toISOString(),
    quantity: toNumber(columns.quantity),
  };
  if (columns.sku !== null) event.sku = columns.sku;
  if (columns.location !== null) event.location = columns.location;
  if (columns.employee_id !== null) event.employeeId = columns.employee_id;
  if (columns.payload !== null && columns.payload !== undefined) {
    event.payload = (
      typeof columns.payload === 'string' ? JSON.parse(columns.payload) : columns.payload
    ) as Record<string, unknown>;
  }
  return event;
}

/** Rebuilds a FlowDay from stored columns (day already rendered as `YYYY-MM-DD` by the SQL). */
export function flowDayFromColumns(columns: {
  site_id: string;
  client_id: string;
  flow: string;
  day: string;
  quantity: unknown;
}): FlowDay {
  return {
    siteId: columns.site_id,
    clientId: columns.client_id,
    flow: columns.flow as FlowKind,
    day: columns.day,
    quantity: toNumber(columns.quantity),
  };
}
