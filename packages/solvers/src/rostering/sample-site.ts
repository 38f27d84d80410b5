// The hand-made site the compile and agreement tests share: four people, two weeks, demand, requests, history.
import { addDays, employeeSchema, type RosterModelInput, rosterModelSchema } from '@logipilot/domain';

/**
 * A hand-made site over two weeks from Monday 27 April 2026 (Friday 1 May inside, the site's activity can stop).
 * Qualifications: team_leader (listed by the model), then picker and R489:5 (named by the demand): k = 0, 1, 2.
 * Templates: morning 05:00–13:00, afternoon 13:00–21:00, night 21:00–05:00 (s = 0, 1, 2): slot = 3 s + k.
 */
const person = (id: string, firstName: string, lastName: string, extra: Record<string, unknown>) =>
  employeeSchema.parse({
    id,
    siteId: 's1',
    number: id,
    firstName,
    lastName,
    contract: { kind: 'cdi', start: '2020-01-06' },
    weeklyHours: 35,
    jobRole: 'picker',
    ...extra,
  });

const weekdays = (days: number[], extra: object = {}) => ({
  weekdays: days,
  earliestStart: '00:00',
  latestEnd: '24:00',
  nightWork: false,
  ...extra,
});

const paul = person('paul', 'Paul', 'Martin', {
  jobRole: 'forklift_driver',
  availability: weekdays([1, 2, 3, 4, 5]),
  qualifications: [
    { kind: 'licence', scheme: 'R489', category: '5', issuedOn: '2022-01-01', expiresOn: '2030-01-01' },
    // Medical fitness ends on Tuesday 5 May: no driving from Wednesday 6.
    { kind: 'medical_fitness', issuedOn: '2021-05-06', expiresOn: '2026-05-05' },
    { kind: 'driving_authorisation', scheme: 'R489', category: '5', issuedOn: '2022-01-02' },
  ],
});
// Part time, 24 h, Monday to Saturday from 06:00, no nights; on leave 4–5 May.
const julie = person('julie', 'Julie', 'Bernard', {
  weeklyHours: 24,
  availability: weekdays([1, 2, 3, 4, 5, 6], { earliestStart: '06:00' }),
});
// A temp on mission 29 April – 8 May, any day, nights accepted (so treated as a night worker).
const karim = person('karim', 'Karim', 'Diallo', {
  contract: { kind: 'temp', start: '2026-04-29', end: '2026-05-08', agency: 'Interim+' },
  availability: weekdays([1, 2, 3, 4, 5, 6, 7], { nightWork: true }),
});
const sophie = person('sophie', 'Sophie', 'Leroy', {
  jobRole: 'team_leader',
  availability: weekdays([1, 2, 3, 4, 5]),
});

export const horizon = { firstDay: '2026-04-27', days: 14 };
const demand: NonNullable<RosterModelInput['demand']> = [];
for (let d = 0; d < 14; d++) {
  const day = addDays('2026-04-27', d);
  if (d % 7 < 5) {
    demand.push({ day, shift: 'morning', qualification: 'picker', headcount: 2 });
    demand.push({ day, shift: 'morning', qualification: 'R489:5', headcount: 1 });
  }
}
demand.push({ day: '2026-04-28', shift: 'night', qualification: 'picker', headcount: 1, underWeight: 500 });

export const model = rosterModelSchema.parse({
  employees: [paul, julie, karim, sophie],
  qualifications: ['team_leader'],
  absences: [
    { id: 'a1', siteId: 's1', employeeId: 'julie', kind: 'paid_leave', from: '2026-05-04', to: '2026-05-05' },
  ],
  demand,
  requests: [
    { employeeId: 'karim', day: '2026-05-02', shift: 'night', on: false, weight: 5 },
    { employeeId: 'sophie', day: '2026-04-29', shift: 'afternoon', on: true },
  ],
  // Paul worked mornings Monday 20 to Friday 24 April.
  history: ['2026-04-20', '2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24'].map((day) => ({
    employeeId: 'paul',
    day,
    shift: 'morning',
  })),
} satisfies RosterModelInput);
