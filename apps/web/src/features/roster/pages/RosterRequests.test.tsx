// @vitest-environment jsdom
// Shift requests on the roster page: loaded for the roster's period, a dot on the cells holding one (tooltip saying
// whether the roster meets it), recorded and removed from the cell editor, the roster read again after each change.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInLang } from '../../../testing/renderInLang.tsx';
import type { RosterRequest } from '../hooks/useRosterRequests.ts';
import { rosterView, summaryOf } from '../testing/rosterFixtures.ts';
import { RosterPage } from './RosterPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const TODAY = new Date(2026, 10, 4);

interface Sent {
  method: string;
  path: string;
  search: string;
  body: unknown;
}

const stored = (over: Partial<RosterRequest>): RosterRequest => ({
  id: 'q1',
  employeeId: 'e1',
  day: '2026-11-09',
  shift: 'night',
  on: true,
  weight: 10,
  note: null,
  createdAt: '2026-11-03T08:00:00Z',
  createdBy: 'methods',
  ...over,
});

/** A server holding the requests in memory: POST adds (replacing the same person, day, shift), DELETE removes. */
function requestServer(initial: RosterRequest[]) {
  const sent: Sent[] = [];
  let requests = [...initial];
  let next = 100;
  const draft = rosterView();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), 'http://localhost');
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : null;
      sent.push({ method, path: url.pathname, search: url.search, body });
      const json = (value: unknown, status = 200) =>
        new Response(value === undefined ? null : JSON.stringify(value), {
          status,
          headers: { 'Content-Type': 'application/json' },
        });
      if (url.pathname === '/api/plans') return json({ items: [], total: 0 });
      if (url.pathname === '/api/rosters') return json({ items: [summaryOf(draft)], total: 1 });
      if (url.pathname === '/api/rosters/r1') return json(draft);
      if (url.pathname === '/api/roster-requests' && method === 'GET')
        return json({ items: requests, total: requests.length });
      if (url.pathname === '/api/roster-requests' && method === 'POST') {
        const made = stored({ ...body, id: `q${next++}` });
        requests = [
          ...requests.filter(
            (r) => !(r.employeeId === made.employeeId && r.day === made.day && r.shift === made.shift),
          ),
          made,
        ];
        return json(made, 201);
      }
      if (url.pathname.startsWith('/api/roster-requests/') && method === 'DELETE') {
        const id = decodeURIComponent(url.pathname.split('/').pop() ?? '');
        requests = requests.filter((r) => r.id !== id);
        return json(undefined, 204);
      }
      return json({ error: { code: 'NOT_FOUND', message: 'Not found', field: null, params: {} } }, 404);
    }),
  );
  const rosterReads = () => sent.filter((s) => s.method === 'GET' && s.path === '/api/rosters/r1').length;
  return { sent, rosterReads };
}

describe('RosterPage: shift requests', () => {
  it('loads the period’s requests and marks their cells, met or not, with a tooltip', async () => {
    const server = requestServer([
      stored({}),
      stored({ id: 'q2', day: '2026-11-10', shift: 'morning', on: false }),
    ]);
    renderInLang('fr', <RosterPage today={TODAY} pollMs={0} />);
    await screen.findByTestId('roster-cell-e1-2026-11-09');
    const unmet = await screen.findByTestId('roster-request-mark-e1-2026-11-09');
    expect(server.sent.find((s) => s.path === '/api/roster-requests')?.search).toBe(
      '?from=2026-11-09&to=2026-11-15',
    );
    // Paul works the morning of the 9th: his night request is not met; off the 10th morning he works afternoons: met.
    expect(screen.getByTestId('roster-cell-e1-2026-11-09').getAttribute('data-request')).toBe('unmet');
    expect(unmet.getAttribute('title')).toBe(
      'Souhait de Paul Martin, lundi 9 novembre : Demande à faire le poste Nuit ce jour (non respecté)',
    );
    expect(screen.getByTestId('roster-cell-e1-2026-11-10').getAttribute('data-request')).toBe('met');
    expect(screen.getByTestId('roster-request-mark-e1-2026-11-10').getAttribute('title')).toBe(
      'Souhait de Paul Martin, mardi 10 novembre : Demande à ne pas faire le poste Matin ce jour (respecté)',
    );
    expect(screen.queryByTestId('roster-request-mark-e1-2026-11-11')).toBeNull();
  });

  it('records “off that day” as one request per shift, reads the roster again, and removes it', async () => {
    const server = requestServer([]);
    renderInLang('fr', <RosterPage today={TODAY} pollMs={0} />);
    const cell = await screen.findByTestId('roster-cell-e1-2026-11-11');
    await waitFor(() => expect(server.sent.some((s) => s.path === '/api/roster-requests')).toBe(true));
    const readsBefore = server.rosterReads();

    fireEvent.click(within(cell).getByRole('button'));
    const editor = await screen.findByRole('dialog', { name: 'Paul Martin, mercredi 11 novembre' });
    const section = within(editor).getByRole('region', { name: 'Souhait' });
    expect(section.textContent).toContain('Aucun souhait pour ce jour.');
    expect(
      within(section)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Demande à ne pas travailler ce jour',
      'Demande à faire le poste Matin ce jour',
      'Demande à faire le poste Après-midi ce jour',
      'Demande à faire le poste Nuit ce jour',
    ]);
    fireEvent.click(within(section).getByTestId('roster-request-add'));

    await waitFor(() => expect(server.rosterReads()).toBe(readsBefore + 1));
    expect(server.sent.filter((s) => s.method === 'POST').map((s) => s.body)).toEqual(
      ['morning', 'afternoon', 'night'].map((shift) => ({
        employeeId: 'e1',
        day: '2026-11-11',
        shift,
        on: false,
      })),
    );
    await waitFor(() =>
      expect(screen.getByTestId('roster-cell-e1-2026-11-11').getAttribute('data-request')).toBe('met'),
    );

    fireEvent.click(within(screen.getByTestId('roster-cell-e1-2026-11-11')).getByRole('button'));
    const again = await screen.findByRole('dialog', { name: 'Paul Martin, mercredi 11 novembre' });
    const lines = within(again).getAllByTestId('roster-request-line');
    expect(lines.map((l) => l.textContent)).toEqual(['Demande à ne pas travailler ce jour (respecté)×']);
    fireEvent.click(
      within(again).getByRole('button', {
        name: 'Retirer le souhait « Demande à ne pas travailler ce jour »',
      }),
    );
    await waitFor(() => expect(server.rosterReads()).toBe(readsBefore + 2));
    expect(server.sent.filter((s) => s.method === 'DELETE').map((s) => s.path)).toEqual([
      '/api/roster-requests/q100',
      '/api/roster-requests/q101',
      '/api/roster-requests/q102',
    ]);
    await waitFor(() => expect(screen.queryByTestId('roster-request-mark-e1-2026-11-11')).toBeNull());
  });

  it('records a shift the person asks to work, worded in English', async () => {
    const server = requestServer([]);
    renderInLang('en', <RosterPage today={TODAY} pollMs={0} />);
    fireEvent.click(within(await screen.findByTestId('roster-cell-e1-2026-11-12')).getByRole('button'));
    const editor = await screen.findByRole('dialog');
    const section = within(editor).getByRole('region', { name: 'Request' });
    expect(section.textContent).toContain('No request for this day.');
    fireEvent.change(within(section).getByLabelText('Request to record'), { target: { value: 'afternoon' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Record' }));
    await waitFor(() =>
      expect(screen.getByTestId('roster-cell-e1-2026-11-12').getAttribute('data-request')).toBe('unmet'),
    );
    expect(server.sent.filter((s) => s.method === 'POST').map((s) => s.body)).toEqual([
      { employeeId: 'e1', day: '2026-11-12', shift: 'afternoon', on: true },
    ]);
    expect(screen.getByTestId('roster-request-mark-e1-2026-11-12').getAttribute('title')).toBe(
      'Request from Paul Martin, Thursday 12 November: Asks to work the Afternoon shift that day (not met)',
    );
  });
});
