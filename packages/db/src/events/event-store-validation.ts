// Input validation and normalisation shared by every EventStore implementation (runs before any write).
import { type FlowDay, type FlowKind, isFlowKind } from '@logipilot/domain';
import type {
  FlowAggregateQuery,
  FlowDayFilter,
  FlowPeriod,
  SiteDump,
  SiteEvent,
  SiteEventFilter,
} from './event-store.ts';
import { EventStoreError, type EventStoreErrorParams } from './event-store-error.ts';

/** A validated event with its instant as epoch milliseconds and its payload as JSON text. */
export interface PreparedEvent {
  event: SiteEvent;
  occurredMs: number;
  payloadJson: string | null;
}

export interface PreparedEventFilter {
  siteId: string;
  type?: string;
  fromMs?: number;
  toMs?: number;
  limit?: number;
}

const FLOW_PERIODS: readonly FlowPeriod[] = ['day', 'week', 'month', 'year'];
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

function fail(code: EventStoreError['code'], field: string, value: unknown, row?: number): never {
  const params: EventStoreErrorParams = { field, value: describe(value) };
  if (row !== undefined) params.row = row;
  throw new EventStoreError(code, params);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function requireId(field: string, value: unknown, row?: number): string {
  if (typeof value !== 'string' || value.length === 0) fail('EVENT_INVALID_ID', field, value, row);
  return value;
}

function optionalText(field: string, value: unknown, row?: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  return requireId(field, value, row);
}

// Years below 1000 are refused: Date.UTC maps years 0-99 onto the 1900s, and no WMS history goes back that far.
function dayToUtcMs(text: string): number | null {
  const match = DAY_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  return new Date(ms).getUTCDate() === day ? ms : null;
}

export function requireDay(field: string, value: unknown, row?: number): string {
  if (typeof value !== 'string' || dayToUtcMs(value) === null) fail('EVENT_INVALID_DATE', field, value, row);
  return value;
}

export function requireFlow(field: string, value: unknown, row?: number): FlowKind {
  if (typeof value !== 'string' || !isFlowKind(value)) fail('EVENT_INVALID_FLOW', field, value, row);
  return value;
}

/** Parses an ISO instant with offset into epoch milliseconds (sub-millisecond digits are truncated). */
export function requireInstantMs(field: string, value: unknown, row?: number): number {
  const match = typeof value === 'string' ? INSTANT_PATTERN.exec(value) : null;
  const dayMs = match ? dayToUtcMs(match[1] ?? '') : null;
  if (!match || dayMs === null) return fail('EVENT_INVALID_DATE', field, value, row);
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  const offsetHours = Number(match[8] ?? 0);
  const offsetMinutes = Number(match[9] ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59 || offsetHours > 23 || offsetMinutes > 59) {
    fail('EVENT_INVALID_DATE', field, value, row);
  }
  const millis = Number((match[5] ?? '').padEnd(3, '0').slice(0, 3));
  const offsetSign = match[7] === '-' ? -1 : 1;
  const offsetMs = match[6] ? 0 : offsetSign * (offsetHours * 60 + offsetMinutes) * 60_000;
  return dayMs + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis - offsetMs;
}

function requireQuantity(value: unknown, allowNegative: boolean, row?: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || (!allowNegative && value < 0)) {
    fail('EVENT_INVALID_QUANTITY', 'quantity', value, row);
  }
  // -0 would not survive every driver identically; it means 0.
  return value === 0 ? 0 : value;
}

/** Validates flow days and collapses duplicate keys, the last row of a key winning. */
export function prepareFlowDays(rows: readonly FlowDay[]): FlowDay[] {
  const byKey = new Map<string, FlowDay>();
  rows.forEach((row, index) => {
    const clean: FlowDay = {
      siteId: requireId('siteId', row.siteId, index),
      clientId: requireId('clientId', row.clientId, index),
      flow: requireFlow('flow', row.flow, index),
      day: requireDay('day', row.day, index),
      quantity: requireQuantity(row.quantity, false, index),
    };
    const key = JSON.stringify([clean.siteId, clean.clientId, clean.flow, clean.day]);
    byKey.delete(key);
    byKey.set(key, clean);
  });
  return [...byKey.values()];
}

function preparePayload(value: unknown, row: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) fail('EVENT_INVALID_PAYLOAD', 'payload', value, row);
  try {
    return JSON.stringify(value);
  } catch {
    return fail('EVENT_INVALID_PAYLOAD', 'payload', '[unserialisable]', row);
  }
}

/** Validates events, normalises instants to UTC and drops repeated (siteId, id) pairs, the first one winning. */
export function prepareEvents(rows: readonly SiteEvent[]): PreparedEvent[] {
  const byKey = new Map<string, PreparedEvent>();
  rows.forEach((row, index) => {
    const siteId = requireId('siteId', row.siteId, index);
    const id = requireId('id', row.id, index);
    const clientId = row.clientId === null ? null : requireId('clientId', row.clientId, index);
    const occurredMs = requireInstantMs('occurredAt', row.occurredAt, index);
    const event: SiteEvent = {
      id,
      siteId,
      clientId,
      type: requireId('type', row.type, index),
      occurredAt: new Date(occurredMs).toISOString(),
      quantity: requireQuantity(row.quantity, true, index),
    };
    const sku = optionalText('sku', row.sku, index);
    const location = optionalText('location', row.location, index);
    const employeeId = optionalText('employeeId', row.employeeId, index);
    if (sku !== undefined) event.sku = sku;
    if (location !== undefined) event.location = location;
    if (employeeId !== undefined) event.employeeId = employeeId;
    const payloadJson = preparePayload(row.payload, index);
    if (payloadJson !== null) event.payload = JSON.parse(payloadJson) as Record<string, unknown>;
    const key = JSON.stringify([siteId, id]);
    if (!byKey.has(key)) byKey.set(key, { event, occurredMs, payloadJson });
  });
  return [...byKey.values()];
}

export function prepareFlowFilter(filter: FlowDayFilter): FlowDayFilter {
  const clean: FlowDayFilter = { siteId: requireId('siteId', filter.siteId) };
  if (filter.clientId !== undefined) clean.clientId = requireId('clientId', filter.clientId);
  if (filter.flow !== undefined) clean.flow = requireFlow('flow', filter.flow);
  if (filter.from !== undefined) clean.from = requireDay('from', filter.from);
  if (filter.to !== undefined) clean.to = requireDay('to', filter.to);
  return clean;
}

export function prepareAggregateQuery(query: FlowAggregateQuery): FlowAggregateQuery {
  if (!FLOW_PERIODS.includes(query.period)) fail('EVENT_INVALID_PERIOD', 'period', query.period);
  return { ...prepareFlowFilter(query), period: query.period };
}

export function prepareEventFilter(filter: SiteEventFilter): PreparedEventFilter {
  const clean: PreparedEventFilter = { siteId: requireId('siteId', filter.siteId) };
  if (filter.type !== undefined) clean.type = requireId('type', filter.type);
  if (filter.from !== undefined) clean.fromMs = requireInstantMs('from', filter.from);
  if (filter.to !== undefined) clean.toMs = requireInstantMs('to', filter.to);
  if (filter.limit !== undefined) {
    if (!Number.isSafeInteger(filter.limit) || filter.limit < 0)
      fail('EVENT_INVALID_LIMIT', 'limit', filter.limit);
    clean.limit = filter.limit;
  }
  return clean;
}

/** Validates a dump for restore: every row must belong to `dump.siteId`. */
export function prepareDump(dump: SiteDump): {
  siteId: string;
  flowDays: FlowDay[];
  events: PreparedEvent[];
} {
  const siteId = requireId('siteId', dump.siteId);
  dump.flowDays.forEach((row, index) => {
    if (row.siteId !== siteId) fail('EVENT_SITE_MISMATCH', 'flowDays.siteId', row.siteId, index);
  });
  dump.events.forEach((row, index) => {
    if (row.siteId !== siteId) fail('EVENT_SITE_MISMATCH', 'events.siteId', row.siteId, index);
  });
  return { siteId, flowDays: prepareFlowDays(dump.flowDays), events: prepareEvents(dump.events) };
}
