// Each run rule on a series built to trigger exactly it, and on a near miss that must stay silent.
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../shared/errors.ts';
import {
  evaluateRunRules,
  flaggedIndices,
  groupSignals,
  resolveRules,
  type SpcRuleId,
  type SpcSignal,
} from './run-rules.ts';

/*
 * Filler that no rule can fire on: sides + + − −, one point in four beyond 1σ (−1.2), steps + − − +
 * (never six monotone, never alternating for long, never fifteen within 1σ).
 */
const FILLER = [0.2, 0.4, -0.3, -1.2];
const filler = (n: number): number[] => Array.from({ length: n }, (_, i) => FILLER[i % 4]!);

/** 12 filler points, the pattern, then filler again; the pattern starts at index 12. */
function withPattern(pattern: number[], before: number[] = [], after: number[] = []): number[] {
  return [...filler(12), ...before, ...pattern, ...after, ...filler(12)];
}

const fired = (signals: SpcSignal[]): string[] => signals.map((s) => `${s.rule}@${s.firedAt}`);
const all = (z: number[]): string[] =>
  fired([...evaluateRunRules(z, { rules: 'nelson' }), ...evaluateRunRules(z, { rules: 'western_electric' })]);

describe('run rules', () => {
  it('lets the filler through every rule', () => {
    expect(all(filler(60))).toEqual([]);
  });

  const cases: {
    name: string;
    pattern: number[];
    before?: number[];
    after?: number[];
    expected: string[];
    signal: Partial<SpcSignal> & { rule: SpcRuleId };
    nearMiss: number[];
    nearBefore?: number[];
    nearAfter?: number[];
    nearExpected?: string[];
  }[] = [
    {
      name: 'Nelson 1 / WE 1: one point beyond 3σ',
      pattern: [3.2],
      expected: ['NELSON_1@12', 'WE_1@12'],
      signal: { rule: 'NELSON_1', firedAt: 12, start: 12, end: 12, points: [12], side: 'above' },
      nearMiss: [2.99],
    },
    {
      name: 'Nelson 2: nine in a row on one side',
      pattern: [-0.5, -0.6, -0.3, -0.4, -0.8, -0.2, -0.3, -0.7, -0.5],
      before: [0.3],
      after: [0.3],
      // Nine below also contains eight below, which is Western Electric 4 (at the 8th and the 9th point).
      expected: ['NELSON_2@21', 'WE_4@20', 'WE_4@21'],
      signal: { rule: 'NELSON_2', firedAt: 21, start: 13, end: 21, side: 'below' },
      nearMiss: [-0.5, -0.6, -0.3, -0.4, -0.8, -0.2, -0.3, -0.7],
      nearBefore: [0.3],
      nearAfter: [0.3],
      nearExpected: ['WE_4@20'],
    },
    {
      name: 'Nelson 3: six in a row increasing',
      pattern: [-0.9, -0.5, -0.1, 0.3, 0.7, 0.9],
      before: [0.1],
      after: [0.1],
      expected: ['NELSON_3@18'],
      signal: { rule: 'NELSON_3', firedAt: 18, start: 13, end: 18, side: 'none', direction: 'up' },
      nearMiss: [-0.9, -0.5, -0.1, 0.3, 0.7],
      nearBefore: [0.1],
      nearAfter: [0.1],
    },
    {
      name: 'Nelson 4: fourteen in a row alternating',
      // Steps into and out of the pattern go the same way as its first and last steps, which ends the zigzag.
      pattern: [0.1, 1.5, 0.2, 0.6, -1.1, 0.5, -0.3, 0.4, -1.5, 0.3, -0.4, 1.2, -0.3, 0.1],
      before: [-0.2],
      after: [0.5],
      expected: ['NELSON_4@26'],
      signal: { rule: 'NELSON_4', firedAt: 26, start: 13, end: 26, side: 'none' },
      nearMiss: [0.1, 1.5, 0.2, 0.6, -1.1, 0.5, -0.3, 0.4, -1.5, 0.3, -0.4, 1.2, -0.3],
      nearBefore: [-0.2],
      nearAfter: [-0.5],
    },
    {
      name: 'Nelson 5 / WE 2: two of three beyond 2σ on one side',
      pattern: [2.5, 0.3, 2.2],
      expected: ['NELSON_5@14', 'WE_2@14'],
      signal: { rule: 'NELSON_5', firedAt: 14, start: 12, end: 14, points: [12, 14], side: 'above' },
      nearMiss: [2.5, 0.3, -2.2],
    },
    {
      name: 'Nelson 6 / WE 3: four of five beyond 1σ on one side',
      pattern: [-1.5, -1.2, -0.5, -1.8, -1.3],
      before: [0.3],
      after: [0.3],
      expected: ['NELSON_6@17', 'WE_3@17'],
      signal: { rule: 'NELSON_6', firedAt: 17, start: 13, end: 17, points: [13, 14, 16, 17], side: 'below' },
      nearMiss: [-1.5, -1.2, -0.5, -0.4, -1.3],
      nearBefore: [0.3],
      nearAfter: [0.3],
    },
    {
      name: 'Nelson 7: fifteen in a row within 1σ',
      pattern: [0.5, 0.6, -0.3, -0.4, 0.5, 0.6, -0.3, -0.4, 0.5, 0.6, -0.3, -0.4, 0.5, 0.6, -0.3],
      before: [1.5],
      after: [1.5],
      expected: ['NELSON_7@27'],
      signal: { rule: 'NELSON_7', firedAt: 27, start: 13, end: 27, side: 'none' },
      nearMiss: [0.5, 0.6, -0.3, -0.4, 0.5, 0.6, -0.3, -0.4, 0.5, 0.6, -0.3, -0.4, 0.5, 0.6],
      nearBefore: [1.5],
      nearAfter: [1.5],
    },
    {
      name: 'Nelson 8: eight in a row beyond 1σ on both sides',
      pattern: [1.5, 1.8, -1.5, -1.7, 1.4, 1.6, -1.3, -1.9],
      before: [0.1],
      after: [0.1],
      expected: ['NELSON_8@20'],
      signal: { rule: 'NELSON_8', firedAt: 20, start: 13, end: 20, side: 'both' },
      nearMiss: [1.5, 1.8, -1.5, -1.7, 1.4, 1.6, -1.3],
      nearBefore: [0.1],
      nearAfter: [0.1],
    },
  ];

  for (const c of cases)
    it(c.name, () => {
      const z = withPattern(c.pattern, c.before, c.after);
      expect(all(z)).toEqual(c.expected);
      const signal = evaluateRunRules(z, { rules: [c.signal.rule] })[0]!;
      expect(signal).toMatchObject(c.signal);
      if (c.signal.points === undefined)
        expect(signal.points).toEqual(
          Array.from({ length: signal.end - signal.start + 1 }, (_, k) => signal.start + k),
        );
      expect(all(withPattern(c.nearMiss, c.nearBefore, c.nearAfter))).toEqual(c.nearExpected ?? []);
    });

  it('Western Electric 4: eight in a row on one side fires, seven does not', () => {
    const eight = withPattern([0.5, 0.6, 0.3, 0.4, 0.8, 0.2, 0.3, 0.7], [-0.3], [-0.3]);
    expect(all(eight)).toEqual(['WE_4@20']);
    expect(evaluateRunRules(eight, { rules: ['WE_4'] })[0]).toMatchObject({
      start: 13,
      end: 20,
      side: 'above',
    });
    expect(all(withPattern([0.5, 0.6, 0.3, 0.4, 0.8, 0.2, 0.3], [-0.3], [-0.3]))).toEqual([]);
  });

  it('fires again at each point that extends a run, and groups them into one episode', () => {
    const z = withPattern([0.5, 0.6, 0.3, 0.4, 0.8, 0.2, 0.3, 0.7, 0.5, 0.4, 0.6], [-0.3], [-0.3]);
    const signals = evaluateRunRules(z, { rules: ['NELSON_2'] });
    expect(fired(signals)).toEqual(['NELSON_2@21', 'NELSON_2@22', 'NELSON_2@23']);
    expect(groupSignals(signals)).toEqual([
      {
        rule: 'NELSON_2',
        side: 'above',
        start: 13,
        end: 23,
        firedAt: [21, 22, 23],
        points: Array.from({ length: 11 }, (_, k) => 13 + k),
      },
    ]);
    expect(flaggedIndices(signals)).toEqual([21, 22, 23]);
  });

  it('uses the points before `from` as context but only fires from it on', () => {
    const z = withPattern([0.5, 0.6, 0.3, 0.4, 0.8, 0.2, 0.3, 0.7, 0.5, 0.4], [-0.3], [-0.3]);
    const dates = z.map((_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`);
    const signals = evaluateRunRules(z, { rules: ['NELSON_2', 'NELSON_1'], from: 22, dates });
    expect(signals).toEqual([
      {
        rule: 'NELSON_2',
        firedAt: 22,
        start: 14,
        end: 22,
        points: [14, 15, 16, 17, 18, 19, 20, 21, 22],
        side: 'above',
        firedDate: '2026-03-23',
        startDate: '2026-03-15',
      },
    ]);
  });

  it('reports a point on a chart with zero sigma as beyond 3σ', () => {
    expect(fired(evaluateRunRules([0, 0, Number.POSITIVE_INFINITY], { rules: ['NELSON_1'] }))).toEqual([
      'NELSON_1@2',
    ]);
  });

  it('resolves presets and refuses unknown rules', () => {
    expect(resolveRules('western_electric')).toEqual(['WE_1', 'WE_2', 'WE_3', 'WE_4']);
    expect(resolveRules('nelson')).toHaveLength(8);
    expect(resolveRules(['NELSON_2', 'NELSON_1', 'NELSON_2'])).toEqual(['NELSON_2', 'NELSON_1']);
    try {
      resolveRules(['NELSON_9' as SpcRuleId]);
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('SPC_RULE_UNKNOWN');
    }
  });
});
