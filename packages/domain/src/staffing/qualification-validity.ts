// Which qualifications hold on a given date; a driving authorisation holds only while the CACES and the medical fitness do.
import { daysBetween } from '../shared/dates.ts';
import { type Licence, licenceCovers } from '../site/licence.ts';
import type { Employee, Qualification } from './employee.ts';

export function qualificationValidOn(q: Qualification, date: string): boolean {
  return q.issuedOn <= date && (q.expiresOn === null || date <= q.expiresOn);
}

function asLicence(q: Qualification): Licence | null {
  return q.scheme && q.category ? ({ scheme: q.scheme, category: q.category } as Licence) : null;
}

/** Whether a qualification of this kind is for a licence covering `required` (no object built: asked very often). */
function coversAs(q: Qualification, kind: Qualification['kind'], required: Licence): boolean {
  return (
    q.kind === kind &&
    !!q.scheme &&
    !!q.category &&
    // Scheme and category checked non-null above: the qualification is read as the licence it names.
    licenceCovers(q as unknown as Licence, required)
  );
}

/** The medical fitness attestation in force on that date, if any. */
export function medicalFitnessOn(e: Pick<Employee, 'qualifications'>, date: string): Qualification | null {
  return e.qualifications.find((q) => q.kind === 'medical_fitness' && qualificationValidOn(q, date)) ?? null;
}

/** Does the person hold a CACES covering that licence on that date? */
export function holdsLicenceOn(
  e: Pick<Employee, 'qualifications'>,
  required: Licence,
  date: string,
): boolean {
  return e.qualifications.some((q) => coversAs(q, 'licence', required) && qualificationValidOn(q, date));
}

/**
 * May the person drive equipment of that licence on this site on that date? The employer's authorisation must be
 * in force AND both the CACES and the medical fitness attestation must be valid (arrêté of 2 Dec 1998, art. 3).
 */
export function mayDriveOn(e: Pick<Employee, 'qualifications'>, required: Licence, date: string): boolean {
  const authorised = e.qualifications.some(
    (q) => coversAs(q, 'driving_authorisation', required) && qualificationValidOn(q, date),
  );
  return authorised && holdsLicenceOn(e, required, date) && medicalFitnessOn(e, date) !== null;
}

/** The date a driving authorisation really stops: the earliest of its own, the CACES's and the medical expiry. */
export function effectiveAuthorisationExpiry(
  e: Pick<Employee, 'qualifications'>,
  required: Licence,
  date: string,
): string | null {
  if (!mayDriveOn(e, required, date)) return null;
  const ends: string[] = [];
  for (const q of e.qualifications) {
    if (!qualificationValidOn(q, date)) continue;
    const l = asLicence(q);
    const relevant =
      q.kind === 'medical_fitness' ||
      ((q.kind === 'licence' || q.kind === 'driving_authorisation') &&
        l !== null &&
        licenceCovers(l, required));
    if (relevant && q.expiresOn) ends.push(q.expiresOn);
  }
  return ends.length === 0 ? '9999-12-31' : ends.sort()[0]!;
}

export interface ExpiringQualification {
  qualification: Qualification;
  expiresOn: string;
  daysLeft: number;
}

/** Qualifications that expire within `horizonDays` of `date` (or already expired, daysLeft < 0, while still listed). */
export function expiringQualifications(
  e: Pick<Employee, 'qualifications'>,
  date: string,
  horizonDays = 60,
): ExpiringQualification[] {
  const out: ExpiringQualification[] = [];
  for (const q of e.qualifications) {
    if (!q.expiresOn) continue;
    const left = daysBetween(date, q.expiresOn);
    if (left <= horizonDays && left >= -30)
      out.push({ qualification: q, expiresOn: q.expiresOn, daysLeft: left });
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft);
}

/** Removes health data (medical fitness) for viewers who may not see it. */
export function withoutMedicalData<T extends Pick<Employee, 'qualifications'>>(e: T): T {
  return { ...e, qualifications: e.qualifications.filter((q) => q.kind !== 'medical_fitness') };
}
