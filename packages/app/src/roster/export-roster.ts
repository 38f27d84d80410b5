// Use case glue: a stored roster view as one of its documents (teams, persons, posted, hours, payroll), XLSX or PDF,
// in French or English, with an ASCII file name.
import { writeRosterDocument } from '@logipilot/documents/roster/roster-export';
import type { Lang } from '@logipilot/i18n';
import type { RosterDocument, RosterExportFormat, RosterView } from './roster-types.ts';

export const ROSTER_EXPORT_TYPES: Record<RosterExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export interface RenderedRosterDocument {
  bytes: Uint8Array;
  filename: string;
  contentType: string;
}

/**
 * @example renderRosterDocument(view, { document: 'payroll', format: 'xlsx', lang: 'fr' })
 * // { filename: 'roster-2026-05-04-payroll-fr.xlsx', contentType: 'application/vnd…sheet', bytes }
 */
export async function renderRosterDocument(
  view: RosterView,
  options: { document: RosterDocument; format: RosterExportFormat; lang: Lang },
): Promise<RenderedRosterDocument> {
  const bytes = await writeRosterDocument(view, options.document, options.format, options.lang);
  return {
    bytes,
    // Every part is from a closed list or an ISO date: the name is ASCII without path characters.
    filename: `roster-${view.from.replace(/[^0-9-]/g, '')}-${options.document}-${options.lang}.${options.format}`,
    contentType: ROSTER_EXPORT_TYPES[options.format],
  };
}
