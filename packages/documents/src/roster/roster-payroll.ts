// The payroll variables of the period (domain/rostering/payroll.ts): one row per person with a totals row, and in
// the XLSX one row per person and calendar week.
import type { PayrollFigures } from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import {
  type DocCell,
  type DocColumn,
  hoursOf,
  metaLines,
  payrollOf,
  personName,
  type RosterDocumentInput,
  type RosterDocumentOptions,
  type RosterLayout,
  TOTAL_FILL,
  teamsOf,
  tr,
} from './roster-document.ts';

/** The figure columns, in the order payroll clerks key them in. */
const FIGURES: readonly [keyof PayrollFigures, string][] = [
  ['workedMinutes', 'worked'],
  ['normalMinutes', 'normal'],
  ['overtime25Minutes', 'overtime25'],
  ['overtime50Minutes', 'overtime50'],
  ['complementary10Minutes', 'complementary10'],
  ['complementary25Minutes', 'complementary25'],
  ['nightMinutes', 'night'],
  ['sundayMinutes', 'sunday'],
  ['holidayMinutes', 'holiday'],
  ['labourDayMinutes', 'labourDay'],
];

function figureColumns(lang: Lang): DocColumn[] {
  return [
    ...FIGURES.map(([, key]): DocColumn => ({ header: tr(lang, `column.${key}`), kind: 'hours', width: 12 })),
    { header: tr(lang, 'column.workedDays'), kind: 'integer', width: 10 },
  ];
}

function figureCells(f: PayrollFigures, extra: Partial<DocCell> = {}): DocCell[] {
  return [
    ...FIGURES.map(([k]): DocCell => ({ value: hoursOf(f[k]), ...extra })),
    { value: f.workedDays, ...extra },
  ];
}

export function payrollLayout(
  view: RosterDocumentInput,
  lang: Lang,
  options: RosterDocumentOptions = {},
): RosterLayout {
  const payroll = payrollOf(view);
  const byPerson = new Map(payroll.people.map((p) => [p.employeeId, p]));
  const people = teamsOf(lang, view).flatMap((t) => t.people.map((p) => ({ person: p, team: t.team })));
  const total = { bold: true, fill: TOTAL_FILL };
  const perPerson = {
    columns: [
      { header: tr(lang, 'column.name'), kind: 'text', width: 26, pdfWidth: 100 },
      { header: tr(lang, 'column.team'), kind: 'text', width: 14, pdfWidth: 60 },
      { header: tr(lang, 'column.contract'), kind: 'hours', width: 12 },
      ...figureColumns(lang),
    ] satisfies DocColumn[],
    rows: [
      ...people.map(({ person, team }): DocCell[] => [
        { value: personName(lang, person) },
        { value: team },
        { value: hoursOf(person.weeklyContractMinutes) },
        ...figureCells(byPerson.get(person.id)!.totals),
      ]),
      [
        { value: tr(lang, 'total'), ...total },
        { value: null, ...total },
        { value: null, ...total },
        ...figureCells(payroll.totals, total),
      ],
    ],
    frozenColumns: 1,
  };
  const perWeek = {
    columns: [
      { header: tr(lang, 'column.name'), kind: 'text', width: 26 },
      { header: tr(lang, 'column.team'), kind: 'text', width: 14 },
      { header: tr(lang, 'column.week'), kind: 'text', width: 10 },
      { header: tr(lang, 'column.partial'), kind: 'text', width: 10 },
      ...figureColumns(lang),
    ] satisfies DocColumn[],
    rows: people.flatMap(({ person, team }) =>
      byPerson
        .get(person.id)!
        .weeks.map((w): DocCell[] => [
          { value: personName(lang, person) },
          { value: team },
          { value: w.isoWeek },
          { value: w.partial ? tr(lang, 'yes') : null },
          ...figureCells(w),
        ]),
    ),
    frozenColumns: 1,
  };
  const notes = [
    tr(lang, 'note.payrollRules'),
    tr(lang, 'note.nightSundayHoliday'),
    tr(lang, 'note.partialWeeks'),
  ];
  return {
    title: tr(lang, 'title.payroll'),
    meta: metaLines(lang, view, options),
    orientation: 'landscape',
    sections: [
      {
        name: tr(lang, 'sheet.payrollPeople'),
        heading: tr(lang, 'sheet.payrollPeople'),
        lines: [],
        tables: [perPerson],
        notes,
      },
      {
        name: tr(lang, 'sheet.payrollWeeks'),
        heading: tr(lang, 'sheet.payrollWeeks'),
        lines: [],
        tables: [perWeek],
        notes,
        only: 'xlsx',
      },
    ],
  };
}
