// @vitest-environment jsdom
// Quote builder: the example request is priced; the margin and the mark-up follow each other and re-price; a field
// the API refuses is named and its cell marked.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderInLang } from '../../../testing/renderInLang.tsx';
import type { QuoteOverrides, QuoteResult } from '../costingTypes.ts';
import { QuotePage } from './QuotePage.tsx';

/** Cost of the one grid line of the fake answers, in cents to a hundredth of a cent. */
const COST = 30.18;

function answer(overrides: QuoteOverrides): QuoteResult {
  const uplift =
    overrides.targetMarginPct !== undefined
      ? 1 / (1 - overrides.targetMarginPct / 100)
      : 1 + (overrides.markupPct ?? 0) / 100;
  const price = Math.round(COST * uplift * 100) / 100;
  const totals = { revenue: 100_000, cost: 90_000, margin: 10_000, marginPct: 10 };
  return {
    currency: 'EUR',
    client: { name: 'Client', language: 'fr' },
    issueDate: '2026-11-02',
    validUntil: '2027-01-31',
    pricing: { basis: 'margin', marginPct: 0, markupPct: 0 },
    storageBillingUnit: 'month',
    grid: [
      {
        service: 'picking_line',
        unit: 'line',
        driver: 'order_lines',
        costCents: COST,
        price,
        priceInclVatCents: Math.round(price * 120) / 100,
        monthlyQuantity: 1000,
        monthlyRevenueCents: Math.round(price * 1000),
      },
    ],
    bands: [],
    managementFeeCents: 100_000,
    minimumMonthlyFeeCents: 200_000,
    startUpFeeCents: 1_500_000,
    monthly: [{ month: '2026-01', revenue: 100_000, cost: 90_000, margin: 10_000 }],
    totals,
    contractTotals: { ...totals, months: 36 },
    breakEven: { flow: 'order_lines', volume: 800, factor: 0.8 },
    sensitivity: [{ kind: 'volume', pct: -10, ...totals }],
    assumptions: [{ code: 'QUOTE_ASSUME_CONSUMABLES', params: {} }],
    terms: {
      vatRate: 0.2,
      validityDays: 90,
      paymentTermsDays: 45,
      paymentEndOfMonth: true,
      indexation: {
        fixedShare: 0.15,
        labourShare: 0.6,
        energyShare: 0.1,
        rentShare: 0.15,
        labourIndex: 'ICHT_TS',
        energyIndex: 'ELECTRICITY',
        rentIndex: 'ILAT',
      },
    },
  };
}

let priced: { overrides: QuoteOverrides; request: { volumes: Record<string, (number | null)[]> } }[] = [];

beforeEach(() => {
  priced = [];
  fakeFetch(({ method, path, init }) => {
    if (path === '/api/cost-model') return { status: 200, body: { costModel: { model: {} }, sample: {} } };
    if (method === 'POST' && path === '/api/quotes/price') {
      const body = JSON.parse(String(init?.body)) as (typeof priced)[number];
      priced.push(body);
      const bad = body.request.volumes.order_lines?.[2] === null;
      if (bad)
        return {
          status: 400,
          body: {
            error: {
              code: 'QUOTE_TYPE_INVALID',
              field: 'volumes.order_lines[2]',
              message: 'Champ « volumes.order_lines[2] » : type attendu « number ».',
              params: {},
            },
          },
        };
      return { status: 200, body: answer(body.overrides) };
    }
    return null;
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const priceText = () => screen.getByTestId('quote-price-picking_line').getAttribute('data-cents');

describe('QuotePage', () => {
  it('prices the example, then re-prices on a new margin with the mark-up following', async () => {
    renderInLang('fr', <QuotePage />);
    fireEvent.click(await screen.findByRole('button', { name: "Utiliser l'exemple" }));
    await waitFor(() => expect(priceText()).toBe(String(Math.round((COST / 0.92) * 100) / 100)));
    const margin = screen.getByTestId('quote-margin') as HTMLInputElement;
    const markup = screen.getByTestId('quote-markup') as HTMLInputElement;
    expect(margin.value).toBe('8');
    expect(markup.value).toBe('8,7');
    expect(priced.at(-1)?.overrides).toEqual({ targetMarginPct: 8 });

    fireEvent.change(margin, { target: { value: '12' } });
    expect(markup.value).toBe('13,64');
    await waitFor(() => expect(priced.at(-1)?.overrides).toEqual({ targetMarginPct: 12 }));
    await waitFor(() => expect(priceText()).toBe(String(Math.round((COST / 0.88) * 100) / 100)));

    fireEvent.change(markup, { target: { value: '25' } });
    expect(margin.value).toBe('20');
    await waitFor(() => expect(priced.at(-1)?.overrides).toEqual({ markupPct: 25 }));
    await waitFor(() => expect(priceText()).toBe(String(Math.round(COST * 1.25 * 100) / 100)));
  });

  it('does not ask the server for an impossible margin', async () => {
    renderInLang('fr', <QuotePage />);
    fireEvent.click(await screen.findByRole('button', { name: "Utiliser l'exemple" }));
    await screen.findByTestId('quote-grid');
    const asked = priced.length;
    fireEvent.change(screen.getByTestId('quote-margin'), { target: { value: '120' } });
    expect(await screen.findByText('Indiquez une marge entre 0 et 95 %.')).toBeTruthy();
    expect(priced.length).toBe(asked);
  });

  it('names the field the API refuses and marks its cell', async () => {
    renderInLang('fr', <QuotePage />);
    fireEvent.click(await screen.findByRole('button', { name: "Utiliser l'exemple" }));
    await screen.findByTestId('quote-grid');
    const march = screen.getByRole('textbox', { name: 'Lignes de commande, mars 2026' });
    fireEvent.change(march, { target: { value: '' } });
    expect(
      await screen.findByText('Champ « volumes.order_lines[2] » : type attendu « number ».'),
    ).toBeTruthy();
    await waitFor(() => expect(march.getAttribute('aria-invalid')).toBe('true'));
  });
});
