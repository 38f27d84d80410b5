import { describe, expect, it } from 'vitest';
import { buildRosterContext } from '../roster-context.ts';
import { gridRoster, sampleModel, samplePerson } from '../sample-roster.ts';
import { changedRule } from './change-rules.ts';

describe('change rules', () => {
  it('changed: each cell that differs from the published roster costs 10', () => {
    const week = { firstDay: '2026-03-02', days: 7 };
    const published = gridRoster(week, { paul: 'M M M - - - -' });
    const model = sampleModel({ employees: [samplePerson('paul', 'Paul', 'Martin')], published });
    // Monday the same; Tuesday morning → afternoon; Wednesday morning → off; Thursday off → morning.
    const v = changedRule(buildRosterContext(model, gridRoster(week, { paul: 'M A - M - - -' })));
    expect(v.map((x) => [x.days[0], x.params.from, x.params.to, x.penalty])).toEqual([
      ['2026-03-03', 'shift', 'shift', 10],
      ['2026-03-04', 'shift', 'off', 10],
      ['2026-03-05', 'off', 'shift', 10],
    ]);
    expect(changedRule(buildRosterContext({ ...model, published: null }, published))).toEqual([]);
  });
});
