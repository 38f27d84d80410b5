// Employees: contract (CDI/CDD/temp), hours, team, cost centre, qualifications with validity dates.
import { z } from 'zod';
import { codeSchema, idSchema, isoDateSchema, nameSchema } from '../shared/schema-parts.ts';
import { LICENCE_CATEGORIES, type LicenceScheme } from '../site/licence.ts';

export const CONTRACT_KINDS = ['cdi', 'cdd', 'temp'] as const;

export const contractSchema = z
  .strictObject({
    kind: z.enum(CONTRACT_KINDS),
    start: isoDateSchema,
    /** End of a CDD or of a temp mission; null for a CDI. */
    end: isoDateSchema.nullable().default(null),
    /** Temp agency (entreprise de travail temporaire) for temps. */
    agency: z.string().max(100).nullable().default(null),
  })
  .refine((c) => c.kind === 'cdi' || c.end !== null, { message: 'CONTRACT_END_REQUIRED', path: ['end'] })
  .refine((c) => c.end === null || c.end >= c.start, { message: 'CONTRACT_END_BEFORE_START', path: ['end'] });
export type Contract = z.infer<typeof contractSchema>;

export const QUALIFICATION_KINDS = ['licence', 'medical_fitness', 'driving_authorisation', 'other'] as const;
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];

/**
 * A qualification held by a person. `licence` = a CACES (scheme + category); `medical_fitness` = the occupational
 * physician's attestation of no contra-indication (health data); `driving_authorisation` = the employer's
 * autorisation de conduite for one scheme/category on this site; `other` = team leader, first aid (SST)…
 */
export const qualificationSchema = z
  .strictObject({
    kind: z.enum(QUALIFICATION_KINDS),
    scheme: z.string().nullable().default(null),
    category: z.string().nullable().default(null),
    issuedOn: isoDateSchema,
    expiresOn: isoDateSchema.nullable().default(null),
  })
  .refine(
    (q) =>
      q.kind === 'medical_fitness' ||
      q.kind === 'other' ||
      (q.scheme !== null &&
        q.category !== null &&
        q.scheme in LICENCE_CATEGORIES &&
        (LICENCE_CATEGORIES[q.scheme as LicenceScheme] as readonly string[]).includes(q.category)),
    { message: 'UNKNOWN_LICENCE_CATEGORY', path: ['category'] },
  )
  .refine((q) => q.expiresOn === null || q.expiresOn >= q.issuedOn, {
    message: 'EXPIRY_BEFORE_ISSUE',
    path: ['expiresOn'],
  });
export type Qualification = z.infer<typeof qualificationSchema>;

/** When a person can be rostered: working weekdays, earliest start and latest end, night work accepted. */
export const availabilitySchema = z.strictObject({
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
  earliestStart: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'INVALID_TIME' })
    .default('00:00'),
  latestEnd: z
    .string()
    .regex(/^([01]\d|2[0-4]):[0-5]\d$/, { message: 'INVALID_TIME' })
    .default('24:00'),
  nightWork: z.boolean().default(false),
});
export type Availability = z.infer<typeof availabilitySchema>;

export const employeeSchema = z.strictObject({
  id: idSchema,
  siteId: idSchema,
  /** Payroll number (matricule). */
  number: codeSchema,
  firstName: nameSchema,
  lastName: nameSchema,
  contract: contractSchema,
  /** Contractual weekly hours (35 h full time). */
  weeklyHours: z.number().positive().max(48),
  team: z.string().max(50).default(''),
  costCentreId: idSchema.nullable().default(null),
  /** Job role used by staffing: picker, forklift_driver, team_leader, … */
  jobRole: z.enum([
    'picker',
    'forklift_driver',
    'team_leader',
    'receiver',
    'loader',
    'admin_clerk',
    'cold_room_operator',
  ]),
  qualifications: z.array(qualificationSchema).default([]),
  availability: availabilitySchema.default({
    weekdays: [1, 2, 3, 4, 5],
    earliestStart: '00:00',
    latestEnd: '24:00',
    nightWork: false,
  }),
});
export type Employee = z.infer<typeof employeeSchema>;

export function fullName(e: Pick<Employee, 'firstName' | 'lastName'>): string {
  return `${e.firstName} ${e.lastName}`;
}

/** Is a contract in force on that date (temp mission dates included)? */
export function contractActiveOn(c: Contract, date: string): boolean {
  return c.start <= date && (c.end === null || date <= c.end);
}
