// Storage zones (temperature class), hazard cells with ICPE rubric ceilings, and aisles.
import { z } from 'zod';
import { codeSchema, coordinateM, idSchema, nameSchema } from '../shared/schema-parts.ts';

export const TEMPERATURE_CLASSES = ['ambient', 'positive_cold', 'negative_cold'] as const;
export const temperatureClassSchema = z.enum(TEMPERATURE_CLASSES);
export type TemperatureClass = z.infer<typeof temperatureClassSchema>;

/** Typical set-point ranges in °C, used for checks and display (handbook: regulated-storage.md). */
export const TEMPERATURE_RANGES: Record<TemperatureClass, { minC: number; maxC: number }> = {
  ambient: { minC: 5, maxC: 30 },
  positive_cold: { minC: 0, maxC: 8 },
  negative_cold: { minC: -30, maxC: -18 },
};

export const zoneSchema = z.strictObject({
  id: idSchema,
  siteId: idSchema,
  buildingId: idSchema,
  code: codeSchema,
  name: nameSchema,
  temperatureClass: temperatureClassSchema,
  areaM2: z.number().positive().max(1_000_000),
  /** Plan rectangle in metres, origin at the building's south-west corner. */
  x: coordinateM,
  y: coordinateM,
  width: z.number().positive().max(10_000),
  depth: z.number().positive().max(10_000),
});
export type Zone = z.infer<typeof zoneSchema>;

/** An ICPE rubric (nomenclature des installations classées) with the ceiling quantity the site's permit allows. */
export const icpeCeilingSchema = z.strictObject({
  rubric: z.string().regex(/^\d{4}(-[\w.]+)?$/, { message: 'INVALID_ICPE_RUBRIC' }),
  ceiling: z.number().positive(),
  unit: z.enum(['t', 'm3', 'pallets']),
});
export type IcpeCeiling = z.infer<typeof icpeCeilingSchema>;

export const hazardCellSchema = z.strictObject({
  id: idSchema,
  siteId: idSchema,
  zoneId: idSchema,
  code: codeSchema,
  name: nameSchema,
  rubrics: z.array(icpeCeilingSchema).min(1),
  /** ADR classes admitted in the cell (e.g. "3", "8", "2.1"). */
  adrClasses: z.array(z.string().regex(/^[1-9](\.\d)?$/)).default([]),
});
export type HazardCell = z.infer<typeof hazardCellSchema>;

export const aisleSchema = z.strictObject({
  id: idSchema,
  siteId: idSchema,
  zoneId: idSchema,
  code: codeSchema,
  x: coordinateM,
  y: coordinateM,
  width: z.number().positive().max(1_000),
  depth: z.number().positive().max(10_000),
  /** Working aisle width in metres (Ast), decides which trucks may serve it. */
  workingWidthM: z.number().positive().max(20),
});
export type Aisle = z.infer<typeof aisleSchema>;
