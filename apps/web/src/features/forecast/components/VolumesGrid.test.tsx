// @vitest-environment jsdom
// The volumes sheet: a cell typed in the interface language's format becomes a change with the parsed number, is
// highlighted, and "save as new version" posts the changes; a block pasted from Excel fills several cells.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ForecastDetail } from '../../../api/types.ts';
import { fakeFetch, renderInLang } from '../../../testing/renderInLang.tsx';
import { VolumesGrid } from './VolumesGrid.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const version = {
  id: 'v1',
  number: 3,
  name: 'stat S45',
  kind: 'statistical' as const,
  createdAt: '2026-10-30T08:00:00.000Z',
  createdBy: 'methods',
  basedOn: null,
  note: '',
  params: { asOf: '2026-11-02', horizonDays: 14 },
};

const row = (
  clientId: string,
  clientCode: string,
  flow: string,
  day: string,
  quantity: number,
  hour = null,
) => ({
  clientId,
  clientCode,
  flow,
  day,
  hour,
  quantity,
});

const detail: ForecastDetail = {
  version,
  volumes: [
    row('c1', 'EPICEA', 'order_lines', '2026-11-02', 1210.5),
    row('c1', 'EPICEA', 'order_lines', '2026-11-03', 1190),
    row('c1', 'EPICEA', 'inbound_pallets', '2026-11-02', 40),
    row('c2', 'BOREAL', 'units_picked', '2026-11-02', 300),
    { ...row('c2', 'BOREAL', 'units_picked', '2026-11-03', 120), hour: 8 } as never,
  ],
  series: [
    {
      clientId: 'c1',
      flow: 'order_lines',
      method: 'seasonal_naive',
      candidates: [],
      accuracy: null,
      intervalCoverageOnHoldout: 0.8,
      reasons: [],
      points: [
        { day: '2026-11-02', value: 1210.5, lower: 1100, upper: 1300 },
        { day: '2026-11-03', value: 1190, lower: 1080, upper: 1290 },
      ],
    },
  ],
};

const cell = (id: string) => screen.getByTestId(`volume-${id}`) as HTMLInputElement;

describe('VolumesGrid', () => {
  it('reads a French number, highlights the change and posts it as a new version', async () => {
    const posted: { path: string; body: unknown }[] = [];
    fakeFetch(({ method, path, init }) => {
      if (method === 'POST' && path === '/api/forecasts/v1/edits') {
        posted.push({ path, body: JSON.parse(String(init?.body)) });
        return {
          status: 201,
          body: { version: { ...version, id: 'v4', number: 4, kind: 'input', name: 'S45 revu' } },
        };
      }
      return null;
    });
    const onSaved = vi.fn();
    renderInLang('fr', <VolumesGrid detail={detail} onSaved={onSaved} />);

    // Flows as rows, clients by code, days as columns from the Monday of the first day.
    const grid = screen.getByTestId('volumes-grid');
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('td:nth-child(2)')?.textContent)).toEqual([
      'UVC préparées',
      'Palettes reçues',
      'Lignes de commande',
    ]);
    expect(within(grid).getAllByRole('columnheader')[2]?.textContent).toBe('lun. 2 nov.');
    expect(cell('EPICEA-order_lines-2026-11-02').value).toBe('1\u202f210,5');
    // The interval of a statistical version is shown as a hint.
    expect(cell('EPICEA-order_lines-2026-11-02').title).toBe(
      'Intervalle de prévision : 1\u202f100 – 1\u202f300 (prévu 1\u202f210,5)',
    );
    expect(cell('EPICEA-order_lines-2026-11-02').closest('td')?.textContent).toContain(
      '1\u202f100–1\u202f300',
    );
    // A day with hourly rows cannot be split back: read-only.
    expect(cell('BOREAL-units_picked-2026-11-03').readOnly).toBe(true);

    const save = screen.getByTestId('volumes-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(cell('EPICEA-order_lines-2026-11-02'), { target: { value: '1 234,5' } });
    expect(cell('EPICEA-order_lines-2026-11-02').closest('td')?.className).toContain('changed');
    expect(screen.getByTestId('volumes-summary').textContent).toBe('1 cellule modifiée.');

    // Not a number: flagged, and nothing can be saved until it is fixed.
    fireEvent.change(cell('EPICEA-order_lines-2026-11-03'), { target: { value: '12 palettes' } });
    expect(cell('EPICEA-order_lines-2026-11-03').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('volumes-summary').textContent).toBe(
      '1 cellule à corriger avant d’enregistrer.'.replace('’', "'"),
    );
    expect(save.disabled).toBe(true);
    fireEvent.change(cell('EPICEA-order_lines-2026-11-03'), { target: { value: '1\u202f500' } });
    // Out of its interval: marked, but allowed (people know things the history does not).
    expect(cell('EPICEA-order_lines-2026-11-03').closest('td')?.className).toContain('outside');
    // Typing the same value back is no change.
    fireEvent.change(cell('EPICEA-inbound_pallets-2026-11-02'), { target: { value: '40' } });
    expect(cell('EPICEA-inbound_pallets-2026-11-02').closest('td')?.className).not.toContain('changed');
    // An empty day may be filled in.
    fireEvent.change(cell('EPICEA-inbound_pallets-2026-11-04'), { target: { value: '12,25' } });
    expect(screen.getByTestId('volumes-summary').textContent).toBe('3 cellules modifiées.');
    // The row total follows the typed values.
    expect(cell('EPICEA-order_lines-2026-11-02').closest('tr')?.lastElementChild?.textContent).toBe(
      '2\u202f734,5',
    );

    fireEvent.change(screen.getByTestId('volumes-name'), { target: { value: 'S45 revu' } });
    fireEvent.click(save);
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(posted).toEqual([
      {
        path: '/api/forecasts/v1/edits',
        body: {
          name: 'S45 revu',
          changes: [
            { clientId: 'c1', flow: 'inbound_pallets', day: '2026-11-04', quantity: 12.25 },
            { clientId: 'c1', flow: 'order_lines', day: '2026-11-02', quantity: 1234.5 },
            { clientId: 'c1', flow: 'order_lines', day: '2026-11-03', quantity: 1500 },
          ],
        },
      },
    ]);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'v4' }));
    // Saved: the sheet has nothing pending any more.
    expect(screen.getByTestId('volumes-summary').textContent).toBe('Aucune modification.');
  });

  it('reads English numbers and fills several cells from a block pasted from Excel', async () => {
    const posted: unknown[] = [];
    fakeFetch(({ method, init }) => {
      if (method === 'POST') {
        posted.push(JSON.parse(String(init?.body)));
        return { status: 201, body: { version: { ...version, id: 'v5', name: 'stat S45 (edited)' } } };
      }
      return null;
    });
    renderInLang('en', <VolumesGrid detail={detail} onSaved={() => undefined} />);
    expect(cell('EPICEA-order_lines-2026-11-02').value).toBe('1,210.5');
    // From EPICEA inbound pallets on Monday: 2 rows × 2 days, as Excel puts them on the clipboard.
    fireEvent.paste(cell('EPICEA-inbound_pallets-2026-11-02'), {
      clipboardData: { getData: () => '41\t42\r\n1,300.5\t1,250\r\n' },
    });
    expect(screen.getByTestId('volumes-summary').textContent).toBe('4 cells changed.');
    expect(cell('EPICEA-order_lines-2026-11-03').value).toBe('1,250');
    expect(screen.getByTestId('volumes-name')).toHaveProperty('value', 'stat S45 (edited)');
    fireEvent.click(screen.getByTestId('volumes-save'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      name: 'stat S45 (edited)',
      changes: [
        { clientId: 'c1', flow: 'inbound_pallets', day: '2026-11-02', quantity: 41 },
        { clientId: 'c1', flow: 'inbound_pallets', day: '2026-11-03', quantity: 42 },
        { clientId: 'c1', flow: 'order_lines', day: '2026-11-02', quantity: 1300.5 },
        { clientId: 'c1', flow: 'order_lines', day: '2026-11-03', quantity: 1250 },
      ],
    });
  });

  it('keeps changes while paging and filters by client; Escape reverts a cell', () => {
    fakeFetch(() => null);
    renderInLang('fr', <VolumesGrid detail={detail} onSaved={() => undefined} />);
    fireEvent.change(cell('EPICEA-order_lines-2026-11-02'), { target: { value: '7' } });
    fireEvent.click(screen.getByTestId('volumes-next'));
    expect(screen.queryByTestId('volume-EPICEA-order_lines-2026-11-02')).toBeNull();
    fireEvent.click(screen.getByTestId('volumes-previous'));
    expect(cell('EPICEA-order_lines-2026-11-02').value).toBe('7');
    fireEvent.change(screen.getByTestId('volumes-client'), { target: { value: 'c2' } });
    expect(screen.queryByTestId('volume-EPICEA-order_lines-2026-11-02')).toBeNull();
    expect(screen.getByTestId('volume-BOREAL-units_picked-2026-11-02')).toBeTruthy();
    fireEvent.change(screen.getByTestId('volumes-client'), { target: { value: '' } });
    fireEvent.keyDown(cell('EPICEA-order_lines-2026-11-02'), { key: 'Escape' });
    expect(cell('EPICEA-order_lines-2026-11-02').value).toBe('1\u202f210,5');
    expect(screen.getByTestId('volumes-summary').textContent).toBe('Aucune modification.');
  });
});
