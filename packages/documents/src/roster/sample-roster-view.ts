// A realistic stored roster as the app shows it (the RosterView shape), for document and page tests: 14 people in two
// teams, two weeks from Monday 4 May 2026 with two public holidays (8 and 14 May), morning, afternoon and night shifts.
import {
  addDays,
  DEFAULT_NIGHT_PERIOD,
  DEFAULT_SHIFT_TEMPLATES,
  type Demand,
  deriveTemplates,
  type RosterAssignment,
} from '@logipilot/domain';
import type { RosterDocumentInput } from './roster-document.ts';

/** Everything RosterView holds (app/roster/roster-types.ts), written out so that the app's tests can pin the match. */
export interface SampleRosterView extends RosterDocumentInput {
  people: (RosterDocumentInput['people'][number] & { qualifications: string[] })[];
  id: string;
  siteId: string;
  status: 'draft' | 'published' | 'superseded';
  planId: string | null;
  basedOn: string | null;
  createdAt: string;
  createdBy: string;
  publishedBy: string | null;
  demand: Demand[];
  score: { hard: number; soft: number };
  violations: {
    code: string;
    hard: boolean;
    penalty: number;
    employeeId: string | null;
    days: string[];
    params: Record<string, string | number>;
    message: string;
  }[];
  solve: {
    seed: number;
    timeLimitSeconds: number;
    elapsedMs: number;
    iterations: number;
    cancelled: boolean;
    lowerBound: number | null;
  } | null;
}

export const SAMPLE_ROSTER_FROM = '2026-05-04';
export const SAMPLE_ROSTER_DAYS = 14;

const PEOPLE: (RosterDocumentInput['people'][number] & { grid: string })[] = [
  // Days: Mon 4 … Sun 10 May | Mon 11 … Sun 17 May. Team A: mornings in week 19, afternoons in week 20; team B
  // the reverse, its loader on afternoons and its two night workers on nights (Saturday to Thursday).
  {
    id: 'e01',
    name: 'Sophie Martin',
    jobRole: 'team_leader',
    team: 'Équipe A',
    weeklyContractMinutes: 2100,
    isTemp: false,
    grid: 'M M M M M - - | A A A A - A -',
  },
  {
    id: 'e02',
    name: 'Karim Benali',
    jobRole: 'forklift_driver',
    team: 'Équipe A',
    weeklyContractMinutes: 2100,
    isTemp: false,
    grid: 'M M M M M M@picker - | A A A A A - -',
  },
  {
    id: 'e03',
    name: 'Julie Bernard',
    jobRole: 'picker',
    team: 'Équipe A',
    weeklyContractMinutes: 2100,
    isTemp: false,
    grid: 'M M - M M M - | A A A A A - -',
  },
  {
    id: 'e04',
    name: 'Thomas Petit',
    jobRole: 'picker',
    team: 'Équipe A',
    weeklyContractMinutes: 2100,
    isTemp: false,
    grid: '- M M M M M - | A A A - A - -',
  },
  {
    id: 'e05',
    name: 'Nadia Haddad',
    jobRole: 'picker',
    team: 'Équipe A',
    weeklyContractMinutes: 1440,
    isTemp: false,
    grid: 'M M M M - - - | A A A - - - -',
  },
  {
    id: 'e06',
    name: 'Lucas Moreau',
    jobRole: 'picker',
    team: 'Équipe A',
    weeklyContractMinutes: 2100,
    isTemp: true,
    grid: 'M M M M M - - | A A A A A - -',
  },
  {
    id: 'e07',
    name: 'Marc Lefèvre',
    jobRole: 'team_leader',
    team: 'Équipe B',
    weeklyContractMinutes: 2100,
    isTemp: false,
    grid: 'A A A A A - - | M M M M M - -',
  },
  {
    id: 'e08',
    name: 'Inès Fontaine',
    jobRole: 'forklift_driver',
    team: 'Équipe B',
    weeklyContractMinutes: 2100,
    isTemp: false,
    grid: 'A A A A A - - | M M M M M M -',
  },
  {
    id: 'e09',
    name: 'Antoine Dubois',
    jobRole: 'picker',
    team: 'Équipe B',
    weeklyContractMinutes: 2100,
    isTemp: false,
    grid: 'A A A A A - - | M M M M M - -',
  },
  {
    id: 'e10',
    name: 'Léa Chevalier',
    jobRole: 'picker',
    team: 'Équipe B',
    weeklyContractMinutes: 2100,
    isTemp: false,
    grid: 'A A A A A - - | M M M M M - -',
  },
  {
    id: 'e11',
    name: 'Chloé Garnier',
    jobRole: 'picker',
    team: 'Équipe B',
    weeklyContractMinutes: 1680,
    isTemp: false,
    grid: 'A A A - - - - | M M M - - M -',
  },
  {
    id: 'e12',
    name: 'Yanis Mercier',
    jobRole: 'loader',
    team: 'Équipe B',
    weeklyContractMinutes: 2100,
    isTemp: false,
    grid: 'A A A A A - - | A A A A A - -',
  },
  {
    id: 'e13',
    name: 'Hugo Girard',
    jobRole: 'picker',
    team: 'Équipe B',
    weeklyContractMinutes: 2100,
    isTemp: false,
    grid: 'N N N N - - - | - - - N - N N',
  },
  {
    id: 'e14',
    name: 'Camille Roux',
    jobRole: 'picker',
    team: 'Équipe B',
    weeklyContractMinutes: 2100,
    isTemp: false,
    grid: '- - - - - N N | N N N - - - -',
  },
];

const LETTERS: Readonly<Record<string, string>> = { M: 'morning', A: 'afternoon', N: 'night' };
const QUALIFICATIONS = ['team_leader', 'forklift_driver', 'picker', 'loader'];

function dayAt(i: number): string {
  return addDays(SAMPLE_ROSTER_FROM, i);
}

/** Weekdays: a leader, a driver and three pickers per day shift, a loader in the afternoon; one picker each night
 * from Saturday to Thursday; a reduced Saturday morning. */
function demandOf(day: string): Demand[] {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  const need = (shift: string, qualification: string, headcount: number): Demand => ({
    day,
    shift,
    qualification,
    headcount,
    underWeight: null,
    overWeight: null,
  });
  const night = weekday === 5 ? [] : [need('night', 'picker', 1)];
  if (weekday === 0) return night;
  if (weekday === 6) return [need('morning', 'forklift_driver', 1), need('morning', 'picker', 2), ...night];
  return [
    need('morning', 'team_leader', 1),
    need('morning', 'forklift_driver', 1),
    need('morning', 'picker', 3),
    need('afternoon', 'team_leader', 1),
    need('afternoon', 'forklift_driver', 1),
    need('afternoon', 'picker', 3),
    need('afternoon', 'loader', 1),
    ...night,
  ];
}

/** A fresh copy each call: tests may change it. */
export function sampleRosterView(): SampleRosterView {
  const shifts = deriveTemplates(DEFAULT_SHIFT_TEMPLATES, {
    night: DEFAULT_NIGHT_PERIOD,
    nightHoursThreshold: 3,
    minDailyRestMinutes: 660,
    forbidden: [],
  }).map((t) => ({
    key: t.key,
    label: t.template.label,
    kind: t.template.kind,
    start: t.template.start,
    end: t.template.end,
    workedMinutes: t.workedMinutes,
    minutesByCivilDay: [t.minutesByCivilDay[0], t.minutesByCivilDay[1]] as [number, number],
    nightMinutes: t.nightMinutes,
    night: t.night,
  }));
  const assignments: RosterAssignment[] = [];
  for (const p of PEOPLE) {
    const tokens = p.grid.replace('|', ' ').trim().split(/\s+/);
    tokens.forEach((token, i) => {
      if (token === '-') return;
      const [letter = '', qualification] = token.split('@');
      assignments.push({
        employeeId: p.id,
        day: dayAt(i),
        shift: LETTERS[letter] ?? letter,
        qualification: qualification ?? p.jobRole,
      });
    });
  }
  const days = Array.from({ length: SAMPLE_ROSTER_DAYS }, (_, i) => dayAt(i));
  const demand = days.flatMap(demandOf);
  const assigned = new Map<string, number>();
  for (const a of assignments) {
    const key = `${a.day}|${a.shift}|${a.qualification}`;
    assigned.set(key, (assigned.get(key) ?? 0) + 1);
  }
  const needed = new Map(demand.map((d) => [`${d.day}|${d.shift}|${d.qualification}`, d.headcount]));
  const coverage = [...new Set([...needed.keys(), ...assigned.keys()])].sort().map((key) => {
    const [day = '', shift = '', qualification = ''] = key.split('|');
    return { day, shift, qualification, needed: needed.get(key) ?? 0, assigned: assigned.get(key) ?? 0 };
  });
  return {
    id: 'r-2026-05-04',
    siteId: 'site-corbas',
    siteName: 'Plateforme de Corbas',
    timeZone: 'Europe/Paris',
    holidays: ['2026-05-08', '2026-05-14'],
    name: 'Planning mai S19–S20',
    status: 'published',
    from: SAMPLE_ROSTER_FROM,
    to: dayAt(SAMPLE_ROSTER_DAYS - 1),
    days: SAMPLE_ROSTER_DAYS,
    planId: null,
    basedOn: null,
    createdAt: '2026-04-23T14:05:00.000Z',
    createdBy: 'methodes',
    publishedAt: '2026-04-24T08:30:00.000Z',
    publishedBy: 'methodes',
    noticeDays: 7,
    // Karim also picks (his Saturday of week 19).
    people: PEOPLE.map(({ grid: _grid, ...p }) => ({
      ...p,
      qualifications: p.id === 'e02' ? [p.jobRole, 'picker'] : [p.jobRole],
    })),
    shifts,
    qualifications: [...QUALIFICATIONS],
    assignments,
    demand,
    coverage,
    score: { hard: 0, soft: 0 },
    violations: [],
    solve: null,
  };
}
