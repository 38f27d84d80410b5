// @vitest-environment jsdom
// Plan versions: two versions side by side with their differences marked, and the XLSX/PDF export links.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderInLang } from '../../../testing/renderInLang.tsx';
import { planDay, planResult } from '../testing/planFixtures.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { CompareTables } from './VersionCompare.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const baseline = planResult({ id: 'p1', name: 'Référence S49', kind: 'baseline' });
const replan = planResult({
  id: 'p2',
  name: 'Replan +20 %',
  kind: 'replan',
  days: [
    planDay('2026-11-30', {
      peak: true,
      activities: [
        { activity: 'picking', hours: 72 },
        { activity: 'receiving', hours: 24 },
      ],
      shifts: [
        { shift: 'morning', qualification: 'picker', needed: 6, available: 5, gap: 1 },
        { shift: 'afternoon', qualification: 'R489:5', needed: 4, available: 1, gap: 3 },
      ],
    }),
    planDay('2026-12-01'),
  ],
});

function summary(id: string, name: string, kind: string) {
  return {
    id,
    name,
    kind,
    from: '2026-11-30',
    to: '2026-12-27',
    createdAt: '2026-11-27T09:30:00Z',
    createdBy: 'methods',
    totals: baseline.totals,
  };
}

describe('CompareTables', () => {
  it('puts two versions side by side and marks what changed, day by day', () => {
    renderInLang('fr', <CompareTables left={baseline} right={replan} />);
    const hours = screen.getByTestId('plan-compare-total-hours');
    expect(hours.getAttribute('data-delta')).toBe('16');
    const gap = screen.getByTestId('plan-compare-total-gap');
    expect(gap.getAttribute('data-delta')).toBe('2');
    expect(within(gap).getByText('+2').className).toContain('worse');

    const changedDay = screen.getByTestId('plan-compare-day-2026-11-30');
    expect(changedDay.className).toContain('changed-row');
    const cells = within(changedDay)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['80', '96', '+16', '2', '4', '+2']);
    expect(within(changedDay).getByText('+16').className).toContain('changed');
    const sameDay = screen.getByTestId('plan-compare-day-2026-12-01');
    expect(sameDay.className).not.toContain('changed-row');
    expect(within(sameDay).getAllByRole('cell')[2]?.className).not.toContain('diff');
  });
});

describe('export links', () => {
  it('download XLSX and PDF of a saved version in the interface language', () => {
    renderInLang('en', <ExportLinks id="p 1" name="Baseline" />);
    const xlsx = screen.getByTestId('plan-export-xlsx');
    expect(xlsx.getAttribute('href')).toBe('/api/plans/p%201/export?format=xlsx&lang=en');
    expect(xlsx.hasAttribute('download')).toBe(true);
    expect(xlsx.textContent).toBe('Excel');
    expect(screen.getByTestId('plan-export-pdf').getAttribute('href')).toBe(
      '/api/plans/p%201/export?format=pdf&lang=en',
    );
    expect(screen.getByTestId('plan-export-pdf').getAttribute('title')).toBe(
      'Download "Baseline" as PDF (A4 landscape)',
    );
  });
});

describe('VersionsPanel', () => {
  it('saves the computation under a name, lists versions with their exports and compares the two picked', async () => {
    const posted: unknown[] = [];
    let stored = [summary('p1', 'Référence S49', 'baseline')];
    fakeFetch(({ method, path, init }) => {
      if (path === '/api/plans' && method === 'POST') {
        posted.push(JSON.parse(String(init?.body)));
        stored = [summary('p2', 'Replan +20 %', 'replan'), ...stored];
        return { status: 201, body: replan };
      }
      if (path === '/api/plans') return { status: 200, body: { items: stored, total: stored.length } };
      if (path === '/api/plans/p1') return { status: 200, body: baseline };
      if (path === '/api/plans/p2') return { status: 200, body: replan };
      return null;
    });
    const request = { from: '2026-11-30', weeks: 4, scenario: { volumePct: 20, productivityPct: 0 } };
    renderInLang('fr', <VersionsPanel request={request} canSave />);

    const firstRow = await screen.findByTestId('plan-version-p1');
    expect(within(firstRow).getByTestId('plan-export-xlsx').getAttribute('href')).toBe(
      '/api/plans/p1/export?format=xlsx&lang=fr',
    );
    expect(within(firstRow).getByTestId('plan-export-pdf').getAttribute('href')).toBe(
      '/api/plans/p1/export?format=pdf&lang=fr',
    );

    fireEvent.change(screen.getByTestId('plan-version-name'), { target: { value: 'Replan +20 %' } });
    fireEvent.change(screen.getByTestId('plan-version-kind'), { target: { value: 'replan' } });
    fireEvent.click(screen.getByTestId('plan-version-save'));
    expect(await screen.findByTestId('plan-version-saved')).toBeTruthy();
    expect(posted).toEqual([{ ...request, name: 'Replan +20 %', kind: 'replan' }]);

    await screen.findByTestId('plan-version-p2');
    fireEvent.click(within(screen.getByTestId('plan-version-p1')).getByTestId('plan-compare-left'));
    await waitFor(() =>
      expect(screen.getByTestId('plan-compare-total-hours').getAttribute('data-delta')).toBe('16'),
    );
    expect(screen.getByRole('heading', { name: 'Référence S49 comparée à Replan +20 %' })).toBeTruthy();
  });
});
