// @vitest-environment jsdom
// Plan tables: people missing highlighted in red with their number, peak days flagged, qualifications localised.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInLang } from '../../../testing/renderInLang.tsx';
import { planDay, planResult } from '../testing/planFixtures.ts';
import { HeatMap } from './HeatMap.tsx';
import { StaffingTable } from './StaffingTable.tsx';

afterEach(cleanup);

describe('HeatMap', () => {
  it('marks the shifts with people missing in red with the number, flags peak days, labels days in French', () => {
    renderInLang('fr', <HeatMap plan={planResult()} />);
    const short = screen.getByTestId('plan-gap-2026-11-30-afternoon');
    expect(short.textContent).toBe('2');
    expect(short.className).toContain('gap-cell');
    expect(short.getAttribute('title')).toBe('2 personnes manquantes');
    const covered = screen.getByTestId('plan-gap-2026-11-30-morning');
    expect(covered.className).not.toContain('gap-cell');
    expect(screen.getByTestId('plan-peak-2026-11-30').textContent).toBe('Pointe');
    expect(screen.queryByTestId('plan-peak-2026-12-01')).toBeNull();
    expect(screen.getByText('lun. 30 nov.')).toBeTruthy();
    const headers = within(screen.getByTestId('plan-heatmap'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    // Activities in the order of the flow, whatever order the server sent them in.
    expect(headers.indexOf('Réception')).toBeLessThan(headers.indexOf('Préparation'));
  });

  it('switches between hours and headcount and writes a closed day as such', () => {
    const plan = planResult({
      days: [planDay('2026-11-30'), planDay('2026-12-06', { status: 'closed', activities: [], shifts: [] })],
    });
    plan.heatmap = plan.heatmap.filter((c) => c.date === '2026-11-30');
    renderInLang('en', <HeatMap plan={plan} />);
    const row = () => screen.getByText('Morning').closest('tr') as HTMLElement;
    expect(within(row()).getByText('40')).toBeTruthy();
    fireEvent.click(screen.getByTestId('plan-heatmap-headcount'));
    expect(within(row()).getByText('6')).toBeTruthy();
    expect(screen.getByText('Site closed')).toBeTruthy();
    expect(screen.getByText('Sun 6 Dec')).toBeTruthy();
  });
});

describe('StaffingTable', () => {
  it('shows needed, available and gap per qualification, shortages in red, and can keep only them', () => {
    renderInLang('en', <StaffingTable plan={planResult()} />);
    const table = screen.getByTestId('plan-staffing');
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    const licence = within(table).getAllByText('Drivers CACES R489 cat. 5')[0]?.closest('tr') as HTMLElement;
    expect(licence.className).toContain('row-gap');
    const gap = within(licence).getByText('+2');
    expect(gap.className).toContain('gap-cell');
    expect(within(table).getAllByText('Order pickers')[0]?.closest('tr')?.className ?? '').not.toContain(
      'row-gap',
    );
    expect(within(table).getAllByText('Drivers CACES R489 cat. 5')[0]?.getAttribute('title')).toBe(
      'Reach trucks',
    );

    fireEvent.click(screen.getByTestId('plan-staffing-gaps-only'));
    expect(within(screen.getByTestId('plan-staffing')).getAllByRole('row')).toHaveLength(3);
    expect(within(screen.getByTestId('plan-staffing')).queryByText('Order pickers')).toBeNull();
  });
});
