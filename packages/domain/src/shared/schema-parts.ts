// Reusable zod building blocks for the site model (ids, ISO dates, positive measures, cents).
import { z } from 'zod';
import { parseIsoDate } from './units.ts';

export const idSchema = z.string().min(1).max(64);
export const codeSchema = z.string().trim().min(1).max(64);
export const nameSchema = z.string().trim().min(1).max(200);
export const isoDateSchema = z.string().refine((v) => parseIsoDate(v) !== null, { message: 'INVALID_DATE' });
export const positiveMm = z.number().int().positive().max(100_000);
export const nonNegativeKg = z.number().nonnegative().max(1_000_000);
export const centsSchema = z.number().int().min(0).max(1_000_000_000_00);
export const coordinateM = z.number().min(-10_000).max(10_000);
