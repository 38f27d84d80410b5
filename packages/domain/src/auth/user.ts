// Local user accounts (the password hash never leaves the server).
import { z } from 'zod';
import { idSchema } from '../shared/schema-parts.ts';
import { roleSchema } from './roles.ts';

export const userSchema = z
  .strictObject({
    id: idSchema,
    siteId: idSchema,
    username: z
      .string()
      .trim()
      .min(2)
      .max(64)
      .regex(/^[a-z0-9._-]+$/, { message: 'INVALID_USERNAME' }),
    displayName: z.string().trim().min(1).max(120),
    role: roleSchema,
    clientId: idSchema.nullable().default(null),
    locale: z.enum(['fr', 'en']).default('fr'),
  })
  .refine((u) => (u.role === 'client_viewer') === (u.clientId !== null), {
    message: 'CLIENT_VIEWER_NEEDS_CLIENT',
    path: ['clientId'],
  });
export type User = z.infer<typeof userSchema>;
