// The site and its buildings: identity, time zone and working calendar.
import { z } from 'zod';
import { siteCalendarSchema } from '../shared/calendar.ts';
import { codeSchema, idSchema, nameSchema } from '../shared/schema-parts.ts';

export const siteSchema = z.strictObject({
  id: idSchema,
  code: codeSchema,
  name: nameSchema,
  timeZone: z.string().min(1).default('Europe/Paris'),
  address: z.string().max(300).default(''),
  postcode: z.string().max(10).default(''),
  city: z.string().max(100).default(''),
  country: z.string().length(2).default('FR'),
  calendar: siteCalendarSchema.default({
    region: 'metropolitan',
    solidarityDay: { kind: 'whit_monday' },
    closedDays: [],
    workingWeekdays: [1, 2, 3, 4, 5],
    continuousOperation: false,
  }),
});
export type Site = z.infer<typeof siteSchema>;

export const buildingSchema = z.strictObject({
  id: idSchema,
  siteId: idSchema,
  code: codeSchema,
  name: nameSchema,
  areaM2: z.number().positive().max(1_000_000),
  clearHeightM: z.number().positive().max(60),
});
export type Building = z.infer<typeof buildingSchema>;
