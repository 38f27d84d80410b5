// A small hand-made rostering problem for the tests: morning, afternoon and night shifts, one qualification, no
// limit unless a test sets one; rosters are written one letter per day ('M', 'A', 'N', '-' off).
import type { Assignment, RosterEmployee, RosterProblem, RosterRules, ShiftType } from './problem.ts';

export const SAMPLE_SHIFTS: readonly ShiftType[] = [
  {
    id: 'M',
    minutes: 420,
    minutesByCivilDay: [420, 0],
    start: 360,
    end: 840,
    night: false,
    cannotFollow: [],
  },
  {
    id: 'A',
    minutes: 420,
    minutesByCivilDay: [420, 0],
    start: 840,
    end: 1320,
    night: false,
    cannotFollow: [0],
  },
  // 21:00–05:00 with a one-hour break: 3 h on its first civil day, 4 h on the next.
  {
    id: 'N',
    minutes: 420,
    minutesByCivilDay: [180, 240],
    start: 1260,
    end: 1740,
    night: true,
    cannotFollow: [0, 1],
  },
];

export const HARD_RULES: RosterRules = {
  shiftSuccession: { hard: true, weight: 1 },
  unavailable: { hard: true, weight: 1 },
  maxShiftsOfType: { hard: true, weight: 1 },
  totalMinutes: { hard: true, weight: 1 },
  consecutiveWork: { hard: true, weight: 1 },
  consecutiveOff: { hard: true, weight: 1 },
  maxWeekends: { hard: true, weight: 1 },
  minutesPerCivilDay: { hard: true, weight: 1 },
  minutesPerWeek: { hard: true, weight: 1 },
  averageMinutesPerWeek: { hard: true, weight: 1 },
  daysPerWeek: { hard: true, weight: 1 },
  weeklyRest: { hard: true, weight: 1 },
  partTime: { hard: true, weight: 1 },
  minConsecutiveAtHorizonEnds: false,
  weekendFairness: 0,
  nightFairness: 0,
};

/** A person who may work every shift, with no limit. */
export function samplePerson(id: string, extra: Partial<RosterEmployee> = {}): RosterEmployee {
  return {
    id,
    slots: [0, 1, 2],
    unavailable: [],
    maxShiftsOfType: [null, null, null],
    minMinutes: null,
    maxMinutes: null,
    maxConsecutiveWork: null,
    minConsecutiveWork: null,
    minConsecutiveOff: null,
    maxWeekends: null,
    maxMinutesPerCivilDay: null,
    maxMinutesPerWeek: null,
    maxAverageMinutesPerWeek: null,
    maxDaysPerWeek: null,
    minWeeklyRestMinutes: null,
    partTimeWeeklyCeiling: null,
    requests: [],
    history: { shifts: [], minutesByDay: [] },
    ...extra,
  };
}

/** `days` days from a Monday, the given people, no cover unless given. */
export function sampleProblem(
  employees: RosterEmployee[],
  extra: Partial<Omit<RosterProblem, 'employees'>> = {},
): RosterProblem {
  return {
    days: 14,
    firstDay: null,
    firstWeekday: 1,
    shifts: SAMPLE_SHIFTS,
    qualifications: ['any'],
    slots: SAMPLE_SHIFTS.map((_, shift) => ({ shift, qualification: 0 })),
    employees,
    cover: [],
    rules: HARD_RULES,
    ...extra,
  };
}

/** Rows written one letter per day: the letter is the shift's id, '-' a day off. */
export function rows(problem: RosterProblem, ...lines: string[]): Assignment {
  return lines.map((line) => {
    const row = new Int32Array(problem.days).fill(-1);
    for (let d = 0; d < problem.days; d++) {
      const letter = line[d] ?? '-';
      if (letter === '-') continue;
      const shift = problem.shifts.findIndex((s) => s.id === letter);
      row[d] = problem.slots.findIndex((s) => s.shift === shift);
    }
    return row;
  });
}
