// Why a person may not work a roster cell (day × template × qualification): the day, the template, the qualification.
import { dayStatus, type SiteCalendar } from '../shared/calendar.ts';
import type { IsoDate } from '../shared/units.ts';
import { type Licence, licenceCovers, parseLicenceKey } from '../site/licence.ts';
import type { Absence } from '../staffing/absence.ts';
import {
  type AvailabilityRules,
  absenceReason,
  canCover,
  contractReason,
  hoursReason,
  nightReason,
  weekdayReason,
} from '../staffing/availability.ts';
import type { Employee } from '../staffing/employee.ts';
import {
  holdsLicenceOn,
  medicalFitnessOn,
  qualificationValidOn,
} from '../staffing/qualification-validity.ts';
import type { ShiftTemplate } from './shift-template.ts';

export type CellUnavailableCode =
  | 'CONTRACT_INACTIVE'
  | 'ABSENT'
  | 'WEEKDAY_OFF'
  | 'LABOUR_DAY'
  | 'SITE_CLOSED'
  | 'OUTSIDE_HOURS'
  | 'NO_NIGHT_WORK'
  | 'NOT_QUALIFIED'
  | 'LICENCE_INVALID';

export interface CellUnavailableReason {
  code: CellUnavailableCode;
  params: Record<string, string | number>;
}

/**
 * Whole-day reasons: no contract or mission that day, leave or absence, a weekday the person does not work, 1 May
 * when the site's activity can stop (C. trav. L3133-4), a day the site is closed. A night shift belongs to its start day.
 */
export function dayUnavailableReasons(
  e: Employee,
  date: string,
  absences: readonly Absence[],
  calendar: SiteCalendar,
): CellUnavailableReason[] {
  const out: CellUnavailableReason[] = [];
  for (const r of [contractReason(e, date), absenceReason(absences, e.id, date), weekdayReason(e, date)])
    if (r) out.push({ code: r.code, params: r.params });
  const status = dayStatus(calendar, date as IsoDate);
  if (status.kind === 'public_holiday' && status.holiday === 'labour_day' && !status.worked)
    out.push({ code: 'LABOUR_DAY', params: { day: date } });
  if (status.kind === 'closed')
    out.push({ code: 'SITE_CLOSED', params: { day: date, closure: status.reason } });
  return out;
}

/** Template reasons, the same every day: outside the person's earliest start and latest end, night work refused. */
export function templateUnavailableReasons(
  e: Employee,
  t: Pick<ShiftTemplate, 'key' | 'start' | 'end'>,
  rules: Pick<AvailabilityRules, 'nightStart' | 'nightEnd' | 'nightHoursThreshold'>,
): CellUnavailableReason[] {
  const out: CellUnavailableReason[] = [];
  const hours = hoursReason(e, t);
  if (hours) out.push({ code: hours.code, params: { ...hours.params, shift: t.key } });
  const night = nightReason(e, t, rules);
  if (night) out.push({ code: night.code, params: { ...night.params, shift: t.key } });
  return out;
}

/** Could the person ever cover the qualification: the role, or a CACES or authorisation for it whatever its dates. */
export function qualifiedInPrinciple(
  e: Employee,
  qualification: string,
  rules: Pick<AvailabilityRules, 'roleCoverage'>,
): boolean {
  const licence = qualification.includes(':') ? parseLicenceKey(qualification) : null;
  if (!licence) return canCover(e, qualification, '0000-01-01', rules);
  return e.qualifications.some(
    (q) =>
      (q.kind === 'licence' || q.kind === 'driving_authorisation') &&
      q.scheme !== null &&
      q.category !== null &&
      licenceCovers({ scheme: q.scheme as Licence['scheme'], category: q.category }, licence),
  );
}

/**
 * Qualification reasons: never qualified, or a licence key whose CACES, medical fitness or driving authorisation is
 * not valid that day (arrêté of 2 Dec 1998 art. 3; `part` names the first missing piece).
 */
export function qualificationUnavailableReasons(
  e: Employee,
  qualification: string,
  date: string,
  rules: Pick<AvailabilityRules, 'roleCoverage'>,
): CellUnavailableReason[] {
  if (!qualifiedInPrinciple(e, qualification, rules))
    return [{ code: 'NOT_QUALIFIED', params: { qualification } }];
  if (canCover(e, qualification, date, rules)) return [];
  const licence = parseLicenceKey(qualification)!;
  const authorised = e.qualifications.some(
    (q) =>
      q.kind === 'driving_authorisation' &&
      q.scheme !== null &&
      q.category !== null &&
      licenceCovers({ scheme: q.scheme as Licence['scheme'], category: q.category }, licence) &&
      qualificationValidOn(q, date),
  );
  const part = !holdsLicenceOn(e, licence, date)
    ? 'licence'
    : medicalFitnessOn(e, date) === null
      ? 'medical_fitness'
      : !authorised
        ? 'driving_authorisation'
        : 'licence';
  return [{ code: 'LICENCE_INVALID', params: { qualification, day: date, part } }];
}

/** Every reason the person may not work that template on that day under that qualification; empty = available. */
export function cellUnavailableReasons(
  e: Employee,
  date: string,
  t: Pick<ShiftTemplate, 'key' | 'start' | 'end'>,
  qualification: string,
  context: { absences: readonly Absence[]; calendar: SiteCalendar; availabilityRules: AvailabilityRules },
): CellUnavailableReason[] {
  return [
    ...dayUnavailableReasons(e, date, context.absences, context.calendar),
    ...templateUnavailableReasons(e, t, context.availabilityRules),
    ...qualificationUnavailableReasons(e, qualification, date, context.availabilityRules),
  ];
}
