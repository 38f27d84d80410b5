// Shift requests as the roster page words them: the requests of one cell, grouped (an off request for every shift
// reads "asks to be off that day"), each with whether the roster meets it.
import type { TFunction } from 'i18next';
import type { RosterShift } from '../../api/types.ts';
import { type RosterRequest, requestMet } from './hooks/useRosterRequests.ts';
import { shiftName } from './rosterFormat.ts';

type Exists = (key: string) => boolean;

export interface RequestLine {
  /** The stored requests the line stands for (removing the line removes them all). */
  ids: string[];
  text: string;
  met: boolean;
}

/** `employeeId|day` → that cell's requests. */
export function requestsByCell(requests: readonly RosterRequest[]): Map<string, RosterRequest[]> {
  const out = new Map<string, RosterRequest[]>();
  for (const r of requests) {
    const key = `${r.employeeId}|${r.day}`;
    out.set(key, [...(out.get(key) ?? []), r]);
  }
  return out;
}

/** The lines of one cell's requests, in the order of the site's shifts. */
export function requestLines(
  t: TFunction,
  exists: Exists,
  requests: readonly RosterRequest[],
  shifts: readonly RosterShift[],
  assignedShift: string | null,
): RequestLine[] {
  const rank = (key: string) => shifts.findIndex((s) => s.key === key);
  const sorted = [...requests].sort((a, b) => rank(a.shift) - rank(b.shift));
  const off = sorted.filter((r) => !r.on);
  const wholeDay = shifts.length > 0 && shifts.every((s) => off.some((r) => r.shift === s.key));
  const lines: RequestLine[] = [];
  if (wholeDay)
    lines.push({
      ids: off.map((r) => r.id),
      text: t('web-roster.request.offDay'),
      met: assignedShift === null,
    });
  for (const r of sorted) {
    if (wholeDay && !r.on) continue;
    const shift = shifts.find((s) => s.key === r.shift);
    const name = shift ? shiftName(t, exists, shift) : r.shift;
    lines.push({
      ids: [r.id],
      text: t(r.on ? 'web-roster.request.on' : 'web-roster.request.off', { shift: name }),
      met: requestMet(r, assignedShift),
    });
  }
  return lines;
}
