// @vitest-environment jsdom
// The why-panel: asks the server about one short cover cell and shows who could take it and what stands in the way.
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RosterWhy } from '../../../api/types.ts';
import { fakeFetch, renderInLang } from '../../../testing/renderInLang.tsx';
import { WhyPanel } from './WhyPanel.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const WHY: RosterWhy = {
  day: '2026-11-09',
  shift: 'morning',
  qualification: 'picker',
  required: 3,
  assigned: 1,
  missing: 2,
  summary: 'Préparateur de commandes, poste 05:00–13:00 du 09/11/2026 : 1 en poste pour 3 demandés.',
  candidates: [
    {
      employeeId: 'e2',
      name: 'Inès Roux',
      free: true,
      reasons: [{ code: 'free', hard: false, message: 'Inès Roux pourrait prendre ce poste.' }],
    },
    {
      employeeId: 'e3',
      name: 'Paul Martin',
      free: false,
      reasons: [
        { code: 'ROSTER_DAILY_REST', hard: true, message: 'Paul Martin : 8 h de repos, 11 h exigées.' },
      ],
    },
  ],
};

describe('WhyPanel', () => {
  it('asks about the cell it was given and lists free people then the blocked ones with their reasons', async () => {
    const spy = fakeFetch(({ path }) => (path === '/api/rosters/r1/why' ? { status: 200, body: WHY } : null));
    renderInLang('fr', <WhyPanel rosterId="r1" target={WHY} onClose={() => {}} />);
    expect((await screen.findByTestId('roster-why-summary')).textContent).toContain(
      '1 en poste pour 3 demandés',
    );
    const url = new URL(String(spy.mock.calls[0]![0]), 'http://localhost');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      day: '2026-11-09',
      shift: 'morning',
      qualification: 'picker',
    });
    expect(screen.getByTestId('roster-why-e2').textContent).toContain('pourrait le prendre');
    expect(screen.getByTestId('roster-why-e3').textContent).toContain('11 h exigées');
    expect(screen.getByTestId('roster-why-e3').querySelector('li.hard')).not.toBeNull();
  });

  it('shows the server’s sentence when the explanation is refused', async () => {
    fakeFetch(() => ({
      status: 404,
      body: {
        error: { code: 'ROSTER_NOT_FOUND', message: 'Ce planning n’existe pas.', field: null, params: {} },
      },
    }));
    renderInLang('en', <WhyPanel rosterId="gone" target={WHY} onClose={() => {}} />);
    await waitFor(() =>
      expect(screen.getByTestId('roster-why').textContent).toContain('Ce planning n’existe pas.'),
    );
  });
});
