// The individual roster: one page (PDF) or sheet (XLSX) per person with each day's shift, hours and qualification,
// and the hours of each calendar week.
import { addDays } from '@logipilot/domain';
import { formatNumber, type Lang } from '@logipilot/i18n';
import {
  cellsOf,
  type DocCell,
  type DocSection,
  dayFill,
  horizonDays,
  hoursOf,
  jobRoleLabel,
  metaLines,
  payrollOf,
  personName,
  personQualification,
  printable,
  type RosterDocumentInput,
  type RosterDocumentOptions,
  type RosterLayout,
  shiftColours,
  TOTAL_FILL,
  teamsOf,
  tr,
  uniqueNames,
  weekdayShort,
  weekNumber,
} from './roster-document.ts';

export function personsLayout(
  view: RosterDocumentInput,
  lang: Lang,
  options: RosterDocumentOptions = {},
): RosterLayout {
  const days = horizonDays(view);
  const cells = cellsOf(view);
  const shifts = new Map(view.shifts.map((s) => [s.key, s]));
  const colours = shiftColours(view.shifts);
  const payroll = new Map(payrollOf(view).people.map((p) => [p.employeeId, p]));
  // Pages follow the team roster's order: team by team.
  const people = teamsOf(lang, view).flatMap((t) => t.people.map((p) => ({ person: p, team: t.team })));
  const names = uniqueNames(people.map((p) => p.person.name));
  const columns = [
    { header: tr(lang, 'column.date'), kind: 'date' as const, width: 12, pdfWidth: 62 },
    { header: tr(lang, 'column.weekday'), kind: 'text' as const, width: 8, pdfWidth: 30 },
    { header: tr(lang, 'column.shift'), kind: 'text' as const, width: 16, pdfWidth: 80 },
    { header: tr(lang, 'column.start'), kind: 'text' as const, width: 8, pdfWidth: 40 },
    { header: tr(lang, 'column.end'), kind: 'text' as const, width: 8, pdfWidth: 40 },
    { header: tr(lang, 'column.workedHours'), kind: 'hours' as const, width: 12, pdfWidth: 60 },
    { header: tr(lang, 'column.qualification'), kind: 'text' as const, width: 28, pdfWidth: '*' as const },
  ];
  const sections = people.map(({ person, team }, i): DocSection => {
    const weeks = payroll.get(person.id)?.weeks ?? [];
    const rows: DocCell[][] = [];
    const weekTotal = (w: (typeof weeks)[number]): DocCell[] => [
      {
        value: tr(lang, w.partial ? 'weekTotalPartial' : 'weekTotal', { week: weekNumber(w.isoWeek) }),
        bold: true,
        fill: TOTAL_FILL,
        span: 5,
      },
      ...Array.from({ length: 4 }, (): DocCell => ({ value: null, fill: TOTAL_FILL })),
      { value: hoursOf(w.workedMinutes), bold: true, fill: TOTAL_FILL },
      { value: null, fill: TOTAL_FILL },
    ];
    let week = 0;
    for (const day of days) {
      // A week's total follows its Sunday (or the last day of the period).
      while (weeks[week] && day > addDays(weeks[week]!.monday, 6)) {
        rows.push(weekTotal(weeks[week]!));
        week++;
      }
      const a = cells.get(`${person.id}|${day}`);
      const s = a ? shifts.get(a.shift) : undefined;
      const fill = dayFill(view, day);
      const dateCell: DocCell = { value: day, ...(fill ? { fill } : {}) };
      const weekdayCell: DocCell = { value: weekdayShort(lang, day), ...(fill ? { fill } : {}) };
      rows.push(
        a && s
          ? [
              dateCell,
              weekdayCell,
              { value: s.label, fill: colours.get(s.key)! },
              { value: s.start },
              { value: s.end },
              { value: hoursOf(s.workedMinutes) },
              { value: personQualification(lang, a.qualification) },
            ]
          : [
              dateCell,
              weekdayCell,
              { value: tr(lang, 'off') },
              { value: null },
              { value: null },
              { value: null },
              { value: null },
            ],
      );
    }
    for (; week < weeks.length; week++) rows.push(weekTotal(weeks[week]!));
    return {
      name: names[i]!,
      heading: personName(lang, person),
      lines: [
        tr(lang, 'person', {
          team,
          jobRole: jobRoleLabel(lang, person.jobRole),
          hours: printable(formatNumber(lang, hoursOf(person.weeklyContractMinutes))),
        }),
      ],
      tables: [{ columns, rows }],
      notes: [
        tr(lang, 'note.civilDay'),
        ...(weeks.some((w) => w.partial) ? [tr(lang, 'note.partialWeeks')] : []),
      ],
    };
  });
  return {
    title: tr(lang, 'title.persons'),
    meta: metaLines(lang, view, options),
    orientation: 'portrait',
    sections,
  };
}
