// Small roster builders for the roster page's tests: three people in two teams over one week from Monday 9 Nov 2026.
import type { RosterJob, RosterSummary, RosterView, RosterViolation } from '../../../api/types.ts';

export const SHIFTS: RosterView['shifts'] = [
  {
    key: 'morning',
    label: '05:00–13:00',
    kind: 'morning',
    start: '05:00',
    end: '13:00',
    workedMinutes: 450,
    night: false,
  },
  {
    key: 'afternoon',
    label: '13:00–21:00',
    kind: 'afternoon',
    start: '13:00',
    end: '21:00',
    workedMinutes: 450,
    night: false,
  },
  {
    key: 'night',
    label: '21:00–05:00',
    kind: 'night',
    start: '21:00',
    end: '05:00',
    workedMinutes: 450,
    night: true,
  },
];

export const PEOPLE: RosterView['people'] = [
  {
    id: 'e1',
    name: 'Paul Martin',
    jobRole: 'picker',
    team: 'picker',
    weeklyContractMinutes: 2100,
    isTemp: false,
    qualifications: ['picker'],
  },
  {
    id: 'e2',
    name: 'Awa Diallo',
    jobRole: 'forklift_driver',
    team: 'forklift_driver',
    weeklyContractMinutes: 2100,
    isTemp: false,
    qualifications: ['forklift_driver', 'R489:5'],
  },
  {
    id: 'e3',
    name: 'Léa Petit',
    jobRole: 'picker',
    team: 'picker',
    weeklyContractMinutes: 2100,
    isTemp: true,
    qualifications: ['picker'],
  },
];

export const DAYS = [
  '2026-11-09',
  '2026-11-10',
  '2026-11-11',
  '2026-11-12',
  '2026-11-13',
  '2026-11-14',
  '2026-11-15',
];

export function dailyRest(
  employee: string,
  employeeId: string,
  fromDay: string,
  toDay: string,
): RosterViolation {
  return {
    code: 'ROSTER_DAILY_REST',
    hard: true,
    penalty: 1,
    employeeId,
    days: [fromDay, toDay],
    params: { employee, restHours: 8, requiredHours: 11 },
    message: `${employee} : 8 h de repos entre le 10/11 et le 11/11, 11 h requises.`,
  };
}

export function rosterView(overrides: Partial<RosterView> = {}): RosterView {
  return {
    id: 'r1',
    siteName: 'Entrepôt de Lyon',
    holidays: ['2026-11-11'],
    name: 'Planning S46',
    status: 'draft',
    from: '2026-11-09',
    to: '2026-11-15',
    days: 7,
    planId: 'pl1',
    basedOn: null,
    createdAt: '2026-11-02T08:00:00Z',
    createdBy: 'methods',
    publishedAt: null,
    publishedBy: null,
    noticeDays: 7,
    people: PEOPLE,
    shifts: SHIFTS,
    qualifications: ['picker', 'forklift_driver', 'R489:5'],
    assignments: [
      { employeeId: 'e1', day: '2026-11-09', shift: 'morning', qualification: 'picker' },
      { employeeId: 'e1', day: '2026-11-10', shift: 'afternoon', qualification: 'picker' },
      { employeeId: 'e2', day: '2026-11-09', shift: 'night', qualification: 'R489:5' },
      { employeeId: 'e3', day: '2026-11-09', shift: 'morning', qualification: 'picker' },
    ],
    coverage: [
      { day: '2026-11-09', shift: 'morning', qualification: 'picker', needed: 2, assigned: 2 },
      { day: '2026-11-10', shift: 'morning', qualification: 'picker', needed: 2, assigned: 0 },
      { day: '2026-11-09', shift: 'night', qualification: 'R489:5', needed: 1, assigned: 1 },
    ],
    score: { hard: 0, soft: 120 },
    violations: [
      {
        code: 'ROSTER_COVER_UNDER',
        hard: false,
        penalty: 100,
        employeeId: null,
        days: ['2026-11-10'],
        params: {},
        message: 'Préparateurs, équipe du matin du 10/11 : 0 en poste pour 2 requis.',
      },
      {
        code: 'ROSTER_WEEKEND_FAIRNESS',
        hard: false,
        penalty: 20,
        employeeId: 'e3',
        days: ['2026-11-14'],
        params: {},
        message: 'Léa Petit : 1 week-end travaillé, pour une moyenne de 0,5.',
      },
    ],
    ...overrides,
  };
}

export function summaryOf(view: RosterView): RosterSummary {
  return {
    id: view.id,
    name: view.name,
    status: view.status,
    from: view.from,
    to: view.to,
    planId: view.planId,
    basedOn: view.basedOn,
    createdAt: view.createdAt,
    createdBy: view.createdBy,
    publishedAt: view.publishedAt,
    score: view.score,
  };
}

export function job(overrides: Partial<RosterJob> = {}): RosterJob {
  return {
    id: 'j1',
    state: 'running',
    fraction: 0,
    elapsedMs: 0,
    timeLimitSeconds: 5,
    best: null,
    rosterId: null,
    error: null,
    ...overrides,
  };
}
