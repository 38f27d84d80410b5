// A roster document (teams, persons, posted, hours, payroll) as XLSX or PDF bytes, in French or English.
import type { Lang } from '@logipilot/i18n';
import type {
  RosterDocumentInput,
  RosterDocumentKind,
  RosterDocumentOptions,
  RosterLayout,
} from './roster-document.ts';
import { hoursLayout } from './roster-hours.ts';
import { payrollLayout } from './roster-payroll.ts';
import { writeLayoutPdf } from './roster-pdf.ts';
import { personsLayout } from './roster-persons.ts';
import { postedLayout } from './roster-posted.ts';
import { teamsLayout } from './roster-teams.ts';
import { writeLayoutXlsx } from './roster-xlsx.ts';

export type { RosterDocumentInput, RosterDocumentKind, RosterDocumentOptions } from './roster-document.ts';

const LAYOUTS: Record<
  RosterDocumentKind,
  (view: RosterDocumentInput, lang: Lang, options: RosterDocumentOptions) => RosterLayout
> = {
  teams: teamsLayout,
  persons: personsLayout,
  posted: postedLayout,
  hours: hoursLayout,
  payroll: payrollLayout,
};

export function rosterLayout(
  view: RosterDocumentInput,
  document: RosterDocumentKind,
  lang: Lang,
  options: RosterDocumentOptions = {},
): RosterLayout {
  return LAYOUTS[document](view, lang, options);
}

export function writeRosterDocument(
  view: RosterDocumentInput,
  document: RosterDocumentKind,
  format: 'xlsx' | 'pdf',
  lang: Lang,
  options: RosterDocumentOptions = {},
): Promise<Uint8Array> {
  const layout = rosterLayout(view, document, lang, options);
  return format === 'xlsx' ? writeLayoutXlsx(layout) : writeLayoutPdf(layout, lang);
}
