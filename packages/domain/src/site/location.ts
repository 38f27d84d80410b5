// Storage locations (emplacements): type, address aisle/bay/level/position, coordinates, dimensions, load limits.
import { z } from 'zod';
import { codeSchema, coordinateM, idSchema, nonNegativeKg, positiveMm } from '../shared/schema-parts.ts';

export const LOCATION_TYPES = ['pallet_rack', 'shelving', 'floor', 'flow_rack'] as const;
export const locationTypeSchema = z.enum(LOCATION_TYPES);
export type LocationType = z.infer<typeof locationTypeSchema>;

export const locationSchema = z
  .strictObject({
    id: idSchema,
    siteId: idSchema,
    zoneId: idSchema,
    aisleId: idSchema.nullable().default(null),
    hazardCellId: idSchema.nullable().default(null),
    code: codeSchema,
    type: locationTypeSchema,
    aisle: z.string().min(1).max(16),
    bay: z.number().int().min(0).max(9999),
    level: z.number().int().min(0).max(99),
    position: z.number().int().min(0).max(99),
    x: coordinateM,
    y: coordinateM,
    z: z.number().min(0).max(60),
    widthMm: positiveMm,
    depthMm: positiveMm,
    heightMm: positiveMm,
    /** Maximum load of this location (one pallet slot, one shelf…). */
    maxLoadKg: nonNegativeKg,
    /** Maximum load per pair of beams (plaque de charge) for racked locations; null for floor locations. */
    maxBeamLoadKg: nonNegativeKg.nullable().default(null),
    /** Occupied by stock at the last inventory snapshot. */
    occupied: z.boolean().default(false),
    blocked: z.boolean().default(false),
  })
  .refine((l) => l.maxBeamLoadKg === null || l.maxBeamLoadKg >= l.maxLoadKg, {
    message: 'BEAM_LOAD_BELOW_LOCATION_LOAD',
    path: ['maxBeamLoadKg'],
  });
export type Location = z.infer<typeof locationSchema>;

/** The conventional location address, e.g. "A-012-03-1" (aisle-bay-level-position). */
export function locationAddress(l: Pick<Location, 'aisle' | 'bay' | 'level' | 'position'>): string {
  return `${l.aisle}-${String(l.bay).padStart(3, '0')}-${String(l.level).padStart(2, '0')}-${l.position}`;
}
