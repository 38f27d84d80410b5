// Error value thrown by every EventStore implementation: a stable code plus structured params, no sentence.

/** Every code an EventStore may throw; i18n carries one `errors.<CODE>` sentence for each. */
export const EVENT_STORE_ERROR_CODES = [
  'EVENT_INVALID_FLOW',
  'EVENT_INVALID_DATE',
  'EVENT_INVALID_QUANTITY',
  'EVENT_INVALID_ID',
  'EVENT_INVALID_PAYLOAD',
  'EVENT_INVALID_PERIOD',
  'EVENT_INVALID_LIMIT',
  'EVENT_SITE_MISMATCH',
  'EVENT_STORE_CLOSED',
] as const;

export type EventStoreErrorCode = (typeof EVENT_STORE_ERROR_CODES)[number];

/** `field` names the offending input field, `value` its text; `row` is the index in the appended array. */
export interface EventStoreErrorParams {
  field: string;
  value: string;
  row?: number;
}

export class EventStoreError extends Error {
  readonly code: EventStoreErrorCode;
  readonly params: EventStoreErrorParams;

  constructor(code: EventStoreErrorCode, params: EventStoreErrorParams) {
    // The message is the code: sentences belong to i18n, never to code.
    super(code);
    this.name = 'EventStoreError';
    this.code = code;
    this.params = params;
  }
}

export function isEventStoreError(value: unknown): value is EventStoreError {
  return value instanceof EventStoreError;
}
