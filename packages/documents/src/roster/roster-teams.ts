// The team roster: people × days grouped by team, a colour per shift, each person's weekly hours, the legend, and
// the coverage of each qualification and shift (assigned against needed, shortages in red).
import type { Lang } from '@logipilot/i18n';
import {
  breakMinutes,
  COVERED_FILL,
  cellsOf,
  type DocCell,
  type DocColumn,
  type DocSection,
  type DocTable,
  dayFill,
  HOLIDAY_FILL,
  horizonDays,
  hoursOf,
  metaLines,
  payrollOf,
  personName,
  qualificationName,
  type RosterDocumentInput,
  type RosterDocumentOptions,
  type RosterLayout,
  type RosterShift,
  SHORTAGE_FILL,
  SUNDAY_FILL,
  shiftColours,
  shiftKindLabel,
  shortDay,
  slices,
  teamsOf,
  tr,
  uniqueNames,
  weekdayShort,
} from './roster-document.ts';

const dayColumn = (lang: Lang, view: RosterDocumentInput, day: string): DocColumn => {
  const fill = dayFill(view, day);
  return {
    header: `${weekdayShort(lang, day)} ${shortDay(lang, day)}`,
    kind: 'text',
    width: 12,
    pdfWidth: '*',
    ...(fill ? { fill } : {}),
  };
};

/** The legend: each shift in its colour with its kind and hours; then the colours of days and shortages. */
export function legendTable(lang: Lang, shifts: readonly RosterShift[]): DocTable {
  const colours = shiftColours(shifts);
  const columns: DocColumn[] = [
    { header: tr(lang, 'column.shift'), kind: 'text', width: 16, pdfWidth: 60 },
    { header: tr(lang, 'column.kind'), kind: 'text', width: 18, pdfWidth: 80 },
    { header: tr(lang, 'column.start'), kind: 'text', width: 8 },
    { header: tr(lang, 'column.end'), kind: 'text', width: 8 },
    { header: tr(lang, 'column.breaks'), kind: 'text', width: 10 },
    { header: tr(lang, 'column.workedHours'), kind: 'hours', width: 12 },
    { header: tr(lang, 'column.night'), kind: 'hours', width: 12 },
  ];
  const swatch = (fill: string, label: string): DocCell[] => [
    { value: '', fill },
    { value: label, span: 6 },
    ...Array.from({ length: 5 }, (): DocCell => ({ value: null })),
  ];
  return {
    columns,
    rows: [
      ...shifts.map((s): DocCell[] => [
        { value: s.label, fill: colours.get(s.key)! },
        { value: shiftKindLabel(lang, s.kind) },
        { value: s.start },
        { value: s.end },
        { value: tr(lang, 'breakMinutes', { minutes: breakMinutes(s) }) },
        { value: hoursOf(s.workedMinutes) },
        { value: hoursOf(s.nightMinutes) },
      ]),
      swatch(SUNDAY_FILL, tr(lang, 'legend.sunday')),
      swatch(HOLIDAY_FILL, tr(lang, 'legend.holiday')),
      swatch(SHORTAGE_FILL, tr(lang, 'legend.shortage')),
    ],
  };
}

function teamGrids(
  lang: Lang,
  view: RosterDocumentInput,
  people: RosterDocumentInput['people'],
  weeks: { isoWeek: string; partial: boolean }[],
  weekHours: Map<string, number[]>,
): DocTable[] {
  const days = horizonDays(view);
  const cells = cellsOf(view);
  const shifts = new Map(view.shifts.map((s) => [s.key, s]));
  const colours = shiftColours(view.shifts);
  const nameColumn: DocColumn = { header: tr(lang, 'column.name'), kind: 'text', width: 26, pdfWidth: 92 };
  const weekColumns: DocColumn[] = weeks.map((w) => ({
    header: tr(lang, w.partial ? 'weekShortPartial' : 'weekShort', { week: Number(w.isoWeek.slice(6)) }),
    kind: 'hours',
    width: 10,
    pdfWidth: 30,
  }));
  const dayCell = (personId: string, day: string): DocCell => {
    const a = cells.get(`${personId}|${day}`);
    const s = a ? shifts.get(a.shift) : undefined;
    if (!a || !s) return { value: null };
    return { value: s.label, fill: colours.get(s.key)! };
  };
  const grid = (slice: string[], withWeeks: boolean, only: 'xlsx' | 'pdf'): DocTable => ({
    columns: [nameColumn, ...slice.map((d) => dayColumn(lang, view, d)), ...(withWeeks ? weekColumns : [])],
    rows: people.map((p) => [
      { value: personName(lang, p) },
      ...slice.map((d) => dayCell(p.id, d)),
      // A partial week's empty cell stays blank: 0 there says nothing about the rest of that week.
      ...(withWeeks
        ? (weekHours.get(p.id) ?? []).map(
            (h, i): DocCell => ({ value: h === 0 && weeks[i]?.partial ? null : h }),
          )
        : []),
    ]),
    frozenColumns: 1,
    only,
  });
  const pdfSlices = slices(days);
  if (pdfSlices.length <= 1) return [grid(days, true, 'xlsx'), grid(days, true, 'pdf')];
  // Past two weeks the week columns would squeeze the days: the PDF gives them a table of their own.
  const weekTable = grid([], true, 'pdf');
  return [grid(days, true, 'xlsx'), ...pdfSlices.map((slice) => grid(slice, false, 'pdf')), weekTable];
}

/** Rows qualification × shift that are needed or staffed, a cell per day: `assigned/needed`, red when short. */
function coverageTables(lang: Lang, view: RosterDocumentInput): DocTable[] {
  const days = horizonDays(view);
  const byKey = new Map(view.coverage.map((c) => [`${c.qualification}|${c.shift}|${c.day}`, c]));
  const order = new Map(view.shifts.map((s, i) => [s.key, i]));
  const qualifications = [...new Set([...view.coverage.map((c) => c.qualification)])];
  const qOrder = (q: string) => {
    const i = view.qualifications.indexOf(q);
    return i < 0 ? qualifications.indexOf(q) + 1000 : i;
  };
  const rows = [
    ...new Set(
      view.coverage.filter((c) => c.needed > 0 || c.assigned > 0).map((c) => `${c.qualification}|${c.shift}`),
    ),
  ]
    .map((k) => k.split('|') as [string, string])
    .sort((a, b) => qOrder(a[0]) - qOrder(b[0]) || (order.get(a[1]) ?? 99) - (order.get(b[1]) ?? 99));
  const labelOf = new Map(view.shifts.map((s) => [s.key, s.label]));
  const colours = shiftColours(view.shifts);
  const table = (slice: string[], only: 'xlsx' | 'pdf'): DocTable => ({
    columns: [
      { header: tr(lang, 'column.qualification'), kind: 'text', width: 26, pdfWidth: 90 },
      { header: tr(lang, 'column.shift'), kind: 'text', width: 14, pdfWidth: 50 },
      ...slice.map((d) => dayColumn(lang, view, d)),
    ],
    rows: rows.map(([q, shift]) => [
      { value: qualificationName(lang, q) },
      { value: labelOf.get(shift) ?? shift, fill: colours.get(shift) ?? '' },
      ...slice.map((d): DocCell => {
        const c = byKey.get(`${q}|${shift}|${d}`);
        if (!c || (c.needed === 0 && c.assigned === 0)) return { value: null };
        const text = tr(lang, 'coverageCell', { assigned: c.assigned, needed: c.needed });
        if (c.assigned < c.needed) return { value: text, fill: SHORTAGE_FILL };
        return c.needed > 0 ? { value: text, fill: COVERED_FILL } : { value: text };
      }),
    ]),
    frozenColumns: 2,
    only,
  });
  return [table(days, 'xlsx'), ...slices(days).map((s) => table(s, 'pdf'))];
}

export function teamsLayout(
  view: RosterDocumentInput,
  lang: Lang,
  options: RosterDocumentOptions = {},
): RosterLayout {
  const payroll = payrollOf(view);
  // Every person has the period's weeks; a last-day night adds the next week for some only.
  const weeks = [...new Map(payroll.people.flatMap((p) => p.weeks).map((w) => [w.isoWeek, w.partial]))]
    .map(([isoWeek, partial]) => ({ isoWeek, partial }))
    .sort((a, b) => a.isoWeek.localeCompare(b.isoWeek));
  const weekHours = new Map(
    payroll.people.map((p) => [
      p.employeeId,
      weeks.map((w) => hoursOf(p.weeks.find((x) => x.isoWeek === w.isoWeek)?.workedMinutes ?? 0)),
    ]),
  );
  const teams = teamsOf(lang, view);
  const names = uniqueNames([...teams.map((t) => t.team), tr(lang, 'sheet.coverage')]);
  const partialNote = weeks.some((w) => w.partial) ? [tr(lang, 'note.partialWeekColumn')] : [];
  const sections: DocSection[] = teams.map((t, i) => ({
    name: names[i]!,
    heading: t.team,
    lines: [],
    tables: [...teamGrids(lang, view, t.people, weeks, weekHours), legendTable(lang, view.shifts)],
    notes: [tr(lang, 'note.civilDay'), ...partialNote],
  }));
  sections.push({
    name: names.at(-1)!,
    heading: tr(lang, 'sheet.coverage'),
    lines: [],
    tables: coverageTables(lang, view),
    notes: [],
  });
  return {
    title: tr(lang, 'title.teams'),
    meta: metaLines(lang, view, options),
    orientation: 'landscape',
    fontSize: 6.5,
    sections,
  };
}
