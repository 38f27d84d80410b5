// Quote request: the published example parses, each problem gets its code and JSON path, and the JSON Schema agrees.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { QUOTE_PRICING_ERROR_CODES } from './quote-pricing.ts';
import { parseQuoteRequest, QUOTE_ERROR_CODES, quoteFieldPath, quoteRequestSchema } from './quote-request.ts';

const examplesDir = new URL('../../../../examples/', import.meta.url);
const example: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('quote-request.json', examplesDir), 'utf8'),
);
const jsonSchema: JsonSchema = JSON.parse(
  readFileSync(new URL('quote-request.schema.json', examplesDir), 'utf8'),
);

/** Marks a field to delete in an edit. */
const REMOVE = Symbol('remove');
type Edit = [path: string, value: unknown];

/** Deep copy of the example with edits at dotted paths (`volumes.order_lines.3`), so each case breaks only what it names. */
function variant(...edits: Edit[]): Record<string, unknown> {
  const copy = structuredClone(example);
  for (const [path, value] of edits) {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    let node = copy as Record<string, unknown>;
    for (const k of keys) node = node[k] as Record<string, unknown>;
    if (value === REMOVE) delete node[last];
    else node[last] = value;
  }
  return copy;
}

function problems(input: unknown): { code: string; field: string | undefined }[] {
  try {
    parseQuoteRequest(input);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return e.details.map((d) => ({ code: d.code, field: d.field }));
  }
  return [];
}

function thrown(input: unknown): DomainError {
  try {
    parseQuoteRequest(input);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

/*
 * ajv is not installed: this checker covers only the keywords the published schema uses (type, const, enum,
 * properties, required, additionalProperties, minProperties, items, minItems, maxItems, uniqueItems, minimum,
 * maximum, minLength, maxLength, pattern, oneOf, local $ref). It returns the JSON paths it rejects.
 */
interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  minProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  oneOf?: JsonSchema[];
}

function checkJsonSchema(schema: JsonSchema, value: unknown, path: (string | number)[] = []): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/$defs/', '');
    const target = jsonSchema.$defs?.[name];
    if (!target) throw new Error(`unresolved ${schema.$ref}`);
    return checkJsonSchema(target, value, path);
  }
  const at = quoteFieldPath(path);
  const errors: string[] = [];
  if (schema.const !== undefined && value !== schema.const) errors.push(`${at}: const`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: enum`);
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const typeOk =
    schema.type === undefined ||
    (schema.type === 'object' && isObject) ||
    (schema.type === 'array' && Array.isArray(value)) ||
    (schema.type === 'string' && typeof value === 'string') ||
    (schema.type === 'number' && typeof value === 'number') ||
    (schema.type === 'integer' && Number.isInteger(value));
  if (!typeOk) return [...errors, `${at}: type`];
  if (isObject) {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? [])
      if (!(key in obj)) errors.push(`${quoteFieldPath([...path, key])}: required`);
    if (schema.minProperties !== undefined && Object.keys(obj).length < schema.minProperties)
      errors.push(`${at}: minProperties`);
    for (const [key, v] of Object.entries(obj)) {
      const sub = schema.properties?.[key];
      if (sub) errors.push(...checkJsonSchema(sub, v, [...path, key]));
      else if (schema.additionalProperties === false)
        errors.push(`${quoteFieldPath([...path, key])}: additionalProperties`);
    }
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${at}: minItems`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${at}: maxItems`);
    if (schema.uniqueItems && new Set(value).size !== value.length) errors.push(`${at}: uniqueItems`);
    const items = schema.items;
    if (items) for (const [i, v] of value.entries()) errors.push(...checkJsonSchema(items, v, [...path, i]));
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${at}: minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${at}: maximum`);
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${at}: minLength`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(`${at}: maxLength`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${at}: pattern`);
  }
  if (schema.oneOf) {
    const passing = schema.oneOf.filter((s) => checkJsonSchema(s, value, path).length === 0).length;
    if (passing !== 1) errors.push(`${at}: oneOf`);
  }
  return errors;
}

describe('parseQuoteRequest', () => {
  it('parses the published example', () => {
    const q = parseQuoteRequest(example);
    expect(q.client.language).toBe('fr');
    expect(q.volumes.order_lines).toHaveLength(12);
    expect(q.temperatureMix).toEqual({ ambient: 0.85, positive_cold: 0.15 });
    expect(q.pricing.targetMarginPct).toBe(8);
  });

  it('names a missing field', () => {
    const e = thrown(variant(['orderProfile.linesPerOrder', REMOVE]));
    expect({ code: e.code, field: e.field }).toEqual({
      code: 'QUOTE_FIELD_MISSING',
      field: 'orderProfile.linesPerOrder',
    });
  });

  it('names an unknown field', () => {
    const e = thrown(variant(['storage.averageM3', 1200]));
    expect({ code: e.code, field: e.field }).toEqual({
      code: 'QUOTE_FIELD_UNKNOWN',
      field: 'storage.averageM3',
    });
  });

  it('names a negative monthly volume by its month', () => {
    const e = thrown(variant(['volumes.order_lines.3', -5]));
    expect({ code: e.code, field: e.field }).toEqual({
      code: 'QUOTE_VALUE_NEGATIVE',
      field: 'volumes.order_lines[3]',
    });
  });

  it('names a value of the wrong type', () => {
    const e = thrown(variant(['storage.peakPallets', '8200']));
    expect({ code: e.code, field: e.field, params: e.params }).toEqual({
      code: 'QUOTE_TYPE_INVALID',
      field: 'storage.peakPallets',
      params: { field: 'storage.peakPallets', expected: 'number' },
    });
  });

  it('refuses a peak stock below the average stock, naming the peak', () => {
    const e = thrown(variant(['storage', { averagePallets: 6500, peakPallets: 5000 }]));
    expect({ code: e.code, field: e.field }).toEqual({
      code: 'QUOTE_PEAK_BELOW_AVERAGE',
      field: 'storage.peakPallets',
    });
  });

  it('gives the bounds of a value out of range', () => {
    const e = thrown(variant(['contract.lengthMonths', 240]));
    expect({ code: e.code, field: e.field, params: e.params }).toEqual({
      code: 'QUOTE_VALUE_OUT_OF_RANGE',
      field: 'contract.lengthMonths',
      params: { field: 'contract.lengthMonths', minimum: 1, maximum: 120 },
    });
  });

  it('rejects an unknown temperature class, an unknown flow and an unknown service as choices', () => {
    const found = problems(
      variant(
        ['temperatureMix', { ambient: 0.85, frozen: 0.15 }],
        ['volumes.pallets_weighed', new Array(12).fill(10)],
        ['services.10', 'cleaning'],
      ),
    );
    expect(found).toContainEqual({ code: 'QUOTE_CHOICE_UNKNOWN', field: 'temperatureMix.frozen' });
    expect(found).toContainEqual({ code: 'QUOTE_CHOICE_UNKNOWN', field: 'volumes.pallets_weighed' });
    expect(found).toContainEqual({ code: 'QUOTE_CHOICE_UNKNOWN', field: 'services[10]' });
  });

  it('rejects temperature shares that do not sum to 1', () => {
    const e = thrown(variant(['temperatureMix', { ambient: 0.8, positive_cold: 0.15 }]));
    expect({ code: e.code, field: e.field }).toEqual({
      code: 'QUOTE_SHARES_NOT_ONE',
      field: 'temperatureMix',
    });
  });

  it('reports every problem at once', () => {
    const found = problems(
      variant(
        ['client.name', REMOVE],
        ['volumes.units_picked', [1, 2, 3]],
        ['serviceLevels.cutOffTime', '2pm'],
        ['orderProfile.singleLineShare', 1.4],
        ['pricing.markupPct', 12],
        ['hazard.adrClasses', ['3', '3']],
        ['contract.startMonth', '2026-13'],
        ['skuCount', 18.5],
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { code: 'QUOTE_FIELD_MISSING', field: 'client.name' },
        { code: 'QUOTE_MONTHS_NOT_TWELVE', field: 'volumes.units_picked' },
        { code: 'QUOTE_TIME_INVALID', field: 'serviceLevels.cutOffTime' },
        { code: 'QUOTE_VALUE_OUT_OF_RANGE', field: 'orderProfile.singleLineShare' },
        { code: 'QUOTE_PRICING_TARGET_ONE', field: 'pricing' },
        { code: 'QUOTE_CHOICE_REPEATED', field: 'hazard.adrClasses' },
        { code: 'QUOTE_MONTH_INVALID', field: 'contract.startMonth' },
        { code: 'QUOTE_VALUE_NOT_INTEGER', field: 'skuCount' },
      ]),
    );
    expect(found).toHaveLength(8);
  });

  it('rejects a document that is not an object', () => {
    expect(problems(null)).toEqual([{ code: 'QUOTE_NOT_AN_OBJECT', field: undefined }]);
    expect(problems([])).toEqual([{ code: 'QUOTE_NOT_AN_OBJECT', field: undefined }]);
  });
});

describe('the published JSON Schema and the zod schema agree', () => {
  it('both accept the example', () => {
    expect(checkJsonSchema(jsonSchema, example)).toEqual([]);
    expect(quoteRequestSchema.safeParse(example).success).toBe(true);
  });

  const broken: [string, Edit][] = [
    ['missing client name', ['client.name', REMOVE]],
    ['unknown root field', ['discount', 5]],
    ['unknown field in a nested object', ['serviceLevels.slaPenalty', 1]],
    ['negative volume', ['volumes.returns.0', -1]],
    ['eleven months', ['volumes.order_lines', new Array(11).fill(100)]],
    ['unknown flow', ['volumes.trucks_weighed', new Array(12).fill(5)]],
    ['unknown temperature class', ['temperatureMix', { ambient: 0.5, frozen: 0.5 }]],
    ['share above 1', ['orderProfile.singleLineShare', 1.2]],
    ['peak factor below 1', ['peakFactors.peakDayToAverageDay', 0.9]],
    ['contract of 121 months', ['contract.lengthMonths', 121]],
    ['fractional SKU count', ['skuCount', 10.5]],
    ['unknown billing unit', ['pricing.storageBillingUnit', 'day']],
    ['both margin and mark-up', ['pricing.markupPct', 10]],
    ['neither margin nor mark-up', ['pricing.targetMarginPct', REMOVE]],
    ['cut-off 24:00', ['serviceLevels.cutOffTime', '24:00']],
    ['repeated service', ['services.10', 'storage']],
    ['no service', ['services', []]],
    ['unknown ADR class', ['hazard.adrClasses.2', '10']],
    ['empty volumes', ['volumes', {}]],
    ['wrong schema version', ['schemaVersion', 2]],
  ];

  it.each(broken)('both reject: %s', (_name, edit) => {
    const input = variant(edit);
    expect(checkJsonSchema(jsonSchema, input)).not.toEqual([]);
    expect(quoteRequestSchema.safeParse(input).success).toBe(false);
  });

  it('shares not summing to 1 pass the JSON Schema (it cannot sum) but not the product', () => {
    const input = variant(['temperatureMix', { ambient: 0.5, positive_cold: 0.2 }]);
    expect(checkJsonSchema(jsonSchema, input)).toEqual([]);
    expect(quoteRequestSchema.safeParse(input).success).toBe(false);
  });

  it('lists the same flows, temperature classes and required fields', () => {
    const zodShape = quoteRequestSchema.shape;
    const required = Object.entries(zodShape)
      .filter(([, s]) => !s.safeParse(undefined).success)
      .map(([k]) => k)
      .sort();
    expect([...(jsonSchema.required ?? [])].sort()).toEqual(required);
    expect(Object.keys(jsonSchema.properties ?? {}).sort()).toEqual(Object.keys(zodShape).sort());
    expect(Object.keys(jsonSchema.properties?.volumes?.properties ?? {})).toEqual(
      zodShape.volumes.keyType.options,
    );
    expect(Object.keys(jsonSchema.properties?.temperatureMix?.properties ?? {})).toEqual(
      zodShape.temperatureMix.keyType.options,
    );
  });
});

describe('quote error sentences', () => {
  it.each(['fr', 'en'])(
    '%s: errors-quote.json holds a sentence for exactly the codes the parser reports',
    (lang) => {
      const file = new URL(`../../../i18n/src/locales/${lang}/errors-quote.json`, import.meta.url);
      const keys: string[] = Object.keys(JSON.parse(readFileSync(file, 'utf8')));
      const codes = new Set(keys.map((k) => k.replace(/_(one|other)$/, '')));
      expect([...codes].sort()).toEqual([...QUOTE_ERROR_CODES, ...QUOTE_PRICING_ERROR_CODES].sort());
    },
  );
});
