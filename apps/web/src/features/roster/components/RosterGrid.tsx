// The roster grid: people by team × days, each cell coloured by shift with its qualification, cells named by a
// violation outlined, a dot on cells holding a shift request (met or not), then the cover of the needs per
// qualification × shift (short in red).
import { Fragment, type MouseEvent, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterCell, RosterPerson, RosterView } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import type { RosterRequest } from '../hooks/useRosterRequests.ts';
import {
  dayOfMonth,
  isMonday,
  isWeekend,
  longDay,
  qualificationName,
  qualificationShort,
  rosterDays,
  shiftCode,
  shiftColours,
  shiftName,
  teamName,
  weekdayShort,
} from '../rosterFormat.ts';
import { requestLines } from '../rosterRequests.ts';

/** `employeeId|day` → the worst violation naming that cell. */
export type CellMarks = Map<string, 'hard' | 'soft'>;

export const cellKey = (employeeId: string, day: string) => `${employeeId}|${day}`;

export function markCells(violations: RosterView['violations']): CellMarks {
  const marks: CellMarks = new Map();
  for (const v of violations) {
    if (v.employeeId === null) continue;
    for (const day of v.days) {
      const key = cellKey(v.employeeId, day);
      if (v.hard) marks.set(key, 'hard');
      else if (!marks.has(key)) marks.set(key, 'soft');
    }
  }
  return marks;
}

export function RosterGrid({
  roster,
  editable,
  marks,
  focused,
  onCellClick,
  onCoverClick,
  requests,
}: {
  roster: RosterView;
  editable: boolean;
  marks: CellMarks;
  /** Cells of the violation the reader picked in the panel. */
  focused: ReadonlySet<string>;
  onCellClick: (person: RosterPerson, day: string, anchor: DOMRect) => void;
  /** A short cover cell was clicked: explain it. */
  onCoverClick?: (day: string, shift: string, qualification: string) => void;
  /** `employeeId|day` → the shift requests of that cell. */
  requests?: ReadonlyMap<string, RosterRequest[]>;
}) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const lang = useLang();
  const days = useMemo(() => rosterDays(roster.from, roster.days), [roster.from, roster.days]);
  const holidays = useMemo(() => new Set(roster.holidays), [roster.holidays]);
  const colours = useMemo(() => shiftColours(roster.shifts), [roster.shifts]);
  const shifts = useMemo(() => new Map(roster.shifts.map((s) => [s.key, s])), [roster.shifts]);
  const cells = useMemo(() => {
    const map = new Map<string, RosterCell>();
    for (const a of roster.assignments) map.set(cellKey(a.employeeId, a.day), a);
    return map;
  }, [roster.assignments]);
  const teams = useMemo(() => {
    const groups = new Map<string, RosterPerson[]>();
    for (const p of roster.people) groups.set(p.team, [...(groups.get(p.team) ?? []), p]);
    return [...groups].sort(([a], [b]) => a.localeCompare(b));
  }, [roster.people]);
  const coverage = useMemo(() => {
    const rows = new Map<
      string,
      { qualification: string; shift: string; byDay: Map<string, [number, number]> }
    >();
    for (const c of roster.coverage) {
      if (c.needed === 0 && c.assigned === 0) continue;
      const key = `${c.qualification}|${c.shift}`;
      const row = rows.get(key) ?? { qualification: c.qualification, shift: c.shift, byDay: new Map() };
      row.byDay.set(c.day, [c.assigned, c.needed]);
      rows.set(key, row);
    }
    const shiftRank = (k: string) => roster.shifts.findIndex((s) => s.key === k);
    return [...rows.values()].sort(
      (a, b) => a.qualification.localeCompare(b.qualification) || shiftRank(a.shift) - shiftRank(b.shift),
    );
  }, [roster.coverage, roster.shifts]);

  // Weekends and holidays shaded; a rule before each Monday but the first, so that the weeks read apart.
  const dayClass = (day: string) =>
    [
      isWeekend(day) ? 'weekend' : '',
      holidays.has(day) ? 'holiday' : '',
      day !== roster.from && isMonday(day) ? 'week-start' : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  const onClick = (person: RosterPerson, day: string) => (e: MouseEvent<HTMLButtonElement>) =>
    onCellClick(person, day, e.currentTarget.getBoundingClientRect());

  return (
    <div className="roster-grid-wrap">
      <table
        className="roster-grid"
        data-testid="roster-grid"
        aria-label={t('web-roster.grid.caption', { count: roster.people.length, days: roster.days })}
      >
        <thead>
          <tr>
            <th className="person">{t('web-roster.grid.person')}</th>
            {days.map((day) => (
              <th
                key={day}
                className={dayClass(day)}
                title={
                  holidays.has(day)
                    ? `${longDay(lang, day)} · ${t('web-roster.grid.holiday')}`
                    : longDay(lang, day)
                }
                data-testid={`roster-day-${day}`}
              >
                <span className="weekday">{weekdayShort(lang, day)}</span>
                <span className="date">{dayOfMonth(day)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {teams.map(([team, people]) => (
            <Fragment key={team}>
              <tr className="team-row">
                <th colSpan={days.length + 1}>
                  <span>{teamName(t, exists, team)}</span> <span className="muted">({people.length})</span>
                </th>
              </tr>
              {people.map((person) => (
                <tr key={person.id} data-testid={`roster-row-${person.id}`}>
                  <th className="person" scope="row">
                    <span className="name">{person.name}</span>
                    <span className="role">
                      {qualificationName(t, exists, person.jobRole)}
                      {person.isTemp ? ` · ${t('web-roster.grid.temp')}` : ''}
                    </span>
                  </th>
                  {days.map((day) => {
                    const key = cellKey(person.id, day);
                    const cell = cells.get(key);
                    const shift = cell ? shifts.get(cell.shift) : undefined;
                    const mark = marks.get(key);
                    const className = [
                      'cell',
                      dayClass(day) ?? '',
                      mark ? `mark-${mark}` : '',
                      focused.has(key) ? 'focused' : '',
                    ]
                      .filter(Boolean)
                      .join(' ');
                    const title =
                      cell && shift
                        ? t('web-roster.grid.cellTitle', {
                            name: person.name,
                            day: longDay(lang, day),
                            shift: shiftName(t, exists, shift),
                            start: shift.start,
                            end: shift.end,
                            qualification: qualificationName(t, exists, cell.qualification),
                          })
                        : t('web-roster.grid.cellOffTitle', { name: person.name, day: longDay(lang, day) });
                    const content = cell ? (
                      <>
                        <span className="code">{shift ? shiftCode(t, exists, shift) : cell.shift}</span>
                        <span className="qual">{qualificationShort(t, exists, cell.qualification)}</span>
                      </>
                    ) : null;
                    const lines = requestLines(
                      t,
                      exists,
                      requests?.get(key) ?? [],
                      roster.shifts,
                      cell?.shift ?? null,
                    );
                    const met = lines.every((l) => l.met);
                    const requestMark =
                      lines.length > 0 ? (
                        <span
                          className={met ? 'request-mark met' : 'request-mark unmet'}
                          title={t('web-roster.request.markTitle', {
                            name: person.name,
                            day: longDay(lang, day),
                            requests: lines
                              .map((l) =>
                                t('web-roster.request.state', {
                                  request: l.text,
                                  state: t(l.met ? 'web-roster.request.met' : 'web-roster.request.unmet'),
                                }),
                              )
                              .join(t('web-roster.request.separator')),
                          })}
                          data-testid={`roster-request-mark-${person.id}-${day}`}
                        />
                      ) : null;
                    const style = cell ? colours.get(cell.shift) : undefined;
                    return (
                      <td
                        key={day}
                        className={className}
                        data-testid={`roster-cell-${person.id}-${day}`}
                        data-shift={cell?.shift ?? ''}
                        data-qualification={cell?.qualification ?? ''}
                        data-mark={mark ?? ''}
                        data-request={lines.length === 0 ? '' : met ? 'met' : 'unmet'}
                      >
                        {editable ? (
                          <button type="button" style={style} title={title} onClick={onClick(person, day)}>
                            {content}
                            {requestMark}
                          </button>
                        ) : (
                          <span className="cell-body" style={style} title={title}>
                            {content}
                            {requestMark}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
        {coverage.length > 0 && (
          <tbody className="coverage" data-testid="roster-coverage">
            <tr className="team-row">
              <th colSpan={days.length + 1}>{t('web-roster.grid.coverage')}</th>
            </tr>
            {coverage.map((row) => {
              const shift = shifts.get(row.shift);
              const shiftShown = shift ? shiftName(t, exists, shift) : row.shift;
              const qualification = qualificationName(t, exists, row.qualification);
              return (
                <tr
                  key={`${row.qualification}|${row.shift}`}
                  data-testid={`roster-cover-${row.qualification}-${row.shift}`}
                >
                  <th
                    className="person"
                    scope="row"
                    title={t('web-roster.grid.coverageRow', { qualification, shift: shiftShown })}
                  >
                    <span className="cover-label">
                      <span className="swatch" style={colours.get(row.shift)} />
                      {t('web-roster.grid.coverageRow', { qualification, shift: shiftShown })}
                    </span>
                  </th>
                  {days.map((day) => {
                    const [assigned, needed] = row.byDay.get(day) ?? [0, 0];
                    const short = assigned < needed;
                    return (
                      <td
                        key={day}
                        className={[dayClass(day) ?? '', 'cover', short ? 'short' : '']
                          .filter(Boolean)
                          .join(' ')}
                        data-testid={`roster-cover-${row.qualification}-${row.shift}-${day}`}
                        data-short={short ? 'true' : 'false'}
                        {...(short && onCoverClick
                          ? {
                              role: 'button',
                              tabIndex: 0,
                              onClick: () => onCoverClick(day, row.shift, row.qualification),
                              onKeyDown: (e: { key: string }) => {
                                if (e.key === 'Enter' || e.key === ' ')
                                  onCoverClick(day, row.shift, row.qualification);
                              },
                            }
                          : {})}
                        title={t('web-roster.grid.coverageTitle', {
                          qualification,
                          shift: shiftShown,
                          day: longDay(lang, day),
                          assigned,
                          needed,
                        })}
                      >
                        {needed === 0 && assigned === 0
                          ? ''
                          : t('web-roster.grid.coverageCell', { assigned, needed })}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        )}
      </table>
    </div>
  );
}

export function ShiftLegend({ roster }: { roster: RosterView }) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const colours = shiftColours(roster.shifts);
  return (
    <ul className="roster-legend" aria-label={t('web-roster.grid.legend')} data-testid="roster-legend">
      {roster.shifts.map((s) => (
        <li key={s.key}>
          <span className="legend-chip" style={colours.get(s.key)}>
            {shiftCode(t, exists, s)}
          </span>
          {t('web-roster.grid.shiftTimes', { shift: shiftName(t, exists, s), start: s.start, end: s.end })}
        </li>
      ))}
      <li>
        <span className="legend-chip off" />
        {t('web-roster.grid.off')}
      </li>
    </ul>
  );
}
