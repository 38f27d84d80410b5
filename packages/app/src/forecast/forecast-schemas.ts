// The shapes forecast use cases accept (run options, manual edits), validated with zod into VALIDATION_FAILED.
import { FLOW_KINDS, isoDateSchema } from '@logipilot/domain';
import { z } from 'zod';

export const FORECAST_NAME_MAX = 100;
export const FORECAST_EDITS_MAX = 20_000;

export const runForecastSchema = z.strictObject({
  flow: z.enum(FLOW_KINDS).optional(),
  clientId: z.string().min(1).max(64).optional(),
  horizonDays: z.number().int().min(1).max(731),
  holdoutDays: z.number().int().min(0).max(731).default(56),
  coverage: z.number().gt(0).lt(1).default(0.8),
  /** First forecast day; the history ends the day before (default: today in the site's time zone). */
  asOf: isoDateSchema.optional(),
  name: z.string().trim().min(1).max(FORECAST_NAME_MAX).optional(),
});
export type RunForecastOptions = z.input<typeof runForecastSchema>;

export const forecastChangeSchema = z
  .strictObject({
    clientCode: z.string().min(1).max(64).optional(),
    clientId: z.string().min(1).max(64).optional(),
    flow: z.enum(FLOW_KINDS),
    day: isoDateSchema,
    hour: z.number().int().min(0).max(23).nullable().optional(),
    quantity: z.number().min(0).max(1e12),
  })
  .refine((c) => (c.clientCode === undefined) !== (c.clientId === undefined), {
    message: 'VALUE_REQUIRED',
    path: ['clientCode'],
  });

export const forecastEditsSchema = z.strictObject({
  name: z.string().trim().min(1).max(FORECAST_NAME_MAX),
  note: z.string().max(1000).optional(),
  changes: z.array(forecastChangeSchema).min(1).max(FORECAST_EDITS_MAX),
});
export type ForecastEdits = z.input<typeof forecastEditsSchema>;

export const forecastQuerySchema = z.strictObject({
  clientId: z.string().min(1).max(64).optional(),
  flow: z.enum(FLOW_KINDS).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type ForecastQuery = z.input<typeof forecastQuerySchema>;
