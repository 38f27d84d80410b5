// @vitest-environment jsdom
// Dashboard page: tiles in the user's order with light, trend and comparisons in French; a click on a client drills
// down with a breadcrumb back; the layout editor saves through PUT; the drift tab takes an alert over.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../../../api/types.ts';
import { renderInLang } from '../../../testing/renderInLang.tsx';
import type { DriftReport, KpiBoard, KpiTile } from '../kpiTypes.ts';
import { KpiDashboard } from './KpiDashboardPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const manager: User = {
  id: 'u1',
  username: 'manager',
  displayName: 'Manager',
  role: 'site_manager',
  clientId: null,
  locale: 'fr',
};

function tile(id: string, group: string, value: number, extra: Partial<KpiTile> = {}): KpiTile {
  return {
    id,
    window: 'period',
    family: 'service',
    unit: 'percent',
    direction: 'up',
    group,
    value,
    numerator: value,
    denominator: 100,
    target: 99,
    tolerance: 1,
    status: value >= 99 ? 'green' : value >= 98 ? 'amber' : 'red',
    previous: 97.25,
    lastYear: 96,
    trend: 'down',
    spark: [
      { period: '2026-01-05', value: 99 },
      { period: '2026-01-12', value },
    ],
    ...extra,
  };
}

function board(groupBy: KpiBoard['groupBy'], tiles: KpiTile[], client = ''): KpiBoard {
  return {
    from: '2026-02-01',
    to: '2026-02-28',
    groupBy,
    client,
    groups: [...new Set(tiles.map((t) => t.group))],
    previous: { from: '2026-01-01', to: '2026-01-31' },
    lastYear: { from: '2025-02-01', to: '2025-02-28' },
    sparkPeriod: 'week',
    tiles,
  };
}

const drifts: DriftReport = {
  from: '2026-02-01',
  to: '2026-02-28',
  baseline: { from: '2025-02-01', to: '2026-01-31' },
  series: 12,
  alerts: [
    {
      id: 'on_time_shipments:client:c1:WE_1:2026-02-10',
      kpiId: 'on_time_shipments',
      dimension: 'client',
      key: 'c1',
      chart: 'p',
      rule: 'WE_1',
      side: 'below',
      firedAt: '2026-02-10',
      start: '2026-02-10',
      end: '2026-02-10',
      dates: ['2026-02-10'],
      value: 80,
      centre: 98,
      lcl: 90,
      ucl: 100,
    },
  ],
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A fake server: boards by breakdown and key, the layout, the client names, one drift alert and its record. */
function serve() {
  const boards: URLSearchParams[] = [];
  const puts: unknown[] = [];
  const posts: unknown[] = [];
  let taken = false;
  const record = () => ({
    id: 'r',
    alertId: drifts.alerts[0]?.id,
    kpiId: 'on_time_shipments',
    status: 'open',
    note: '',
    createdAt: '2026-02-11T08:00:00Z',
    createdBy: 'manager',
  });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), 'http://localhost');
      const method = init?.method ?? 'GET';
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      switch (url.pathname) {
        case '/api/kpi/board': {
          boards.push(url.searchParams);
          const groupBy = (url.searchParams.get('groupBy') ?? 'site') as KpiBoard['groupBy'];
          if (groupBy === 'site')
            return json(
              200,
              board('site', [tile('on_time_shipments', '', 98.46), tile('otif', '', 97.1, { trend: 'up' })]),
            );
          if (groupBy === 'client')
            return json(
              200,
              board('client', [tile('on_time_shipments', url.searchParams.get('keys') ?? 'c1', 92.35)]),
            );
          return json(200, board(groupBy, [], url.searchParams.get('client') ?? ''));
        }
        case '/api/kpi/layout':
          if (method === 'PUT') {
            puts.push(body);
            return json(200, body);
          }
          return json(200, { tiles: ['otif', 'on_time_shipments'], period: 'month' });
        case '/api/clients':
          return json(200, { items: [{ id: 'c1', name: 'Épicéa' }], total: 1 });
        case '/api/employees':
          return json(200, { items: [], total: 0 });
        case '/api/kpi/drifts':
          return json(200, drifts);
        case '/api/kpi/drift-chart':
          return json(200, null);
        case '/api/kpi/drift-records':
          if (method === 'POST') {
            posts.push(body);
            taken = true;
            return json(201, { record: record(), created: true });
          }
          return json(200, { items: taken ? [record()] : [] });
        default:
          return json(404, { error: { code: 'NOT_FOUND', message: 'Not found', field: null, params: {} } });
      }
    }),
  );
  return { boards, puts, posts };
}

describe('KpiDashboard', () => {
  it('shows the tiles in the layout order with French figures, light, trend and comparisons', async () => {
    serve();
    renderInLang('fr', <KpiDashboard user={manager} />);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    expect(screen.getAllByRole('article').map((t) => t.getAttribute('data-testid'))).toEqual([
      'kpi-tile-otif',
      'kpi-tile-on_time_shipments',
    ]);
    const onTime = within(screen.getByTestId('kpi-tile-on_time_shipments'));
    const text = (s: string | null | undefined) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ');
    expect(text(onTime.getByTestId('kpi-value').textContent)).toBe('98,5 %');
    expect(onTime.getByText('Feu : Orange : dans la tolérance')).toBeTruthy();
    expect(onTime.getByText('Tendance : En baisse')).toBeTruthy();
    expect(text(onTime.getByText('Période précédente').nextElementSibling?.textContent)).toBe('97,3 %');
    expect(text(onTime.getByText("Même période l'an dernier").nextElementSibling?.textContent)).toBe(
      '96,0 %',
    );
    expect(text(onTime.getByText("Écart à l'objectif").nextElementSibling?.textContent)).toBe('−0,5 pt');
  });

  it('drills down into a client and comes back through the breadcrumb', async () => {
    const { boards } = serve();
    renderInLang('fr', <KpiDashboard user={manager} />);
    const table = await screen.findByTestId('kpi-breakdown');
    fireEvent.click(within(table).getByRole('button', { name: 'Épicéa' }));
    const crumbs = screen.getByTestId('kpi-crumbs');
    await waitFor(() => expect(crumbs.textContent).toContain('Client : Épicéa'));
    await waitFor(() =>
      expect(boards.some((q) => q.get('groupBy') === 'client' && q.get('keys') === 'c1')).toBe(true),
    );
    await waitFor(() => expect(screen.getByTestId('kpi-value').textContent?.startsWith('92,4')).toBe(true));
    // Below the client, the breakdown by activity is that client's alone.
    await waitFor(() =>
      expect(boards.some((q) => q.get('groupBy') === 'activity' && q.get('client') === 'c1')).toBe(true),
    );
    fireEvent.click(within(crumbs).getByRole('button', { name: 'Site' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
  });

  it('saves the chosen tiles and order through the layout API', async () => {
    const { puts } = serve();
    renderInLang('en', <KpiDashboard user={manager} />);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Customise' }));
    const editor = await screen.findByTestId('kpi-layout-editor');
    fireEvent.click(within(editor).getByRole('button', { name: 'Move On-time shipments up' }));
    fireEvent.click(within(editor).getByRole('checkbox', { name: 'Show Lines per hour' }));
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toEqual({ tiles: ['on_time_shipments', 'otif', 'lines_per_hour'], period: 'month' });
    await waitFor(() =>
      expect(screen.getAllByRole('article').map((t) => t.getAttribute('data-testid'))).toEqual([
        'kpi-tile-on_time_shipments',
        'kpi-tile-otif',
      ]),
    );
  });

  it('lists the drift with its rule sentence and takes it over', async () => {
    const { posts } = serve();
    renderInLang('fr', <KpiDashboard user={manager} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Alertes / Dérives' }));
    const list = await screen.findByTestId('kpi-alert-list');
    expect(within(list).getByText('un point au-delà des limites à 3 sigma')).toBeTruthy();
    expect(within(list).getByText('Client : Épicéa')).toBeTruthy();
    fireEvent.click(within(list).getByRole('button', { name: 'Prendre en charge' }));
    await waitFor(() => expect(within(list).getByText('Pris en charge')).toBeTruthy());
    expect(posts[0]).toMatchObject({ alertId: drifts.alerts[0]?.id, from: expect.any(String) });
  });
});
