// @vitest-environment jsdom
// Activity plan page: a what-if change recomputes with the new scenario and aborts the superseded request.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onUnauthorized } from '../../../api/client.ts';
import type { PlanComputeRequest } from '../../../api/types.ts';
import { fakeFetch, renderInLang } from '../../../testing/renderInLang.tsx';
import { planResult } from '../testing/planFixtures.ts';
import { PlanPage } from './PlanPage.tsx';

interface Call {
  path: string;
  body: PlanComputeRequest | null;
  signal: AbortSignal | null;
}

/** A fetch whose compute answers wait until `release` is called, so that a request can still be in flight. */
function stubFetch() {
  const calls: Call[] = [];
  const waiting: (() => void)[] = [];
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = new URL(String(input), 'http://localhost').pathname;
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as PlanComputeRequest) : null;
      calls.push({ path, body, signal: init?.signal ?? null });
      if (path === '/api/plans/compute') {
        await new Promise<void>((resolve) => waiting.push(resolve));
        const volumePct = body?.scenario.volumePct ?? 0;
        return json(
          planResult({
            scenario: { volumePct, productivityPct: 0, absenteeismPct: 6 },
            totals: {
              hours: 160 * (1 + volumePct / 100),
              overtimeHours: 0,
              tempHours: 14,
              cost: 123456,
              peakDays: 1,
            },
          }),
        );
      }
      if (path === '/api/forecasts') return json({ items: [{ id: 'fv1', name: 'Prévision S48' }], total: 1 });
      if (path === '/api/plans') return json({ items: [], total: 0 });
      return json({ error: { code: 'NOT_FOUND', message: 'Not found', field: null, params: {} } }, 404);
    }),
  );
  const computes = () => calls.filter((c) => c.path === '/api/plans/compute');
  const releaseAll = () => {
    for (const resolve of waiting.splice(0)) resolve();
  };
  return { computes, releaseAll };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PlanPage', () => {
  it('plans from next Monday, recomputes on a what-if change with the new scenario, and aborts the old request', async () => {
    const server = stubFetch();
    renderInLang('fr', <PlanPage debounceMs={0} today={new Date(2026, 10, 25)} />);

    await waitFor(() => expect(server.computes()).toHaveLength(1));
    const first = server.computes()[0];
    expect(first?.body).toEqual({
      from: '2026-11-30',
      weeks: 4,
      scenario: { volumePct: 0, productivityPct: 0 },
    });
    expect(screen.getByTestId('plan-status').getAttribute('data-state')).toBe('loading');

    // Changed while the first answer is still on its way: that request is cancelled.
    fireEvent.change(screen.getByTestId('plan-volume'), { target: { value: '20' } });
    await waitFor(() => expect(server.computes()).toHaveLength(2));
    expect(first?.signal?.aborted).toBe(true);
    expect(server.computes()[1]?.body?.scenario).toEqual({ volumePct: 20, productivityPct: 0 });

    server.releaseAll();
    await waitFor(() => expect(screen.getByTestId('plan-status').getAttribute('data-state')).toBe('ready'));
    expect(screen.getByTestId('plan-total-hours').getAttribute('data-value')).toBe('192');
    expect(screen.getByTestId('plan-total-hours').textContent).toBe('192 h');

    // Absenteeism starts at the site rule (not sent), then is sent once the user sets it; so is the forecast version.
    fireEvent.change(screen.getByTestId('plan-absenteeism'), { target: { value: '12' } });
    fireEvent.change(
      await screen
        .findByRole('option', { name: 'Prévision S48' })
        .then((o) => o.closest('select') as HTMLSelectElement),
      {
        target: { value: 'fv1' },
      },
    );
    await waitFor(() =>
      expect(server.computes().at(-1)?.body).toEqual({
        from: '2026-11-30',
        weeks: 4,
        forecastVersionId: 'fv1',
        scenario: { volumePct: 20, productivityPct: 0, absenteeismPct: 12 },
      }),
    );
    server.releaseAll();
  });

  it('shows the heat map with the localised days once computed, in English', async () => {
    const server = stubFetch();
    renderInLang('en', <PlanPage debounceMs={0} today={new Date(2026, 10, 25)} />);
    await waitFor(() => expect(server.computes()).toHaveLength(1));
    server.releaseAll();
    expect(await screen.findByText('Mon 30 Nov')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Workload map' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('tab', { name: 'Temp-worker order' }));
    expect(screen.getByTestId('plan-temp-order-headcount').textContent).toBe('2');
  });

  it('signs the user out when the computation answers 401, like every other request', async () => {
    fakeFetch(({ path }) =>
      path === '/api/plans/compute'
        ? {
            status: 401,
            body: { error: { code: 'AUTH_REQUIRED', message: 'Connexion requise', field: null, params: {} } },
          }
        : { status: 200, body: { items: [], total: 0 } },
    );
    const signedOut = vi.fn();
    const unsubscribe = onUnauthorized(signedOut);
    renderInLang('fr', <PlanPage debounceMs={0} today={new Date(2026, 10, 25)} />);
    await waitFor(() => expect(signedOut).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByTestId('plan-status').getAttribute('data-state')).toBe('error'));
    unsubscribe();
  });
});
