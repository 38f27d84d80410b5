// The site's event history as a WMS exports it: one record type per kind, with the field specs imports validate.
import { ACTIVITIES } from '../planning/activity.ts';

export const HISTORY_KINDS = [
  'order_lines',
  'receipts',
  'inventory_counts',
  'timesheets',
  'incidents',
  'damages',
  'claims',
  'occupancy',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export function isHistoryKind(value: string): value is HistoryKind {
  return (HISTORY_KINDS as readonly string[]).includes(value);
}

export const PICK_ERROR_TYPES = ['wrong_item', 'wrong_quantity', 'missing', 'damaged', 'other'] as const;
export type PickErrorType = (typeof PICK_ERROR_TYPES)[number];

/**
 * What a timesheet hour is: `work` is time present and working (overtime included, and counted again in
 * `overtimeHours`); the absences are the handbook's (kpis.md §5): sickness, work accident and unjustified count
 * in absenteeism, paid leave and training do not.
 */
export const TIMESHEET_CATEGORIES = [
  'work',
  'absence_sickness',
  'absence_work_accident',
  'absence_unjustified',
  'paid_leave',
  'training',
] as const;
export type TimesheetCategory = (typeof TIMESHEET_CATEGORIES)[number];

/** Activities a timesheet hour can be booked to: the warehouse's direct activities, plus indirect time. */
export const TIMESHEET_ACTIVITIES = [...ACTIVITIES, 'indirect'] as const;
export type TimesheetActivity = (typeof TIMESHEET_ACTIVITIES)[number];

/** Accidents at work (with or without lost time, the TF1/TF2 split of qualifications-safety.md) and incidents. */
export const INCIDENT_KINDS = [
  'accident_lost_time',
  'accident_no_lost_time',
  'first_aid',
  'near_miss',
  'property_damage',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const CLAIM_REASONS = [
  'late',
  'incomplete',
  'wrong_item',
  'damaged',
  'documentation',
  'other',
] as const;
export type ClaimReason = (typeof CLAIM_REASONS)[number];

/** Instants are ISO 8601 with an offset (`2025-03-03T08:15:00+01:00` or `…Z`); days are site-local ISO dates. */
export interface OrderLineRecord {
  orderId: string;
  lineNo: number;
  clientId: string;
  sku: string;
  quantityOrdered: number;
  /** Absent while the line is not shipped; less than ordered when shipped incomplete. */
  quantityShipped?: number;
  releasedAt: string;
  /** The planned shipping time (cut-off) the on-time rate compares with. */
  dueAt: string;
  pickedAt?: string;
  packedAt?: string;
  shippedAt?: string;
  pickerId?: string;
  error: boolean;
  errorType?: PickErrorType;
}

export interface ReceiptRecord {
  receiptId: string;
  clientId: string;
  arrivedAt: string;
  unloadedAt: string;
  /** When the stock became available in the WMS: the end of the dock-to-stock time. */
  putAwayAt?: string;
  pallets: number;
  cartons: number;
  operatorId?: string;
}

export interface InventoryCountRecord {
  countId: string;
  countedAt: string;
  location: string;
  sku?: string;
  clientId?: string;
  expected: number;
  counted: number;
  operatorId?: string;
}

export interface TimesheetRecord {
  day: string;
  employeeId: string;
  /** Empty: the employee's team in the site model. */
  team?: string;
  activity: TimesheetActivity;
  category: TimesheetCategory;
  hours: number;
  overtimeHours: number;
  temp: boolean;
  /** The client the hours are charged to on a multi-client site; absent for shared time. */
  clientId?: string;
  /** Loaded labour cost of these hours, in euro cents. */
  costCents: number;
}

export interface IncidentRecord {
  incidentId: string;
  occurredAt: string;
  kind: IncidentKind;
  employeeId?: string;
  /** Calendar days of temporary incapacity (TG numerator). */
  lostDays: number;
}

export interface DamageRecord {
  damageId: string;
  occurredAt: string;
  clientId: string;
  sku?: string;
  quantity: number;
  valueCents: number;
}

export interface ClaimRecord {
  claimId: string;
  receivedAt: string;
  clientId: string;
  orderId?: string;
  reason: ClaimReason;
}

/** A daily stock snapshot per zone (and client): positions occupied among those usable. */
export interface OccupancyRecord {
  day: string;
  zoneId: string;
  clientId?: string;
  occupiedPositions: number;
  usablePositions: number;
}

export interface HistoryRecords {
  order_lines: OrderLineRecord;
  receipts: ReceiptRecord;
  inventory_counts: InventoryCountRecord;
  timesheets: TimesheetRecord;
  incidents: IncidentRecord;
  damages: DamageRecord;
  claims: ClaimRecord;
  occupancy: OccupancyRecord;
}

export type HistoryFieldType =
  | { kind: 'text' }
  | { kind: 'instant' }
  | { kind: 'date' }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] };

export interface HistoryField {
  /** The record's property (camelCase). */
  name: string;
  /** The file's column header (snake_case), the same in French and English files. */
  column: string;
  type: HistoryFieldType;
  required: boolean;
  /** A value an empty optional cell takes (else absent). */
  default?: string | number | boolean;
}

const text = { kind: 'text' } as const;
const instant = { kind: 'instant' } as const;
const date = { kind: 'date' } as const;
const bool = { kind: 'boolean' } as const;
const quantity = { kind: 'number', min: 0, max: 1e9 } as const;
const count = { kind: 'integer', min: 0, max: 1e9 } as const;
const cents = { kind: 'integer', min: 0, max: 1e13 } as const;

function field(
  name: string,
  column: string,
  type: HistoryFieldType,
  required: boolean,
  extra: Partial<HistoryField> = {},
): HistoryField {
  return { name, column, type, required, ...extra };
}

/** Field specs per kind, in the column order of the import templates. */
export const HISTORY_FIELDS: { readonly [K in HistoryKind]: readonly HistoryField[] } = {
  order_lines: [
    field('orderId', 'order_id', text, true),
    field('lineNo', 'line_no', { kind: 'integer', min: 0, max: 1e6 }, true),
    field('clientId', 'client_id', text, true),
    field('sku', 'sku', text, true),
    field('quantityOrdered', 'quantity_ordered', { kind: 'number', min: 0.001, max: 1e9 }, true),
    field('quantityShipped', 'quantity_shipped', quantity, false),
    field('releasedAt', 'released_at', instant, true),
    field('dueAt', 'due_at', instant, true),
    field('pickedAt', 'picked_at', instant, false),
    field('packedAt', 'packed_at', instant, false),
    field('shippedAt', 'shipped_at', instant, false),
    field('pickerId', 'picker_id', text, false),
    field('error', 'error', bool, false, { default: false }),
    field('errorType', 'error_type', { kind: 'enum', values: PICK_ERROR_TYPES }, false),
  ],
  receipts: [
    field('receiptId', 'receipt_id', text, true),
    field('clientId', 'client_id', text, true),
    field('arrivedAt', 'arrived_at', instant, true),
    field('unloadedAt', 'unloaded_at', instant, true),
    field('putAwayAt', 'put_away_at', instant, false),
    field('pallets', 'pallets', count, false, { default: 0 }),
    field('cartons', 'cartons', count, false, { default: 0 }),
    field('operatorId', 'operator_id', text, false),
  ],
  inventory_counts: [
    field('countId', 'count_id', text, true),
    field('countedAt', 'counted_at', instant, true),
    field('location', 'location', text, true),
    field('sku', 'sku', text, false),
    field('clientId', 'client_id', text, false),
    field('expected', 'expected', quantity, true),
    field('counted', 'counted', quantity, true),
    field('operatorId', 'operator_id', text, false),
  ],
  timesheets: [
    field('day', 'day', date, true),
    field('employeeId', 'employee_id', text, true),
    field('team', 'team', text, false),
    field('activity', 'activity', { kind: 'enum', values: TIMESHEET_ACTIVITIES }, true),
    field('category', 'category', { kind: 'enum', values: TIMESHEET_CATEGORIES }, false, { default: 'work' }),
    field('hours', 'hours', { kind: 'number', min: 0, max: 24 }, true),
    field('overtimeHours', 'overtime_hours', { kind: 'number', min: 0, max: 24 }, false, { default: 0 }),
    field('temp', 'temp', bool, false, { default: false }),
    field('clientId', 'client_id', text, false),
    field('costCents', 'cost_cents', cents, false, { default: 0 }),
  ],
  incidents: [
    field('incidentId', 'incident_id', text, true),
    field('occurredAt', 'occurred_at', instant, true),
    field('kind', 'kind', { kind: 'enum', values: INCIDENT_KINDS }, true),
    field('employeeId', 'employee_id', text, false),
    field('lostDays', 'lost_days', { kind: 'integer', min: 0, max: 10_000 }, false, { default: 0 }),
  ],
  damages: [
    field('damageId', 'damage_id', text, true),
    field('occurredAt', 'occurred_at', instant, true),
    field('clientId', 'client_id', text, true),
    field('sku', 'sku', text, false),
    field('quantity', 'quantity', quantity, true),
    field('valueCents', 'value_cents', cents, false, { default: 0 }),
  ],
  claims: [
    field('claimId', 'claim_id', text, true),
    field('receivedAt', 'received_at', instant, true),
    field('clientId', 'client_id', text, true),
    field('orderId', 'order_id', text, false),
    field('reason', 'reason', { kind: 'enum', values: CLAIM_REASONS }, false, { default: 'other' }),
  ],
  occupancy: [
    field('day', 'day', date, true),
    field('zoneId', 'zone_id', text, true),
    field('clientId', 'client_id', text, false),
    field('occupiedPositions', 'occupied_positions', count, true),
    field('usablePositions', 'usable_positions', { kind: 'integer', min: 1, max: 1e9 }, true),
  ],
};

/** The fields that identify a record: re-importing the same export replaces, it never doubles. */
export const HISTORY_KEYS: { readonly [K in HistoryKind]: readonly string[] } = {
  order_lines: ['orderId', 'lineNo'],
  receipts: ['receiptId'],
  inventory_counts: ['countId'],
  timesheets: ['day', 'employeeId', 'activity', 'category', 'clientId'],
  incidents: ['incidentId'],
  damages: ['damageId'],
  claims: ['claimId'],
  occupancy: ['day', 'zoneId', 'clientId'],
};
