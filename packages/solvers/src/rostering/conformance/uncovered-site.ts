// A three-day site where demand cannot all be met under the French legal rules: one picker for an afternoon and the
// next morning (8 h between them, 11 h needed), the other picker absent, and a driver whose medical fitness ends
// the day before the forklift shift. The solver must leave two shifts short; why-uncovered must say why.
import { employeeSchema, type RosterModelInput, rosterModelSchema } from '@logipilot/domain';

const person = (id: string, firstName: string, lastName: string, extra: Record<string, unknown> = {}) =>
  employeeSchema.parse({
    id,
    siteId: 's1',
    number: id,
    firstName,
    lastName,
    contract: { kind: 'cdi', start: '2020-01-06' },
    weeklyHours: 35,
    jobRole: 'picker',
    availability: {
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      earliestStart: '00:00',
      latestEnd: '24:00',
      nightWork: false,
    },
    ...extra,
  });

/** Monday 2 to Wednesday 4 March 2026 (no clock change, no public holiday). */
export const horizon = { firstDay: '2026-03-02', days: 3 };

export const model = rosterModelSchema.parse({
  employees: [
    person('paul', 'Paul', 'Martin'),
    person('ines', 'Inès', 'Garcia'),
    person('luc', 'Luc', 'Moreau', {
      jobRole: 'forklift_driver',
      qualifications: [
        { kind: 'licence', scheme: 'R489', category: '5', issuedOn: '2023-01-01', expiresOn: '2027-12-31' },
        { kind: 'medical_fitness', issuedOn: '2023-01-01', expiresOn: '2026-03-03' },
        { kind: 'driving_authorisation', scheme: 'R489', category: '5', issuedOn: '2023-01-02' },
      ],
    }),
  ],
  absences: [
    { id: 'a1', siteId: 's1', employeeId: 'ines', kind: 'sick', from: '2026-03-02', to: '2026-03-04' },
  ],
  demand: [
    // The afternoon ends at 21:00, the morning starts at 05:00: Paul can take one of the two.
    { day: '2026-03-02', shift: 'afternoon', qualification: 'picker', headcount: 1 },
    { day: '2026-03-03', shift: 'morning', qualification: 'picker', headcount: 1 },
    // Luc's medical fitness ended on the 3rd: no driving on the 4th.
    { day: '2026-03-04', shift: 'morning', qualification: 'R489:5', headcount: 1 },
  ],
} satisfies RosterModelInput);
