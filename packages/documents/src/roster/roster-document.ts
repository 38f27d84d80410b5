// What the roster documents read of a roster, the layout they build (sections of tables, shared by the XLSX and PDF
// writers so that both show the same cells and colours), and the labels, colours and hour formats they share.
import {
  horizonDates,
  isoWeekday,
  type PayrollVariables,
  payrollVariables,
  type RosterAssignment,
  todayIn,
} from '@logipilot/domain';
import { formatDate, formatNumber, type Lang, localeTag, translate } from '@logipilot/i18n';
import { qualificationLabel } from '../plan/plan-document.ts';
import { choiceLabel, JOB_ROLES } from '../templates/choices.ts';

/** The part of the app's RosterView the documents read (structural: documents do not import the app). */
export interface RosterDocumentInput {
  siteName: string;
  timeZone: string;
  holidays: string[];
  name: string;
  from: string;
  to: string;
  days: number;
  publishedAt: string | null;
  noticeDays: number;
  people: {
    id: string;
    name: string;
    jobRole: string;
    team: string;
    weeklyContractMinutes: number;
    isTemp: boolean;
  }[];
  shifts: {
    key: string;
    label: string;
    kind: string;
    start: string;
    end: string;
    workedMinutes: number;
    minutesByCivilDay: [number, number];
    nightMinutes: number;
    night: boolean;
  }[];
  qualifications: string[];
  assignments: RosterAssignment[];
  coverage: { day: string; shift: string; qualification: string; needed: number; assigned: number }[];
}

export type RosterShift = RosterDocumentInput['shifts'][number];
export type RosterPerson = RosterDocumentInput['people'][number];

/** The documents of ROSTER_DOCUMENTS (app/roster/roster-types.ts), repeated here for the same reason. */
export type RosterDocumentKind = 'teams' | 'persons' | 'posted' | 'hours' | 'payroll';

export interface RosterDocumentOptions {
  /** The instant the document is generated (its "generated on" date, in the site's time zone); now by default. */
  generatedAt?: Date;
}

// ---- Layout shared by the writers --------------------------------------------------------------------------------

export type DocCellKind = 'text' | 'hours' | 'integer' | 'date';
export type DocFormat = 'xlsx' | 'pdf';

/** Colours are `RRGGBB`: exceljs reads them as `FFRRGGBB`, pdfmake as `#RRGGBB`. */
export interface DocCell {
  value: string | number | null;
  fill?: string;
  bold?: boolean;
  /** Columns the cell spans (the cells it covers stay in the row, empty). */
  span?: number;
}

export interface DocColumn {
  header: string;
  kind: DocCellKind;
  /** Width in characters (XLSX). */
  width: number;
  /** Width in points, `*` to share the rest (PDF); `auto` when absent. */
  pdfWidth?: number | '*';
  fill?: string;
  /** Long texts wrap within the column (XLSX); PDF cells always wrap. */
  wrap?: boolean;
}

export interface DocTable {
  columns: DocColumn[];
  rows: DocCell[][];
  /** Columns kept in view when scrolling sideways (XLSX). */
  frozenColumns?: number;
  /** Written to this format only (a wide grid is one table in XLSX, two-week slices in PDF). */
  only?: DocFormat;
}

export interface DocSection {
  /** Sheet name (XLSX). */
  name: string;
  heading: string;
  lines: string[];
  tables: DocTable[];
  notes: string[];
  only?: DocFormat;
  /** PDF: follows the previous section on the same page instead of opening a new one. */
  flow?: boolean;
}

export interface RosterLayout {
  title: string;
  /** Site, roster, period, generated (or posted) date. */
  meta: string[];
  orientation: 'portrait' | 'landscape';
  /** PDF table text size when the default does not fit (the team grids). */
  fontSize?: number;
  sections: DocSection[];
}

// ---- Labels and formats -------------------------------------------------------------------------------------------

export const tr = (lang: Lang, key: string, params?: Record<string, unknown>): string =>
  translate(lang, `roster-documents.${key}`, params);

/** Hours with two decimals, as numbers (XLSX shows them with its own number format). */
export const hoursOf = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;

/** French number formats group thousands with U+202F, which Roboto lacks: the plain no-break space prints. */
export const printable = (text: string): string => text.replace(/\u202f/g, '\u00a0');

export function formatHours(lang: Lang, hours: number): string {
  return printable(formatNumber(lang, hours, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
}

const dayMonth = new Map<Lang, Intl.DateTimeFormat>();

/** `04/05` in French and British English (day first). */
export function shortDay(lang: Lang, iso: string): string {
  let f = dayMonth.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(localeTag(lang), { day: '2-digit', month: '2-digit', timeZone: 'UTC' });
    dayMonth.set(lang, f);
  }
  return f.format(new Date(`${iso}T00:00:00Z`));
}

export const weekdayShort = (lang: Lang, iso: string): string => tr(lang, `weekdayShort.${isoWeekday(iso)}`);

/** A job role's singular label ("Cariste"), or the text as written for anything else. */
export function jobRoleLabel(lang: Lang, role: string): string {
  return (JOB_ROLES as readonly string[]).includes(role) ? choiceLabel('jobRole', role, lang) : role;
}

/** A qualification as a group ("Caristes") for coverage rows. */
export const qualificationName = qualificationLabel;

/** A person's qualification on a day: the singular job role ("Cariste"), else the licence's label. */
export function personQualification(lang: Lang, q: string): string {
  return (JOB_ROLES as readonly string[]).includes(q)
    ? choiceLabel('jobRole', q, lang)
    : qualificationLabel(lang, q);
}

/** The week number of an ISO week `2026-W19` (19), as people say it. */
export const weekNumber = (isoWeek: string): number => Number(isoWeek.slice(6));

export const shiftKindLabel = (lang: Lang, kind: string): string => {
  const key = `roster.templateKind.${kind}`;
  const out = translate(lang, key);
  return out === key ? kind : out;
};

export function personName(lang: Lang, p: RosterPerson): string {
  return p.isTemp ? `${p.name} (${tr(lang, 'temp')})` : p.name;
}

/** Title block: site, roster name, period, generated date in the site's time zone. */
export function metaLines(lang: Lang, view: RosterDocumentInput, options: RosterDocumentOptions): string[] {
  const today = todayIn(view.timeZone, options.generatedAt ?? new Date());
  return [
    tr(lang, 'meta.site', { site: view.siteName }),
    tr(lang, 'meta.roster', { name: view.name }),
    tr(lang, 'meta.period', { from: formatDate(lang, view.from), to: formatDate(lang, view.to) }),
    tr(lang, 'meta.generated', { date: formatDate(lang, today) }),
  ];
}

// ---- Colours ------------------------------------------------------------------------------------------------------

/** A light colour per kind of shift, dark text stays readable on each; further shifts of a kind take the spares. */
const KIND_COLOURS: Readonly<Record<string, string>> = {
  morning: 'FFE599',
  afternoon: '9FC5E8',
  night: 'B4A7D6',
  day: 'B6D7A8',
};
const SPARE_COLOURS = ['F9CB9C', 'A2C4C9', 'D5A6BD', 'C9DAF8', 'D9EAD3', 'FCE5CD', 'EAD1DC', 'CFE2F3'];

export const SUNDAY_FILL = 'D9D9D9';
export const HOLIDAY_FILL = 'F6B26B';
export const SHORTAGE_FILL = 'EA9999';
export const COVERED_FILL = 'D9EAD3';
export const HEADER_FILL = 'E8EEF4';
export const TOTAL_FILL = 'F3F3F3';

/** The colour of each shift key, the same in the XLSX fill and the PDF. */
export function shiftColours(shifts: readonly RosterShift[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  let spare = 0;
  for (const s of shifts) {
    let colour = KIND_COLOURS[s.kind];
    if (!colour || used.has(colour)) colour = SPARE_COLOURS[spare++ % SPARE_COLOURS.length]!;
    used.add(colour);
    out.set(s.key, colour);
  }
  return out;
}

/** The fill of a day's header: public holiday first, then Sunday. */
export function dayFill(view: Pick<RosterDocumentInput, 'holidays'>, iso: string): string | undefined {
  if (view.holidays.includes(iso)) return HOLIDAY_FILL;
  if (isoWeekday(iso) === 7) return SUNDAY_FILL;
  return undefined;
}

// ---- Roster facts -------------------------------------------------------------------------------------------------

export function horizonDays(view: Pick<RosterDocumentInput, 'from' | 'days'>): string[] {
  return horizonDates({ firstDay: view.from, days: view.days });
}

/** Teams in the reader's alphabetical order, each with its people in the roster's order. */
export function teamsOf(lang: Lang, view: RosterDocumentInput): { team: string; people: RosterPerson[] }[] {
  const byTeam = new Map<string, RosterPerson[]>();
  for (const p of view.people) {
    const list = byTeam.get(p.team);
    if (list) list.push(p);
    else byTeam.set(p.team, [p]);
  }
  const collator = new Intl.Collator(localeTag(lang));
  return [...byTeam]
    .map(([team, people]) => ({ team: jobRoleLabel(lang, team), people }))
    .sort((a, b) => collator.compare(a.team, b.team));
}

/** The cell of each person on each day, `employeeId|day`. */
export function cellsOf(view: RosterDocumentInput): Map<string, RosterAssignment> {
  return new Map(view.assignments.map((a) => [`${a.employeeId}|${a.day}`, a]));
}

export function payrollOf(view: RosterDocumentInput): PayrollVariables {
  return payrollVariables({
    from: view.from,
    to: view.to,
    holidays: view.holidays,
    people: view.people,
    shifts: view.shifts,
    assignments: view.assignments,
  });
}

/** Minutes from the shift's start to its end on the wall clock (the end the next day when at or before the start). */
export function lengthMinutes(s: Pick<RosterShift, 'start' | 'end'>): number {
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const d = m(s.end) - m(s.start);
  return d > 0 ? d : d + 1440;
}

/** Unpaid break minutes of a shift: its length less the minutes worked. */
export const breakMinutes = (s: RosterShift): number => Math.max(0, lengthMinutes(s) - s.workedMinutes);

export const crossesMidnight = (s: Pick<RosterShift, 'start' | 'end'>): boolean => s.end <= s.start;

/** Sheet names: Excel's 31 characters, unique in the workbook. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw) => {
    const base = raw.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet';
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base.slice(0, 26)} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** Day slices for the PDF grids: a landscape A4 page holds two weeks of columns. */
export function slices<T>(items: readonly T[], size = 14): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
