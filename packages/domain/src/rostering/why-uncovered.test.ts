import { describe, expect, it } from 'vitest';
import { gridRoster, sampleModel, samplePerson } from './sample-roster.ts';
import { whyUncovered } from './why-uncovered.ts';

const reach = (medicalUntil: string) => [
  { kind: 'licence', scheme: 'R489', category: '5', issuedOn: '2023-01-01', expiresOn: '2027-12-31' },
  { kind: 'medical_fitness', issuedOn: '2023-01-01', expiresOn: medicalUntil },
  { kind: 'driving_authorisation', scheme: 'R489', category: '5', issuedOn: '2023-01-02' },
];
const driver = (id: string, first: string, last: string, medicalUntil = '2027-12-31') =>
  samplePerson(id, first, last, { jobRole: 'forklift_driver', qualifications: reach(medicalUntil) });

const model = sampleModel({
  employees: [
    driver('paul', 'Paul', 'Martin'),
    driver('luc', 'Luc', 'Moreau', '2026-03-03'),
    driver('ines', 'Inès', 'Garcia'),
    driver('marc', 'Marc', 'Roux'),
    driver('eva', 'Eva', 'Simon'),
    samplePerson('julie', 'Julie', 'Bernard'),
  ],
  absences: [
    { id: 'a1', siteId: 's1', employeeId: 'ines', kind: 'sick', from: '2026-03-04', to: '2026-03-06' },
  ],
  demand: [{ day: '2026-03-04', shift: 'morning', qualification: 'R489:5', headcount: 2 }],
});
const roster = gridRoster(
  { firstDay: '2026-03-02', days: 7 },
  {
    paul: '- A - - - - -',
    marc: '- - M@picker - - - -',
    eva: '- - M@R489:5 - - - -',
  },
  'R489:5',
);

describe('whyUncovered', () => {
  it('lists each qualified person and what keeps them off a short shift', () => {
    const why = whyUncovered(model, roster, '2026-03-04', 'morning', 'R489:5');
    expect(why).toMatchObject({ required: 2, assigned: ['eva'], missing: 1 });
    // Julie is no driver: not a candidate. Eva is on it already.
    expect(why.candidates.map((c) => [c.employeeId, c.free, c.reasons.map((r) => r.code)])).toEqual([
      // Marc works the same morning as a picker: he could be moved, nothing hard stops him.
      ['marc', false, ['ALREADY_WORKING']],
      // Then one hard reason each, by name.
      ['ines', false, ['ABSENT']],
      // Luc's medical fitness ended on 3 March: no driving authorisation on the 4th.
      ['luc', false, ['LICENCE_INVALID']],
      // Paul worked Tuesday's afternoon until 21:00: 8 h before a 05:00 start.
      ['paul', false, ['ROSTER_DAILY_REST']],
    ]);
    const paul = why.candidates.find((c) => c.employeeId === 'paul')!;
    expect(paul.reasons[0]).toMatchObject({ hard: true, params: { restHours: 8, requiredHours: 11 } });
    expect(why.candidates.find((c) => c.employeeId === 'luc')!.reasons[0]!.params).toMatchObject({
      part: 'medical_fitness',
      employee: 'Luc Moreau',
    });
  });

  it('shows a free person when only soft costs kept the shift short', () => {
    const why = whyUncovered(model, roster, '2026-03-05', 'morning', 'R489:5');
    expect(why.missing).toBe(0);
    const free = why.candidates.filter((c) => c.free).map((c) => c.employeeId);
    // Paul's Tuesday afternoon is two days before; Marc and Eva worked Wednesday morning, 16 h of rest.
    expect(free.sort()).toEqual(['eva', 'marc', 'paul']);
  });
});
