// A client's quote request (volumes, order profile, mixes, services, pricing wishes): zod twin of examples/quote-request.schema.json.
import { z } from 'zod';
import { DomainError, type ErrorDetail } from '../shared/errors.ts';
import { FLOW_KINDS } from '../shared/flows.ts';
import { ADR_CLASSES } from '../site/client.ts';
import { TEMPERATURE_CLASSES } from '../site/zone.ts';

/** Services a client may ask a 3PL to quote (scope of the specification, cahier des charges §2). */
export const QUOTE_SERVICES = [
  'storage',
  'receiving',
  'quality_control',
  'putaway',
  'picking',
  'packing',
  'loading',
  'returns',
  'vas',
  'inventory',
  'transport_management',
  'customs',
  'reporting',
] as const;
export type QuoteService = (typeof QUOTE_SERVICES)[number];

/** The three ways French 3PLs bill storage: per pallet per week, per indivisible fortnight, per month. */
export const STORAGE_BILLING_UNITS = ['week', 'fortnight', 'month'] as const;
export type StorageBillingUnit = (typeof STORAGE_BILLING_UNITS)[number];

/** Shares of a mix may be rounded by the client's spreadsheet; a thousandth is tolerated. */
export const SHARE_SUM_TOLERANCE = 0.001;

/** Every code `parseQuoteRequest` can report; each has a French and an English sentence in errors-quote.json. */
export const QUOTE_ERROR_CODES = [
  'QUOTE_NOT_AN_OBJECT',
  'QUOTE_FIELD_MISSING',
  'QUOTE_FIELD_UNKNOWN',
  'QUOTE_TYPE_INVALID',
  'QUOTE_VALUE_NOT_INTEGER',
  'QUOTE_VALUE_NEGATIVE',
  'QUOTE_VALUE_OUT_OF_RANGE',
  'QUOTE_VALUE_INVALID',
  'QUOTE_CHOICE_UNKNOWN',
  'QUOTE_CHOICE_REPEATED',
  'QUOTE_LIST_TOO_SHORT',
  'QUOTE_MONTHS_NOT_TWELVE',
  'QUOTE_VOLUMES_EMPTY',
  'QUOTE_TEXT_EMPTY',
  'QUOTE_TEXT_TOO_LONG',
  'QUOTE_MONTH_INVALID',
  'QUOTE_TIME_INVALID',
  'QUOTE_SHARES_NOT_ONE',
  'QUOTE_PRICING_TARGET_ONE',
  'QUOTE_PEAK_BELOW_AVERAGE',
] as const;
export type QuoteErrorCode = (typeof QUOTE_ERROR_CODES)[number];
export type QuoteErrorDetail = ErrorDetail & { code: QuoteErrorCode };

function isQuoteErrorCode(value: string): value is QuoteErrorCode {
  return (QUOTE_ERROR_CODES as readonly string[]).includes(value);
}

const MONTHS_PER_PROFILE = 12;
const share = z.number().min(0).max(1);
const monthlyQuantity = z.number().min(0).max(100_000_000);

function uniqueList<T extends string>(items: z.ZodType<T>, minItems: number) {
  return z
    .array(items)
    .min(minItems)
    .refine((xs) => new Set(xs).size === xs.length, { message: 'QUOTE_CHOICE_REPEATED' });
}

export const quoteRequestSchema = z.strictObject({
  /** Editors' pointer to the published JSON Schema; ignored. */
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  /** Free text from the client (context, assumptions). */
  notes: z.string().max(2000).optional(),
  client: z.strictObject({
    name: z.string().min(1).max(200),
    language: z.enum(['fr', 'en']),
  }),
  contract: z.strictObject({
    /** First month of operations; month 1 of every volume profile. */
    startMonth: z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, { message: 'QUOTE_MONTH_INVALID' }),
    lengthMonths: z.number().int().min(1).max(120),
  }),
  /** Twelve monthly quantities per flow, starting at the contract's start month; the seasonality lives here. */
  volumes: z
    .partialRecord(z.enum(FLOW_KINDS), z.array(monthlyQuantity).length(MONTHS_PER_PROFILE))
    .refine((v) => Object.keys(v).length > 0, { message: 'QUOTE_VOLUMES_EMPTY' }),
  peakFactors: z.strictObject({
    peakWeekToAverageWeek: z.number().min(1).max(10),
    peakDayToAverageDay: z.number().min(1).max(10),
  }),
  storage: z
    .strictObject({
      averagePallets: z.number().min(0).max(1_000_000),
      peakPallets: z.number().min(0).max(1_000_000),
    })
    // A peak below the average stock cannot be: the space would be sized on a figure the stock exceeds.
    .refine((st) => st.peakPallets >= st.averagePallets, {
      message: 'QUOTE_PEAK_BELOW_AVERAGE',
      path: ['peakPallets'],
    }),
  orderProfile: z.strictObject({
    ordersPerMonth: z.number().int().min(0).max(100_000_000),
    linesPerOrder: z.number().min(1).max(10_000),
    unitsPerLine: z.number().min(1).max(100_000),
    singleLineShare: share,
  }),
  skuCount: z.number().int().min(1).max(10_000_000),
  /** Share of stored volume per temperature class; the classes present sum to 1. */
  temperatureMix: z
    .partialRecord(z.enum(TEMPERATURE_CLASSES), share)
    .refine((m) => Math.abs(Object.values(m).reduce((a, b) => a + (b ?? 0), 0) - 1) <= SHARE_SUM_TOLERANCE, {
      message: 'QUOTE_SHARES_NOT_ONE',
    }),
  hazard: z.strictObject({
    adrShare: share,
    adrClasses: uniqueList(z.enum(ADR_CLASSES), 0),
  }),
  services: uniqueList(z.enum(QUOTE_SERVICES), 1),
  serviceLevels: z.strictObject({
    /** Orders received before this local time ship the same day. */
    cutOffTime: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: 'QUOTE_TIME_INVALID' }),
    sameDayShippingShare: share,
    dockToStockHours: z.number().min(0).max(168),
    accuracyTargetPct: z.number().min(0).max(100),
  }),
  /** Exactly one of target margin (on price) or mark-up (on cost). */
  pricing: z
    .strictObject({
      storageBillingUnit: z.enum(STORAGE_BILLING_UNITS),
      targetMarginPct: z.number().min(0).max(95).optional(),
      markupPct: z.number().min(0).max(500).optional(),
    })
    .refine((p) => (p.targetMarginPct === undefined) !== (p.markupPct === undefined), {
      message: 'QUOTE_PRICING_TARGET_ONE',
    }),
});
export type QuoteRequest = z.infer<typeof quoteRequestSchema>;

/** `['volumes', 'order_lines', 3]` → `volumes.order_lines[3]` (the JSON path a client can find in the file). */
export function quoteFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

/** The sub-schema at a path, to read bounds and to tell a choice map (keys are choices) from a plain object. */
function schemaAt(path: readonly PropertyKey[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = quoteRequestSchema;
  for (const p of path) {
    if (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
    if (node instanceof z.ZodObject) node = (node.shape as Record<string, z.ZodType>)[String(p)];
    else if (node instanceof z.ZodRecord) node = node.valueType as z.ZodType;
    else if (node instanceof z.ZodArray) node = node.element as z.ZodType;
    else return undefined;
  }
  return node instanceof z.ZodOptional ? (node.unwrap() as z.ZodType) : node;
}

type Issue = z.core.$ZodIssue;

function numberProblem(issue: Issue, field: string, tooSmall: boolean): QuoteErrorDetail {
  const node = schemaAt(issue.path);
  const minimum = node instanceof z.ZodNumber ? node.minValue : null;
  const maximum = node instanceof z.ZodNumber ? node.maxValue : null;
  if (tooSmall && minimum === 0) return { code: 'QUOTE_VALUE_NEGATIVE', field };
  return { code: 'QUOTE_VALUE_OUT_OF_RANGE', field, params: { minimum, maximum } };
}

/** One zod issue → the quote request's stable codes, each naming its JSON path. */
export function quoteIssueToErrors(issue: Issue): QuoteErrorDetail[] {
  const field = quoteFieldPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.path.length === 0) return [{ code: 'QUOTE_NOT_AN_OBJECT' }];
      const withInput = issue as { input?: unknown };
      const missing =
        'input' in withInput ? withInput.input === undefined : issue.message.endsWith('received undefined');
      if (missing) return [{ code: 'QUOTE_FIELD_MISSING', field }];
      if (issue.expected === 'int') return [{ code: 'QUOTE_VALUE_NOT_INTEGER', field }];
      return [{ code: 'QUOTE_TYPE_INVALID', field, params: { expected: String(issue.expected) } }];
    }
    case 'unrecognized_keys': {
      // Keys of a choice map (volumes by flow, temperature mix by class) are choices, not field names.
      const code: QuoteErrorCode =
        schemaAt(issue.path) instanceof z.ZodRecord ? 'QUOTE_CHOICE_UNKNOWN' : 'QUOTE_FIELD_UNKNOWN';
      return issue.keys.map((k) => ({ code, field: quoteFieldPath([...issue.path, k]) }));
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      if (issue.origin === 'number') return [numberProblem(issue, field, small)];
      if (issue.origin === 'array') {
        // The only exact length is the twelve-month profile; the only list minimum is "at least one service".
        if ('exact' in issue && issue.exact) return [{ code: 'QUOTE_MONTHS_NOT_TWELVE', field }];
        if (small) return [{ code: 'QUOTE_LIST_TOO_SHORT', field, params: { count: Number(issue.minimum) } }];
        return [{ code: 'QUOTE_VALUE_INVALID', field }];
      }
      if (small) return [{ code: 'QUOTE_TEXT_EMPTY', field }];
      return [{ code: 'QUOTE_TEXT_TOO_LONG', field, params: { maximum: Number(issue.maximum) } }];
    }
    case 'invalid_value':
      return [{ code: 'QUOTE_CHOICE_UNKNOWN', field }];
    case 'invalid_format':
    case 'custom':
      // Our patterns and refinements carry their stable code in `message`.
      return [{ code: isQuoteErrorCode(issue.message) ? issue.message : 'QUOTE_VALUE_INVALID', field }];
    default:
      return [{ code: 'QUOTE_VALUE_INVALID', field }];
  }
}

/**
 * Validates a parsed JSON quote request. Every problem is reported: the thrown DomainError carries the first
 * problem's code and field, and all of them in `details`.
 */
export function parseQuoteRequest(json: unknown): QuoteRequest {
  const result = quoteRequestSchema.safeParse(json);
  if (result.success) return result.data;
  const details = result.error.issues.flatMap((i) => quoteIssueToErrors(i as Issue));
  const first: QuoteErrorDetail = details[0] ?? { code: 'QUOTE_VALUE_INVALID' };
  // The sentence of the leading error names its field like the details do.
  throw new DomainError(first.code, {
    ...(first.field ? { field: first.field } : {}),
    params: { ...(first.field ? { field: first.field } : {}), ...(first.params ?? {}) },
    details,
  });
}
