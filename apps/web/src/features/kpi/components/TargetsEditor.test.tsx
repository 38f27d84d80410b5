// @vitest-environment jsdom
// Targets editor: opened from the dashboard, it lists the targets with their scope, month and unit, saves a new one
// typed with a French decimal comma through PUT and reloads the targets and the board; other roles only read.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../../../api/types.ts';
import { fakeFetch, renderInLang } from '../../../testing/renderInLang.tsx';
import { localToday, monthPeriod } from '../kpiFormat.ts';
import type { KpiBoard, KpiTarget } from '../kpiTypes.ts';

import { KpiDashboard } from '../pages/KpiDashboardPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function user(role: User['role']): User {
  return { id: 'u1', username: role, displayName: role, role, clientId: null, locale: 'fr' };
}

const emptyBoard: KpiBoard = {
  from: '2026-02-01',
  to: '2026-02-28',
  groupBy: 'site',
  client: '',
  groups: [],
  previous: { from: '2026-01-01', to: '2026-01-31' },
  lastYear: { from: '2025-02-01', to: '2025-02-28' },
  sparkPeriod: 'week',
  tiles: [],
};

/** A fake server holding targets; counts the GETs of targets and boards, keeps the PUT bodies. */
function serve() {
  const targets: KpiTarget[] = [
    { kpiId: 'otif', clientId: '', from: '2020-01-01', target: 95, tolerance: 2, source: 'default' },
    { kpiId: 'otif', clientId: 'c1', from: '2021-03-01', target: 98.5, tolerance: 1, source: 'manual' },
  ];
  const counts = { targets: 0, boards: 0 };
  const puts: unknown[] = [];
  fakeFetch(({ method, path, init }) => {
    switch (path) {
      case '/api/kpi/targets':
        if (method === 'PUT') {
          const body = JSON.parse(String(init?.body)) as Omit<KpiTarget, 'clientId' | 'source'> & {
            clientId?: string;
          };
          puts.push(body);
          const saved = { clientId: '', ...body, source: 'manual' };
          targets.push(saved);
          return { status: 200, body: saved };
        }
        counts.targets++;
        return { status: 200, body: targets };
      case '/api/kpi/board':
        counts.boards++;
        return { status: 200, body: emptyBoard };
      case '/api/kpi/layout':
        return { status: 200, body: { tiles: ['otif'], period: 'month' } };
      case '/api/clients':
        return { status: 200, body: { items: [{ id: 'c1', name: 'Épicéa' }], total: 1 } };
      case '/api/employees':
        return { status: 200, body: { items: [], total: 0 } };
      default:
        return null;
    }
  });
  return { counts, puts };
}

const text = (s: string | null | undefined) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ');

describe('TargetsEditor', () => {
  it('lists the targets and saves one typed with a decimal comma, then reloads targets and board', async () => {
    const { counts, puts } = serve();
    renderInLang('fr', <KpiDashboard user={user('site_manager')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Objectifs' }));
    const editor = await screen.findByTestId('kpi-targets-editor');
    const list = await within(editor).findByTestId('kpi-targets-list');
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => text(r.textContent))).toEqual([
      "À l'heure et complet (OTIF)Tout le sitejanvier 202095 %± 2 %En vigueur",
      "À l'heure et complet (OTIF)Épicéamars 202198,5 %± 1 %En vigueur",
    ]);

    const from = monthPeriod(localToday()).from;
    fireEvent.change(within(editor).getByLabelText('Indicateur'), { target: { value: 'otif' } });
    fireEvent.change(within(editor).getByLabelText('Portée'), { target: { value: '' } });
    fireEvent.change(within(editor).getByLabelText('À partir de'), { target: { value: from } });
    fireEvent.change(within(editor).getByLabelText('Objectif'), { target: { value: '97,5' } });
    fireEvent.change(within(editor).getByLabelText('Tolérance (orange)'), { target: { value: '1,5' } });
    const boardsBefore = counts.boards;
    fireEvent.click(within(editor).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toEqual({ kpiId: 'otif', from, target: 97.5, tolerance: 1.5 });
    await within(editor).findByText('Objectif enregistré.');
    await waitFor(() => expect(counts.targets).toBe(2));
    await waitFor(() => expect(counts.boards).toBeGreaterThan(boardsBefore));
    // The new site target takes over from the 2020 one, which is now history.
    await waitFor(() => expect(within(editor).getAllByText('Remplacé')).toHaveLength(1));
  });

  it('sends the client chosen as scope and refuses a value that is not a number', async () => {
    const { puts } = serve();
    renderInLang('en', <KpiDashboard user={user('methods_technician')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Targets' }));
    const editor = await screen.findByTestId('kpi-targets-editor');
    const scope = within(editor).getByLabelText('Scope');
    await within(scope).findByRole('option', { name: 'Épicéa' });
    fireEvent.change(scope, { target: { value: 'c1' } });
    fireEvent.change(within(editor).getByLabelText('KPI'), { target: { value: 'lines_per_hour' } });
    fireEvent.change(within(editor).getByLabelText('Target'), { target: { value: 'abc' } });
    fireEvent.change(within(editor).getByLabelText('Tolerance (amber)'), { target: { value: '5' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(within(editor).getByText('Target: enter a number.')).toBeTruthy();
    expect(puts).toHaveLength(0);
    fireEvent.change(within(editor).getByLabelText('Target'), { target: { value: '120.5' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toMatchObject({ kpiId: 'lines_per_hour', clientId: 'c1', target: 120.5, tolerance: 5 });
  });

  it('shows the targets read-only to a team leader', async () => {
    serve();
    renderInLang('fr', <KpiDashboard user={user('team_leader')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Objectifs' }));
    const editor = await screen.findByTestId('kpi-targets-editor');
    await within(editor).findByTestId('kpi-targets-list');
    expect(within(editor).queryByTestId('kpi-targets-form')).toBeNull();
    expect(within(editor).queryByRole('button', { name: 'Enregistrer' })).toBeNull();
  });
});
