// Clients (donneurs d'ordre) of a multi-client site, and their SKUs.
import { z } from 'zod';
import { codeSchema, idSchema, nameSchema, nonNegativeKg, positiveMm } from '../shared/schema-parts.ts';
import { temperatureClassSchema } from './zone.ts';

export const clientSchema = z.strictObject({
  id: idSchema,
  siteId: idSchema,
  code: codeSchema,
  name: nameSchema,
  sector: z.string().max(100).default(''),
  language: z.enum(['fr', 'en']).default('fr'),
});
export type Client = z.infer<typeof clientSchema>;

export const ADR_CLASSES = [
  '1',
  '2',
  '2.1',
  '2.2',
  '2.3',
  '3',
  '4.1',
  '4.2',
  '4.3',
  '5.1',
  '5.2',
  '6.1',
  '6.2',
  '7',
  '8',
  '9',
] as const;

export const skuSchema = z
  .strictObject({
    id: idSchema,
    siteId: idSchema,
    clientId: idSchema,
    code: codeSchema,
    description: z.string().trim().min(1).max(300),
    family: z.string().max(100).default(''),
    lengthMm: positiveMm,
    widthMm: positiveMm,
    heightMm: positiveMm,
    weightKg: nonNegativeKg,
    unitsPerCase: z.number().int().positive().max(100_000),
    casesPerLayer: z.number().int().positive().max(1_000),
    layersPerPallet: z.number().int().positive().max(100),
    adrClass: z.enum(ADR_CLASSES).nullable().default(null),
    unNumber: z
      .string()
      .regex(/^\d{4}$/, { message: 'INVALID_UN_NUMBER' })
      .nullable()
      .default(null),
    packingGroup: z.enum(['I', 'II', 'III']).nullable().default(null),
    temperatureClass: temperatureClassSchema,
    /** Total shelf life in days; null for non-perishable goods. */
    shelfLifeDays: z.number().int().positive().max(10_000).nullable().default(null),
  })
  .refine((s) => (s.adrClass === null) === (s.unNumber === null), {
    message: 'ADR_CLASS_AND_UN_NUMBER_GO_TOGETHER',
    path: ['unNumber'],
  });
export type Sku = z.infer<typeof skuSchema>;

export function unitsPerPallet(s: Pick<Sku, 'unitsPerCase' | 'casesPerLayer' | 'layersPerPallet'>): number {
  return s.unitsPerCase * s.casesPerLayer * s.layersPerPallet;
}
