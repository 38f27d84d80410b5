import { describe, expect, it } from 'vitest';
import { buildRosterContext } from '../roster-context.ts';
import { gridRoster, SAMPLE_HORIZON, sampleModel, samplePerson } from '../sample-roster.ts';
import { nightFairnessRule, weekendFairnessRule } from './fairness-rules.ts';

const model = sampleModel({
  employees: [
    samplePerson('paul', 'Paul', 'Martin'),
    samplePerson('julie', 'Julie', 'Bernard'),
    samplePerson('karim', 'Karim', 'Diallo'),
  ],
});

describe('fairness rules', () => {
  it('weekend fairness: weekends above the team’s mean × 50', () => {
    // Weekends worked: Paul 2, Julie 1, Karim 0; mean 1: Paul is 1 above.
    const roster = gridRoster(SAMPLE_HORIZON, {
      paul: '- - - - - M - - - - - - M -',
      julie: '- - - - - - M - - - - - - -',
      karim: 'M - - - - - - - - - - - - -',
    });
    expect(weekendFairnessRule(buildRosterContext(model, roster))).toMatchObject([
      {
        code: 'ROSTER_WEEKEND_FAIRNESS',
        employeeId: 'paul',
        units: 1,
        penalty: 50,
        params: { weekends: 2, mean: 1 },
      },
    ]);
  });

  it('night fairness: night shifts above the team’s mean × 20', () => {
    // Nights: Paul 3, Julie 0, Karim 0; mean 1: Paul is 2 above.
    const roster = gridRoster(SAMPLE_HORIZON, {
      paul: 'N N N - - - - - - - - - - -',
      julie: 'M - - - - - - - - - - - - -',
    });
    expect(nightFairnessRule(buildRosterContext(model, roster))).toMatchObject([
      {
        code: 'ROSTER_NIGHT_FAIRNESS',
        employeeId: 'paul',
        units: 2,
        penalty: 40,
        params: { nights: 3, mean: 1 },
      },
    ]);
  });
});
