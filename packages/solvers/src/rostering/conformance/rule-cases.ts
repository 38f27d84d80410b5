// One tiny problem per rule of RosterRules where that rule alone binds: the cover (or a request, or a published
// roster) pulls toward breaking it, every other rule is off or slack. Each case states its optimum, worked out by
// hand below, and a roster that breaks the rule with the violation the evaluator must report for it.
import type { Assignment, RosterProblem } from '../problem.ts';
import { HARD_RULES, SAMPLE_SHIFTS } from '../sample-problem.ts';
import {
  A,
  FREE_SHIFTS,
  grid,
  M,
  MORNING_ONLY,
  N,
  NIGHT_ONLY,
  need,
  needEach,
  person,
  range,
  softened,
  tiny,
} from './tiny-problems.ts';

export interface ExpectedViolation {
  code: string;
  hard: boolean;
  /** Absent for a cover requirement (no one person's rule). */
  employee?: number;
  days: number[];
  penalty: number;
  params: Record<string, string | number>;
}

export interface RuleCase {
  /** The rule (a RosterRules field, a request, the cover, a solve option) and the variant. */
  name: string;
  problem: RosterProblem;
  /** A re-plan's published roster and change weight. */
  replan?: { initial: Assignment; changeWeight: number };
  /** The optimum: hard 0 and this soft penalty (the arithmetic is in the case's comment). */
  optimum: number;
  /** A roster breaking the rule (what a solver ignoring it would give), and what the evaluator must say of it. */
  broken: Assignment;
  violations: ExpectedViolation[];
}

/** Seven days, Monday to Sunday. */
const WEEK = range(0, 6);

function successionCase(soft: boolean): RuleCase {
  // Day 0 wants an afternoon (ends 22:00), day 1 a morning (06:00): the afternoon may not be followed by a morning.
  // Hard: one of the two stays uncovered, 100. Soft at 30: breaking it (30) is cheaper than 100.
  const problem = tiny(SAMPLE_SHIFTS, [person('P', 3)], {
    days: 3,
    cover: [need(0, A, 1, 100), need(1, M, 1, 100)],
    rules: soft ? softened('shiftSuccession', 30) : HARD_RULES,
  });
  return {
    name: `shiftSuccession (daily rest) ${soft ? 'soft at 30' : 'hard'}`,
    problem,
    optimum: soft ? 30 : 100,
    broken: grid(problem, 'AM-'),
    violations: [
      {
        code: 'ROSTER_SHIFT_SUCCESSION',
        hard: !soft,
        employee: 0,
        days: [0, 1],
        penalty: soft ? 30 : 1,
        params: { previous: 'A', shift: 'M', units: 1 },
      },
    ],
  };
}

function successionFromHistoryCase(): RuleCase {
  // The night of day -1 (history) may not be followed by a morning on day 0: the morning of day 0 stays
  // uncovered (100), the one of day 1 is worked.
  const problem = tiny(SAMPLE_SHIFTS, [person('P', 3, { history: { shifts: [N], minutesByDay: [180] } })], {
    days: 3,
    cover: [need(0, M, 1, 100), need(1, M, 1, 100)],
  });
  return {
    name: 'shiftSuccession from the history’s last day, hard',
    problem,
    optimum: 100,
    broken: grid(problem, 'MM-'),
    violations: [
      {
        code: 'ROSTER_SHIFT_SUCCESSION',
        hard: true,
        employee: 0,
        days: [-1, 0],
        penalty: 1,
        params: { previous: 'N', shift: 'M', units: 1 },
      },
    ],
  };
}

function unavailableCase(soft: boolean): RuleCase {
  // Two qualifications; slots: 0 = M·picker, 1 = M·R489, 2 = A·picker, 3 = A·R489. P holds slots 0–2 (not A·R489),
  // is absent on day 1 and her licence is not valid on day 2 (slot 1 only). Cover: day 1 M·picker, day 2 M·R489,
  // day 3 M·R489, day 4 A·R489, 100 each. Hard: only day 3 can be covered, 3 × 100 = 300. Soft at 30: all four
  // covered, 3 cells unavailable × 30 = 90.
  const problem = tiny(
    FREE_SHIFTS,
    [
      person('P', 3, {
        unavailable: [
          { day: 1, reason: 'ABSENT' },
          { day: 2, slot: 1, reason: 'LICENCE_INVALID' },
        ],
      }),
    ],
    {
      days: 5,
      qualifications: ['picker', 'R489:5'],
      slots: [
        { shift: M, qualification: 0 },
        { shift: M, qualification: 1 },
        { shift: A, qualification: 0 },
        { shift: A, qualification: 1 },
      ],
      cover: [
        need(1, M, 1, 100, 0, 0),
        need(2, M, 1, 100, 0, 1),
        need(3, M, 1, 100, 0, 1),
        need(4, A, 1, 100, 0, 1),
      ],
      rules: soft ? softened('unavailable', 30) : HARD_RULES,
    },
  );
  return {
    name: `unavailable (absence, licence not valid that day, slot not held) ${soft ? 'soft at 30' : 'hard'}`,
    problem,
    optimum: soft ? 90 : 300,
    broken: [Int32Array.of(-1, 0, 1, 1, 3)],
    violations: [
      {
        code: 'ROSTER_UNAVAILABLE',
        hard: !soft,
        employee: 0,
        days: [2],
        penalty: soft ? 30 : 1,
        params: { reason: 'LICENCE_INVALID', slot: 1, units: 1 },
      },
      {
        code: 'ROSTER_UNAVAILABLE',
        hard: !soft,
        employee: 0,
        days: [1],
        penalty: soft ? 30 : 1,
        params: { reason: 'ABSENT', slot: 0, units: 1 },
      },
      {
        code: 'ROSTER_UNAVAILABLE',
        hard: !soft,
        employee: 0,
        days: [4],
        penalty: soft ? 30 : 1,
        params: { reason: 'slot', slot: 3, units: 1 },
      },
    ],
  };
}

function maxShiftsOfTypeCase(soft: boolean): RuleCase {
  // Five nights wanted (100 each), at most 2 nights. Hard: 3 × 100 = 300. Soft at 30: all five, 3 × 30 = 90.
  const problem = tiny(FREE_SHIFTS, [person('P', 3, { maxShiftsOfType: [null, null, 2] })], {
    days: 5,
    cover: needEach(range(0, 4), N, 1, 100),
    rules: soft ? softened('maxShiftsOfType', 30) : HARD_RULES,
  });
  return {
    name: `maxShiftsOfType ${soft ? 'soft at 30' : 'hard'}`,
    problem,
    optimum: soft ? 90 : 300,
    broken: grid(problem, 'NNNNN'),
    violations: [
      {
        code: 'ROSTER_MAX_SHIFTS_OF_TYPE',
        hard: !soft,
        employee: 0,
        days: [],
        penalty: soft ? 90 : 3,
        params: { shift: 'N', count: 5, max: 2, units: 3 },
      },
    ],
  };
}

function minTotalMinutesCase(soft: boolean): RuleCase {
  // At least 1,000 min; every worked morning is 200 over its cover (requirement 0). k mornings cost 200 k plus,
  // soft at 1 a minute, max(0, 1,000 − 420 k): k = 0 → 1,000; 1 → 780; 2 → 560; 3 → 600. Hard: k ≥ 3 (840 < 1,000),
  // 600. Soft: 560.
  const problem = tiny(MORNING_ONLY, [person('P', 1, { minMinutes: 1000 })], {
    cover: needEach(WEEK, M, 0, 100, 200),
    rules: soft ? softened('totalMinutes', 1) : HARD_RULES,
  });
  return {
    name: `totalMinutes minimum ${soft ? 'soft at 1' : 'hard'}`,
    problem,
    optimum: soft ? 560 : 600,
    broken: grid(problem, '-------'),
    violations: [
      {
        code: 'ROSTER_TOTAL_MINUTES',
        hard: !soft,
        employee: 0,
        days: [],
        penalty: 1000,
        params: { minutes: 0, min: 1000, units: 1000 },
      },
    ],
  };
}

function maxTotalMinutesCase(soft: boolean): RuleCase {
  // Five mornings wanted (100 each), at most 840 min = 2 mornings. Hard: 3 × 100 = 300. Soft at 0.1 a minute:
  // k ≥ 2 mornings cost 0.1 × 420 (k − 2) + 100 (5 − k) = 300, 242, 184, 126 for k = 2…5: 126.
  const problem = tiny(MORNING_ONLY, [person('P', 1, { maxMinutes: 840 })], {
    days: 5,
    cover: needEach(range(0, 4), M, 1, 100),
    rules: soft ? softened('totalMinutes', 0.1) : HARD_RULES,
  });
  return {
    name: `totalMinutes maximum ${soft ? 'soft at 0.1' : 'hard'}`,
    problem,
    optimum: soft ? 126 : 300,
    broken: grid(problem, 'MMMMM'),
    violations: [
      {
        code: 'ROSTER_TOTAL_MINUTES',
        hard: !soft,
        employee: 0,
        days: [],
        penalty: soft ? 126 : 1260,
        params: { minutes: 2100, max: 840, units: 1260 },
      },
    ],
  };
}

function maxConsecutiveWorkCase(soft: boolean): RuleCase {
  // Seven mornings wanted (100 each), at most 3 days in a row. Hard: one day off, MMM-MMM, 100. Soft at 20: all
  // seven, 4 days beyond × 20 = 80 (MMMM-MM would be 20 + 100).
  const problem = tiny(MORNING_ONLY, [person('P', 1, { maxConsecutiveWork: 3 })], {
    cover: needEach(WEEK, M, 1, 100),
    rules: soft ? softened('consecutiveWork', 20) : HARD_RULES,
  });
  return {
    name: `consecutiveWork maximum ${soft ? 'soft at 20' : 'hard'}`,
    problem,
    optimum: soft ? 80 : 100,
    broken: grid(problem, 'MMMMMMM'),
    violations: [
      {
        code: 'ROSTER_MAX_CONSECUTIVE_WORK',
        hard: !soft,
        employee: 0,
        days: WEEK,
        penalty: soft ? 80 : 4,
        params: { length: 7, max: 3, units: 4 },
      },
    ],
  };
}

function minConsecutiveWorkCase(soft: boolean): RuleCase {
  // Day 3 wants a morning (100); any other worked morning is 10 over. At least 3 days in a row, except a stretch
  // touching day 0 or day 6. Hard: --MMM-- (or -MMM---, ---MMM-), 2 × 10 = 20. Soft at 5: ---M--- misses 2 days,
  // 2 × 5 = 10.
  const problem = tiny(MORNING_ONLY, [person('P', 1, { minConsecutiveWork: 3 })], {
    cover: WEEK.map((d) => need(d, M, d === 3 ? 1 : 0, 100, 10)),
    rules: soft ? softened('consecutiveWork', 5) : HARD_RULES,
  });
  return {
    name: `consecutiveWork minimum ${soft ? 'soft at 5' : 'hard'}`,
    problem,
    optimum: soft ? 10 : 20,
    broken: grid(problem, '---M---'),
    violations: [
      {
        code: 'ROSTER_MIN_CONSECUTIVE_WORK',
        hard: !soft,
        employee: 0,
        days: [3],
        penalty: soft ? 10 : 2,
        params: { length: 1, min: 3, units: 2 },
      },
    ],
  };
}

function minConsecutiveOffCase(soft: boolean): RuleCase {
  // Mornings wanted every day but day 2 (100 each); a morning on day 2 is 150 over. At least 2 days off in a row.
  // Hard: MM--MMM or M--MMMM, 100 (all seven: 150). Soft at 30: MM-MMMM, 1 day missing × 30 = 30.
  const problem = tiny(MORNING_ONLY, [person('P', 1, { minConsecutiveOff: 2 })], {
    cover: WEEK.map((d) => need(d, M, d === 2 ? 0 : 1, 100, d === 2 ? 150 : 0)),
    rules: soft ? softened('consecutiveOff', 30) : HARD_RULES,
  });
  return {
    name: `consecutiveOff minimum ${soft ? 'soft at 30' : 'hard'}`,
    problem,
    optimum: soft ? 30 : 100,
    broken: grid(problem, 'MM-MMMM'),
    violations: [
      {
        code: 'ROSTER_MIN_CONSECUTIVE_OFF',
        hard: !soft,
        employee: 0,
        days: [2],
        penalty: soft ? 30 : 1,
        params: { length: 1, min: 2, units: 1 },
      },
    ],
  };
}

function maxWeekendsCase(soft: boolean): RuleCase {
  // Two weeks; the Saturdays (days 5 and 12) want a morning (100 each); at most 1 weekend. Hard: 100. Soft at 30:
  // both, 1 weekend beyond × 30 = 30.
  const problem = tiny(MORNING_ONLY, [person('P', 1, { maxWeekends: 1 })], {
    days: 14,
    cover: [need(5, M, 1, 100), need(12, M, 1, 100)],
    rules: soft ? softened('maxWeekends', 30) : HARD_RULES,
  });
  return {
    name: `maxWeekends ${soft ? 'soft at 30' : 'hard'}`,
    problem,
    optimum: soft ? 30 : 100,
    broken: grid(problem, '-----M------M-'),
    violations: [
      {
        code: 'ROSTER_MAX_WEEKENDS',
        hard: !soft,
        employee: 0,
        days: [5, 12],
        penalty: soft ? 30 : 1,
        params: { weekends: 2, max: 1, units: 1 },
      },
    ],
  };
}

function minutesPerCivilDayCase(soft: boolean): RuleCase {
  // A night on day 0 (3 h on day 0, 4 h on day 1) and a morning on day 1 (7 h), 100 each; at most 480 min per
  // civil day. Both: day 1 holds 240 + 420 = 660, 180 beyond. Hard: 100. Soft at 0.5: 180 × 0.5 = 90.
  const problem = tiny(FREE_SHIFTS, [person('P', 3, { maxMinutesPerCivilDay: 480 })], {
    days: 3,
    cover: [need(0, N, 1, 100), need(1, M, 1, 100)],
    rules: soft ? softened('minutesPerCivilDay', 0.5) : HARD_RULES,
  });
  return {
    name: `minutesPerCivilDay ${soft ? 'soft at 0.5' : 'hard'}`,
    problem,
    optimum: soft ? 90 : 100,
    broken: grid(problem, 'NM-'),
    violations: [
      {
        code: 'ROSTER_DAILY_MAXIMUM',
        hard: !soft,
        employee: 0,
        days: [1],
        penalty: soft ? 90 : 180,
        params: { minutes: 660, max: 480, units: 180 },
      },
    ],
  };
}

function minutesPerWeekCase(soft: boolean): RuleCase {
  // Day 0 is a Wednesday; Monday and Tuesday were worked (history, 2 × 420). At most 2,000 min in the week; the five
  // days to Sunday want a morning (100 each). 840 + 420 k ≤ 2,000 → k ≤ 2. Hard: 3 × 100 = 300. Soft at 0.1: k = 5
  // is 2,940, 940 beyond × 0.1 = 94 (k = 4: 52 + 100; k = 3: 10 + 200).
  const problem = tiny(
    MORNING_ONLY,
    [person('P', 1, { maxMinutesPerWeek: 2000, history: { shifts: [M, M], minutesByDay: [420, 420] } })],
    {
      days: 5,
      firstWeekday: 3,
      cover: needEach(range(0, 4), M, 1, 100),
      rules: soft ? softened('minutesPerWeek', 0.1) : HARD_RULES,
    },
  );
  return {
    name: `minutesPerWeek with the history’s days of the week ${soft ? 'soft at 0.1' : 'hard'}`,
    problem,
    optimum: soft ? 94 : 300,
    broken: grid(problem, 'MMMMM'),
    violations: [
      {
        code: 'ROSTER_WEEKLY_MAXIMUM',
        hard: !soft,
        employee: 0,
        days: range(0, 4),
        penalty: soft ? 94 : 940,
        params: { week: 0, minutes: 2940, max: 2000, units: 940 },
      },
    ],
  };
}

function averageMinutesPerWeekCase(soft: boolean): RuleCase {
  // Eleven weeks of history at 2,100 min (300 a day); at most 2,100 on average over 12 weeks: 12 × 2,100 − 11 × 2,100
  // leaves 2,100 for this week, 5 mornings. Seven wanted (100 each). Hard: 200. Soft at 0.1: all seven, 2,940 −
  // 2,100 = 840 beyond × 0.1 = 84 (six: 42 + 100).
  const history = { shifts: [], minutesByDay: Array.from({ length: 77 }, () => 300) };
  const problem = tiny(MORNING_ONLY, [person('P', 1, { maxAverageMinutesPerWeek: 2100, history })], {
    cover: needEach(WEEK, M, 1, 100),
    rules: soft ? softened('averageMinutesPerWeek', 0.1) : HARD_RULES,
  });
  return {
    name: `averageMinutesPerWeek with 11 weeks of history ${soft ? 'soft at 0.1' : 'hard'}`,
    problem,
    optimum: soft ? 84 : 200,
    broken: grid(problem, 'MMMMMMM'),
    violations: [
      {
        code: 'ROSTER_AVERAGE_MAXIMUM',
        hard: !soft,
        employee: 0,
        days: WEEK,
        penalty: soft ? 84 : 840,
        // (23,100 + 2,940) / 12 = 2,170.
        params: { week: 0, average: 2170, max: 2100, units: 840 },
      },
    ],
  };
}

function daysPerWeekCase(soft: boolean): RuleCase {
  // Seven mornings wanted (100 each), at most 5 days in the week. Hard: 200. Soft at 30: 2 days beyond × 30 = 60.
  const problem = tiny(MORNING_ONLY, [person('P', 1, { maxDaysPerWeek: 5 })], {
    cover: needEach(WEEK, M, 1, 100),
    rules: soft ? softened('daysPerWeek', 30) : HARD_RULES,
  });
  return {
    name: `daysPerWeek ${soft ? 'soft at 30' : 'hard'}`,
    problem,
    optimum: soft ? 60 : 200,
    broken: grid(problem, 'MMMMMMM'),
    violations: [
      {
        code: 'ROSTER_DAYS_PER_WEEK',
        hard: !soft,
        employee: 0,
        days: WEEK,
        penalty: soft ? 60 : 2,
        params: { week: 0, days: 7, max: 5, units: 2 },
      },
    ],
  };
}

function weeklyRestCase(soft: boolean): RuleCase {
  // Seven mornings (06:00–14:00) wanted (100 each); 35 h of rest in the week. All seven: the longest rest is 16 h
  // (960 min) between two mornings, 1,140 missing. One day off from Tuesday to Saturday gives 40 h (Monday off:
  // 00:00 → Tuesday 06:00 = 30 h; Sunday off: Saturday 14:00 → 24:00 Sunday = 34 h). Hard: 100. Soft at 0.05:
  // all seven, 1,140 × 0.05 = 57.
  const problem = tiny(MORNING_ONLY, [person('P', 1, { minWeeklyRestMinutes: 2100 })], {
    cover: needEach(WEEK, M, 1, 100),
    rules: soft ? softened('weeklyRest', 0.05) : HARD_RULES,
  });
  return {
    name: `weeklyRest ${soft ? 'soft at 0.05' : 'hard'}`,
    problem,
    optimum: soft ? 57 : 100,
    broken: grid(problem, 'MMMMMMM'),
    violations: [
      {
        code: 'ROSTER_WEEKLY_REST',
        hard: !soft,
        employee: 0,
        days: WEEK,
        penalty: soft ? 57 : 1140,
        params: { week: 0, rest: 960, min: 2100, units: 1140 },
      },
    ],
  };
}

function partTimeCase(soft: boolean): RuleCase {
  // Seven mornings wanted (100 each); each week strictly below 2,100 min: at most 4 mornings (5 = 2,100). Hard:
  // 300. Soft at 0.1 per unit (unit = minutes − 2,100 + 1): all seven, 841 × 0.1 = 84.1 (six: 42.1 + 100).
  const problem = tiny(MORNING_ONLY, [person('P', 1, { partTimeWeeklyCeiling: 2100 })], {
    cover: needEach(WEEK, M, 1, 100),
    rules: soft ? softened('partTime', 0.1) : HARD_RULES,
  });
  return {
    name: `partTime ${soft ? 'soft at 0.1' : 'hard'}`,
    problem,
    optimum: soft ? 84.1 : 300,
    broken: grid(problem, 'MMMMMMM'),
    violations: [
      {
        code: 'ROSTER_PART_TIME',
        hard: !soft,
        employee: 0,
        days: WEEK,
        penalty: soft ? 84.1 : 841,
        params: { week: 0, minutes: 2940, ceiling: 2100, units: 841 },
      },
    ],
  };
}

function requestOnCase(): RuleCase {
  // P asks for the afternoon of day 2 (7); day 2 wants one morning (100). Q takes the morning, P her afternoon: 0.
  // P on the morning (Q off) covers it too but costs 7.
  const problem = tiny(
    FREE_SHIFTS,
    [person('P', 3, { requests: [{ day: 2, shift: A, on: true, weight: 7 }] }), person('Q', 3)],
    { days: 3, cover: [need(2, M, 1, 100)] },
  );
  return {
    name: 'request on',
    problem,
    optimum: 0,
    broken: grid(problem, '--M', '---'),
    violations: [
      {
        code: 'ROSTER_REQUEST_ON',
        hard: false,
        employee: 0,
        days: [2],
        penalty: 7,
        params: { shift: 'A', weight: 7 },
      },
    ],
  };
}

function requestOffCase(): RuleCase {
  // P asks not to work the night of day 1 (7); it wants one person (100). Q takes it: 0.
  const problem = tiny(
    FREE_SHIFTS,
    [person('P', 3, { requests: [{ day: 1, shift: N, on: false, weight: 7 }] }), person('Q', 3)],
    { days: 3, cover: [need(1, N, 1, 100)] },
  );
  return {
    name: 'request off',
    problem,
    optimum: 0,
    broken: grid(problem, '-N-', '---'),
    violations: [
      {
        code: 'ROSTER_REQUEST_OFF',
        hard: false,
        employee: 0,
        days: [1],
        penalty: 7,
        params: { shift: 'N', weight: 7 },
      },
    ],
  };
}

function coverUnderCase(): RuleCase {
  // Day 0 wants 3 mornings (100 each missing) and 1 afternoon (50); two people. Both on the morning: 100 + 50 =
  // 150; one on each: 200 + 0; fewer: more.
  const problem = tiny(FREE_SHIFTS, [person('P', 3), person('Q', 3)], {
    days: 2,
    cover: [need(0, M, 3, 100), need(0, A, 1, 50)],
  });
  return {
    name: 'cover under',
    problem,
    optimum: 150,
    broken: grid(problem, '-', '-'),
    violations: [
      {
        code: 'ROSTER_COVER_UNDER',
        hard: false,
        days: [0],
        penalty: 300,
        params: { shift: 'M', qualification: 'any', requirement: 3, assigned: 0 },
      },
    ],
  };
}

function coverOverCase(): RuleCase {
  // Day 0 wants one morning and one afternoon (100 each missing, 10 each extra); three people: one each, 0.
  const problem = tiny(FREE_SHIFTS, [person('P', 3), person('Q', 3), person('R', 3)], {
    days: 2,
    cover: [need(0, M, 1, 100, 10), need(0, A, 1, 100, 10)],
  });
  return {
    name: 'cover over',
    problem,
    optimum: 0,
    broken: grid(problem, 'M', 'M', 'A'),
    violations: [
      {
        code: 'ROSTER_COVER_OVER',
        hard: false,
        days: [0],
        penalty: 10,
        params: { shift: 'M', qualification: 'any', requirement: 1, assigned: 2 },
      },
    ],
  };
}

function weekendFairnessCase(): RuleCase {
  // Saturday and Sunday want one morning each (100 missing, 1 extra); weekend fairness 10. P both days: weekends
  // 1 and 0, mean 0.5, 0.5 × 10 = 5. One day each: 1 and 1, 0.
  const problem = tiny(MORNING_ONLY, [person('P', 1), person('Q', 1)], {
    cover: [need(5, M, 1, 100, 1), need(6, M, 1, 100, 1)],
    rules: { ...HARD_RULES, weekendFairness: 10 },
  });
  return {
    name: 'weekend fairness',
    problem,
    optimum: 0,
    broken: grid(problem, '-----MM', '-------'),
    violations: [
      {
        code: 'ROSTER_WEEKEND_FAIRNESS',
        hard: false,
        employee: 0,
        days: [],
        penalty: 5,
        params: { count: 1, mean: 0.5 },
      },
    ],
  };
}

function nightFairnessCase(): RuleCase {
  // Four nights want one person each (100 missing, 1 extra); night fairness 10. P all four: 4 and 0, mean 2,
  // 2 × 10 = 20. Two each: 0.
  const problem = tiny(NIGHT_ONLY, [person('P', 1), person('Q', 1)], {
    days: 4,
    cover: needEach(range(0, 3), 0, 1, 100, 1),
    rules: { ...HARD_RULES, nightFairness: 10 },
  });
  return {
    name: 'night fairness',
    problem,
    optimum: 0,
    broken: grid(problem, 'NNNN', '----'),
    violations: [
      {
        code: 'ROSTER_NIGHT_FAIRNESS',
        hard: false,
        employee: 0,
        days: [],
        penalty: 20,
        params: { count: 4, mean: 2 },
      },
    ],
  };
}

function minimalChangeCase(): RuleCase {
  // Published: P days 0–1, Q days 2–4, R nothing. The cover now wants 2 on day 0 and 1 on days 1–4 (100 missing, 100
  // extra); each changed cell costs 10. R takes day 0: one change, 10. Exchanging P's and Q's rows also covers
  // everything, at 10 changes + R's.
  const problem = tiny(MORNING_ONLY, [person('P', 1), person('Q', 1), person('R', 1)], {
    days: 5,
    cover: range(0, 4).map((d) => need(d, M, d === 0 ? 2 : 1, 100, 100)),
  });
  return {
    name: 'minimal change (initial + changeWeight)',
    problem,
    replan: { initial: grid(problem, 'MM---', '--MMM', '-----'), changeWeight: 10 },
    optimum: 10,
    broken: grid(problem, '--MMM', 'MM---', 'M----'),
    violations: [
      {
        code: 'ROSTER_CHANGED',
        hard: false,
        employee: 0,
        days: [0],
        penalty: 10,
        params: { from: 0, to: -1 },
      },
    ],
  };
}

/** Every rule of RosterRules alone, hard and soft where a rule may be either, then the soft-only terms. */
export const RULE_CASES: readonly RuleCase[] = [
  ...[false, true].flatMap((soft) => [
    successionCase(soft),
    unavailableCase(soft),
    maxShiftsOfTypeCase(soft),
    minTotalMinutesCase(soft),
    maxTotalMinutesCase(soft),
    maxConsecutiveWorkCase(soft),
    minConsecutiveWorkCase(soft),
    minConsecutiveOffCase(soft),
    maxWeekendsCase(soft),
    minutesPerCivilDayCase(soft),
    minutesPerWeekCase(soft),
    averageMinutesPerWeekCase(soft),
    daysPerWeekCase(soft),
    weeklyRestCase(soft),
    partTimeCase(soft),
  ]),
  successionFromHistoryCase(),
  requestOnCase(),
  requestOffCase(),
  coverUnderCase(),
  coverOverCase(),
  weekendFairnessCase(),
  nightFairnessCase(),
  minimalChangeCase(),
];
