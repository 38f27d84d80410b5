// The collective schedule posted on site (horaire collectif): each shift's hours and breaks, who works it each day
// team by team, the posting date and the notice period before a change.
import { todayIn } from '@logipilot/domain';
import { formatDate, type Lang } from '@logipilot/i18n';
import {
  breakMinutes,
  cellsOf,
  type DocCell,
  type DocColumn,
  type DocTable,
  dayFill,
  horizonDays,
  hoursOf,
  metaLines,
  type RosterDocumentInput,
  type RosterDocumentOptions,
  type RosterLayout,
  shiftColours,
  shiftKindLabel,
  teamsOf,
  tr,
  weekdayShort,
} from './roster-document.ts';

export function shiftsTable(lang: Lang, view: RosterDocumentInput): DocTable {
  const colours = shiftColours(view.shifts);
  return {
    columns: [
      { header: tr(lang, 'column.shift'), kind: 'text', width: 20, pdfWidth: 110 },
      { header: tr(lang, 'column.kind'), kind: 'text', width: 14, pdfWidth: 80 },
      { header: tr(lang, 'column.start'), kind: 'text', width: 10, pdfWidth: 50 },
      { header: tr(lang, 'column.end'), kind: 'text', width: 18, pdfWidth: 90 },
      { header: tr(lang, 'column.breaks'), kind: 'text', width: 10, pdfWidth: 50 },
      { header: tr(lang, 'column.workedHours'), kind: 'hours', width: 14, pdfWidth: 70 },
    ],
    rows: view.shifts.map((s): DocCell[] => [
      { value: s.label, fill: colours.get(s.key)! },
      { value: shiftKindLabel(lang, s.kind) },
      { value: s.start },
      { value: s.end <= s.start ? tr(lang, 'nextDay', { time: s.end }) : s.end },
      { value: tr(lang, 'breakMinutes', { minutes: breakMinutes(s) }) },
      { value: hoursOf(s.workedMinutes) },
    ]),
  };
}

export function postedLayout(
  view: RosterDocumentInput,
  lang: Lang,
  options: RosterDocumentOptions = {},
): RosterLayout {
  const days = horizonDays(view);
  const cells = cellsOf(view);
  const colours = shiftColours(view.shifts);
  const teams = teamsOf(lang, view);
  const shiftColumns: DocColumn[] = view.shifts.map((s) => ({
    header: s.label,
    kind: 'text',
    width: 48,
    pdfWidth: '*',
    fill: colours.get(s.key)!,
    wrap: true,
  }));
  const schedule: DocTable = {
    columns: [
      { header: tr(lang, 'column.date'), kind: 'date', width: 12, pdfWidth: 55 },
      { header: tr(lang, 'column.weekday'), kind: 'text', width: 8, pdfWidth: 28 },
      ...shiftColumns,
    ],
    rows: days.map((day): DocCell[] => {
      const fill = dayFill(view, day);
      const tint = fill ? { fill } : {};
      return [
        { value: day, ...tint },
        { value: weekdayShort(lang, day), ...tint },
        ...view.shifts.map((s): DocCell => {
          const lines = teams
            .map((t) => ({
              team: t.team,
              names: t.people.filter((p) => cells.get(`${p.id}|${day}`)?.shift === s.key).map((p) => p.name),
            }))
            .filter((t) => t.names.length > 0)
            .map((t) => tr(lang, 'teamPeople', { team: t.team, people: t.names.join(', ') }));
          return { value: lines.length > 0 ? lines.join('\n') : null };
        }),
      ];
    }),
    frozenColumns: 2,
  };
  const postedOn = view.publishedAt
    ? todayIn(view.timeZone, new Date(view.publishedAt))
    : todayIn(view.timeZone, options.generatedAt ?? new Date());
  const [site = '', roster = '', period = ''] = metaLines(lang, view, options);
  return {
    title: tr(lang, 'title.posted'),
    meta: [site, roster, period, tr(lang, 'meta.postedOn', { date: formatDate(lang, postedOn) })],
    orientation: 'landscape',
    sections: [
      {
        name: tr(lang, 'sheet.schedule'),
        heading: tr(lang, 'sheet.shifts'),
        lines: [],
        tables: [shiftsTable(lang, view), schedule],
        notes: [tr(lang, 'note.notice', { count: view.noticeDays }), tr(lang, 'note.breaks')],
      },
    ],
  };
}
