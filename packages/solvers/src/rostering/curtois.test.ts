// Reading the benchmark's instance format (a hand-made instance in that format) and writing rosters back.
import { DomainError } from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { fromBenchAssignments, parseCurtoisInstance, toBenchAssignments } from './curtois.ts';

const TINY = `# A hand-made instance in the benchmark's format
SECTION_HORIZON
7

SECTION_SHIFTS
# ShiftID, Length in mins, Shifts which cannot follow this shift | separated
E,480,
L,450,E
N,600,E|L

SECTION_STAFF
X,E=5|L=3|N=0,2400,960,4,2,2,1
Y,E=7,3000,0,5,1,1,2

SECTION_DAYS_OFF
X,2,5
Y,

SECTION_SHIFT_ON_REQUESTS
X,0,E,2

SECTION_SHIFT_OFF_REQUESTS
Y,3,L,1.5

SECTION_COVER
0,E,2,100,1
0,L,1,100,1
3,N,1,50,0.5
`;

function failure(text: string): DomainError {
  try {
    parseCurtoisInstance(text, 'Tiny.txt');
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the instance was accepted');
}

const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('parseCurtoisInstance', () => {
  it('reads shifts, limits, days off, requests and cover into a single-qualification problem', () => {
    const problem = parseCurtoisInstance(TINY, 'Tiny.txt');
    expect(problem).toMatchObject({ days: 7, firstDay: null, firstWeekday: 1, qualifications: ['any'] });
    expect(problem.shifts.map((s) => [s.id, s.minutes, s.cannotFollow])).toEqual([
      ['E', 480, []],
      ['L', 450, [0]],
      ['N', 600, [0, 1]],
    ]);
    expect(problem.slots).toEqual([
      { shift: 0, qualification: 0 },
      { shift: 1, qualification: 0 },
      { shift: 2, qualification: 0 },
    ]);
    const [x, y] = problem.employees;
    expect(x).toMatchObject({
      id: 'X',
      slots: [0, 1],
      maxShiftsOfType: [5, 3, 0],
      maxMinutes: 2400,
      minMinutes: 960,
      maxConsecutiveWork: 4,
      minConsecutiveWork: 2,
      minConsecutiveOff: 2,
      maxWeekends: 1,
      unavailable: [
        { day: 2, reason: 'day_off' },
        { day: 5, reason: 'day_off' },
      ],
      requests: [{ day: 0, shift: 0, on: true, weight: 2 }],
      maxMinutesPerWeek: null,
      history: { shifts: [], minutesByDay: [] },
    });
    expect(y).toMatchObject({ slots: [0, 1, 2], maxShiftsOfType: [7, null, null], unavailable: [] });
    expect(y?.requests).toEqual([{ day: 3, shift: 1, on: false, weight: 1.5 }]);
    expect(problem.cover).toEqual([
      { day: 0, shift: 0, qualification: 0, requirement: 2, underWeight: 100, overWeight: 1 },
      { day: 0, shift: 1, qualification: 0, requirement: 1, underWeight: 100, overWeight: 1 },
      { day: 3, shift: 2, qualification: 0, requirement: 1, underWeight: 50, overWeight: 0.5 },
    ]);
    expect(problem.rules.minConsecutiveAtHorizonEnds).toBe(false);
    expect(problem.rules.consecutiveWork.hard).toBe(true);
  });

  it.each([
    [
      'a word for a number',
      'X,E=5|L=3|N=0,2400,960,4,2,2,1',
      'X,E=5|L=3|N=0,24o0,960,4,2,2,1',
      'ROSTER_INSTANCE_NOT_INTEGER',
      { field: 'MaxTotalMinutes', value: '24o0' },
    ],
    [
      'a missing field',
      'Y,E=7,3000,0,5,1,1,2',
      'Y,E=7,3000,0,5,1,1',
      'ROSTER_INSTANCE_FIELD_COUNT',
      { section: 'SECTION_STAFF', expected: '8', found: 7 },
    ],
    [
      'an unknown shift',
      '3,N,1,50,0.5',
      '3,Q,1,50,0.5',
      'ROSTER_INSTANCE_UNKNOWN_REFERENCE',
      { field: 'ShiftID', value: 'Q' },
    ],
    [
      'an unknown person',
      'X,0,E,2',
      'Z,0,E,2',
      'ROSTER_INSTANCE_UNKNOWN_REFERENCE',
      { field: 'EmployeeID', value: 'Z' },
    ],
    [
      'a day outside the horizon',
      'X,2,5',
      'X,2,7',
      'ROSTER_INSTANCE_OUT_OF_RANGE',
      { field: 'DayIndexes', value: 7 },
    ],
    [
      'a duplicate cover line',
      '0,L,1,100,1',
      '0,E,1,100,1',
      'ROSTER_INSTANCE_DUPLICATE',
      { field: 'Cover', value: '0,E' },
    ],
    [
      'a weight that is no number',
      'Y,3,L,1.5',
      'Y,3,L,heavy',
      'ROSTER_INSTANCE_NOT_NUMBER',
      { field: 'Weight', value: 'heavy' },
    ],
    [
      'an unknown successor',
      'N,600,E|L',
      'N,600,E|W',
      'ROSTER_INSTANCE_UNKNOWN_REFERENCE',
      { field: 'cannotFollow', value: 'W' },
    ],
  ])('names the file, line and field of %s', (_, line, broken, code, params) => {
    const text = TINY.replace(line, broken);
    const error = failure(text);
    expect(error.code).toBe(code);
    expect(error.params).toMatchObject({ file: 'Tiny.txt', line: lineOf(text, broken), ...params });
  });

  it('names a missing or unknown section', () => {
    expect(failure(TINY.replace(/SECTION_COVER[\s\S]*/, '')).params).toMatchObject({
      section: 'SECTION_COVER',
    });
    expect(failure(TINY.replace(/SECTION_COVER[\s\S]*/, '')).code).toBe('ROSTER_INSTANCE_MISSING_SECTION');
    const unknown = failure(TINY.replace('SECTION_DAYS_OFF', 'SECTION_HOLIDAYS'));
    expect(unknown.code).toBe('ROSTER_INSTANCE_UNKNOWN_SECTION');
    expect(unknown.params).toMatchObject({
      line: lineOf(TINY, 'SECTION_DAYS_OFF'),
      value: 'SECTION_HOLIDAYS',
    });
  });
});

describe('bench assignments', () => {
  it('writes shift IDs per employee and day, and reads them back', () => {
    const problem = parseCurtoisInstance(TINY, 'Tiny.txt');
    const assignment = [Int32Array.of(0, 0, -1, 1, 1, -1, -1), Int32Array.of(-1, 2, 2, -1, 0, 0, 0)];
    const written = toBenchAssignments(problem, assignment);
    expect(written).toEqual({ X: ['E', 'E', '', 'L', 'L', '', ''], Y: ['', 'N', 'N', '', 'E', 'E', 'E'] });
    expect(fromBenchAssignments(problem, written)).toEqual(assignment);
  });
});
