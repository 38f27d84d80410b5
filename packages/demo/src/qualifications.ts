// Staff qualifications: CACES per role, medical attestations, employer driving authorisations, first aid.
import { addDays, type Licence, type Qualification } from '@logipilot/domain';
import { addYears, maxDate, minDate } from './dates.ts';
import type { Rng } from './prng.ts';
import type { JobRole } from './site-plan.ts';

/** CACES held per job role, with the probability of holding each (qualifications-safety.md §1). */
const LICENCE_ODDS: Record<JobRole, readonly (readonly [string, number])[]> = {
  picker: [
    ['R489:1A', 0.75],
    ['R489:6', 0.2],
    ['R485:2', 0.1],
  ],
  forklift_driver: [
    ['R489:5', 1],
    ['R489:3', 0.6],
    ['R489:1A', 0.5],
    ['R489:6', 0.3],
    ['R485:2', 0.2],
  ],
  receiver: [
    ['R489:1A', 1],
    ['R489:3', 0.5],
    ['R485:2', 0.3],
  ],
  loader: [
    ['R489:1A', 1],
    ['R489:3', 0.4],
  ],
  cold_room_operator: [
    ['R489:1A', 1],
    ['R489:5', 0.4],
  ],
  team_leader: [
    ['R489:1A', 0.8],
    ['R489:3', 0.5],
    ['R489:5', 0.5],
  ],
  admin_clerk: [],
};

/** Share of non-leaders holding a valid first-aid certificate (SST, refreshed every 2 years). */
const FIRST_AID_SHARE = 0.15;

export interface DatedLicence {
  licence: Licence;
  issuedOn: string;
  expiresOn: string;
}

/** An employee's qualifications before they are written out, so that deliberate cases can adjust the dates. */
export interface QualificationDraft {
  hiredOn: string;
  medical: { issuedOn: string; expiresOn: string } | null;
  licences: DatedLicence[];
  firstAid: { issuedOn: string; expiresOn: string } | null;
}

function parseKey(key: string): Licence {
  const [scheme, category] = key.split(':') as [Licence['scheme'], string];
  return { scheme, category };
}

/** Issued so that it is still valid more than 60 days after asOf: the normal case. */
function validFor(rng: Rng, asOf: string, years: number): { issuedOn: string; expiresOn: string } {
  const earliest = addDays(addYears(asOf, -years), 61);
  const issuedOn = addDays(earliest, rng.int(0, Math.max(0, years * 365 - 62)));
  return { issuedOn, expiresOn: addDays(addYears(issuedOn, years), -1) };
}

/** Dates of a qualification of `years` validity that expires on a given day. */
export function expiringOn(expiresOn: string, years: number): { issuedOn: string; expiresOn: string } {
  return { issuedOn: addYears(addDays(expiresOn, 1), -years), expiresOn };
}

export function draftQualifications(
  rng: Rng,
  asOf: string,
  role: JobRole,
  hiredOn: string,
  siteLicences: ReadonlySet<string>,
): QualificationDraft {
  const licences: DatedLicence[] = [];
  for (const [key, p] of LICENCE_ODDS[role]) {
    if (siteLicences.has(key) && rng.chance(p))
      licences.push({ licence: parseKey(key), ...validFor(rng, asOf, 5) });
  }
  const firstAid = role === 'team_leader' || rng.chance(FIRST_AID_SHARE) ? validFor(rng, asOf, 2) : null;
  return { hiredOn, medical: licences.length > 0 ? validFor(rng, asOf, 5) : null, licences, firstAid };
}

/**
 * Writes the draft out. The site issues one driving authorisation per CACES category it operates, from the latest of
 * hire, CACES and medical dates, until the earliest of the CACES and medical expiries (arrêté of 2 Dec 1998, art. 3).
 */
export function qualificationsOf(d: QualificationDraft): Qualification[] {
  const out: Qualification[] = [];
  if (d.medical) {
    out.push({ kind: 'medical_fitness', scheme: null, category: null, ...d.medical });
  }
  for (const l of d.licences) {
    out.push({
      kind: 'licence',
      scheme: l.licence.scheme,
      category: l.licence.category,
      issuedOn: l.issuedOn,
      expiresOn: l.expiresOn,
    });
  }
  for (const l of d.licences) {
    if (!d.medical) continue;
    const expiresOn = minDate(l.expiresOn, d.medical.expiresOn);
    const latest = maxDate(maxDate(d.hiredOn, l.issuedOn), d.medical.issuedOn);
    out.push({
      kind: 'driving_authorisation',
      scheme: l.licence.scheme,
      category: l.licence.category,
      issuedOn: minDate(latest, expiresOn),
      expiresOn,
    });
  }
  if (d.firstAid) out.push({ kind: 'other', scheme: 'SST', category: null, ...d.firstAid });
  return out;
}
