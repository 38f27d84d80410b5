// @vitest-environment jsdom
// Roster grid: people grouped by team with their role, days with weekends and holidays marked, cells showing shift
// and qualification in the shift's colour, violation marks, and the cover rows red where short.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInLang } from '../../../testing/renderInLang.tsx';
import { dailyRest, rosterView } from '../testing/rosterFixtures.ts';
import { markCells, RosterGrid, ShiftLegend } from './RosterGrid.tsx';

afterEach(cleanup);

const noop = () => undefined;

describe('RosterGrid', () => {
  it('groups people by team, names their role, and shows each worked cell as shift code and qualification', () => {
    const roster = rosterView();
    renderInLang(
      'fr',
      <RosterGrid
        roster={roster}
        editable={false}
        marks={new Map()}
        focused={new Set()}
        onCellClick={noop}
      />,
    );
    const grid = screen.getByTestId('roster-grid');
    const rowHeads = within(grid)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    // Teams sorted by key (forklift_driver before picker), their people under them; the cover rows follow.
    expect(rowHeads.slice(0, 3)).toEqual([
      'Awa DialloCariste',
      'Paul MartinPréparateur de commandes',
      'Léa PetitPréparateur de commandes · intérim',
    ]);
    expect(within(grid).getByText('Caristes')).toBeTruthy();
    expect(within(grid).getByText('Préparateurs de commandes')).toBeTruthy();

    const night = screen.getByTestId('roster-cell-e2-2026-11-09');
    expect(night.textContent).toBe('NC5');
    const body = night.firstElementChild as HTMLElement;
    expect(body.getAttribute('title')).toBe(
      'Awa Diallo, lundi 9 novembre : Nuit (21:00–05:00), CACES R489 cat. 5',
    );
    expect(body.style.background).not.toBe('');
    const off = screen.getByTestId('roster-cell-e2-2026-11-10');
    expect(off.textContent).toBe('');
    expect(off.firstElementChild?.getAttribute('title')).toBe('Awa Diallo, mardi 10 novembre : repos');

    // Saturday, Sunday and the 11 November holiday are shaded, in the header and in the cells.
    expect(screen.getByTestId('roster-day-2026-11-14').className).toBe('weekend');
    expect(screen.getByTestId('roster-day-2026-11-11').className).toBe('holiday');
    expect(screen.getByTestId('roster-day-2026-11-10').className).toBe('');
    expect(screen.getByTestId('roster-cell-e1-2026-11-15').className).toContain('weekend');
    expect(screen.getByTestId('roster-day-2026-11-09').textContent).toBe('lun.9');
  });

  it('shows the cover per qualification × shift and marks the short ones', () => {
    renderInLang(
      'fr',
      <RosterGrid
        roster={rosterView()}
        editable={false}
        marks={new Map()}
        focused={new Set()}
        onCellClick={noop}
      />,
    );
    const full = screen.getByTestId('roster-cover-picker-morning-2026-11-09');
    expect(full.textContent).toBe('2/2');
    expect(full.getAttribute('data-short')).toBe('false');
    const short = screen.getByTestId('roster-cover-picker-morning-2026-11-10');
    expect(short.textContent).toBe('0/2');
    expect(short.className).toContain('short');
    expect(short.getAttribute('title')).toBe(
      'Préparateur de commandes, Matin du mardi 10 novembre : 0 en poste pour 2 requis',
    );
    // A day with neither need nor assignment stays blank.
    expect(screen.getByTestId('roster-cover-picker-morning-2026-11-12').textContent).toBe('');
    expect(screen.getByTestId('roster-cover-R489:5-night').textContent).toContain('CACES R489 cat. 5 · Nuit');
  });

  it('outlines the cells a violation names, the blocking mark winning over a desirable one', () => {
    const roster = rosterView({
      violations: [
        { ...dailyRest('Paul Martin', 'e1', '2026-11-10', '2026-11-11'), hard: false, code: 'X' },
        dailyRest('Paul Martin', 'e1', '2026-11-10', '2026-11-11'),
        { ...dailyRest('Léa Petit', 'e3', '2026-11-12', '2026-11-13'), hard: false },
      ],
    });
    const marks = markCells(roster.violations);
    expect(marks.get('e1|2026-11-10')).toBe('hard');
    expect(marks.get('e3|2026-11-13')).toBe('soft');
    expect(marks.has('e2|2026-11-09')).toBe(false);
    renderInLang(
      'en',
      <RosterGrid roster={roster} editable marks={marks} focused={new Set()} onCellClick={noop} />,
    );
    expect(screen.getByTestId('roster-cell-e1-2026-11-11').className).toContain('mark-hard');
    expect(screen.getByTestId('roster-cell-e3-2026-11-12').className).toContain('mark-soft');
    // Editable: every cell is a button, English codes.
    expect(within(screen.getByTestId('roster-cell-e1-2026-11-10')).getByRole('button').textContent).toBe(
      'APick.',
    );
  });
});

describe('ShiftLegend', () => {
  it('names every shift with its hours and the day off, in the language', () => {
    renderInLang('en', <ShiftLegend roster={rosterView()} />);
    expect(
      within(screen.getByTestId('roster-legend'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['MMorning 05:00–13:00', 'AAfternoon 13:00–21:00', 'NNight 21:00–05:00', 'Off']);
  });
});
