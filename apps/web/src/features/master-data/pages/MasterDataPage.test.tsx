// @vitest-environment jsdom
// Master-data lists: localised headers, server-side sort by clicking a header, client filter sent as clientId.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderInLang } from '../../../testing/renderInLang.tsx';
import { MasterDataPage } from './MasterDataPage.tsx';

const sku = {
  id: 's1',
  clientId: 'c1',
  code: 'ART-1',
  description: 'Café moulu 250 g',
  family: 'Épicerie',
  temperatureClass: 'ambient',
  weightKg: 2.75,
  unitsPerCase: 12,
  casesPerLayer: 8,
  layersPerPallet: 5,
  adrClass: null,
};

function listRequests(spy: ReturnType<typeof fakeFetch>): URLSearchParams[] {
  return spy.mock.calls
    .map(([url]) => new URL(String(url), 'http://localhost'))
    .filter((u) => u.pathname === '/api/skus')
    .map((u) => u.searchParams);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('MasterDataPage', () => {
  it('shows localised columns and formatted values, sorts on the server and filters by client', async () => {
    const spy = fakeFetch(({ path }) => {
      if (path === '/api/skus') return { status: 200, body: { items: [sku], total: 1 } };
      if (path === '/api/clients') {
        return {
          status: 200,
          body: { items: [{ id: 'c1', code: 'DISTRIB', name: 'Distrib Rhône' }], total: 1 },
        };
      }
      return null;
    });
    renderInLang('fr', <MasterDataPage entity="skus" />);

    expect(await screen.findByText('Café moulu 250 g')).toBeTruthy();
    expect(screen.getByText('2,75')).toBeTruthy();
    expect(screen.getByText('Ambiant')).toBeTruthy();
    expect(await screen.findByText('DISTRIB')).toBeTruthy();
    expect(listRequests(spy)[0]?.get('sort')).toBe('code');
    expect(listRequests(spy)[0]?.get('order')).toBe('asc');

    fireEvent.click(screen.getByRole('button', { name: /Poids \(kg\)/ }));
    await waitFor(() => expect(listRequests(spy).at(-1)?.get('sort')).toBe('weightKg'));
    fireEvent.click(screen.getByRole('button', { name: /Poids \(kg\)/ }));
    await waitFor(() => expect(listRequests(spy).at(-1)?.get('order')).toBe('desc'));
    expect(screen.getByRole('columnheader', { name: /Poids/ }).getAttribute('aria-sort')).toBe('descending');

    fireEvent.change(screen.getByTestId('client-filter'), { target: { value: 'c1' } });
    await waitFor(() => expect(listRequests(spy).at(-1)?.get('clientId')).toBe('c1'));
    expect(listRequests(spy).at(-1)?.get('limit')).toBe('50');
    expect(listRequests(spy).at(-1)?.get('offset')).toBe('0');
  });

  it('offers the Excel export of the list in the interface language, but not for clients', async () => {
    fakeFetch(({ path }) =>
      path.startsWith('/api/') ? { status: 200, body: { items: [], total: 0 } } : null,
    );
    renderInLang('en', <MasterDataPage entity="locations" />);
    const link = screen.getByTestId('export');
    expect(link.textContent).toBe('Export (Excel)');
    expect(link.getAttribute('href')).toBe('/api/export/locations?lang=en');
    expect(link.hasAttribute('download')).toBe(true);
    cleanup();
    renderInLang('fr', <MasterDataPage entity="clients" />);
    expect(screen.queryByTestId('export')).toBeNull();
  });
});
