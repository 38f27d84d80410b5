// A stored roster as its reader sees it: evaluated against every rule of the site's model (sentences in the
// reader's language), with coverage per day × shift × qualification against the demand it was solved for.
import type { StoredRoster } from '@logipilot/db/repositories/roster-repository';
import {
  addDays,
  type Demand,
  evaluateRoster,
  type IsoDate,
  type Roster,
  type RosterAssignment,
  type RosterViolation,
} from '@logipilot/domain';
import { hasKey, type Lang, localeTag, translate } from '@logipilot/i18n';
import type { LoadedRosterModel } from './roster-model.ts';
import type { RosterCoverageRow, RosterView, RosterViolationView } from './roster-types.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const LICENCE_KEY = /^(R\d{3}):(.+)$/;

/**
 * A qualification as a sentence names one person's: `picker` → "Préparateur de commandes" (the job role),
 * `R489:5` → "CACES R489 cat. 5".
 */
export function qualificationName(lang: Lang, key: string): string {
  const licence = LICENCE_KEY.exec(key);
  if (licence) {
    const [, scheme = '', category = ''] = licence;
    return `CACES ${scheme} ${translate(lang, 'web.overview.staff.categoryShort', { category })}`;
  }
  if (hasKey(lang, `site.jobRole.${key}`)) return translate(lang, `site.jobRole.${key}`);
  if (hasKey(lang, `plan.qualification.${key}`)) return translate(lang, `plan.qualification.${key}`);
  return key;
}

/**
 * A sentence's params as the reader writes them: dates as dd/mm/yyyy, numbers with the language's decimal mark,
 * qualification keys by name. The view's `params` keep the raw values for programs.
 */
export function readableParams(
  lang: Lang,
  params: Record<string, string | number>,
): Record<string, string | number> {
  const tag = localeTag(lang);
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 2, useGrouping: false });
  const dates = new Intl.DateTimeFormat(tag, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') out[name] = Number.isInteger(value) ? value : numbers.format(value);
    else if (ISO_DAY.test(value)) out[name] = dates.format(new Date(`${value}T00:00:00Z`));
    else if (name === 'qualification') out[name] = qualificationName(lang, value);
    else out[name] = value;
  }
  return out;
}

/**
 * The violation's sentence in `lang`: its params, with the person's name as `employee`. Without `medical`, which
 * part of a licence is not valid is withheld when it is the medical fitness (health data: roles without
 * `medical:read` only learn that a required document is not valid).
 */
export function violationView(v: RosterViolation, lang: Lang, medical = true): RosterViolationView {
  if (!medical && v.params.part === 'medical_fitness')
    v = { ...v, params: { ...v.params, part: 'withheld' } };
  return {
    code: v.code,
    hard: v.hard,
    penalty: v.penalty,
    employeeId: v.employeeId ?? null,
    days: [...v.days],
    params: { ...v.params },
    message: translate(lang, `roster.violation.${v.code}`, readableParams(lang, v.params)),
  };
}

/** Assigned against needed for each demand row, plus each assigned day × shift × qualification nobody asked for. */
export function coverageOf(
  demand: readonly Demand[],
  assignments: readonly RosterAssignment[],
): RosterCoverageRow[] {
  const key = (day: string, shift: string, qualification: string) => `${day}|${shift}|${qualification}`;
  const rows = new Map<string, RosterCoverageRow>();
  for (const d of demand)
    rows.set(key(d.day, d.shift, d.qualification), {
      day: d.day,
      shift: d.shift,
      qualification: d.qualification,
      needed: d.headcount,
      assigned: 0,
    });
  for (const a of assignments) {
    const k = key(a.day, a.shift, a.qualification);
    const row = rows.get(k);
    if (row) row.assigned++;
    else rows.set(k, { day: a.day, shift: a.shift, qualification: a.qualification, needed: 0, assigned: 1 });
  }
  return [...rows.values()].sort((a, b) =>
    a.day !== b.day
      ? a.day < b.day
        ? -1
        : 1
      : a.shift !== b.shift
        ? a.shift < b.shift
          ? -1
          : 1
        : a.qualification < b.qualification
          ? -1
          : 1,
  );
}

/** Hard violations first, then by penalty, then by person and day: what to fix first comes first. */
function byImportance(a: RosterViolationView, b: RosterViolationView): number {
  if (a.hard !== b.hard) return a.hard ? -1 : 1;
  if (a.penalty !== b.penalty) return b.penalty - a.penalty;
  const pa = a.employeeId ?? '';
  const pb = b.employeeId ?? '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  return (a.days[0] ?? '') < (b.days[0] ?? '') ? -1 : 1;
}

/** The stored roster evaluated under `loaded` (its model, with the roster's own demand snapshot). */
export function rosterViewOf(
  loaded: LoadedRosterModel,
  stored: StoredRoster,
  lang: Lang,
  options: { medical?: boolean } = {},
): RosterView {
  const horizon = { firstDay: stored.fromDay as IsoDate, days: stored.days };
  const roster: Roster = { horizon, assignments: stored.assignments };
  const model = { ...loaded.model, demand: stored.demand };
  const evaluation = evaluateRoster(model, roster, loaded.rules);
  return {
    id: stored.id,
    siteId: stored.siteId,
    siteName: loaded.siteName,
    timeZone: loaded.timeZone,
    holidays: loaded.holidays,
    name: stored.name,
    status: stored.status,
    from: stored.fromDay,
    to: addDays(stored.fromDay as IsoDate, stored.days - 1),
    days: stored.days,
    planId: stored.planId,
    basedOn: stored.basedOn,
    createdAt: stored.createdAt,
    createdBy: stored.createdBy,
    publishedAt: stored.publishedAt,
    publishedBy: stored.publishedBy,
    noticeDays: stored.noticeDays,
    people: loaded.people,
    shifts: loaded.shifts,
    qualifications: loaded.qualifications,
    assignments: stored.assignments,
    demand: stored.demand,
    coverage: coverageOf(stored.demand, stored.assignments),
    score: { hard: evaluation.hard, soft: evaluation.soft },
    violations: evaluation.violations
      .map((v) => violationView(v, lang, options.medical ?? true))
      .sort(byImportance),
    solve: stored.solve,
  };
}
