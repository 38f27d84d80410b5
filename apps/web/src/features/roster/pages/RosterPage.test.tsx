// @vitest-environment jsdom
// Roster page: solve with live progress then the grid; edit a draft cell and see the violation it causes at once;
// publish (reason asked inside the notice period, refusal sentence otherwise); edit a published roster as a draft.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RosterJob, RosterView } from '../../../api/types.ts';
import { fakeFetch, renderInLang } from '../../../testing/renderInLang.tsx';
import { dailyRest, job, rosterView, summaryOf } from '../testing/rosterFixtures.ts';
import { RosterPage } from './RosterPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const TODAY = new Date(2026, 10, 4); // Wednesday 4 Nov 2026: next Monday is the 9th.
const PLANS = { items: [{ id: 'pl1', name: 'Plan S46', kind: 'baseline' }], total: 1 };
const error = (status: number, code: string, message: string, field: string | null = null) => ({
  status,
  body: { error: { code, message, field, params: {} } },
});

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

/** A server whose job answers wait for `answerJob(state)`, so that the page is seen while the job runs. */
function jobServer(stored: RosterView) {
  const sent: Sent[] = [];
  const pending: ((job: RosterJob) => void)[] = [];
  let listed: RosterView[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = new URL(String(input), 'http://localhost').pathname;
      const method = init?.method ?? 'GET';
      sent.push({ method, path, body: typeof init?.body === 'string' ? JSON.parse(init.body) : null });
      const json = (body: unknown, status = 200) =>
        new Response(body === undefined ? null : JSON.stringify(body), {
          status,
          headers: { 'Content-Type': 'application/json' },
        });
      if (path === '/api/plans') return json(PLANS);
      if (path === '/api/rosters') return json({ items: listed.map(summaryOf), total: listed.length });
      if (path === '/api/rosters/solve' && method === 'POST') return json({ jobId: 'j1' }, 202);
      if (path === '/api/roster-jobs/j1' && method === 'DELETE') return json(undefined, 204);
      if (path === '/api/roster-jobs/j1') {
        const answer = await new Promise<RosterJob>((resolve) => pending.push(resolve));
        if (answer.rosterId) listed = [stored];
        return json(answer);
      }
      if (path === `/api/rosters/${stored.id}`) return json(stored);
      return json({ error: { code: 'NOT_FOUND', message: 'Not found', field: null, params: {} } }, 404);
    }),
  );
  const answerJob = async (state: Partial<RosterJob>) => {
    await waitFor(() => expect(pending.length).toBeGreaterThan(0));
    pending.shift()?.(job(state));
  };
  return { sent, answerJob };
}

describe('RosterPage: solving', () => {
  it('posts the settings, shows the live progress and best score, then loads the roster it made', async () => {
    const server = jobServer(rosterView());
    renderInLang('fr', <RosterPage today={TODAY} pollMs={0} />);
    expect(await screen.findByText('Aucun planning enregistré.')).toBeTruthy();

    fireEvent.change(await screen.findByTestId('roster-plan'), { target: { value: 'pl1' } });
    fireEvent.change(screen.getByTestId('roster-time-limit'), { target: { value: '5' } });
    fireEvent.change(screen.getByTestId('roster-seed'), { target: { value: '7' } });
    fireEvent.click(screen.getByTestId('roster-solve'));

    await waitFor(() => expect(server.sent.some((s) => s.path === '/api/rosters/solve')).toBe(true));
    expect(server.sent.find((s) => s.path === '/api/rosters/solve')?.body).toEqual({
      from: '2026-11-09',
      weeks: 2,
      seed: 7,
      timeLimitSeconds: 5,
      planId: 'pl1',
    });
    await server.answerJob({ fraction: 0.5, elapsedMs: 2500, best: { hard: 2, soft: 340 } });
    const bar = await screen.findByRole('progressbar', { name: 'Avancement du calcul' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('50'));
    expect(screen.getByTestId('roster-progress-best').textContent).toBe(
      'Meilleur planning : 2 infractions bloquantes, pénalité 340',
    );
    expect(screen.getByText('3 s sur 5 s')).toBeTruthy();
    expect(screen.getByTestId('roster-solve').hasAttribute('disabled')).toBe(true);

    await server.answerJob({
      state: 'done',
      fraction: 1,
      elapsedMs: 5000,
      best: { hard: 0, soft: 120 },
      rosterId: 'r1',
    });
    expect(await screen.findByTestId('roster-grid')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByTestId('roster-name').textContent).toBe('Planning S46');
    expect(screen.getByTestId('roster-status').textContent).toBe('Brouillon');
    // The list is asked again, so that the new draft appears among the versions.
    await screen.findByTestId('roster-version-r1');
    expect(screen.getByTestId('roster-solve').hasAttribute('disabled')).toBe(false);
  });

  it('stops a running computation and keeps the best roster found', async () => {
    const server = jobServer(rosterView());
    renderInLang('en', <RosterPage today={TODAY} pollMs={0} />);
    fireEvent.click(await screen.findByTestId('roster-solve'));
    await server.answerJob({ fraction: 0.2, best: { hard: 1, soft: 500 } });
    fireEvent.click(await screen.findByRole('button', { name: 'Stop' }));
    await waitFor(() =>
      expect(server.sent.some((s) => s.method === 'DELETE' && s.path === '/api/roster-jobs/j1')).toBe(true),
    );
    await server.answerJob({
      state: 'cancelled',
      fraction: 0.3,
      best: { hard: 0, soft: 130 },
      rosterId: 'r1',
    });
    expect((await screen.findByTestId('roster-job-cancelled')).textContent).toBe(
      'Computation stopped: the best roster found is kept.',
    );
    expect(await screen.findByTestId('roster-grid')).toBeTruthy();
  });

  it('shows the sentence of a failed computation', async () => {
    const server = jobServer(rosterView());
    renderInLang('fr', <RosterPage today={TODAY} pollMs={0} />);
    fireEvent.click(await screen.findByTestId('roster-solve'));
    await server.answerJob({
      state: 'failed',
      error: { code: 'ROSTER_SOLVER_UNRESPONSIVE', message: 'Le solveur ne répond plus.' },
    });
    expect((await screen.findByTestId('roster-job-failed')).textContent).toBe('Le solveur ne répond plus.');
    expect(screen.queryByTestId('roster-grid')).toBeNull();
  });
});

describe('RosterPage: a stored draft', () => {
  it('opens the newest version, edits a cell and shows the violation the server finds, blocking ones first', async () => {
    const draft = rosterView();
    const edited = rosterView({
      assignments: [
        ...draft.assignments,
        { employeeId: 'e1', day: '2026-11-11', shift: 'morning', qualification: 'picker' },
      ],
      score: { hard: 1, soft: 120 },
      violations: [...draft.violations, dailyRest('Paul Martin', 'e1', '2026-11-10', '2026-11-11')],
    });
    const patches: unknown[] = [];
    fakeFetch(({ method, path, init }) => {
      if (path === '/api/plans') return { status: 200, body: PLANS };
      if (path === '/api/rosters')
        return {
          status: 200,
          body: {
            items: [
              summaryOf(rosterView({ id: 'r0', name: 'Ancien', createdAt: '2026-10-01T08:00:00Z' })),
              summaryOf(draft),
            ],
            total: 2,
          },
        };
      if (path === '/api/rosters/r1') return { status: 200, body: draft };
      if (path === '/api/rosters/r1/cells' && method === 'PATCH') {
        patches.push(JSON.parse(String(init?.body)));
        return { status: 200, body: edited };
      }
      return null;
    });
    renderInLang('fr', <RosterPage today={TODAY} pollMs={0} />);

    const cell = await screen.findByTestId('roster-cell-e1-2026-11-11');
    expect(cell.getAttribute('data-shift')).toBe('');
    expect(screen.getByTestId('roster-score').textContent).toBe('0 infraction bloquante · pénalité 120');
    // Soft violations only so far.
    expect(screen.queryByTestId('roster-violations-hard')).toBeNull();

    fireEvent.click(within(cell).getByRole('button'));
    const editor = await screen.findByRole('dialog', { name: 'Paul Martin, mercredi 11 novembre' });
    // Off, then each shift under the person's one qualification, then the request section's button.
    expect(
      within(editor)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      '×',
      'Repos',
      'MMatin · Préparateur de commandes',
      'AMAprès-midi · Préparateur de commandes',
      'NNuit · Préparateur de commandes',
      'Enregistrer',
    ]);
    fireEvent.click(within(editor).getByTestId('roster-edit-morning-picker'));

    await waitFor(() =>
      expect(screen.getByTestId('roster-cell-e1-2026-11-11').getAttribute('data-shift')).toBe('morning'),
    );
    expect(patches).toEqual([
      { edits: [{ employeeId: 'e1', day: '2026-11-11', shift: 'morning', qualification: 'picker' }] },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    const hard = screen.getByTestId('roster-violations-hard');
    expect(hard.textContent).toContain(
      'Paul Martin : 8 h de repos entre le 10/11 et le 11/11, 11 h requises.',
    );
    // Blocking group comes before the desirable one.
    const groups = screen.getByTestId('roster-violations').querySelectorAll('ul');
    expect(groups[0]?.getAttribute('data-testid')).toBe('roster-violations-hard');
    expect(screen.getByTestId('roster-cell-e1-2026-11-10').getAttribute('data-mark')).toBe('hard');
    expect(screen.getByTestId('roster-cell-e1-2026-11-11').getAttribute('data-mark')).toBe('hard');
    expect(screen.getByTestId('roster-cell-e3-2026-11-14').getAttribute('data-mark')).toBe('soft');
    expect(screen.getByTestId('roster-score').getAttribute('data-hard')).toBe('1');

    // Pointing at a violation outlines its cells.
    fireEvent.click(within(hard).getByRole('button'));
    expect(screen.getByTestId('roster-cell-e1-2026-11-10').className).toContain('focused');
  });

  it('asks for a reason when the change falls inside the notice period, then publishes with it', async () => {
    const draft = rosterView({ basedOn: 'r0' });
    const posted: unknown[] = [];
    fakeFetch(({ method, path, init }) => {
      if (path === '/api/rosters') return { status: 200, body: { items: [summaryOf(draft)], total: 1 } };
      if (path === '/api/rosters/r1') return { status: 200, body: draft };
      if (path === '/api/rosters/r1/publish' && method === 'POST') {
        const body = JSON.parse(String(init?.body)) as { reason?: string };
        posted.push(body);
        return body.reason
          ? {
              status: 200,
              body: rosterView({
                basedOn: 'r0',
                status: 'published',
                publishedAt: '2026-11-04T10:00:00Z',
                publishedBy: 'methods',
              }),
            }
          : error(
              409,
              'ROSTER_NOTICE_PERIOD',
              'Paul Martin : le 10/11 change à moins de 7 jours ; donnez un motif.',
              'reason',
            );
      }
      return null;
    });
    renderInLang('fr', <RosterPage today={TODAY} pollMs={0} />);
    fireEvent.click(await screen.findByTestId('roster-publish'));
    expect((await screen.findByTestId('roster-publish-error')).textContent).toBe(
      'Paul Martin : le 10/11 change à moins de 7 jours ; donnez un motif.',
    );
    const reason = screen.getByLabelText('Motif du changement dans le délai de prévenance (7 jours)');
    fireEvent.change(reason, { target: { value: 'Absence imprévue' } });
    fireEvent.click(screen.getByTestId('roster-reason-submit'));
    await waitFor(() => expect(screen.getByTestId('roster-status').textContent).toBe('Publié'));
    expect(posted).toEqual([{}, { reason: 'Absence imprévue' }]);
    expect(screen.queryByTestId('roster-reason-form')).toBeNull();
    expect(screen.queryByTestId('roster-publish')).toBeNull();
    // A published roster is read, not edited: no buttons in its cells.
    expect(within(screen.getByTestId('roster-cell-e1-2026-11-09')).queryByRole('button')).toBeNull();
  });

  it('shows the refusal sentence without asking a reason when blocking violations remain', async () => {
    const draft = rosterView({ score: { hard: 1, soft: 0 } });
    fakeFetch(({ path }) => {
      if (path === '/api/rosters') return { status: 200, body: { items: [summaryOf(draft)], total: 1 } };
      if (path === '/api/rosters/r1') return { status: 200, body: draft };
      if (path === '/api/rosters/r1/publish')
        return error(409, 'ROSTER_HARD_VIOLATIONS', '1 infraction bloquante : corrigez-la avant de publier.');
      return null;
    });
    renderInLang('fr', <RosterPage today={TODAY} pollMs={0} />);
    fireEvent.click(await screen.findByTestId('roster-publish'));
    expect((await screen.findByTestId('roster-publish-error')).textContent).toBe(
      '1 infraction bloquante : corrigez-la avant de publier.',
    );
    expect(screen.queryByTestId('roster-reason-form')).toBeNull();
  });
});

describe('RosterPage: a published roster', () => {
  it('makes an editable draft of it with Edit and opens that draft; exports follow the language', async () => {
    const published = rosterView({
      status: 'published',
      publishedAt: '2026-11-03T09:00:00Z',
      publishedBy: 'lead',
    });
    const draft = rosterView({
      id: 'r2',
      name: 'Planning S46 (2)',
      basedOn: 'r1',
      createdAt: '2026-11-04T09:00:00Z',
    });
    let drafted = false;
    fakeFetch(({ method, path }) => {
      // The first contract's bare array, still read.
      if (path === '/api/rosters')
        return {
          status: 200,
          body: drafted ? [summaryOf(draft), summaryOf(published)] : [summaryOf(published)],
        };
      if (path === '/api/rosters/r1') return { status: 200, body: published };
      if (path === '/api/rosters/r2') return { status: 200, body: draft };
      if (path === '/api/rosters/r1/draft' && method === 'POST') {
        drafted = true;
        return { status: 201, body: draft };
      }
      return null;
    });
    renderInLang('en', <RosterPage today={TODAY} pollMs={0} />);
    expect((await screen.findByTestId('roster-status')).textContent).toBe('Published');
    expect(screen.getByTestId('roster-export-teams-pdf').getAttribute('href')).toBe(
      '/api/rosters/r1/export?document=teams&format=pdf&lang=en',
    );
    expect(screen.getByTestId('roster-export-payroll-xlsx').getAttribute('href')).toBe(
      '/api/rosters/r1/export?document=payroll&format=xlsx&lang=en',
    );
    // A re-plan from the published roster can be asked.
    expect(screen.getByTestId('roster-replan')).toBeTruthy();

    fireEvent.click(screen.getByTestId('roster-edit'));
    await waitFor(() => expect(screen.getByTestId('roster-status').textContent).toBe('Draft'));
    expect(screen.getByTestId('roster-name').textContent).toBe('Planning S46 (2)');
    expect(screen.getByText('Re-plan of “Planning S46”')).toBeTruthy();
    expect(within(screen.getByTestId('roster-cell-e1-2026-11-09')).getByRole('button')).toBeTruthy();
    expect((await screen.findByTestId('roster-version-r2')).getAttribute('data-status')).toBe('draft');
  });
});
