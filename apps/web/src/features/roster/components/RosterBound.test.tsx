// @vitest-environment jsdom
// The distance to the best possible roster: shown when the solve proved a lower bound, in the reader's language.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInLang } from '../../../testing/renderInLang.tsx';
import { rosterView } from '../testing/rosterFixtures.ts';
import { RosterBound } from './RosterBound.tsx';

afterEach(cleanup);

const solve = (lowerBound: number | null) => ({
  seed: 1,
  timeLimitSeconds: 60,
  elapsedMs: 60_000,
  iterations: 1000,
  cancelled: false,
  lowerBound,
});

describe('RosterBound', () => {
  it('gives the gap to the lower bound as a share of the penalty, in French and English', () => {
    const roster = rosterView({ score: { hard: 0, soft: 1160 }, solve: solve(1141) });
    renderInLang('fr', <RosterBound roster={roster} />);
    // (1160 − 1141) / 1160 = 1.6 %.
    expect(screen.getByTestId('roster-bound').textContent).toBe(
      'écart à la borne inférieure (1\u202f141) : 1,6\u00a0% au plus',
    );
    cleanup();
    renderInLang('en', <RosterBound roster={roster} />);
    expect(screen.getByTestId('roster-bound').textContent).toBe(
      'gap to the lower bound (1,141): 1.6% at most',
    );
  });

  it('says the roster is optimal when its penalty meets the bound', () => {
    renderInLang(
      'fr',
      <RosterBound roster={rosterView({ score: { hard: 0, soft: 607 }, solve: solve(607) })} />,
    );
    expect(screen.getByTestId('roster-bound').textContent).toBe('optimum prouvé');
  });

  it('shows nothing without a bound, or while a blocking violation is left', () => {
    renderInLang('fr', <RosterBound roster={rosterView({ solve: solve(null) })} />);
    renderInLang('fr', <RosterBound roster={rosterView({ solve: null })} />);
    renderInLang(
      'fr',
      <RosterBound roster={rosterView({ score: { hard: 1, soft: 900 }, solve: solve(800) })} />,
    );
    expect(screen.queryByTestId('roster-bound')).toBeNull();
  });
});
