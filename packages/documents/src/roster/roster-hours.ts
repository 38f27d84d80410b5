// The daily record of hours (décompte quotidien des heures): per person and day the shift's start, end, breaks and
// hours worked, the hours that count on that civil day, and the total of each calendar week.
import { addDays } from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import {
  breakMinutes,
  cellsOf,
  type DocCell,
  type DocColumn,
  type DocSection,
  dayFill,
  horizonDays,
  hoursOf,
  metaLines,
  payrollOf,
  personName,
  type RosterDocumentInput,
  type RosterDocumentOptions,
  type RosterLayout,
  type RosterPerson,
  shiftColours,
  TOTAL_FILL,
  teamsOf,
  tr,
  weekdayShort,
  weekNumber,
} from './roster-document.ts';

interface DayRecord {
  day: string;
  shift: RosterDocumentInput['shifts'][number] | null;
  civilMinutes: number;
}

/** Each day of the period, plus the day after it when a last-day night reaches past midnight. */
function records(view: RosterDocumentInput, person: RosterPerson): DayRecord[] {
  const cells = cellsOf(view);
  const shifts = new Map(view.shifts.map((s) => [s.key, s]));
  const shiftOn = (day: string) => {
    const a = cells.get(`${person.id}|${day}`);
    return (a && shifts.get(a.shift)) ?? null;
  };
  const days = horizonDays(view);
  const out = days.map((day) => {
    const shift = shiftOn(day);
    const before = shiftOn(addDays(day, -1));
    return {
      day,
      shift,
      civilMinutes: (shift?.minutesByCivilDay[0] ?? 0) + (before?.minutesByCivilDay[1] ?? 0),
    };
  });
  const last = shiftOn(view.to);
  if (last && last.minutesByCivilDay[1] > 0)
    out.push({ day: addDays(view.to, 1), shift: null, civilMinutes: last.minutesByCivilDay[1] });
  return out;
}

export function hoursLayout(
  view: RosterDocumentInput,
  lang: Lang,
  options: RosterDocumentOptions = {},
): RosterLayout {
  const colours = shiftColours(view.shifts);
  const payroll = new Map(payrollOf(view).people.map((p) => [p.employeeId, p]));
  const people = teamsOf(lang, view).flatMap((t) => t.people.map((p) => ({ person: p, team: t.team })));
  const dayColumns: DocColumn[] = [
    { header: tr(lang, 'column.date'), kind: 'date', width: 12, pdfWidth: 58 },
    { header: tr(lang, 'column.weekday'), kind: 'text', width: 8, pdfWidth: 28 },
    { header: tr(lang, 'column.shift'), kind: 'text', width: 16, pdfWidth: '*' },
    { header: tr(lang, 'column.start'), kind: 'text', width: 8, pdfWidth: 36 },
    { header: tr(lang, 'column.end'), kind: 'text', width: 16, pdfWidth: 78 },
    { header: tr(lang, 'column.breaks'), kind: 'text', width: 10, pdfWidth: 40 },
    { header: tr(lang, 'column.workedHours'), kind: 'hours', width: 12, pdfWidth: 58 },
    { header: tr(lang, 'column.civilDayHours'), kind: 'hours', width: 14, pdfWidth: 64 },
  ];
  const dayCells = (r: DayRecord): DocCell[] => {
    const fill = dayFill(view, r.day);
    const tint = fill ? { fill } : {};
    const s = r.shift;
    return [
      { value: r.day, ...tint },
      { value: weekdayShort(lang, r.day), ...tint },
      s ? { value: s.label, fill: colours.get(s.key)! } : { value: r.day > view.to ? null : tr(lang, 'off') },
      { value: s?.start ?? null },
      { value: s ? (s.end <= s.start ? tr(lang, 'nextDay', { time: s.end }) : s.end) : null },
      { value: s ? tr(lang, 'breakMinutes', { minutes: breakMinutes(s) }) : null },
      { value: s ? hoursOf(s.workedMinutes) : null },
      { value: hoursOf(r.civilMinutes) },
    ];
  };
  const weekLabel = (w: { isoWeek: string; partial: boolean }) =>
    tr(lang, w.partial ? 'weekTotalPartial' : 'weekTotal', { week: weekNumber(w.isoWeek) });

  // XLSX: one filterable sheet of days, one of weekly totals.
  const flat: DocSection = {
    name: tr(lang, 'sheet.hours'),
    heading: tr(lang, 'title.hours'),
    lines: [],
    tables: [
      {
        columns: [
          { header: tr(lang, 'column.name'), kind: 'text', width: 26 },
          { header: tr(lang, 'column.team'), kind: 'text', width: 14 },
          ...dayColumns,
        ],
        rows: people.flatMap(({ person, team }) =>
          records(view, person).map((r) => [
            { value: personName(lang, person) },
            { value: team },
            ...dayCells(r),
          ]),
        ),
        frozenColumns: 1,
      },
    ],
    notes: [tr(lang, 'note.civilDay')],
    only: 'xlsx',
  };
  const totals: DocSection = {
    name: tr(lang, 'sheet.weekTotals'),
    heading: tr(lang, 'sheet.weekTotals'),
    lines: [],
    tables: [
      {
        columns: [
          { header: tr(lang, 'column.name'), kind: 'text', width: 26 },
          { header: tr(lang, 'column.team'), kind: 'text', width: 14 },
          { header: tr(lang, 'column.week'), kind: 'text', width: 10 },
          { header: tr(lang, 'column.partial'), kind: 'text', width: 16 },
          { header: tr(lang, 'column.weekHours'), kind: 'hours', width: 18 },
        ],
        rows: people.flatMap(({ person, team }) =>
          (payroll.get(person.id)?.weeks ?? []).map((w): DocCell[] => [
            { value: personName(lang, person) },
            { value: team },
            { value: w.isoWeek },
            { value: w.partial ? tr(lang, 'yes') : null },
            { value: hoursOf(w.workedMinutes) },
          ]),
        ),
        frozenColumns: 1,
      },
    ],
    notes: [tr(lang, 'note.partialWeeks')],
    only: 'xlsx',
  };
  // PDF: each person's days, a total row after each week.
  const perPerson = people.map(({ person, team }): DocSection => {
    const weeks = payroll.get(person.id)?.weeks ?? [];
    const rows: DocCell[][] = [];
    let week = 0;
    const total = (w: (typeof weeks)[number]): DocCell[] => [
      { value: weekLabel(w), bold: true, fill: TOTAL_FILL, span: 7 },
      ...Array.from({ length: 6 }, (): DocCell => ({ value: null, fill: TOTAL_FILL })),
      { value: hoursOf(w.workedMinutes), bold: true, fill: TOTAL_FILL },
    ];
    for (const r of records(view, person)) {
      while (weeks[week] && r.day > addDays(weeks[week]!.monday, 6)) rows.push(total(weeks[week++]!));
      rows.push(dayCells(r));
    }
    while (weeks[week]) rows.push(total(weeks[week++]!));
    return {
      name: person.name,
      heading: tr(lang, 'personTeam', { name: personName(lang, person), team }),
      lines: [],
      tables: [{ columns: dayColumns, rows }],
      notes: [],
      only: 'pdf',
      flow: true,
    };
  });
  const last = perPerson.at(-1);
  if (last) last.notes.push(tr(lang, 'note.civilDay'), tr(lang, 'note.partialWeeks'));
  return {
    title: tr(lang, 'title.hours'),
    meta: metaLines(lang, view, options),
    orientation: 'portrait',
    sections: [flat, totals, ...perPerson],
  };
}
