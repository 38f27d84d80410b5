import { describe, expect, it } from 'vitest';
import { buildRosterContext } from '../roster-context.ts';
import { gridRoster, sampleModel, samplePerson } from '../sample-roster.ts';
import { unavailableRule } from './availability-rule.ts';

// Paul drives reach trucks (R489 cat. 5) Monday to Friday, no nights; his medical fitness ends on Wednesday 4 March.
const paul = samplePerson('paul', 'Paul', 'Martin', {
  jobRole: 'forklift_driver',
  availability: { weekdays: [1, 2, 3, 4, 5], earliestStart: '00:00', latestEnd: '24:00', nightWork: false },
  qualifications: [
    { kind: 'licence', scheme: 'R489', category: '5', issuedOn: '2023-01-01', expiresOn: '2027-12-31' },
    { kind: 'medical_fitness', issuedOn: '2023-01-01', expiresOn: '2026-03-04' },
    { kind: 'driving_authorisation', scheme: 'R489', category: '5', issuedOn: '2023-01-02' },
  ],
});
const sophie = samplePerson('sophie', 'Sophie', 'Leroy');
const karim = samplePerson('karim', 'Karim', 'Diallo', {
  contract: { kind: 'temp', start: '2026-03-03', end: '2026-03-06', agency: 'Interim+' },
});
const absences = [
  {
    id: 'a1',
    siteId: 's1',
    employeeId: 'sophie',
    kind: 'paid_leave' as const,
    from: '2026-03-03',
    to: '2026-03-04',
  },
];

describe('availability rule', () => {
  it('unavailable: one hard unit per worked cell the person may not work, the first reason named', () => {
    const model = sampleModel({ employees: [paul, sophie, karim], absences });
    const roster = gridRoster(
      { firstDay: '2026-03-02', days: 7 },
      {
        paul: 'M@R489:5 N@R489:5 - M@R489:5 - M@R489:5 -',
        sophie: '- M - - - - M@R489:5',
        karim: 'M - - - - - -',
      },
    );
    const v = unavailableRule(buildRosterContext(model, roster));
    expect(v.map((x) => [x.employeeId, x.days[0], x.params.reason, x.params.reasons, x.units])).toEqual([
      // Monday: all valid. Tuesday night: Paul does not work nights (8 h of it in the night period).
      ['paul', '2026-03-03', 'NO_NIGHT_WORK', 'NO_NIGHT_WORK', 1],
      // Thursday: the medical fitness ended the day before, so the driving authorisation no longer holds.
      ['paul', '2026-03-05', 'LICENCE_INVALID', 'LICENCE_INVALID', 1],
      // Saturday: not one of his weekdays (and his licence is still not valid).
      ['paul', '2026-03-07', 'WEEKDAY_OFF', 'WEEKDAY_OFF,LICENCE_INVALID', 1],
      ['sophie', '2026-03-03', 'ABSENT', 'ABSENT', 1],
      // Sophie holds no R489 at all.
      ['sophie', '2026-03-08', 'NOT_QUALIFIED', 'NOT_QUALIFIED', 1],
      // Karim's mission starts on Tuesday.
      ['karim', '2026-03-02', 'CONTRACT_INACTIVE', 'CONTRACT_INACTIVE', 1],
    ]);
    expect(v[1]!.params).toMatchObject({
      part: 'medical_fitness',
      qualification: 'R489:5',
      employee: 'Paul Martin',
    });
    expect(v[3]!.params).toMatchObject({ kind: 'paid_leave' });
    expect(v.every((x) => x.hard && x.penalty === 1)).toBe(true);
  });

  it('unavailable: 1 May is not worked unless the site’s activity cannot stop', () => {
    const roster = gridRoster({ firstDay: '2026-04-27', days: 7 }, { sophie: '- - - - M - -' });
    const closed = sampleModel({ employees: [sophie] });
    expect(unavailableRule(buildRosterContext(closed, roster))).toMatchObject([
      { days: ['2026-05-01'], params: { reason: 'LABOUR_DAY' } },
    ]);
    const continuous = sampleModel({ employees: [sophie], calendar: { continuousOperation: true } });
    expect(unavailableRule(buildRosterContext(continuous, roster))).toEqual([]);
  });
});
