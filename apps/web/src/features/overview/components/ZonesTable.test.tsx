// @vitest-environment jsdom
// The zones table writes occupancy, capacity and area in the interface language's number format.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ZoneSummary } from '../../../api/types.ts';
import { renderInLang } from '../../../testing/renderInLang.tsx';
import { ZonesTable } from './ZonesTable.tsx';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const zones: ZoneSummary[] = [
  {
    id: 'z1',
    code: 'AMB-A',
    name: 'Ambiant A',
    buildingId: 'b1',
    temperatureClass: 'ambient',
    locationCount: 1200,
    occupiedCount: 510,
    capacityPallets: 1200,
    areaM2: 4850.4,
  },
  {
    id: 'z2',
    code: 'FRZ',
    name: 'Surgelés',
    buildingId: 'b1',
    temperatureClass: 'negative_cold',
    locationCount: 0,
    occupiedCount: 0,
    capacityPallets: 0,
    areaM2: 300,
  },
];

afterEach(cleanup);

/** Exact cell texts: Testing Library's matchers fold no-break spaces into plain ones, which would hide them. */
function cellTexts(): string[] {
  return [...screen.getByTestId('zones-table').querySelectorAll('td')].map((td) => td.textContent ?? '');
}

describe('ZonesTable', () => {
  it('formats occupancy, capacity and area in French', () => {
    renderInLang('fr', <ZonesTable zones={zones} />);
    expect(screen.getByTestId('occupancy-AMB-A').textContent).toBe(`42,5${NBSP}%`);
    expect(screen.getByTestId('occupancy-FRZ').textContent).toBe(`0,0${NBSP}%`);
    expect(cellTexts()).toContain(`1${NNBSP}200${NBSP}palettes`);
    expect(cellTexts()).toContain(`4${NNBSP}850${NBSP}m²`);
    expect(screen.getByText('Froid négatif')).toBeTruthy();
    expect(screen.getByText('Occupation')).toBeTruthy();
  });

  it('formats occupancy, capacity and area in English', () => {
    renderInLang('en', <ZonesTable zones={zones} />);
    expect(screen.getByTestId('occupancy-AMB-A').textContent).toBe('42.5%');
    expect(cellTexts()).toContain(`1,200${NBSP}pallets`);
    expect(cellTexts()).toContain(`4,850${NBSP}m²`);
    expect(screen.getByText('Frozen (negative cold)')).toBeTruthy();
    expect(screen.getByText('Occupancy')).toBeTruthy();
  });
});
