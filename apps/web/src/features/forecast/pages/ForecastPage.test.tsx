// @vitest-environment jsdom
// Forecast page: versions listed, a run posted with the horizon, and the accuracy of each series against seasonal naive.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ForecastDetail, ForecastVersionSummary } from '../../../api/types.ts';
import { fakeFetch, renderInLang } from '../../../testing/renderInLang.tsx';
import { ForecastPage } from './ForecastPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const version = {
  id: 'v1',
  number: 1,
  name: 'stat-2026-11-02-h35',
  kind: 'statistical' as const,
  createdAt: '2026-11-27T16:07:56.294Z',
  createdBy: 'methods',
  basedOn: null,
  note: '',
  params: { asOf: '2026-11-02', coverage: 0.8, holdoutDays: 56, horizonDays: 35 },
};

const detail: ForecastDetail = {
  version,
  volumes: [
    {
      clientId: 'c1',
      clientCode: 'EPICEA',
      flow: 'order_lines',
      day: '2026-11-02',
      hour: null,
      quantity: 10,
    },
  ],
  series: [
    {
      clientId: 'c1',
      flow: 'order_lines',
      method: 'holt_winters_additive',
      candidates: [
        { method: 'seasonal_naive', wape: 0.2, mape: 0.25, bias: 0.1, coverage: 0.8 },
        { method: 'holt_winters_additive', wape: 0.125, mape: 0.15, bias: -0.02, coverage: 0.85 },
      ],
      accuracy: { wape: 0.125, mape: 0.15, bias: -0.02, mapeSkipped: 0, points: 48 },
      intervalCoverageOnHoldout: 0.85,
      reasons: [],
      points: [],
    },
  ],
};

describe('ForecastPage', () => {
  it('shows the accuracy of the newest version and runs a new forecast', async () => {
    const posted: unknown[] = [];
    const stored = [version];
    fakeFetch(({ method, path, init }) => {
      if (path === '/api/forecasts/run' && method === 'POST') {
        posted.push(JSON.parse(String(init?.body)));
        const run = { ...version, id: 'v2', number: 2, name: 'stat-2' };
        stored.unshift(run);
        return { status: 201, body: { version: run } };
      }
      if (path === '/api/forecasts') return { status: 200, body: { items: stored } };
      if (path.startsWith('/api/forecasts/'))
        return { status: 200, body: { ...detail, version: { ...version, id: path.split('/').at(-1) } } };
      return null;
    });
    renderInLang('fr', <ForecastPage />);

    const table = await screen.findByTestId('forecast-accuracy');
    // Intl puts a narrow no-break space before % in French.
    const cells = within(table)
      .getAllByRole('cell')
      .map((c) => (c.textContent ?? '').replace(/\s/g, ' '));
    expect(cells.slice(0, 8)).toEqual([
      'EPICEA',
      'Lignes de commande',
      'Holt-Winters additif',
      '12,5 %',
      '20,0 %',
      '15,0 %',
      '-2 %',
      '85,0 %',
    ]);
    expect(within(table).getAllByRole('cell')[3]?.className).toContain('beats-naive');
    expect(screen.getByTestId('forecast-beats-naive').textContent).toContain('1 série sur 1');

    fireEvent.change(screen.getByTestId('forecast-horizon'), { target: { value: '70' } });
    fireEvent.change(screen.getByTestId('forecast-as-of'), { target: { value: '2026-11-02' } });
    fireEvent.click(screen.getByTestId('forecast-run'));
    expect(await screen.findByTestId('forecast-run-done')).toBeTruthy();
    expect(posted).toEqual([{ horizonDays: 70, holdoutDays: 56, asOf: '2026-11-02' }]);
    // The new version joins the list, selected.
    await waitFor(() => expect(screen.getAllByRole('radio')).toHaveLength(2));
    expect((screen.getAllByRole('radio')[0] as HTMLInputElement).checked).toBe(true);
  });

  it('saves edited volumes as a new version, then shows that version and says so', async () => {
    const stored: ForecastVersionSummary[] = [version];
    const posted: unknown[] = [];
    fakeFetch(({ method, path, init }) => {
      if (path === '/api/forecasts/v1/edits' && method === 'POST') {
        posted.push(JSON.parse(String(init?.body)));
        const edited = {
          ...version,
          id: 'v2',
          number: 2,
          kind: 'input' as const,
          name: 'S45 revu',
          basedOn: 'v1',
        };
        stored.unshift(edited);
        return { status: 201, body: { version: edited } };
      }
      if (path === '/api/forecasts') return { status: 200, body: { items: stored } };
      if (path === '/api/forecasts/v2')
        return {
          status: 200,
          body: {
            version: stored[0],
            volumes: [{ ...detail.volumes[0], quantity: 1234.5, source: 'manual' }],
            series: [],
          },
        };
      if (path === '/api/forecasts/v1') return { status: 200, body: detail };
      return null;
    });
    renderInLang('fr', <ForecastPage />);
    const input = (await screen.findByTestId('volume-EPICEA-order_lines-2026-11-02')) as HTMLInputElement;
    expect(input.value).toBe('10');
    fireEvent.change(input, { target: { value: '1 234,5' } });
    fireEvent.change(screen.getByTestId('volumes-name'), { target: { value: 'S45 revu' } });
    fireEvent.click(screen.getByTestId('volumes-save'));
    expect((await screen.findByTestId('volumes-saved')).textContent).toContain('« S45 revu »');
    expect(posted).toEqual([
      {
        name: 'S45 revu',
        changes: [{ clientId: 'c1', flow: 'order_lines', day: '2026-11-02', quantity: 1234.5 }],
      },
    ]);
    await waitFor(() =>
      expect((screen.getByTestId('volume-EPICEA-order_lines-2026-11-02') as HTMLInputElement).value).toBe(
        '1\u202f234,5',
      ),
    );
    expect((screen.getAllByRole('radio')[0] as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('volumes-summary').textContent).toBe('Aucune modification.');
  });
});
