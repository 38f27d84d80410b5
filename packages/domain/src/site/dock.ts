// Docks (quais) and their doors, inbound, outbound or mixed.
import { z } from 'zod';
import { codeSchema, idSchema, nameSchema } from '../shared/schema-parts.ts';

export const dockSchema = z.strictObject({
  id: idSchema,
  siteId: idSchema,
  buildingId: idSchema,
  code: codeSchema,
  name: nameSchema,
  direction: z.enum(['inbound', 'outbound', 'mixed']),
  temperatureClass: z.enum(['ambient', 'positive_cold', 'negative_cold']),
  doors: z
    .array(
      z.strictObject({
        code: codeSchema,
        kind: z.enum(['leveller', 'ground_level', 'side_loading']),
      }),
    )
    .min(1),
});
export type Dock = z.infer<typeof dockSchema>;
