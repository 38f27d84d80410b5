// Leave, absences and unavailability of employees (congés, absences, indisponibilités).
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../shared/schema-parts.ts';

export const ABSENCE_KINDS = [
  'paid_leave',
  'rtt',
  'sick',
  'training',
  'unpaid_leave',
  'work_accident',
  'other',
] as const;

export const absenceSchema = z
  .strictObject({
    id: idSchema,
    siteId: idSchema,
    employeeId: idSchema,
    kind: z.enum(ABSENCE_KINDS),
    from: isoDateSchema,
    to: isoDateSchema,
    /** Planned (leave) or recorded after the fact (sickness). */
    planned: z.boolean().default(true),
    note: z.string().max(300).default(''),
  })
  .refine((a) => a.to >= a.from, { message: 'ABSENCE_END_BEFORE_START', path: ['to'] });
export type Absence = z.infer<typeof absenceSchema>;

export function absentOn(absences: readonly Absence[], employeeId: string, date: string): Absence | null {
  return absences.find((a) => a.employeeId === employeeId && a.from <= date && date <= a.to) ?? null;
}
