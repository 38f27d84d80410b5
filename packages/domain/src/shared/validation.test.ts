import { describe, expect, it } from 'vitest';
import { skuSchema } from '../site/client.ts';
import { zodErrorToDetails } from './validation.ts';

const sku = {
  id: 'k1',
  siteId: 's1',
  clientId: 'c1',
  code: 'SKU-1',
  description: 'Eau minérale 6×1,5 L',
  lengthMm: 300,
  widthMm: 200,
  heightMm: 320,
  weightKg: 9.2,
  unitsPerCase: 6,
  casesPerLayer: 12,
  layersPerPallet: 5,
  temperatureClass: 'ambient',
};

describe('zod issues to stable codes', () => {
  it('names unknown fields, wrong types, missing values and refinements', () => {
    const r = skuSchema.safeParse({
      ...sku,
      colour: 'red',
      weightKg: 'heavy',
      lengthMm: undefined,
      adrClass: '3',
    });
    expect(r.success).toBe(false);
    const details = r.success ? [] : zodErrorToDetails(r.error);
    expect(details).toContainEqual({ code: 'UNKNOWN_FIELD', field: 'colour' });
    expect(details).toContainEqual({
      code: 'INVALID_TYPE',
      field: 'weightKg',
      params: { expected: 'number' },
    });
    expect(details).toContainEqual({ code: 'VALUE_REQUIRED', field: 'lengthMm' });
  });

  it('keeps the code of a refinement', () => {
    const r = skuSchema.safeParse({ ...sku, adrClass: '3' });
    const details = r.success ? [] : zodErrorToDetails(r.error);
    expect(details).toEqual([{ code: 'ADR_CLASS_AND_UN_NUMBER_GO_TOGETHER', field: 'unNumber' }]);
  });

  it('lists the allowed choices of an enum', () => {
    const r = skuSchema.safeParse({ ...sku, temperatureClass: 'warm' });
    const details = r.success ? [] : zodErrorToDetails(r.error);
    expect(details[0]).toMatchObject({ code: 'INVALID_CHOICE', field: 'temperatureClass' });
  });
});
