import { describe, expect, it } from 'vitest';
import { buildRosterContext } from '../roster-context.ts';
import { gridRoster, sampleModel, samplePerson } from '../sample-roster.ts';
import { coverOverRule, coverUnderRule, requestOffRule, requestOnRule } from './demand-rules.ts';

const people = [
  samplePerson('paul', 'Paul', 'Martin'),
  samplePerson('julie', 'Julie', 'Bernard'),
  samplePerson('karim', 'Karim', 'Diallo'),
];
const week = { firstDay: '2026-03-02', days: 7 };
const demand = [
  { day: '2026-03-02', shift: 'morning', qualification: 'picker', headcount: 3 },
  { day: '2026-03-03', shift: 'morning', qualification: 'picker', headcount: 1, overWeight: 40 },
];

describe('demand rules', () => {
  it('cover under: persons missing × the under weight (1,000 by default)', () => {
    const model = sampleModel({ employees: people, demand });
    // Monday morning: 3 needed, 1 there.
    const v = coverUnderRule(
      buildRosterContext(model, gridRoster(week, { paul: 'M M - - - - -', julie: '- M - - - - -' })),
    );
    expect(v).toMatchObject([
      {
        code: 'ROSTER_COVER_UNDER',
        hard: false,
        units: 2,
        penalty: 2000,
        days: ['2026-03-02'],
        params: { shift: 'morning', qualification: 'picker', required: 3, assigned: 1, missing: 2 },
      },
    ]);
    expect(v[0]!.employeeId).toBeUndefined();
  });

  it('cover over: persons beyond × the row’s over weight, and 100 where nobody asked for anyone', () => {
    const model = sampleModel({ employees: people, demand });
    const v = coverOverRule(
      buildRosterContext(
        model,
        gridRoster(week, { paul: 'M M - - - - -', julie: '- M A - - - -', karim: '- M - - - - -' }),
      ),
    );
    // Tuesday morning: 3 for 1 → 2 × 40. Wednesday afternoon: 1 for 0 → 1 × 100.
    expect(v.map((x) => [x.days[0], x.units, x.penalty])).toEqual([
      ['2026-03-03', 2, 80],
      ['2026-03-04', 1, 100],
    ]);
  });

  it('request on: met only by that very template that day', () => {
    const requests = [{ employeeId: 'paul', day: '2026-03-02', shift: 'morning', on: true, weight: 10 }];
    const model = sampleModel({ employees: people, requests });
    expect(
      requestOnRule(buildRosterContext(model, gridRoster(week, { paul: 'A - - - - - -' }))),
    ).toMatchObject([
      { code: 'ROSTER_REQUEST_ON', units: 1, penalty: 10, employeeId: 'paul', params: { shift: 'morning' } },
    ]);
    expect(requestOnRule(buildRosterContext(model, gridRoster(week, { paul: 'M - - - - - -' })))).toEqual([]);
  });

  it('request off: broken only by working that template (another one is fine)', () => {
    const requests = [{ employeeId: 'julie', day: '2026-03-04', shift: 'night', on: false, weight: 5 }];
    const model = sampleModel({ employees: people, requests });
    expect(
      requestOffRule(buildRosterContext(model, gridRoster(week, { julie: '- - N - - - -' }))),
    ).toMatchObject([{ code: 'ROSTER_REQUEST_OFF', units: 1, penalty: 5, days: ['2026-03-04'] }]);
    expect(requestOffRule(buildRosterContext(model, gridRoster(week, { julie: '- - A - - - -' })))).toEqual(
      [],
    );
  });
});
