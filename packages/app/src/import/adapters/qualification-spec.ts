// Qualification rows (one per employee × qualification, as people keep their CACES list in Excel).

import { qualificationTemplate } from '@logipilot/documents';
import {
  LICENCE_CATEGORIES,
  LICENCE_VALIDITY_YEARS,
  type LicenceScheme,
  type Qualification,
  qualificationSchema,
} from '@logipilot/domain';
import type { RowSpec } from './row-spec.ts';

export interface QualificationRefs {
  /** Rows whose CACES expiry was blank and got computed from the issue date (reported as one warning). */
  computedExpiryRows: number[];
}

/** Same day N years later; 29 February falls back to the 28th in a non-leap year. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCDate() !== d) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

function isScheme(scheme: string): scheme is LicenceScheme {
  return scheme in LICENCE_CATEGORIES;
}

/** "1a" typed for R489 is the category "1A"; "Crane" for R490 is "crane". */
function canonicalCategory(scheme: string | null, category: string | null): string | null {
  if (!scheme || !category || !isScheme(scheme)) return category;
  const known = LICENCE_CATEGORIES[scheme] as readonly string[];
  return known.find((c) => c.toLowerCase() === category.toLowerCase()) ?? category;
}

export const qualificationSpec: RowSpec<Qualification, QualificationRefs, typeof qualificationTemplate> = {
  template: qualificationTemplate,
  schema: qualificationSchema,
  keyField: 'number',
  // An employee may hold successive attestations of one kind (history): the issue date is part of the key.
  keyOf: (v) =>
    v.number
      ? [v.number, v.kind ?? '', v.scheme ?? '', v.category ?? '', v.issuedOn ?? ''].join('\u0000')
      : null,
  fieldOfPath: (path) => path,

  build(v, { refs, row, issue }) {
    const kind = v.kind ?? (v.scheme ? 'licence' : undefined);
    if (kind === undefined) issue('kind', 'VALUE_REQUIRED');
    const scheme = v.scheme ?? null;
    const category = canonicalCategory(scheme, v.category ?? null);
    let expiresOn = v.expiresOn ?? null;
    if (expiresOn === null && kind === 'licence' && scheme && isScheme(scheme) && v.issuedOn) {
      // A CACES without an expiry date would count as valid for ever; its validity period is regulatory.
      expiresOn = addYears(v.issuedOn, LICENCE_VALIDITY_YEARS[scheme]);
      refs.computedExpiryRows.push(row);
    }
    return { kind, scheme, category, issuedOn: v.issuedOn, expiresOn };
  },
};
