import { describe, expect, it } from 'vitest';
import type { Shift } from '../planning/profiles.ts';
import { absenceSchema } from './absence.ts';
import {
  absenceReason,
  assignShift,
  availability,
  availabilityRulesSchema,
  canCover,
  contractReason,
  gaps,
  hoursReason,
  nightHoursOfShift,
  nightReason,
  personEfficiency,
  unavailableReasons,
  weekdayReason,
} from './availability.ts';
import { type Employee, employeeSchema } from './employee.ts';

const MON = '2026-03-02';
const rules = availabilityRulesSchema.parse({});
const morning: Shift = { key: 'morning', start: '05:00', end: '13:00', breakMinutes: 30 };
const night: Shift = { key: 'night', start: '21:00', end: '05:00', breakMinutes: 30 };

function person(id: string, jobRole: Employee['jobRole'], extra: Record<string, unknown> = {}): Employee {
  return employeeSchema.parse({
    id,
    siteId: 's1',
    number: id,
    firstName: 'Prénom',
    lastName: id,
    contract: { kind: 'cdi', start: '2020-01-06' },
    weeklyHours: 35,
    jobRole,
    ...extra,
  });
}
const reachDriver = (id: string) =>
  person(id, 'forklift_driver', {
    qualifications: [
      { kind: 'licence', scheme: 'R489', category: '5', issuedOn: '2023-01-01', expiresOn: '2027-12-31' },
      { kind: 'medical_fitness', issuedOn: '2023-01-01', expiresOn: '2027-12-31' },
      { kind: 'driving_authorisation', scheme: 'R489', category: '5', issuedOn: '2023-01-02' },
    ],
  });
const absence = (employeeId: string, from: string, to: string) =>
  absenceSchema.parse({ id: `a-${employeeId}`, siteId: 's1', employeeId, kind: 'sick', from, to });

describe('availability rules, one by one', () => {
  it('counts the hours of a shift inside the 21:00–06:00 night period', () => {
    expect(nightHoursOfShift(morning)).toBe(1); // 05:00–06:00
    expect(nightHoursOfShift({ start: '13:00', end: '21:00' })).toBe(0);
    expect(nightHoursOfShift(night)).toBe(8); // 21:00–24:00 + 00:00–05:00
    expect(nightHoursOfShift({ start: '22:00', end: '06:00' })).toBe(8);
  });

  it('needs a contract in force (temp mission dates)', () => {
    const temp = person('t', 'picker', {
      contract: { kind: 'temp', start: '2026-03-02', end: '2026-03-06' },
    });
    expect(contractReason(temp, MON)).toBeNull();
    expect(contractReason(temp, '2026-03-09')).toEqual({
      code: 'CONTRACT_INACTIVE',
      params: { day: '2026-03-09' },
    });
  });

  it('excludes absences, days off, hours outside availability and night work not accepted', () => {
    expect(absenceReason([absence('p', '2026-03-01', '2026-03-03')], 'p', MON)).toEqual({
      code: 'ABSENT',
      params: { day: MON, kind: 'sick' },
    });
    const p = person('p', 'picker', {
      availability: {
        weekdays: [2, 3, 4, 5, 6],
        earliestStart: '06:00',
        latestEnd: '24:00',
        nightWork: false,
      },
    });
    expect(weekdayReason(p, MON)).toEqual({ code: 'WEEKDAY_OFF', params: { weekday: 1 } });
    expect(hoursReason(p, morning)).toEqual({
      code: 'OUTSIDE_HOURS',
      params: { earliestStart: '06:00', latestEnd: '24:00' },
    });
    expect(hoursReason(p, { start: '13:00', end: '21:00' })).toBeNull();
    expect(hoursReason(p, night)).toBeNull(); // 21:00 ≥ 06:00 and ends past midnight with latestEnd 24:00
    expect(nightReason(p, night, rules)).toEqual({ code: 'NO_NIGHT_WORK', params: { nightHours: 8 } });
    expect(nightReason(p, morning, rules)).toBeNull(); // 1 h < 3 h threshold
    expect(unavailableReasons(p, MON, night, [], rules).map((r) => r.code)).toEqual([
      'WEEKDAY_OFF',
      'NO_NIGHT_WORK',
    ]);
  });

  it('lets only valid drivers cover a licence, and roles cover roles per the polyvalence table', () => {
    const d = reachDriver('d');
    expect(canCover(d, 'R489:5', MON, rules)).toBe(true);
    expect(canCover(d, 'R489:5', '2028-01-10', rules)).toBe(false); // CACES and medical expired
    expect(canCover(d, 'R489:3', MON, rules)).toBe(false);
    expect(canCover(person('l', 'loader'), 'picker', MON, rules)).toBe(true);
    expect(canCover(person('p', 'picker'), 'team_leader', MON, rules)).toBe(false);
    expect(canCover(person('c', 'admin_clerk'), 'admin_clerk', MON, rules)).toBe(true);
  });

  it('ramps a new temp up by day of mission', () => {
    const temp = person('t', 'picker', { contract: { kind: 'temp', start: MON, end: '2026-03-31' } });
    expect(personEfficiency(temp, MON, rules)).toBe(0.5); // day 1
    expect(personEfficiency(temp, '2026-03-03', rules)).toBe(0.75); // day 2
    expect(personEfficiency(temp, '2026-03-05', rules)).toBe(0.9); // day 4
    expect(personEfficiency(temp, '2026-03-07', rules)).toBe(1); // day 6
    expect(personEfficiency(person('p', 'picker'), MON, rules)).toBe(1);
  });
});

describe('assignment and gaps', () => {
  it('serves the scarcest qualification first and keeps versatile people for it', () => {
    // A drives and picks; B and C only pick. Slack: R489:5 1 − 1 = 0, picker 3 − 2 = 1 → R489:5 first.
    const out = assignShift(
      ['picker', 'R489:5'],
      new Map([
        ['picker', ['A', 'B', 'C']],
        ['R489:5', ['A']],
      ]),
      new Map([
        ['picker', 2],
        ['R489:5', 1],
      ]),
      new Map([
        ['A', 'picker'],
        ['B', 'picker'],
        ['C', 'picker'],
      ]),
    );
    expect(Object.fromEntries(out)).toEqual({ picker: ['B', 'C'], 'R489:5': ['A'] });
  });

  it('puts people left over under their own role, so surpluses show', () => {
    const out = assignShift(
      ['picker'],
      new Map([['picker', ['A', 'B']]]),
      new Map([['picker', 1]]),
      new Map(),
    );
    expect(out.get('picker')).toEqual(['A', 'B']);
  });

  it('counts who is there on a day × shift and the gaps against the needs', () => {
    const employees = [
      reachDriver('drv'),
      person('pk1', 'picker'),
      person('tmp', 'picker', { contract: { kind: 'temp', start: MON, end: '2026-03-13' } }),
      person('sick', 'picker'),
      person('old', 'picker', { contract: { kind: 'cdd', start: '2025-01-06', end: '2026-02-27' } }),
    ];
    const needs = [
      { day: MON, shift: 'morning', qualification: 'picker', headcount: 3 },
      { day: MON, shift: 'morning', qualification: 'R489:5', headcount: 1 },
    ];
    const avail = availability({
      days: [MON],
      shifts: [morning],
      employees,
      absences: [absence('sick', MON, MON)],
      qualifications: ['picker', 'R489:5'],
      needs,
      rules,
    });
    expect(avail).toEqual([
      // pk1 at 1 + tmp on day 1 at 0.5 = 1.5 effective
      {
        day: MON,
        shift: 'morning',
        qualification: 'picker',
        available: 2,
        effective: 1.5,
        eligible: 2,
        people: ['pk1', 'tmp'],
      },
      {
        day: MON,
        shift: 'morning',
        qualification: 'R489:5',
        available: 1,
        effective: 1,
        eligible: 1,
        people: ['drv'],
      },
    ]);
    // picker: 3 needed − 2 available = 1 short; R489:5: 1 − 1 = 0
    expect(gaps(needs, avail)).toEqual([
      {
        day: MON,
        shift: 'morning',
        qualification: 'picker',
        needed: 3,
        available: 2,
        effective: 1.5,
        gap: 1,
      },
      { day: MON, shift: 'morning', qualification: 'R489:5', needed: 1, available: 1, effective: 1, gap: 0 },
    ]);
  });

  it('shows availability nobody needs as a surplus (negative gap)', () => {
    const avail = [
      {
        day: MON,
        shift: 'morning',
        qualification: 'loader',
        available: 2,
        effective: 2,
        eligible: 2,
        people: ['a', 'b'],
      },
    ];
    expect(gaps([], avail)).toEqual([
      { day: MON, shift: 'morning', qualification: 'loader', needed: 0, available: 2, effective: 2, gap: -2 },
    ]);
  });
});
