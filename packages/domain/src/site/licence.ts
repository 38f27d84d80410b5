// Driving licences as (scheme, category) pairs so categories of different CACES recommendations never collide.
import { z } from 'zod';

/** Categories per CNAM recommendation (handbook: qualifications-safety.md §1). */
export const LICENCE_CATEGORIES = {
  R489: ['1A', '1B', '2A', '2B', '3', '4', '5', '6', '7'],
  R485: ['1', '2'],
  R490: ['crane', 'crane_remote'],
  R486: ['A', 'B', 'C'],
  R484: ['1', '2'],
  R482: ['A', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3', 'D', 'E', 'F', 'G'],
} as const;
export type LicenceScheme = keyof typeof LICENCE_CATEGORIES;
export const LICENCE_SCHEMES = Object.keys(LICENCE_CATEGORIES) as LicenceScheme[];

/** Validity of a CACES in years (R482: 10 years; the others 5). */
export const LICENCE_VALIDITY_YEARS: Record<LicenceScheme, number> = {
  R489: 5,
  R485: 5,
  R490: 5,
  R486: 5,
  R484: 5,
  R482: 10,
};

export const licenceSchema = z
  .strictObject({
    scheme: z.enum(LICENCE_SCHEMES as [LicenceScheme, ...LicenceScheme[]]),
    category: z.string().min(1),
  })
  .refine((l) => (LICENCE_CATEGORIES[l.scheme] as readonly string[]).includes(l.category), {
    message: 'UNKNOWN_LICENCE_CATEGORY',
    path: ['category'],
  });
export type Licence = z.infer<typeof licenceSchema>;

/** A stable key such as "R489:5": the scheme is part of it, so R489 cat. 1 and R485 cat. 1 differ. */
export function licenceKey(l: Licence): string {
  return `${l.scheme}:${l.category}`;
}

export function parseLicenceKey(key: string): Licence | null {
  const [scheme, category] = key.split(':');
  if (!scheme || !category) return null;
  const r = licenceSchema.safeParse({ scheme, category });
  return r.success ? r.data : null;
}

/** Higher categories that also cover a lower one (R489 1B covers 1A; R485 2 covers 1). */
const COVERS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  R489: { '1B': ['1A'] },
  R485: { '2': ['1'] },
};

/** Compared field by field, without building keys: a plan asks it for every person, day and licence. */
export function licenceCovers(
  held: Pick<Licence, 'scheme' | 'category'>,
  required: Pick<Licence, 'scheme' | 'category'>,
): boolean {
  if (held.scheme !== required.scheme) return false;
  return (
    held.category === required.category ||
    (COVERS[held.scheme]?.[held.category]?.includes(required.category) ?? false)
  );
}
