import { describe, expect, it } from 'vitest';
import { buildRosterContext } from '../roster-context.ts';
import { gridRoster, sampleModel, samplePerson } from '../sample-roster.ts';
import { breakRule } from './template-rules.ts';

describe('template rules', () => {
  it('break: a template worked with 7 h in a row and no 20-minute break is reported once, on its days', () => {
    const model = sampleModel({
      employees: [samplePerson('paul', 'Paul', 'Martin'), samplePerson('julie', 'Julie', 'Bernard')],
      templates: [
        { key: 'early', label: 'Tôt', start: '06:00', end: '13:00' },
        { key: 'late', label: 'Tard', start: '14:00', end: '21:00' },
        { key: 'morning', label: 'Matin', start: '05:00', end: '13:00', breaks: [{ minutes: 30 }] },
      ],
    });
    const roster = gridRoster(
      { firstDay: '2026-03-02', days: 3 },
      { paul: 'early - early', julie: 'morning early -' },
    );
    // `late` breaks the rule too but nobody works it; `morning` has its break.
    expect(breakRule(buildRosterContext(model, roster))).toEqual([
      {
        code: 'ROSTER_BREAK',
        hard: true,
        units: 1,
        penalty: 1,
        days: ['2026-03-02', '2026-03-03', '2026-03-04'],
        params: {
          shift: 'early',
          shiftLabel: 'Tôt',
          workedHours: 7,
          stretchHours: 7,
          breakMinutes: 0,
          minBreakMinutes: 20,
          thresholdHours: 6,
        },
      },
    ]);
  });
});
