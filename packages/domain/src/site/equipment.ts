// Equipment types (chariots, gerbeurs…) and the licence that drives each.
import { z } from 'zod';
import { codeSchema, idSchema, nameSchema } from '../shared/schema-parts.ts';
import { licenceSchema } from './licence.ts';

export const equipmentTypeSchema = z.strictObject({
  id: idSchema,
  siteId: idSchema,
  code: codeSchema,
  name: nameSchema,
  /** Null for equipment that needs training but no CACES (walkie pallet truck ≤ 1.20 m). */
  licence: licenceSchema.nullable(),
  count: z.number().int().min(0).max(10_000),
  maxLiftHeightM: z.number().min(0).max(30),
  capacityKg: z.number().positive().max(100_000),
});
export type EquipmentType = z.infer<typeof equipmentTypeSchema>;
